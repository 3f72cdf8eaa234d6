package dev.showpage.internal.episode;

import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.LinkItem;
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
import dev.showpage.internal.text.Platform;
import dev.showpage.internal.text.Urls;
import dev.showpage.model.LinkKind;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Reads the body lines of one card, segment by segment, into a {@link EpisodeDraft}.
 *
 * <p>The grammar has already said what each segment is (a chapter mark, a "Follow X:" heading,
 * a ": URL" after a label, a word); this visitor decides what the words between them belong to:
 * the label of the next URL (the words since the last sentence boundary), the note after a URL
 * ("URL - note"), a chapter's title, or the episode's prose.
 */
public final class NotesReader extends EpisodePageParserBaseVisitor<Void> {

  private final EpisodeDraft card;
  private final SourceText source;
  private final Diagnostics diagnostics;

  private Section section = Section.PROSE;
  private List<String> group = List.of();
  private final List<Token> run = new ArrayList<>();
  private ChapterItem openChapter;
  private boolean chapterListOpen;
  /** The chapter items of the run being read, and whether a heading opened it. */
  private List<ChapterItem> chapterRun = new ArrayList<>();
  private boolean chapterRunHeaded;
  /** Whether the last line with text was a heading ("Chapters", "Setlist:"). */
  private boolean afterHeading;
  private boolean lineHasChapter;
  /** Whether anything before the pending words was read on this line (prose, a link, a mark). */
  private boolean lineHasContent;
  private boolean lineIsHeading;
  private LinkItem lastLink;
  private boolean noteOpen;
  private boolean lineStarted;
  private boolean lineHasUrl;
  private boolean lineOpenedSection;
  private List<Token> danglingLabel = List.of();
  /** The bracket that closes the link just read, and where it must stand; null for none. */
  private String closing;
  private int closingAt = -1;

  public NotesReader(EpisodeDraft card, SourceText source, Diagnostics diagnostics) {
    this.card = card;
    this.source = source;
    this.diagnostics = diagnostics;
  }

  /** Reads one body line (or a head line past the title and show). */
  public void readLine(ParseTree line) {
    visit(line);
  }

  /** A blank line closes any link group or chapter list. */
  public void blankLine() {
    flushDangling();
    section = Section.PROSE;
    group = List.of();
    chapterListOpen = false;
  }

  /** Called when the card ends. */
  public void finish() {
    flushDangling();
    flush();
    closeChapter();
    closeRun();
  }

  private void closeRun() {
    if (!chapterRun.isEmpty()) {
      card.addChapterRun(new EpisodeDraft.ChapterRun(List.copyOf(chapterRun), chapterRunHeaded));
      chapterRun = new ArrayList<>();
    }
  }

  @Override
  public Void visitChapterMark(ChapterMarkContext ctx) {
    Token time = ctx.getStart();
    Token markEnd = ctx.getStop();
    boolean separated = ctx.getChildCount() > 1;
    boolean lineStart = !lineHasContent && isLead(run);
    if (lineStart) {
      // "00:00 - Intro", "• (2:25) Intro", "1. 0:00 Intro": the time starts its line.
      List<Token> lead = new ArrayList<>(run);
      run.clear();
      startSegment();
      openChapter(time, markEnd, false);
      if (!lead.isEmpty()) {
        openChapter.first = lead.get(0);
      }
      return null;
    }
    if (openChapter != null && !openChapter.titleFirst && !separated && endsLine(markEnd)
        && openChapter.mark.getLine() == time.getLine() && !run.isEmpty()) {
      // "1 00:00 Welcome 01:19": a table's length column after the title; the next start says it.
      flush();
      openChapter.last = markEnd;
      return null;
    }
    if (!separated && !lineHasContent && !run.isEmpty() && endsLine(markEnd)) {
      // "Intro (0:42)", "1. Xtal 0:00", "Suite-Pee 4:26 (Incomplete)": the title comes first.
      List<Token> title = new ArrayList<>(run);
      run.clear();
      startSegment();
      openChapter(time, markEnd, true);
      openChapter.first = title.get(0);
      openChapter.title = source.of(title);
      return null;
    }
    if (openChapter != null || chapterListOpen || endsWithBullet(run)) {
      // The next time of a list run together on one line ("... Intro* [00:17] Weather").
      if (endsWithBullet(run)) {
        run.remove(run.size() - 1);
      }
      startSegment();
      flush();
      openChapter(time, markEnd, false);
      return null;
    }
    // A lone time inside a sentence ("we met at 10:30") is prose, not a chapter.
    for (int i = 0; i < ctx.getChildCount(); i++) {
      word(((TerminalNode) ctx.getChild(i)).getSymbol());
    }
    return null;
  }

