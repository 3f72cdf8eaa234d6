package dev.showpage.internal;

import dev.showpage.internal.CardContent.ChapterItem;
import dev.showpage.internal.CardContent.LinkItem;
import dev.showpage.internal.CardContent.NameRef;
import dev.showpage.internal.CardContent.Prose;
import dev.showpage.internal.CardContent.Section;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.ChapterMarkContext;
import dev.showpage.internal.grammar.EpisodePageParser.ChaptersHeadingContext;
import dev.showpage.internal.grammar.EpisodePageParser.FollowHeadingContext;
import dev.showpage.internal.grammar.EpisodePageParser.LabelledUrlContext;
import dev.showpage.internal.grammar.EpisodePageParser.LinksHeadingContext;
import dev.showpage.internal.grammar.EpisodePageParser.PersonNameContext;
import dev.showpage.internal.grammar.EpisodePageParserBaseVisitor;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads the body lines of one card, segment by segment, into a {@link CardContent}.
 *
 * <p>The grammar has already said what each segment is (a chapter mark, a "Follow X:" heading,
 * a ": URL" after a label, a word); this visitor decides what the words between them belong to:
 * the label of the next URL (the words since the last sentence boundary), the note after a URL
 * ("URL - note"), a chapter's title, or the episode's prose.
 */
final class CardReader extends EpisodePageParserBaseVisitor<Void> {

  private final CardContent card;
  private final SourceText source;
  private final Diagnostics diagnostics;

  private Section section = Section.PROSE;
  private List<String> group = List.of();
  private final List<Token> run = new ArrayList<>();
  private ChapterItem openChapter;
  private boolean chapterListOpen;
  private LinkItem lastLink;
  private boolean noteOpen;
  private boolean lineStarted;
  private boolean lineHasUrl;
  private boolean lineOpenedSection;
  private List<Token> danglingLabel = List.of();

