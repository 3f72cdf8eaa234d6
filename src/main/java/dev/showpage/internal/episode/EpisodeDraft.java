package dev.showpage.internal.episode;

import dev.showpage.model.LinkKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * What one episode says, read segment by segment, before names are resolved: the pieces the {@link
 * EpisodeAssembler} turns into an episode.
 *
 * <p>It has one writer at a time. The layout writes the head (the public fields but {@link #names})
 * from the lines it recognises; the {@link NotesReader} writes the body (prose, links, chapter
 * runs, names) while it reads the episode's lines; the assembler only reads it.
 */
public final class EpisodeDraft {

    /** Where a link stood: in prose, under "Links Mentioned:", or under "Follow X:". */
    enum Section {
        PROSE,
        LINKS,
        FOLLOW
    }

    /** A run of prose on one line, and its first token. */
    record Prose(Token at, String text) {}

    /** A key that orders positions in page order. */
    static long order(Token token) {
        return token.getLine() * 1_000_000L + token.getCharPositionInLine();
    }

    /** A URL with the words the page puts around it. */
    static final class LinkItem {
        final String label;
        final String url;
        final Section section;
        final List<String> group;
        final Token at;

        /**
         * What it points at: told by the URL's host, or by the label of a handle ("Twitter: @x").
         */
        final LinkKind kind;

        /** The words after "URL - ", which come after the link is read. */
        String note;

        LinkItem(
                String label,
                String url,
                LinkKind kind,
                Section section,
                List<String> group,
                Token at) {
            this.label = label;
            this.url = url;
            this.kind = kind;
            this.section = section;
            this.group = group;
            this.at = at;
        }
    }

    /**
     * A time that may start a chapter, and the words that would be its title: those after it
     * ("00:00 - Intro") or, for a time at the end of its line, those before it ("Intro (0:42)").
     * Whether it is a chapter is decided for its whole run ({@link ChapterLists}); if not, its text
     * from {@code first} to {@code last} goes back to the prose.
     */
    static final class ChapterItem {
        final Token mark;
        final boolean titleFirst;

        /** Whether the time opens its line, after at most a bullet or a track number. */
        boolean startsLine;

        Token first;
        Token last;
        String title = "";

        ChapterItem(Token mark, Token markEnd, boolean titleFirst) {
            this.mark = mark;
            this.first = mark;
            this.last = markEnd;
            this.titleFirst = titleFirst;
        }
    }

    /**
     * Chapter items on neighbouring lines; headed: a heading ("Chapters", "Timestamps", "Topics
     * Covered", "Chapter Markers", "Tracklist", a line ending in ':' just above) opened the run.
     */
    record ChapterRun(List<ChapterItem> items, boolean headed) {}

    /** A name the episode mentions as a person, and the token where it first does. */
    public record NameRef(String name, long order, boolean followed) {}

    public Token firstToken;
    public String title;
    public String show;
    public Token dateToken;
    public Token listenersToken;

    /** The player's remaining time ("-1:48:27"), which some sites print as the only length. */
    public Token playerLength;

    public final List<Token> durationTokens = new ArrayList<>();

    /** The people "Follow X:" headings name; the Goodpods layout tells hosts by them. */
    public final List<NameRef> names = new ArrayList<>();

    private final List<Prose> prose = new ArrayList<>();
    private final List<LinkItem> links = new ArrayList<>();
    private final List<ChapterRun> chapterRuns = new ArrayList<>();

    /** A note the layout read from a field of its own (a table's cell), kept in the description. */
    public void addNote(Token at, String text) {
        addProse(at, text);
    }

    void addProse(Token at, String text) {
        prose.add(new Prose(at, text));
    }

    void addLink(LinkItem link) {
        links.add(link);
    }

    void addChapterRun(ChapterRun run) {
        chapterRuns.add(run);
    }

    /** The prose in page order, but for the text of chapter runs that are no chapter list. */
    List<Prose> prose() {
        return Collections.unmodifiableList(prose);
    }

    List<LinkItem> links() {
        return Collections.unmodifiableList(links);
    }

    List<ChapterRun> chapterRuns() {
        return Collections.unmodifiableList(chapterRuns);
    }
}