  /**
   * Whether a domain without a scheme is a link here: "www.example.com", "example.com/path" and
   * a lower-case "example.com" are; a capitalised name ("Fly.io", "Transistor.fm") is a company
   * named in a sentence or a label ("Xata.io: https://xata.io"), and so are domains in a
   * chapter's title.
   */
  private boolean isBareLink(Token token, Urls.Url url) {
    if (!url.isLink() || openChapter != null) {
      return false;
    }
    String host = url.text();
    if (host.indexOf('/') > 0 || host.regionMatches(true, 0, "www.", 0, 4)) {
      return true;
    }
    Token next = source.token(token.getTokenIndex() + 1);
    if (next.getType() == EpisodePageLexer.COLON && isAdjacent(token, next)) {
      Token after = source.token(next.getTokenIndex() + 1);
      if (after.getType() == EpisodePageLexer.URL || after.getType() == EpisodePageLexer.DOMAIN) {
        return false; // "Xata.io: https://xata.io": the label of the link after it
      }
    }
    return host.equals(host.toLowerCase(java.util.Locale.ROOT));
  }

  private void openChapter(Token time, Token markEnd, boolean titleFirst) {
    openChapter = new ChapterItem(time, markEnd, titleFirst);
    if (chapterRun.isEmpty()) {
      // A heading above, or one earlier on this line ("Chapters: 00:00 ..."), or a rule.
      chapterRunHeaded = afterHeading || lineIsHeading || chapterListOpen;
    }
    chapterRun.add(openChapter);
    lineHasChapter = true;
    lineHasContent = true;
  }

  /** Whether the words before a time are only a bullet or a track number ("1.", "01 -", "*"). */
  private static boolean isLead(List<Token> words) {
    if (words.isEmpty()) {
      return true;
    }
    int i = 0;
    while (i < words.size() && isBullet(words.get(i))) {
      i++;
    }
    if (i < words.size() && words.get(i).getType() == EpisodePageLexer.NUMBER) {
      i++;
      if (i < words.size() && (words.get(i).getType() == EpisodePageLexer.STOP
          || words.get(i).getType() == EpisodePageLexer.DASH
          || words.get(i).getText().equals(")"))) {
        i++;
      }
    }
    return i == words.size();
  }

  private static boolean isBullet(Token token) {
    String text = token.getText();
    return token.getType() == EpisodePageLexer.BULLET || token.getType() == EpisodePageLexer.DASH
        || text.equals("*") || text.equals("\u25CF") || text.equals("\u2192")
        || text.equals("\u25AA") || text.equals("\u00B7") || text.equals(">");
  }

  private static boolean endsWithBullet(List<Token> words) {
    if (words.isEmpty()) {
      return false;
    }
    String last = words.get(words.size() - 1).getText();
    return last.equals("*") || last.equals("\u25CF");
  }

  /**
   * Whether the mark is the last thing on its line, but for a note in brackets after it
   * ("4:26 (Incomplete)").
   */
  private boolean endsLine(Token markEnd) {
    int i = markEnd.getTokenIndex() + 1;
    Token next = source.token(i);
    if (next.getType() == EpisodePageLexer.NL || next.getType() == Token.EOF) {
      return true;
    }
    if (!next.getText().equals("(")) {
      return false;
    }
    for (i++; ; i++) {
      Token t = source.token(i);
      if (t.getType() == EpisodePageLexer.NL || t.getType() == Token.EOF
          || t.getText().equals("(")) {
        return false;
      }
      if (t.getText().equals(")")) {
        Token after = source.token(i + 1);
        return after.getType() == EpisodePageLexer.NL || after.getType() == Token.EOF;
      }
    }
  }

  @Override
  public Void visitFollowHeading(FollowHeadingContext ctx) {
    beginStructure();
    lineHasContent = true;
    List<String> names = new ArrayList<>();
    for (PersonNameContext name : ctx.personName()) {
      String text = source.between(name.getStart(), name.getStop());
      names.add(text);
      card.names.add(new NameRef(text, EpisodeDraft.order(name.getStart()), true));
    }
    section = Section.FOLLOW;
    group = List.copyOf(names);
    lineOpenedSection = true;
    return null;
  }

