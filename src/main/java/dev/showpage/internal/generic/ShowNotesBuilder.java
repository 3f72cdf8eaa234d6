package dev.showpage.internal.generic;

import dev.showpage.DateOrder;
import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.episode.EpisodeDraft;
import dev.showpage.internal.episode.NotesReader;
import dev.showpage.internal.episode.DateLines;
import dev.showpage.internal.episode.EpisodeAssembler;
import dev.showpage.internal.episode.Hosts;
import dev.showpage.internal.episode.ReleaseDates;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.GenericPageContext;
import dev.showpage.internal.grammar.EpisodePageParser.LengthLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.ReleaseLineContext;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Names;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Builds the {@link Page} of a page of show notes from any site (the generic layout).
 *
 * <p>The grammar has told the lines apart: release lines (a date, maybe a length), length lines,
 * blank lines and lines of text. What makes up an episode is read from where the release lines
 * stand. Most sites print an episode's title just above its release line (sometimes twice, or
 * just below it) and its notes after it; a few list episodes as notes followed by
 * "Published ...". A page with no release line is one episode. Lines before the first episode
 * are the site's navigation, and the show's name is taken from the shapes sites use for it.
 */
public final class ShowNotesBuilder {

  static final String LAYOUT = "generic";

  /** Words of the title of a page without a release line, at most. */
  private static final int UNDATED_TITLE_MAX_WORDS = 20;
  /** Words of a title that stands alone in title case, at most. */
  private static final int TITLE_CASE_MAX_WORDS = 12;
  /** Lines within which a title printed twice is printed again. */
  private static final int REPEAT_WITHIN = 8;

  private final ParseSession session;
  private final SourceText source;
  private final Diagnostics diagnostics;

  private LineTable lines;
  private ShowName showName;

  public ShowNotesBuilder(ParseSession session) {
    this.session = session;
    this.source = session.source();
    this.diagnostics = session.diagnostics();
  }

  public Page build(GenericPageContext ctx) {
    List<ParserRuleContext> pageLines = new ArrayList<>();
    for (ParseTree child : ctx.children == null ? List.<ParseTree>of() : ctx.children) {
      if (child instanceof ParserRuleContext line) {
        pageLines.add(line);
      } else if (child instanceof ErrorNode error) {
        if (session.recovering()) {
          diagnostics.reportSkipped(error.getSymbol());
        }
      }
    }
    lines = new LineTable(pageLines, source);
    showName = new ShowName(lines);
    DateOrder order = ReleaseDates.pageOrder(source, session.settings().dateOrder(), diagnostics);
    List<Integer> anchors = anchors();
    List<EpisodeBlock> blocks = new ArrayList<>();
    if (anchors.isEmpty()) {
      blocks = byTitles();
      if (blocks.isEmpty()) {
        EpisodeBlock only = undated();
        if (only != null) {
          blocks.add(only);
        }
      }
    } else {
      blocks = dated(anchors);
    }

    int firstEpisodeLine = blocks.isEmpty() ? lines.size() : blocks.get(0).start();
    Optional<Show> show = showName.find(firstEpisodeLine, blocks);
    List<String> navigation = new ArrayList<>();
    for (int i = 0; i < firstEpisodeLine; i++) {
      if (!lines.isUsed(i) && !lines.isBlank(i)) {
        navigation.add(lines.text(i));
        lines.markUsed(i);
      }
    }

    List<EpisodeDraft> cards = new ArrayList<>();
    for (EpisodeBlock block : blocks) {
      EpisodeDraft card = card(block);
      if (card != null) {
        cards.add(card);
      }
    }
    EpisodeAssembler assembler = new EpisodeAssembler(session, order);
    List<Episode> episodes = new ArrayList<>();
    for (EpisodeDraft card : cards) {
      episodes.add(assembler.assemble(card, episodes.size() + 1));
    }
    episodes = Hosts.apply(episodes, ShowName.hostsNamedBy(show, navigation));
    if (episodes.isEmpty() && navigation.isEmpty() && show.isEmpty()) {
      diagnostics.report(DiagnosticCode.EMPTY_PAGE, 1, 1, "the page has no text");
    }
    return new Page(LAYOUT, show, navigation, Optional.empty(), Optional.empty(), episodes,
        Optional.empty(), diagnostics.sorted());
  }

