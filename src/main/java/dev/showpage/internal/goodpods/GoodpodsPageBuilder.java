package dev.showpage.internal.goodpods;

import dev.showpage.DateOrder;
import dev.showpage.internal.antlr.TokenWindow;
import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.antlr.TwoStageParse;
import dev.showpage.internal.episode.EpisodeAssembler;
import dev.showpage.internal.episode.EpisodeDraft;
import dev.showpage.internal.episode.Hosts;
import dev.showpage.internal.episode.ReleaseDates;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.BlankLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.EpisodeCardContext;
import dev.showpage.internal.grammar.EpisodePageParser.GoodpodsPageContext;
import dev.showpage.internal.grammar.EpisodePageParserBaseVisitor;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.PageParts;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.text.Names;
import dev.showpage.model.Episode;
import dev.showpage.model.Faq;
import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the {@link Page} of a Goodpods page. Each episode card is read as the parser ends it
 * ({@link #cardsAsTheyEnd}), and its subtree and tokens let go of; the page's other parts (its head
 * and its end) are read from the tree once the parse is done. Who is a host is decided once every
 * card is read, from the people the cards follow.
 */
final class GoodpodsPageBuilder extends EpisodePageParserBaseVisitor<PageParts> {

    private final ParseSession session;
    private final Diagnostics diagnostics;
    private final CardLines cardLines;

    /** Assembles each card as it ends; who is a host is told once every card is read. */
    private final EpisodeAssembler assembler;

    /** The episodes so far, in page order, everyone in them a guest until the hosts are known. */
    private final List<Episode> episodes = new ArrayList<>();

    /** For each episode, the names of the people it follows, as written ("Follow Aaron:"). */
    private final List<Set<String>> followedByEpisode = new ArrayList<>();

    /**
     * The numeric date of each episode that has one, by its index in {@link #episodes}: read once
     * the last card has shown which order the page writes them in.
     */
    private final Map<Integer, Token> numericDates = new LinkedHashMap<>();

    /** How many cards ended: each has a line of text, so a page with one is not blank. */
    private int cardsEnded;

    /** The lines above the cards, read when the first card ends (before their tokens go). */
    private PageHead head;

    /**
     * How far apart in tokens the first card not read yet and the last that ended may be: about a
     * few pages' worth, so that a page of usual length is read at its end and a long one in steps.
     */
    private static final int PENDING_TOKENS = 1 << 13;

    /** Cards that ended and are not read yet ({@link #cardsAsTheyEnd}), in page order. */
    private final List<EpisodeCardContext> pending = new ArrayList<>();

    /** The token index from which the pending cards' span is counted. */
    private int pendingFrom;

    /** Tokens the recovering parser skipped inside cards, reported once the page is done. */
    private final List<Token> skippedInCards = new ArrayList<>();

    public GoodpodsPageBuilder(ParseSession session) {
        this.session = session;
        this.diagnostics = session.diagnostics();
        this.cardLines = new CardLines(session);
        this.assembler = EpisodeAssembler.settlingNumericDatesLater(session);
    }

    /**
     * What to do as the parser ends a rule ({@link TwoStageParse.Stage#onRuleEnd}): take an episode
     * card that ended, and the blank lines between cards, out of the tree; the cards taken are read
     * together ({@link #readPending}) once their tokens span {@link #PENDING_TOKENS}, or at the
     * page's end, and their tokens let go of, so that the tree and the token window stay of a
     * bounded size on a page of any length.
     *
     * <p>The hook runs at the end of every rule, so the JIT compiles it, and whatever it calls at
     * once, into the parser's hottest code several times over; reading a card there put the whole
     * card reader into each of those compiled copies. Read apart, it is compiled on its own.
     */
    public Consumer<ParserRuleContext> cardsAsTheyEnd(TokenWindow tokens) {
        return ctx -> {
            if (!(ctx.getParent() instanceof GoodpodsPageContext page)) {
                return;
            }
            if (ctx instanceof EpisodeCardContext card) {
                page.removeLastChild();
                pending.add(card);
                if (card.getStop() != null
                        && card.getStop().getTokenIndex() - pendingFrom >= PENDING_TOKENS) {
                    readPending(page, tokens);
                }
            } else if (ctx instanceof BlankLineContext) {
                page.removeLastChild();
            }
        };
    }

    /** Reads the cards taken out of the tree, in page order, and lets go of their tokens. */
    private void readPending(GoodpodsPageContext page, TokenWindow tokens) {
        Token stop = null;
        for (EpisodeCardContext card : pending) {
            cardEnded(page, card);
            if (card.getStop() != null) {
                stop = card.getStop();
            }
        }
        pending.clear();
        if (stop != null) {
            pendingFrom = stop.getTokenIndex();
            if (tokens != null) {
                tokens.releaseBefore(stop.getTokenIndex());
            }
        }
    }

    private void cardEnded(GoodpodsPageContext page, EpisodeCardContext ctx) {
        cardsEnded++;
        EpisodeDraft content =
                cardLines.read(
                        ctx, head(page).show().map(Show::title).orElse(null), episodes.size() + 1);
        if (content != null) {
            followedByEpisode.add(followedNames(content));
            if (content.dateToken != null
                    && content.dateToken.getType() == EpisodePageLexer.NUMERIC_DATE) {
                // A copy: the page's token is a leaf of the card's tree, which it would keep.
                numericDates.put(episodes.size(), new CommonToken(content.dateToken));
            }
            episodes.add(assembler.assemble(content, episodes.size() + 1));
        }
        if (session.recovering()) {
            skippedInCards.addAll(Trees.skipped(ctx));
        }
    }

    @Override
    public PageParts visitGoodpodsPage(GoodpodsPageContext ctx) {
        readPending(ctx, null);
        for (EpisodeCardContext card : ctx.episodeCard()) {
            // The cards left in the tree: those of a parse without the card hook.
            cardEnded(ctx, card);
        }
        PageHead head = head(ctx);
        Optional<Show> show = head.show();
        List<String> navigation = new ArrayList<>(head.navigation());
        OptionalInt announced = head.announced();

        readNumericDates();
        List<Episode> episodes = Hosts.apply(this.episodes, hosts(followedByEpisode));
        if (announced.isPresent() && announced.getAsInt() != episodes.size()) {
            Token at = head.headingStart();
            diagnostics.report(
                    DiagnosticCode.HEADING_COUNT,
                    at,
                    "the heading announces "
                            + announced.getAsInt()
                            + " episodes but the page has "
                            + episodes.size());
        }

        Optional<Faq> faq =
                ctx.pageEnd() == null
                        ? Optional.empty()
                        : PageEnd.read(ctx.pageEnd(), navigation, session);
        if (session.recovering()) {
            Trees.skipped(ctx).forEach(diagnostics::reportSkipped);
            skippedInCards.forEach(diagnostics::reportSkipped);
        }
        if (ctx.getStop() == null
                || ctx.getStart().getType() == Token.EOF
                || (show.isEmpty()
                        && episodes.isEmpty()
                        && faq.isEmpty()
                        && cardsEnded == 0
                        && isBlank(ctx))) {
            diagnostics.report(DiagnosticCode.EMPTY_PAGE, 1, 1, "the page has no text");
        }
        return new PageParts(show, navigation, head.heading(), head.summary(), episodes, faq);
    }

    /** The days the cards' numeric dates give, in the order the page's own dates settle. */
    private void readNumericDates() {
        DateOrder order =
                ReleaseDates.pageOrder(
                        List.copyOf(numericDates.values()),
                        session.settings().dateOrder(),
                        diagnostics);
        numericDates.forEach(
                (index, date) -> {
                    Episode e = episodes.get(index);
                    episodes.set(
                            index,
                            new Episode(
                                    e.rank(),
                                    e.title(),
                                    e.show(),
                                    assembler.numericDate(date, order),
                                    e.duration(),
                                    e.listeners(),
                                    e.description(),
                                    e.people(),
                                    e.links(),
                                    e.promotions(),
                                    e.chapters(),
                                    e.source()));
                });
        numericDates.clear();
    }

    /** The page's head, read once: it is parsed whole before the first card. */
    private PageHead head(GoodpodsPageContext page) {
        if (head == null) {
            head = PageHead.read(page, session.source());
        }
        return head;
    }

    /**
     * Hosts: people followed ("Follow X:") in two or more episodes and in most of those that have
     * any "Follow" group, counted by first name (a host may be followed as "Aaron" in one card and
     * "Aaron Francis" in the next); each under every name the cards follow them by.
     */
    private static Set<String> hosts(List<Set<String>> followedByEpisode) {
        Map<String, Integer> followed = new HashMap<>();
        Map<String, Set<String>> namesByFirstName = new HashMap<>();
        int cardsWithGroups = 0;
        for (Set<String> names : followedByEpisode) {
            if (!names.isEmpty()) {
                cardsWithGroups++;
            }
            Set<String> firstNames = new HashSet<>();
            for (String name : names) {
                String first = Names.firstWord(name);
                firstNames.add(first);
                namesByFirstName.computeIfAbsent(first, k -> new HashSet<>()).add(name);
            }
            firstNames.forEach(n -> followed.merge(n, 1, Integer::sum));
        }
        Set<String> hosts = new HashSet<>();
        for (Map.Entry<String, Integer> e : followed.entrySet()) {
            if (e.getValue() >= 2 && e.getValue() * 2 > cardsWithGroups) {
                hosts.addAll(namesByFirstName.get(e.getKey()));
            }
        }
        return hosts;
    }

    private static Set<String> followedNames(EpisodeDraft card) {
        Set<String> names = new HashSet<>();
        for (EpisodeDraft.NameRef ref : card.names) {
            if (ref.followed()) {
                names.add(ref.name());
            }
        }
        return names;
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
}
