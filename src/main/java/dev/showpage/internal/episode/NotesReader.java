package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.NameRef;
import dev.showpage.internal.episode.EpisodeDraft.Section;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.ChapterMarkContext;
import dev.showpage.internal.grammar.EpisodePageParser.ChaptersHeadingContext;
import dev.showpage.internal.grammar.EpisodePageParser.FollowHeadingContext;
import dev.showpage.internal.grammar.EpisodePageParser.LabelledUrlContext;
import dev.showpage.internal.grammar.EpisodePageParser.LinksHeadingContext;
import dev.showpage.internal.grammar.EpisodePageParser.PersonNameContext;
import dev.showpage.internal.grammar.EpisodePageParserBaseVisitor;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Urls;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;

/**
 * Reads the notes of one episode (the lines under its title and date), segment by segment, into a
 * {@link EpisodeDraft}.
 *
 * <p>The grammar has already said what each segment is (a chapter mark, a "Follow X:" heading, a ":
 * URL" after a label, a word); this visitor decides what the words between them belong to: the
 * label of the next URL (the words since the last sentence boundary), the note after a URL ("URL -
 * note"), a chapter's title, or the episode's prose. The words wait in {@link PendingWords}; {@link
 * LinkReader} reads links and their labels, {@link ChapterMarks} times and their titles; what the
 * line has had so far is one {@link LineState}.
 */
public final class NotesReader extends EpisodePageParserBaseVisitor<Void> {

    private final EpisodeDraft draft;
    private final SourceText source;
    private final LineState line = new LineState();
    private final PendingWords words;
    private final LinkReader links;
    private final ChapterMarks chapters;

    public NotesReader(EpisodeDraft draft, SourceText source, Diagnostics diagnostics) {
        this.draft = draft;
        this.source = source;
        this.words = new PendingWords(draft, source, line);
        this.links = new LinkReader(draft, source, diagnostics, line, words);
        this.chapters = new ChapterMarks(draft, source, line, words);
    }

    /** Reads one body line (or a head line past the title and show). */
    public void readLine(ParserRuleContext bodyLine) {
        chapters.startLine(bodyLine);
        visit(bodyLine);
    }

    /**
     * Reads the segments of a line from its child {@code from} on: the notes a scraper ran into a
     * line that opens with other fields (a date, a length).
     */
    public void readLineFrom(ParserRuleContext line, int from) {
        chapters.startLine(line);
        for (int i = from; i < line.getChildCount(); i++) {
            line.getChild(i).accept(this);
        }
    }

    /**
     * Reads one cell of a table's row as a line of its own: its links and their labels
     * ("[Text](URL)"), its words as prose. The row's other cells are fields or a note the layout
     * keeps apart.
     */
    public void readCell(List<Token> cell) {
        for (Token token : cell) {
            visitTerminal(new TerminalNodeImpl(token));
        }
        endLine();
    }

    /** A blank line closes any link group or chapter list. */
    public void blankLine() {
        words.flushDangling();
        links.closeGroup();
        chapters.blankLine();
    }

    /** Called when the episode's lines end. */
    public void finish() {
        words.flushDangling();
        words.flush();
        words.closeChapter();
        chapters.finish();
    }

    @Override
    public Void visitChapterMark(ChapterMarkContext ctx) {
        if (chapters.absorbs(ctx.getStart())) {
            return null;
        }
        chapters.read(ctx);
        return null;
    }

    @Override
    public Void visitFollowHeading(FollowHeadingContext ctx) {
        words.beginStructure();
        line.hasContent = true;
        List<String> names = new ArrayList<>();
        for (PersonNameContext name : ctx.personName()) {
            String text = source.between(name.getStart(), name.getStop());
            names.add(text);
            draft.names.add(new NameRef(text, EpisodeDraft.order(name.getStart()), true));
        }
        links.openGroup(Section.FOLLOW, List.copyOf(names));
        return null;
    }

    @Override
    public Void visitChaptersHeading(ChaptersHeadingContext ctx) {
        if ((line.hasContent || !words.isEmpty()) && ctx.COLON() == null && !timeFollows(ctx)) {
            // "Show Notes Transcript Chapter Markers": the word inside a line, without a colon or
            // a time after it, is no heading; "... more. Timestamps 00:00:00 Intro" is one.
            words.addAll(ctx);
            return null;
        }
        line.isHeading = true;
        words.beginStructure();
        line.hasContent = true;
        links.closeGroup();
        chapters.openList();
        return null;
    }

    /** Whether a chapter's time comes right after the heading. */
    private boolean timeFollows(ChaptersHeadingContext ctx) {
        int next = ctx.getStop().getTokenIndex() + 1;
        if (next >= source.tokenCount()) {
            return false;
        }
        int type = source.token(next).getType();
        return type == EpisodePageLexer.TIMESTAMP || type == EpisodePageLexer.BRACKETED_TIME;
    }

    @Override
    public Void visitLinksHeading(LinksHeadingContext ctx) {
        words.beginStructure();
        line.hasContent = true;
        links.openGroup(Section.LINKS, List.of());
        return null;
    }

    @Override
    public Void visitLabelledUrl(LabelledUrlContext ctx) {
        if (ctx.HANDLE() != null) {
            links.readHandle(ctx);
        } else {
            links.readLabelled(ctx);
        }
        return null;
    }

    @Override
    public Void visitTerminal(TerminalNode node) {
        Token token = node.getSymbol();
        if (chapters.absorbs(token) || chapters.readUnitTime(token)) {
            return null; // a sign around a time, or a time written in units ("1h02m03s")
        }
        switch (token.getType()) {
            case EpisodePageLexer.NL -> endLine();
            case EpisodePageLexer.DOMAIN -> links.readDomain(token);
            case EpisodePageLexer.URL -> links.read(token, Urls.read(token.getText()));
            case EpisodePageLexer.RULE -> chapters.rule();
            case EpisodePageLexer.BULLET -> {
                if (!chapters.takesAsLead(token)) {
                    words.beginStructure();
                }
            }
            case Token.EOF -> {}
            default -> {
                if (!links.closesLink(token)) {
                    words.add(token);
                }
            }
        }
        return null;
    }

    @Override
    public Void visitErrorNode(ErrorNode node) {
        return null;
    }

    private void endLine() {
        boolean hadText = line.started || line.hasContent || !words.isEmpty();
        boolean endsWithColon = words.endWithLabelColon();
        if (endsWithColon && !line.noteOpen) {
            words.holdLabelForNextLine();
        }
        words.flushAtLineEnd();
        words.closeChapter();
        links.endLine();
        if (hadText) {
            chapters.endLine(endsWithColon);
        }
        line.reset();
    }
}