  /**
   * Release lines, without a repeat of the one just before it ("Tuesday Aug 27, 2024" twice),
   * and without those above a listing's "Episodes" heading (the show's "updated 2 weeks ago").
   */
  private List<Integer> anchors() {
    List<Integer> anchors = new ArrayList<>();
    for (int i = lines.listingHeading(0) + 1; i < lines.size(); i++) {
      if (lines.isRelease(i)) {
        int previous = anchors.isEmpty() ? -1 : anchors.get(anchors.size() - 1);
        if (previous >= 0 && lines.nextText(previous + 1) == i
            && lines.text(previous).equals(lines.text(i))) {
          lines.markUsed(i); // the same date again: the episode already has it
          continue;
        }
        anchors.add(i);
      }
    }
    return anchors;
  }

  private List<EpisodeBlock> dated(List<Integer> anchors) {
    List<EpisodeBlock> blocks = new ArrayList<>();
    if (notesBeforeDates(anchors)) {
      // "notes / Published 05/02/22 / notes / Published 04/01/22 / notes"
      // The first episode's notes are the paragraph right above its date; what stands above
      // that, past a blank line, is the site's.
      int from = anchors.get(0);
      while (from > 0 && !lines.isBlank(from - 1)) {
        from--;
      }
      for (int anchor : anchors) {
        int start = from;
        while (start >= 0 && start < anchor && lines.isChrome(start)) {
          start = lines.firstContentAfter(start);
        }
        blocks.add(new EpisodeBlock(start < 0 ? anchor : Math.min(start, anchor), -1, anchor,
            start < 0 ? anchor : start, anchor));
        from = anchor + 1;
      }
      int rest = lines.firstContentAfter(anchors.get(anchors.size() - 1));
      if (rest >= 0 && lines.hasParagraph(rest, lines.size())) {
        blocks.add(new EpisodeBlock(rest, -1, -1, rest, lines.size()));
      } else if (rest >= 0) {
        // "Support the show: URL" under the last date: the page's closing words, not an
        // episode of their own; they go with the last episode.
        EpisodeBlock last = blocks.remove(blocks.size() - 1);
        blocks.add(new EpisodeBlock(last.start(), -1, last.release(), last.notesFrom(),
            lines.size()));
      }
      return blocks;
    }
    int[] titles = new int[anchors.size()];
    int[] starts = new int[anchors.size()];
    boolean titlesBelow = titlesBelowDates(anchors);
    for (int k = 0; k < anchors.size(); k++) {
      int anchor = anchors.get(k);
      int floor = k == 0 ? -1 : anchors.get(k - 1);
      int above = lines.previousText(anchor - 1, floor);
      titles[k] = -1;
      starts[k] = anchor;
      if (!titlesBelow && above >= 0 && lines.isTitleLike(above) && !lines.isChrome(above)) {
        titles[k] = above;
        starts[k] = above;
        // A cover caption or an earlier print of the same title just above it.
        int before = lines.previousText(above - 1, floor);
        while (before >= 0 && lines.repeats(before, above)) {
          lines.markUsed(before);
          starts[k] = before;
          before = lines.previousText(before - 1, floor);
        }
      } else {
        int below = lines.nextText(anchor + 1);
        if (below >= 0 && (k + 1 == anchors.size() || below < anchors.get(k + 1))
            && lines.isNote(below) && lines.isTitleLike(below)
            && lines.words(below) <= 20 && !lines.endsSentence(below)) {
          titles[k] = below;
        }
      }
    }
    for (int k = 0; k < anchors.size(); k++) {
      int anchor = anchors.get(k);
      int notesFrom = Math.max(anchor, titles[k]) + 1;
      int notesTo = k + 1 < anchors.size() ? starts[k + 1] : lines.size();
      blocks.add(
          new EpisodeBlock(starts[k], titles[k], anchor, notesFrom, Math.max(notesFrom, notesTo)));
    }
    return blocks;
  }

  /**
   * Whether the page prints each title just below its date ("2025-03-12 / The Great Tape
   * Transfer"): on a page of several episodes, most dates after the first have notes above them
   * and a title line below. The first date's line above is then the site's, not a title.
   */
  private boolean titlesBelowDates(List<Integer> anchors) {
    if (anchors.size() < 2) {
      return false;
    }
    int below = 0;
    for (int k = 1; k < anchors.size(); k++) {
      int anchor = anchors.get(k);
      int above = lines.previousText(anchor - 1, anchors.get(k - 1));
      int next = lines.nextText(anchor + 1);
      boolean titleAbove = above >= 0 && lines.isTitleLike(above) && !lines.isChrome(above);
      boolean titleBelow = next >= 0 && (k + 1 == anchors.size() || next < anchors.get(k + 1))
          && lines.isNote(next) && lines.isTitleLike(next) && lines.words(next) <= 20
          && !lines.endsSentence(next);
      if (!titleAbove && titleBelow) {
        below++;
      }
    }
    return below * 2 > anchors.size() - 1;
  }

