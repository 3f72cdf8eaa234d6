package dev.showpage.internal.goodpods;

import dev.showpage.DateOrder;
import dev.showpage.internal.antlr.TokenWindow;
import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.episode.EpisodeDraft;
import dev.showpage.internal.episode.NotesReader;
import dev.showpage.internal.episode.DateLines;
import dev.showpage.internal.episode.EpisodeAssembler;
import dev.showpage.internal.episode.Hosts;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.BlankLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.CardLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.ContentLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.DateLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.EpisodeCardContext;
import dev.showpage.internal.grammar.EpisodePageParser.FaqEntryContext;
import dev.showpage.internal.grammar.EpisodePageParser.FaqHeadingContext;
import dev.showpage.internal.grammar.EpisodePageParser.FaqSectionContext;
import dev.showpage.internal.grammar.EpisodePageParser.GoodpodsPageContext;
import dev.showpage.internal.grammar.EpisodePageParser.MoreLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.PageEndContext;
import dev.showpage.internal.grammar.EpisodePageParser.RankingContext;
import dev.showpage.internal.grammar.EpisodePageParser.SectionLinkLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.ShowHeaderContext;
import dev.showpage.internal.grammar.EpisodePageParser.TrailingLineContext;
import dev.showpage.internal.grammar.EpisodePageParserBaseVisitor;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Counts;
import dev.showpage.internal.text.Names;
import dev.showpage.model.Episode;
import dev.showpage.model.Faq;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the {@link Page} of a Goodpods page. Each episode card is read as the parser ends it
 * ({@link #cardsAsTheyEnd}), and its subtree and tokens let go of; the page's other parts (its
 * header, ranking and FAQ) are read from the tree once the parse is done.
 */
public final class PageModelBuilder extends EpisodePageParserBaseVisitor<Page> {

  public static final String LAYOUT = "goodpods";

  private final ParseSession session;
  private final SourceText source;
  private final Diagnostics diagnostics;

  /** Assembles each card as it ends; who is a host is told once every card is read. */
  private final EpisodeAssembler assembler;
  /** The episodes so far, in page order, everyone in them a guest until the hosts are known. */
  private final List<Episode> episodes = new ArrayList<>();
  /** For each episode, the first names of the people it follows ("Follow Aaron:"). */
  private final List<Set<String>> followedByEpisode = new ArrayList<>();
  /** How many cards ended: each has a line of text, so a page with one is not blank. */
  private int cardsEnded;
  /** The lines above the cards, read when the first card ends (before their tokens go). */
  private Head head;
  /** Tokens the recovering parser skipped inside cards, reported once the page is done. */
  private final List<Token> skippedInCards = new ArrayList<>();

  public PageModelBuilder(ParseSession session) {
    this.session = session;
    this.source = session.source();
    this.diagnostics = session.diagnostics();
    this.assembler = new EpisodeAssembler(session, session.settings().dateOrder());
  }

  /**
   * What to do as the parser ends a rule ({@link TwoStageParse.Stage#onRuleEnd}): read an
   * episode card as soon as it ends, then take it and the blank lines between cards out of the
   * tree and let go of their tokens, so that the tree and the token window stay the size of a
   * card on a page of any length.
   */
  public Consumer<ParserRuleContext> cardsAsTheyEnd(TokenWindow tokens) {
    return ctx -> {
      if (!(ctx.getParent() instanceof GoodpodsPageContext page)) {
        return;
      }
      if (ctx instanceof EpisodeCardContext card) {
        cardEnded(page, card);
        page.removeLastChild();
        if (card.getStop() != null) {
          tokens.releaseBefore(card.getStop().getTokenIndex());
        }
      } else if (ctx instanceof BlankLineContext) {
        page.removeLastChild();
      }
    };
  }

  private void cardEnded(GoodpodsPageContext page, EpisodeCardContext ctx) {
    cardsEnded++;
    EpisodeDraft content =
        card(ctx, head(page).show().map(Show::title).orElse(null), episodes.size() + 1);
    if (content != null) {
      followedByEpisode.add(followedFirstNames(content));
      episodes.add(assembler.assemble(content, episodes.size() + 1));
    }
    if (session.recovering()) {
      skippedInCards.addAll(Trees.skipped(ctx));
    }
  }

  @Override
  public Page visitGoodpodsPage(GoodpodsPageContext ctx) {
    for (EpisodeCardContext card : ctx.episodeCard()) {
      cardEnded(ctx, card); // the cards left in the tree: those of a parse without the card hook
    }
    Head head = head(ctx);
    Optional<Show> show = head.show();
    List<String> navigation = new ArrayList<>(head.navigation());
    OptionalInt announced = head.announced();

    List<Episode> episodes = Hosts.apply(this.episodes, hosts(followedByEpisode));
    if (announced.isPresent() && announced.getAsInt() != episodes.size()) {
      Token at = head.headingStart();
      diagnostics.report(DiagnosticCode.HEADING_COUNT, at, "the heading announces " + announced.getAsInt()
          + " episodes but the page has " + episodes.size());
    }

    Optional<Faq> faq =
        ctx.pageEnd() == null ? Optional.empty() : pageEnd(ctx.pageEnd(), navigation);
    if (session.recovering()) {
      Trees.skipped(ctx).forEach(diagnostics::reportSkipped);
      skippedInCards.forEach(diagnostics::reportSkipped);
    }
    if (ctx.getStop() == null || ctx.getStart().getType() == Token.EOF
        || (show.isEmpty() && episodes.isEmpty() && faq.isEmpty() && cardsEnded == 0
            && isBlank(ctx))) {
      diagnostics.report(DiagnosticCode.EMPTY_PAGE, 1, 1,
          "the page has no text");
    }
    return new Page(LAYOUT, show, navigation, head.heading(), head.summary(), episodes, faq,
        diagnostics.sorted());
  }

  /**
   * What the page says above its cards: the show, the section links ("All episodes"), and the
   * ranking's heading ("Top 10 ...", with the count it announces) and summary.
   */
  private record Head(Optional<Show> show, List<String> navigation, Optional<String> heading,
      Optional<String> summary, OptionalInt announced, Token headingStart) {}

  /** The page's head, read once: it is parsed whole before the first card. */
  private Head head(GoodpodsPageContext page) {
    if (head != null) {
      return head;
    }
    Optional<Show> show = Optional.ofNullable(page.showHeader()).map(this::show);
    List<String> navigation = new ArrayList<>();
    for (SectionLinkLineContext line : page.sectionLinkLine()) {
      navigation.add(source.lineText(line));
    }
    RankingContext ranking = page.ranking();
    head = ranking == null
        ? new Head(show, navigation, Optional.empty(), Optional.empty(), OptionalInt.empty(), null)
        : new Head(show, navigation, Optional.of(source.lineText(ranking.headingLine())),
            joinLines(ranking.contentLine()),
            Counts.of(ranking.headingLine().NUMBER().getText()),
            ranking.headingLine().getStart());
    return head;
  }

  private Show show(ShowHeaderContext ctx) {
    Optional<String> publisher = Optional.ofNullable(ctx.publisher).map(source::lineText);
    TerminalNode listeners =
        ctx.listenersLine() == null ? null : ctx.listenersLine().LISTENERS();
    return new Show(source.lineText(ctx.showTitle), publisher, listeners(listeners));
  }

  /** The card's content; {@code rank} is the episode number it gets if it is an episode. */
  private EpisodeDraft card(EpisodeCardContext ctx, String showTitle, int rank) {
    EpisodeDraft card = new EpisodeDraft();
    NotesReader reader = new NotesReader(card, source, diagnostics);
    // The card's lines, each unwrapped to its kind (blank, content, date, heading, ...).
    List<ParserRuleContext> lines = new ArrayList<>();
    if (ctx.cardStartLine() != null) {
      lines.add((ParserRuleContext) ctx.cardStartLine().getChild(0));
    }
    for (CardLineContext line : ctx.cardLine()) {
      lines.add((ParserRuleContext) line.getChild(0));
    }
    int dateAt = -1;
    for (int i = 0; i < lines.size() && dateAt < 0; i++) {
      if (lines.get(i) instanceof DateLineContext) {
        dateAt = i;
      }
    }
    DateLineContext date = dateAt < 0 ? null : (DateLineContext) lines.get(dateAt);
    List<ParserRuleContext> head = new ArrayList<>();
    for (ParserRuleContext line : dateAt < 0 ? lines : lines.subList(0, dateAt)) {
      if (!(line instanceof BlankLineContext)) {
        head.add(line);
      } else if (date != null && !head.isEmpty()) {
        // A card's title and show lines stand right above its date line: lines before a blank
        // line belong to no card (a damaged heading or summary, say).
        for (ParserRuleContext stray : head) {
          diagnostics.report(DiagnosticCode.UNRECOGNISED_LINE, stray.getStart(),
              "this line is not part of an episode card, the header or the FAQ");
        }
        head.clear();
      }
    }
    List<ParserRuleContext> body =
        dateAt < 0 ? List.of() : lines.subList(dateAt + 1, lines.size());
    TerminalNode listeners =
        ctx.listenersLine() == null ? null : ctx.listenersLine().LISTENERS();
    boolean listenersMissing = listeners == null || listeners.getSymbol().getTokenIndex() < 0;
    if (date == null && head.isEmpty()) {
      // Blank lines only (nothing to say), or a listener count with no card before it.
      if (!listenersMissing) {
        diagnostics.report(DiagnosticCode.UNRECOGNISED_LINE, listeners.getSymbol(),
            "a listener count with no episode card before it");
      }
      return null;
    }
    if (date == null && listenersMissing) {
      // Neither a date nor a listener count: these lines are not an episode card.
      for (ParserRuleContext line : head) {
        diagnostics.report(DiagnosticCode.UNRECOGNISED_LINE, line.getStart(),
            "this line is not part of an episode card, the header or the FAQ");
      }
      return null;
    }
    int bodyFrom;
    if (date != null) {
      card.firstToken = head.isEmpty() ? date.getStart() : head.get(0).getStart();
      card.title = head.isEmpty() ? null : source.lineText(head.get(0));
      card.show = head.size() < 2 ? null : source.lineText(head.get(1));
      bodyFrom = Math.min(head.size(), 2);
      DateLines.read(card, date, date.NUMERIC_DATE().getSymbol(), date.NUMERIC_DATE(),
          date.duration(), "text after the date and duration is not understood:", session);
    } else {
      card.firstToken = head.get(0).getStart();
      card.title = source.lineText(head.get(0));
      bodyFrom = 1;
      if (head.size() > 1 && source.lineText(head.get(1)).equals(showTitle)) {
        card.show = showTitle;
        bodyFrom = 2;
      }
      diagnostics.report(DiagnosticCode.MISSING_DATE, card.firstToken,
          "the episode '" + card.title + "' has no date line");
    }
    for (int i = bodyFrom; i < head.size(); i++) {
      if (date != null) {
        diagnostics.report(DiagnosticCode.EXTRA_HEAD_LINE, head.get(i).getStart(),
            "a third line before the date line; read as part of the episode's text");
      }
      readLine(reader, head.get(i));
    }
    for (ParserRuleContext line : body) {
      readLine(reader, line);
    }
    reader.finish();
    if (listenersMissing) {
      Token at = ctx.getStop() != null ? ctx.getStop() : card.firstToken;
      diagnostics.report(DiagnosticCode.MISSING_LISTENERS, at,
          "the episode card has no listener-count line at its end");
    } else {
      card.listenersToken = listeners.getSymbol();
    }
    if (card.title == null && date != null) {
      diagnostics.report(DiagnosticCode.MISSING_TITLE, date.getStart(), "episode " + rank
          + " has no title line; it starts with its date line");
    }
    return card;
  }

  /** One line of a card's text: prose, links, chapters; other kinds are noted as they come. */
  private void readLine(NotesReader reader, ParserRuleContext line) {
    if (line instanceof BlankLineContext) {
      reader.blankLine();
      return;
    }
    if (line instanceof DateLineContext) {
      diagnostics.report(DiagnosticCode.EXTRA_DATE_LINE, line.getStart(),
          "a second date line in one card; read as part of the episode's text");
    } else if (line instanceof FaqHeadingContext) {
      diagnostics.report(DiagnosticCode.HEADING_IN_CARD, line.getStart(),
          "an FAQ heading inside an episode card; read as part of the episode's text");
    }
    reader.readLine(line);
  }

  /** Hosts: people followed ("Follow X:") in two or more episodes and in most of those that
   *  have any "Follow" group. */
  private static Set<String> hosts(List<Set<String>> followedByEpisode) {
    Map<String, Integer> followed = new HashMap<>();
    int cardsWithGroups = 0;
    for (Set<String> names : followedByEpisode) {
      if (!names.isEmpty()) {
        cardsWithGroups++;
      }
      names.forEach(n -> followed.merge(n, 1, Integer::sum));
    }
    Set<String> hosts = new HashSet<>();
    for (Map.Entry<String, Integer> e : followed.entrySet()) {
      if (e.getValue() >= 2 && e.getValue() * 2 > cardsWithGroups) {
        hosts.add(e.getKey());
      }
    }
    return hosts;
  }

  private static Set<String> followedFirstNames(EpisodeDraft card) {
    Set<String> names = new HashSet<>();
    for (EpisodeDraft.NameRef ref : card.names) {
      if (ref.followed()) {
        names.add(Names.firstWord(ref.name()));
      }
    }
    return names;
  }

  private Optional<Faq> pageEnd(PageEndContext ctx, List<String> navigation) {
    for (ParseTree child : ctx.children == null ? List.<ParseTree>of() : ctx.children) {
      if (child instanceof MoreLineContext more) {
        navigation.add(source.lineText(more));
      } else if (child instanceof TrailingLineContext trailing) {
        unrecognised(trailing);
      }
    }
    FaqSectionContext faq = ctx.faqSection();
    if (faq == null) {
      return Optional.empty();
    }
    List<FaqStatistics.Answered> answered = new ArrayList<>();
    for (ParseTree child : faq.children) {
      if (child instanceof MoreLineContext more) {
        navigation.add(source.lineText(more));
      } else if (child instanceof TrailingLineContext trailing) {
        unrecognised(trailing);
      } else if (child instanceof FaqHeadingContext heading && heading != faq.faqHeading(0)) {
        diagnostics.report(DiagnosticCode.REPEATED_HEADING, heading.getStart(), "a second FAQ heading");
      } else if (child instanceof FaqEntryContext entry) {
        String question = source.lineText(entry.faqQuestion());
        if (entry.faqAnswer == null) {
          diagnostics.report(DiagnosticCode.FAQ_WITHOUT_ANSWER, entry.getStart(),
              "the question '" + question + "' has no answer");
          continue;
        }
        answered.add(new FaqStatistics.Answered(
            question, source.lineText(entry.faqAnswer), Trees.terminals(entry.faqAnswer)));
      }
    }
    return Optional.of(FaqStatistics.of(answered, session.settings().dateOrder()));
  }

  private void unrecognised(TrailingLineContext line) {
    diagnostics.report(DiagnosticCode.UNRECOGNISED_LINE, line.getStart(),
        "this line is not part of an episode card, the header or the FAQ");
  }

  private static boolean isBlank(GoodpodsPageContext ctx) {
    for (int i = 0; i < ctx.getChildCount(); i++) {
      for (Token t : Trees.terminals(ctx.getChild(i))) {
        if (t.getType() != EpisodePageLexer.NL && t.getType() != Token.EOF) {
          return false;
        }
      }
    }
    return true;
  }

  private Optional<String> joinLines(List<ContentLineContext> lines) {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (ContentLineContext line : lines) {
      if (text.length() > 0) {
        text.append('\n');
      }
      text.append(source.lineText(line));
    }
    return Optional.of(text.toString());
  }

  private static OptionalInt listeners(TerminalNode node) {
    if (node == null || node.getSymbol().getTokenIndex() < 0) {
      return OptionalInt.empty();
    }
    String digits = node.getText().substring(0, node.getText().indexOf(' ')).replace(",", "");
    return Counts.of(digits);
  }

}
