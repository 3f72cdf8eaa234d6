package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The words of an episode's notes read since the last link, mark or heading, and where they go once
 * something ends them: the open chapter's title, the last link's note, or the prose.
 *
 * <p>Which of those they are is known only when the segment after them is read, so they wait here:
 * the words before a URL may turn out to be its label, those before a time at the end of the line a
 * chapter's title.
 */
final class PendingWords {

    private final EpisodeDraft draft;
    private final SourceText source;
    private final LineState line;

    /** The words, in page order; the link and chapter readers take labels and titles from it. */
    private final List<Token> words = new ArrayList<>();

    /** The chapter the words are the title of, while one is open. */
    ChapterItem openChapter;

    /**
     * The last chapter opened after another on the same line, with its title after its time: what
     * follows it to the line's end may be more than its title ({@link #flushAtLineEnd}).
     */
    ChapterItem runTail;

    /** A label left at the end of the line before ("Slides:"), for a URL that starts this one. */
    private List<Token> danglingLabel = List.of();

    PendingWords(EpisodeDraft draft, SourceText source, LineState line) {
        this.draft = draft;
        this.source = source;
        this.line = line;
    }

    /** The words themselves, for the readers that take a label or a title out of them. */
    List<Token> list() {
        return words;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    Token last() {
        return words.get(words.size() - 1);
    }

    void add(Token token) {
        if (!line.started) {
            startSegment();
        }
        if (line.lastLink != null
                && words.isEmpty()
                && !line.noteOpen
                && token.getType() == EpisodePageLexer.DASH
                && openChapter == null) {
            line.noteOpen = true; // "URL - find articles, podcasts, ..."
            return;
        }
        line.lastLink = line.noteOpen ? line.lastLink : null;
        words.add(token);
    }

    /** The tokens of a segment the grammar read as structure, where they are only words. */
    void addAll(ParserRuleContext segment) {
        addAll(segment.getStart(), segment.getStop());
    }

    /** The tokens from {@code first} to {@code last} of one line, as words. */
    void addAll(Token first, Token last) {
        for (int i = first.getTokenIndex(); i <= last.getTokenIndex(); i++) {
            add(source.token(i));
        }
    }

    /** A heading, URL or bullet ends whatever words came before it. */
    void beginStructure() {
        startSegment();
        flush();
        closeChapter();
    }

    /** The first segment of a line settles a label left dangling at the end of the last line. */
    void startSegment() {
        if (!line.started) {
            flushDangling();
            line.started = true;
        }
    }

    void closeChapter() {
        if (openChapter != null) {
            flush();
            openChapter = null;
        }
    }

    /** The words go to the open chapter's title, the last URL's note, or the prose. */
    void flush() {
        if (words.isEmpty()) {
            return;
        }
        String text = source.of(words);
        line.hasContent = true;
        if (openChapter != null) {
            openChapter.title = openChapter.title.isEmpty() ? text : openChapter.title + " " + text;
            openChapter.last = last();
        } else if (line.noteOpen && line.lastLink != null) {
            line.lastLink.note = text;
            line.noteOpen = false;
        } else {
            draft.addProse(words.get(0), text);
        }
        words.clear();
    }

    /** The first {@code n} words go to the prose; the rest keep waiting. */
    void flushPrefix(int n) {
        if (n <= 0) {
            return;
        }
        List<Token> prefix = words.subList(0, Math.min(n, words.size()));
        draft.addProse(prefix.get(0), source.of(prefix));
        line.hasContent = true;
        prefix.clear();
    }

    /**
     * At the end of a line, the words go where {@link #flush} sends them, but for what a scraper
     * ran into the last title of a list run together on the line: a time cut off where the copy
     * ends ("Track ('21)00:0") and, after a long last title, the text glued to it ({@link
     * TitleTails}), which are prose.
     */
    void flushAtLineEnd() {
        if (openChapter == null || words.isEmpty()) {
            flush();
            return;
        }
        List<Token> cutOff = TitleTails.cutOffTime(words);
        List<Token> rest = new ArrayList<>(cutOff);
        words.subList(words.size() - cutOff.size(), words.size()).clear();
        if (openChapter == runTail && openChapter.title.isEmpty() && !words.isEmpty()) {
            TitleTails.Cut cut = TitleTails.cut(source, words);
            if (cut != null) {
                ChapterItem item = openChapter;
                item.title = cut.title();
                item.last = cut.last();
                line.hasContent = true;
                draft.addProse(cut.restAt(), cut.rest());
                words.clear();
            }
        }
        flush();
        if (!rest.isEmpty()) {
            draft.addProse(rest.get(0), source.of(rest));
        }
    }

    /** Takes out the words since the last sentence boundary: the label of what follows them. */
    List<Token> cutLabel() {
        int boundary = labelStart();
        List<Token> tail = words.subList(boundary, words.size());
        List<Token> label = new ArrayList<>(tail);
        tail.clear();
        if (boundary > 0 && isOpening(words.get(boundary - 1))) {
            // "[Docs: URL]": the bracket opens the link with its label, and is no text of its own.
            words.remove(boundary - 1);
        }
        return label;
    }

    /**
     * Index where a label starts: just after the last sentence boundary, or after a bracket glued
     * to it that the label does not close ("See [Docs: URL]").
     */
    private int labelStart() {
        int closed = 0;
        for (int i = words.size() - 1; i > 0; i--) {
            Token token = words.get(i - 1);
            if (token.getType() == EpisodePageLexer.STOP
                    && source.spaceAfter(token, words.get(i))) {
                return i;
            }
            String text = token.getText();
            if (text.equals(")") || text.equals("]")) {
                closed++;
            } else if (isOpening(token)) {
                if (closed == 0 && !source.spaceAfter(token, words.get(i))) {
                    return i;
                }
                closed = Math.max(0, closed - 1);
            }
        }
        return 0;
    }

    private static boolean isOpening(Token token) {
        return token.getText().equals("[") || token.getText().equals("(");
    }

    /** Whether the words end the line with a colon that may label a URL on the next line. */
    boolean endWithLabelColon() {
        return !words.isEmpty()
                && openChapter == null
                && last().getType() == EpisodePageLexer.COLON;
    }

    /** "The economics of a Postgres free tier:" may label a URL on the next line. */
    void holdLabelForNextLine() {
        danglingLabel = cutLabel();
    }

    /** The label left on the line before, if any; it is taken either way. */
    List<Token> takeDanglingLabel() {
        List<Token> label = danglingLabel;
        danglingLabel = List.of();
        return label;
    }

    /** A label no URL took is prose after all. */
    void flushDangling() {
        if (!danglingLabel.isEmpty()) {
            draft.addProse(danglingLabel.get(0), source.of(danglingLabel));
            danglingLabel = List.of();
        }
    }
}