  /** Whether each release line follows the notes of its episode rather than opening them. */
  private boolean notesBeforeDates(List<Integer> anchors) {
    if (anchors.size() < 2) {
      return false;
    }
    for (int k = 0; k < 2; k++) {
      // The lines right above the date, up to a blank line, hold a paragraph of notes.
      int anchor = anchors.get(k);
      int top = anchor;
      while (top > 0 && lines.isNote(top - 1)) {
        top--;
      }
      if (top == anchor || !lines.hasParagraph(top, anchor)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Episodes of a page with no release lines that still lists several (a blog's posts): each
   * opens with a title on a line of its own, in title case, followed within two lines by a
   * paragraph; and each has a paragraph before the next title. Empty unless there are two.
   */
  private List<EpisodeBlock> byTitles() {
    List<Integer> titles = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (isStandingTitle(i) && (titles.isEmpty()
          || lines.hasParagraph(titles.get(titles.size() - 1) + 1, i))) {
        titles.add(i);
      }
    }
    List<EpisodeBlock> blocks = new ArrayList<>();
    if (titles.size() < 2) {
      return blocks;
    }
    for (int k = 0; k < titles.size(); k++) {
      int title = titles.get(k);
      int end = k + 1 < titles.size() ? titles.get(k + 1) : lines.size();
      blocks.add(new EpisodeBlock(title, title, -1, title + 1, end));
    }
    return blocks;
  }

  private boolean isStandingTitle(int i) {
    boolean between = (i == 0 || lines.isBlank(i - 1))
        && i + 1 < lines.size() && lines.isBlank(i + 1);
    if (!between || !lines.isShort(i)) {
      return false; // cheap tests first: this runs on every line of a page
    }
    if (!lines.isNote(i) || !lines.isTitleLike(i) || lines.isChrome(i) || lines.endsSentence(i)
        || showName.nameOn(i) != null || lines.words(i) > TITLE_CASE_MAX_WORDS) {
      return false;
    }
    boolean alone = (i == 0 || lines.isBlank(i - 1))
        && i + 1 < lines.size() && lines.isBlank(i + 1);
    if (!alone) {
      return false;
    }
    for (String word : Names.words(lines.text(i))) {
      String core = Names.core(word);
      if (core.length() > 3 && Character.isLowerCase(core.codePointAt(0))) {
        return false;
      }
    }
    int next = lines.nextText(i + 1);
    int after = next < 0 ? -1 : lines.nextText(next + 1);
    return (next >= 0 && lines.hasProseLength(next))
        || (after >= 0 && lines.hasProseLength(after));
  }

  /** A page with no release line: one episode, titled by the line it repeats or opens with. */
  private EpisodeBlock undated() {
    int first = lines.firstContentAfter(-1);
    if (first < 0) {
      return null;
    }
    // "Episodes (20/29)": a listing's episodes follow its heading.
    int from = first;
    int heading = lines.listingHeading(first);
    if (heading >= 0) {
      from = Math.max(first, lines.firstContentAfter(heading));
    }
    String show = showName.repeatedShortLine(lines.size());
    int title = repeatedTitle(from);
    if (title < 0) {
      // The first line past the site's chrome and the show's name: the title when it reads
      // like one, else the notes start there and the episode has no title.
      title = from;
      while (title >= 0 && (lines.isChrome(title) || showName.nameOn(title) != null
          || lines.text(title).equals(show))) {
        title = lines.firstContentAfter(title);
      }
      if (title >= 0) {
        from = Math.min(from, title);
        if (!lines.isTitleLike(title) || lines.words(title) > UNDATED_TITLE_MAX_WORDS
            || lines.endsSentence(title)) {
          title = -1;
        }
      }
    }
    if (title < 0) {
      return new EpisodeBlock(from, -1, -1, from, lines.size());
    }
    // The first print of a repeated title starts the episode; the lines above are the site's.
    int start = title;
    for (int i = from; i < title; i++) {
      if (!lines.isBlank(i) && lines.repeats(i, title)) {
        start = i;
        break;
      }
    }
    for (int i = start; i < title; i++) {
      if (lines.repeats(i, title)) {
        lines.markUsed(i);
      }
    }
    return new EpisodeBlock(start, title, -1, title + 1, lines.size());
  }

  /** The longest short line printed twice near the top (title above and in the player), or -1. */
  private int repeatedTitle(int from) {
    int best = -1;
    int seen = 0;
    for (int i = from; i < lines.size() && seen < 20; i++) {
      if (lines.isBlank(i)) {
        continue;
      }
      seen++;
      if (!lines.isTitleLike(i) || lines.isChrome(i) || lines.endsSentence(i)
          || lines.words(i) < 2) {
        continue;
      }
      // The second print stands close to the first (under the cover, in the player).
      for (int j = i + 1; j < lines.size() && j <= i + REPEAT_WITHIN; j++) {
        if (!lines.isBlank(j) && lines.text(j).equals(lines.text(i))) {
          if (best < 0 || lines.text(i).length() > lines.text(best).length()) {
            best = j;
          }
          break;
        }
      }
    }
    if (best >= 0 && ShowName.endsInPodcast(lines.text(best))) {
      return -1;
    }
    return best;
  }

  private EpisodeDraft card(EpisodeBlock block) {
    if (block == null) {
      return null;
    }
    EpisodeDraft card = new EpisodeDraft();
    NotesReader reader = new NotesReader(card, source, diagnostics);
    card.title = block.title() < 0 ? null : lines.text(block.title());
    // The episode starts at its first line with text: a cover caption or title, the date, or
    // (in a listing that dates each episode under its notes) the notes.
    int firstLine = block.start() < 0 ? -1 : lines.nextText(block.start());
    if (firstLine < 0 || firstLine >= lines.size()) {
      return null;
    }
    card.firstToken = lines.line(firstLine).getStart();
    if (block.title() >= 0) {
      lines.markUsed(block.title());
    }
    if (block.release() >= 0) {
      lines.markUsed(block.release());
      ReleaseLineContext release = (ReleaseLineContext) lines.line(block.release());
      // "June 09, 2023 Buzzsprout Episode 103": what follows the date and length is reported.
      DateLines.read(card, release, release.releaseDate().getStart(), release.releaseDate(),
          release.duration(), "text after the release date is not understood:", session);
    }
    boolean any = block.title() >= 0 || block.release() >= 0;
    // From the block's start: between two prints of the title a player may give the length.
    for (int i = block.start(); i < block.notesTo(); i++) {
      ParserRuleContext line = lines.line(i);
      if (lines.isUsed(i) || i == block.title() || i == block.release()) {
        continue;
      }
      if (lines.isBlank(i)) {
        reader.blankLine();
        continue;
      }
      any = true;
      if (card.title != null && lines.text(i).equals(card.title)) {
        continue; // the title printed again under the player
      }
      if (line instanceof LengthLineContext && card.durationTokens.isEmpty()) {
        for (Token token : Trees.terminals(line)) {
          int type = token.getType();
          if (type == EpisodePageLexer.QUANTITY || type == EpisodePageLexer.ISO_DURATION
              || type == EpisodePageLexer.TIMESTAMP || type == EpisodePageLexer.NUMBER) {
            card.durationTokens.add(token);
          }
        }
        continue;
      }
      if (card.durationTokens.isEmpty() && card.playerLength == null && isPlayerLength(line)) {
        card.playerLength = source.token(line.getStop().getTokenIndex() - 1);
        continue;
      }
      if (isPlayerStart(i)) {
        continue; // the "0:00" over the player's remaining time
      }
      if (line instanceof ReleaseLineContext) {
        diagnostics.report(DiagnosticCode.EXTRA_DATE_LINE, line.getStart(),
            "a second release line in one episode; read as part of its notes");
      }
      reader.readLine(line);
    }
    reader.finish();
    return any ? card : null;
  }

  /** "-1:48:27" under a "0:00": the player's remaining time, which is the episode's length. */
  private boolean isPlayerLength(ParserRuleContext line) {
    if (line.getStop().getTokenIndex() - line.getStart().getTokenIndex() != 2) {
      return false;
    }
    List<Token> tokens = Trees.terminals(line);
    return tokens.size() == 3 && tokens.get(0).getType() == EpisodePageLexer.DASH
        && tokens.get(1).getType() == EpisodePageLexer.TIMESTAMP
        && tokens.get(0).getStopIndex() + 1 == tokens.get(1).getStartIndex();
  }

  private boolean isPlayerStart(int i) {
    if (lines.tokens(i) != 2) {
      return false;
    }
    List<Token> tokens = Trees.terminals(lines.line(i));
    int next = lines.nextText(i + 1);
    return tokens.size() == 2 && isZero(tokens.get(0).getText()) && next >= 0
        && isPlayerLength(lines.line(next));
  }

  /** A player's position at its start: "0:00" or "00:00". */
  private static boolean isZero(String time) {
    return time.equals("0:00") || time.equals("00:00");
  }
}