  @Override
  public Void visitChaptersHeading(ChaptersHeadingContext ctx) {
    if ((lineHasContent || !run.isEmpty()) && ctx.COLON() == null) {
      // "Show Notes Transcript Chapter Markers": the word inside a line, without a colon, is no
      // heading.
      for (int i = 0; i < ctx.getChildCount(); i++) {
        word(((TerminalNode) ctx.getChild(i)).getSymbol());
      }
      return null;
    }
    lineIsHeading = true;
    beginStructure();
    lineHasContent = true;
    section = Section.PROSE;
    group = List.of();
    chapterListOpen = true;
    return null;
  }

  @Override
  public Void visitLinksHeading(LinksHeadingContext ctx) {
    beginStructure();
    lineHasContent = true;
    section = Section.LINKS;
    group = List.of();
    lineOpenedSection = true;
    return null;
  }

  @Override
  public Void visitLabelledUrl(LabelledUrlContext ctx) {
    if (ctx.HANDLE() != null) {
      handle(ctx);
      return null;
    }
    Token link = ctx.URL() != null ? ctx.URL().getSymbol() : ctx.DOMAIN().getSymbol();
    Urls.Url url = Urls.read(link.getText());
    if (ctx.URL() == null && !url.isLink()) {
      word(ctx.COLON().getSymbol());
      word(ctx.DOMAIN().getSymbol());
      return null;
    }
    lineStarted = true;
    int boundary = labelStart();
    List<Token> label = new ArrayList<>(run.subList(boundary, run.size()));
    run.subList(boundary, run.size()).clear();
    flush();
    closeChapter();
    if (label.isEmpty()) {
      word(ctx.COLON().getSymbol());
      url(link, url, List.of());
    } else {
      url(link, url, label);
    }
    return null;
  }

  /**
   * "Twitter: @name", "X: @name": a handle is a link when a platform's name labels it; it is
   * kept as written, with the platform's kind. Any other "Label: @name" is text.
   */
  private void handle(LabelledUrlContext ctx) {
    LinkKind kind = run.isEmpty() ? null
        : Platform.named(run.get(run.size() - 1).getText())
            .filter(Platform::takesHandles).map(Platform::kind).orElse(null);
    if (kind == null) {
      word(ctx.COLON().getSymbol());
      word(ctx.HANDLE().getSymbol());
      return;
    }
    lineStarted = true;
    int boundary = labelStart();
    List<Token> label = new ArrayList<>(run.subList(boundary, run.size()));
    run.subList(boundary, run.size()).clear();
    flush();
    closeChapter();
    Token token = ctx.HANDLE().getSymbol();
    LinkItem item =
        new LinkItem(labelText(label), token.getText(), kind, section, group, label.get(0));
    card.addLink(item);
    lastLink = item;
    noteOpen = false;
    lineHasUrl = true;
    lineHasContent = true;
  }

  @Override
  public Void visitTerminal(TerminalNode node) {
    Token token = node.getSymbol();
    switch (token.getType()) {
      case EpisodePageLexer.NL -> endLine();
      case EpisodePageLexer.DOMAIN -> {
        Urls.Url url = Urls.read(token.getText());
        if (isBareLink(token, url)) {
          link(token, url);
        } else {
          word(token);
        }
      }
      case EpisodePageLexer.URL -> link(token, Urls.read(token.getText()));
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
      default -> {
        if (token.getStartIndex() == closingAt && (token.getText().equals(closing)
            || (closing == null && ")]}>".contains(token.getText())))) {
          // The ")" of "[label](url)" or "(url)", the ">" of "<url>", or a bracket that closes
          // the sentence around the URL: punctuation, not text.
          closing = null;
          closingAt = -1;
        } else {
          word(token);
        }
      }
    }
    return null;
  }

  @Override
  public Void visitErrorNode(ErrorNode node) {
    return null;
  }