  CardReader(CardContent card, SourceText source, Diagnostics diagnostics) {
    this.card = card;
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** Reads one body line (or a head line past the title and show). */
  void readLine(ParseTree line) {
    visit(line);
  }

  /** A blank line closes any link group or chapter list. */
  void blankLine() {
    flushDangling();
    section = Section.PROSE;
    group = List.of();
    chapterListOpen = false;
  }

  /** Called when the card ends. */
  void finish() {
    flushDangling();
    flush();
  }

  @Override
  public Void visitChapterMark(ChapterMarkContext ctx) {
    boolean listContext = !lineStarted || chapterListOpen || openChapter != null;
    if (!listContext) {
      // A lone time inside a sentence ("we met at 10:30") is prose, not a chapter.
      word(ctx.TIMESTAMP().getSymbol());
      if (ctx.DASH() != null) {
        word(ctx.DASH().getSymbol());
      }
      return null;
    }
    startSegment();
    flush();
    openChapter = new ChapterItem(ctx.TIMESTAMP().getSymbol());
    card.chapters.add(openChapter);
    chapterListOpen = true;
    return null;
  }

  @Override
  public Void visitFollowHeading(FollowHeadingContext ctx) {
    beginStructure();
    List<String> names = new ArrayList<>();
    for (PersonNameContext name : ctx.personName()) {
      String text = source.between(name.getStart(), name.getStop());
      names.add(text);
      card.names.add(new NameRef(text, CardContent.order(name.getStart()), true));
    }
    section = Section.FOLLOW;
    group = List.copyOf(names);
    lineOpenedSection = true;
    return null;
  }

  @Override
  public Void visitChaptersHeading(ChaptersHeadingContext ctx) {
    beginStructure();
    section = Section.PROSE;
    group = List.of();
    chapterListOpen = true;
    return null;
  }

  @Override
  public Void visitLinksHeading(LinksHeadingContext ctx) {
    beginStructure();
    section = Section.LINKS;
    group = List.of();
    lineOpenedSection = true;
    return null;
  }

  @Override
  public Void visitLabelledUrl(LabelledUrlContext ctx) {
    lineStarted = true;
    int boundary = labelStart();
    List<Token> label = new ArrayList<>(run.subList(boundary, run.size()));
    run.subList(boundary, run.size()).clear();
    flush();
    closeChapter();
    if (label.isEmpty()) {
      word(ctx.COLON().getSymbol());
      url(ctx.URL().getSymbol(), List.of());
    } else {
      url(ctx.URL().getSymbol(), label);
    }
    return null;
  }

  @Override
  public Void visitTerminal(TerminalNode node) {
    Token token = node.getSymbol();
    switch (token.getType()) {
      case EpisodePageLexer.NL -> endLine();
      case EpisodePageLexer.URL -> {
        List<Token> label = !lineStarted && run.isEmpty() ? danglingLabel : List.of();
        danglingLabel = List.of();
        beginStructure();
        url(token, label);
      }
      case EpisodePageLexer.RULE -> {
        startSegment();
        flush();
        // The first rule opens an inline chapter list, the next one closes it.
        boolean closing = openChapter != null;
        closeChapter();
        chapterListOpen = !closing;
      }
      case EpisodePageLexer.BULLET -> {
        beginStructure();
      }
      case Token.EOF -> { }
      default -> word(token);
    }
    return null;
  }

  @Override
  public Void visitErrorNode(ErrorNode node) {
    return null;
  }

  private void word(Token token) {
    if (!lineStarted) {
      startSegment();
    }
    if (lastLink != null && run.isEmpty() && !noteOpen && token.getType() == EpisodePageLexer.DASH
        && openChapter == null) {
      noteOpen = true; // "URL - find articles, podcasts, ..."
      return;
    }
    lastLink = noteOpen ? lastLink : null;
    run.add(token);
  }

  /** A heading, URL or bullet ends whatever words came before it. */
  private void beginStructure() {
    startSegment();
    flush();
    closeChapter();
  }

  /** The first segment of a line settles a label left dangling at the end of the last line. */
  private void startSegment() {
    if (!lineStarted) {
      flushDangling();
      lineStarted = true;
    }
  }

  private void url(Token token, List<Token> label) {
    lineHasUrl = true;
    String text = Urls.trim(token.getText());
    if (!Urls.hasHost(text)) {
      diagnostics.error("broken-url", token, "the URL '" + token.getText() + "' has no host");
      if (!label.isEmpty()) {
        // The words meant as its label stay in the text (they may be on the line before).
        card.prose.add(new Prose(label.get(0), source.of(label)));
      }
      lastLink = null;
      return;
    }
    String labelText = label.isEmpty() ? null : labelText(label);
    LinkItem item = new LinkItem(labelText, text, section, group, label.isEmpty() ? token : label.get(0));
    card.links.add(item);
    lastLink = item;
    noteOpen = false;
  }

  private String labelText(List<Token> label) {
    Token last = label.get(label.size() - 1);
    if (last.getType() == EpisodePageLexer.COLON) {
      label = label.subList(0, label.size() - 1);
    }
    return label.isEmpty() ? null : source.of(label);
  }

  /** Index in the run where a label starts: just after the last sentence boundary. */
  private int labelStart() {
    for (int i = run.size() - 1; i > 0; i--) {
      Token token = run.get(i - 1);
      if (token.getType() == EpisodePageLexer.STOP && source.spaceAfter(token, run.get(i))) {
        return i;
      }
    }
    return 0;
  }

  private void endLine() {
    if (!run.isEmpty() && openChapter == null && !noteOpen
        && run.get(run.size() - 1).getType() == EpisodePageLexer.COLON) {
      // "The economics of a Postgres free tier:" may label a URL on the next line.
      int boundary = labelStart();
      danglingLabel = new ArrayList<>(run.subList(boundary, run.size()));
      run.subList(boundary, run.size()).clear();
    }
    flush();
    closeChapter();
    if (section != Section.PROSE && lineStarted && !lineHasUrl && !lineOpenedSection) {
      // A line with no URL ends a link group: what follows is prose again.
      section = Section.PROSE;
      group = List.of();
    }
    lineStarted = false;
    lineHasUrl = false;
    lineOpenedSection = false;
    lastLink = null;
    noteOpen = false;
  }

  private void flushDangling() {
    if (!danglingLabel.isEmpty()) {
      card.prose.add(new Prose(danglingLabel.get(0), source.of(danglingLabel)));
      danglingLabel = List.of();
    }
  }

  private void closeChapter() {
    if (openChapter != null) {
      flush();
      openChapter = null;
    }
  }

  /** The pending words go to the open chapter's title, the last URL's note, or the prose. */
  private void flush() {
    if (run.isEmpty()) {
      return;
    }
    String text = source.of(run);
    if (openChapter != null) {
      openChapter.title = openChapter.title.isEmpty() ? text : openChapter.title + " " + text;
    } else if (noteOpen && lastLink != null) {
      lastLink.note = text;
      noteOpen = false;
    } else {
      card.prose.add(new Prose(run.get(0), text));
    }
    run.clear();
  }
}