  /**
   * A URL standing on its own: its label is a markdown link's text ("[Eight Inch](URL)"), the
   * words before "<URL>" up to a colon, or a label left at the end of the line above.
   */
  private void link(Token token, Urls.Url url) {
    if (!isWebScheme(url.token()) && !url.textHasHost()) {
      word(token); // "word://" with nothing after it is no app link, just text
      return;
    }
    List<Token> label = !lineStarted && run.isEmpty() ? danglingLabel : List.of();
    danglingLabel = List.of();
    int n = run.size();
    if (n >= 3 && isAdjacent(run.get(n - 1), token) && run.get(n - 1).getText().equals("(")
        && run.get(n - 2).getText().equals("]") && isAdjacent(run.get(n - 2), run.get(n - 1))) {
      int open = n - 3;
      while (open >= 0 && !run.get(open).getText().equals("[")) {
        open--;
      }
      if (open >= 0) {
        label = new ArrayList<>(run.subList(open + 1, n - 2));
        run.subList(open, n).clear();
        expectClosing(token, url, ")");
      }
    } else if (n >= 1 && (run.get(n - 1).getText().equals("<")
        || run.get(n - 1).getText().equals("(")) && isAdjacent(run.get(n - 1), token)) {
      boolean angle = run.get(n - 1).getText().equals("<");
      run.remove(n - 1);
      expectClosing(token, url, angle ? ">" : ")");
      if (!angle) {
        beginStructure();
        url(token, url, label);
        return;
      }
      if (!run.isEmpty() && run.get(run.size() - 1).getType() == EpisodePageLexer.COLON) {
        int boundary = labelStart();
        label = new ArrayList<>(run.subList(boundary, run.size()));
        run.subList(boundary, run.size()).clear();
      }
    }
    beginStructure();
    url(token, url, label);
  }

  private static boolean isWebScheme(String url) {
    return url.regionMatches(true, 0, "http://", 0, 7)
        || url.regionMatches(true, 0, "https://", 0, 8)
        || url.regionMatches(true, 0, "ftp://", 0, 6);
  }

  private void expectClosing(Token token, Urls.Url url, String text) {
    closing = text;
    closingAt = token.getStartIndex() + url.end();
  }

  private static boolean isAdjacent(Token first, Token next) {
    return first.getStopIndex() + 1 == next.getStartIndex();
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

  private void url(Token token, Urls.Url url, List<Token> label) {
    if (closing == null) {
      expectClosing(token, url, null); // a bracket glued after it closes the sentence, not the URL
    }
    lineHasUrl = true;
    lineHasContent = true;
    String text = url.text();
    String rest = url.token().substring(text.length());
    if (!rest.isEmpty() && rest.codePoints().anyMatch(Character::isLetterOrDigit)) {
      // "https://example.com/a、テスト": the words run into the URL are text of their own.
      card.addProse(token, SourceText.collapse(rest));
    }
    if (!url.textHasHost()) {
      diagnostics.report(DiagnosticCode.BROKEN_URL, token, "the URL '" + url.token() + "' has no host");
      if (!label.isEmpty()) {
        // The words meant as its label stay in the text (they may be on the line before).
        card.addProse(label.get(0), source.of(label));
      }
      lastLink = null;
      return;
    }
    String labelText = label.isEmpty() ? null : labelText(label);
    Token at = label.isEmpty() ? token : label.get(0);
    LinkItem item = new LinkItem(labelText, text, url.kind(), section, group, at);
    card.addLink(item);
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
    boolean hadText = lineStarted || lineHasContent || !run.isEmpty();
    boolean endsWithColon = !run.isEmpty() && openChapter == null
        && run.get(run.size() - 1).getType() == EpisodePageLexer.COLON;
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
    if (hadText) {
      if (!lineHasChapter) {
        closeRun(); // a line of text between chapter lines ends their run; blank lines do not
      }
      afterHeading = lineIsHeading || endsWithColon;
    }
    closing = null;
    closingAt = -1;
    lineHasChapter = false;
    lineHasContent = false;
    lineIsHeading = false;
    lineStarted = false;
    lineHasUrl = false;
    lineOpenedSection = false;
    lastLink = null;
    noteOpen = false;
  }

  private void flushDangling() {
    if (!danglingLabel.isEmpty()) {
      card.addProse(danglingLabel.get(0), source.of(danglingLabel));
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
    lineHasContent = true;
    if (openChapter != null) {
      openChapter.title = openChapter.title.isEmpty() ? text : openChapter.title + " " + text;
      openChapter.last = run.get(run.size() - 1);
    } else if (noteOpen && lastLink != null) {
      lastLink.note = text;
      noteOpen = false;
    } else {
      card.addProse(run.get(0), text);
    }
    run.clear();
  }
}
