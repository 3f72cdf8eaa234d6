package dev.showpage.internal.goodpods;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.BigPages;
import dev.showpage.DateOrder;
import dev.showpage.EpisodePageParser;
import dev.showpage.internal.Layouts;
import dev.showpage.internal.antlr.TwoStageParse;
import dev.showpage.internal.session.Columns;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.ParseSettings;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.session.SyntaxErrorListener;
import dev.showpage.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading each card as the parser ends it, and letting its tree and tokens go, gives the page that
 * reading the whole tree after the parse gives: same episodes, hosts, FAQ and diagnostics.
 */
class CardsAsTheyEndTest {

    static Stream<Arguments> goodpodsPages() throws IOException {
        List<Arguments> pages = new ArrayList<>();
        // The example page and the fuzz findings (damaged pages) that are in the Goodpods layout.
        try (Stream<Path> files = Files.walk(Path.of("testdata"))) {
            for (Path file :
                    files.filter(
                                    p ->
                                            p.toString().endsWith(".txt")
                                                    || p.toString().endsWith(".input"))
                            .sorted()
                            .toList()) {
                String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                if (EpisodePageParser.parse(text).layout().equals("goodpods")) {
                    pages.add(Arguments.of(file.toString(), text));
                }
            }
        }
        BigPages big = BigPages.fromExample();
        pages.add(Arguments.of("example cards x 35", big.withCards(35)));
        // Damaged: stage two (error recovery) builds as it goes too.
        pages.add(
                Arguments.of(
                        "a card cut by a stray line",
                        big.withCards(12)
                                .replace(
                                        "11/26/24 • 69 min\n",
                                        "11/26/24 • 69 min\n1 Listener\n1 Listener\n")));
        pages.add(
                Arguments.of(
                        "no listener counts", big.withCards(12).replace("\n1 Listener\n", "\n")));
        // "Top 5 x" after the first card's count: a line the layout has no place for.
        String page = big.withCards(25);
        int firstCardEnd = page.indexOf("\n1 Listener\n", page.indexOf("Top 25 ")) + 12;
        pages.add(
                Arguments.of(
                        "a ranking heading between two cards",
                        page.substring(0, firstCardEnd)
                                + "Top 5 x\n"
                                + page.substring(firstCardEnd)));
        assertThat(pages).hasSizeGreaterThan(10);
        assertThat(pages)
                .as("some pages need the recovering second stage")
                .anyMatch(
                        args ->
                                TwoStageParse.run(
                                        (String) args.get()[1],
                                        false,
                                        stage -> {
                                            Layouts.of(stage.tokens).parse(stage.parser);
                                            return stage.recovering;
                                        }));
        return pages.stream();
    }

    /** The page the whole tree gives: every card read in visitGoodpodsPage, after the parse. */
    /** A session with the parser's defaults, as {@code EpisodePageParser.parse} makes one. */
    private static ParseSession defaultSession(TwoStageParse.Stage stage, Diagnostics diagnostics) {
        return new ParseSession(
                new ParseSettings(
                        DateOrder.MONTH_DAY_YEAR,
                        false,
                        Optional.empty(),
                        false,
                        EpisodePageParser.DEFAULT_MAX_INPUT_LENGTH,
                        EpisodePageParser.DEFAULT_MAX_DIAGNOSTICS),
                diagnostics,
                new SourceText(stage.chars, stage.tokens, diagnostics),
                stage.recovering);
    }

    private static Page fromWholeTree(String text) {
        String input =
                (text.startsWith("\uFEFF") ? text.substring(1) : text)
                        .replace("\r\n", "\n")
                        .replace('\r', '\n');
        Columns columns = Columns.of(input);
        return TwoStageParse.run(
                input,
                false,
                stage -> {
                    Diagnostics diagnostics =
                            new Diagnostics(EpisodePageParser.DEFAULT_MAX_DIAGNOSTICS, columns);
                    if (stage.recovering) {
                        stage.parser.addErrorListener(new SyntaxErrorListener(diagnostics));
                    }
                    ParseSession session = defaultSession(stage, diagnostics);
                    return new GoodpodsPageBuilder(session)
                            .visitGoodpodsPage(stage.parser.goodpodsPage())
                            .toPage(new GoodpodsLayout().name(), diagnostics.sorted());
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goodpodsPages")
    void cardsReadAsTheyEndGiveThePageTheWholeTreeGives(String name, String text) {
        Page streamed = EpisodePageParser.parse(text);
        Page whole = fromWholeTree(text);

        assertThat(streamed.episodes()).isEqualTo(whole.episodes());
        assertThat(streamed).isEqualTo(whole);
    }

    @Test
    void aStageThatGivesUpHandsOnNoHalfReadRule() {
        // "Top 5 x" after a card's listener count is a line the layout has no place for: stage one
        // gives up inside the second card, and the rules it unwinds end with their exception set.
        String page =
                "Show\n\n"
                        + "1 Listener\n"
                        + "Top 2 Episodes\n\n"
                        + "First\n"
                        + "Show\n"
                        + "02/17/25 • 84 min\n"
                        + "Body text.\n"
                        + "1 Listener\n"
                        + "Top 5 x\n"
                        + "Second\n"
                        + "02/18/25 • 10 min\n"
                        + "More.\n"
                        + "1 Listener\n";
        List<Boolean> stages = new ArrayList<>();
        List<ParserRuleContext> handedOn = new ArrayList<>();

        TwoStageParse.run(
                page,
                false,
                stage -> {
                    stages.add(stage.recovering);
                    stage.onRuleEnd(
                            ctx -> {
                                if (!stage.recovering) {
                                    handedOn.add(ctx);
                                }
                            });
                    return Layouts.of(stage.tokens).parse(stage.parser);
                });

        assertThat(stages).containsExactly(false, true);
        assertThat(handedOn).isNotEmpty().allMatch(ctx -> ctx.exception == null);
    }

    /** Whether a parse of {@code page} has let go of its first token by the time it is done. */
    private static boolean firstTokenLetGo(String page) {
        return TwoStageParse.run(
                page,
                false,
                stage -> {
                    Diagnostics diagnostics =
                            new Diagnostics(
                                    EpisodePageParser.DEFAULT_MAX_DIAGNOSTICS, Columns.of(page));
                    ParseSession session = defaultSession(stage, diagnostics);
                    new GoodpodsLayout().build(stage, session);
                    try {
                        stage.tokens.get(0);
                        return false;
                    } catch (IllegalStateException released) {
                        return true;
                    }
                });
    }

    @Test
    void aLongPageLetsGoOfItsFirstCardsBeforeItsEnd() {
        BigPages big = BigPages.fromExample();
        // Cards are read in steps of some thousands of tokens: eighty cards span several steps,
        // three cards none, so those are read, and their tokens let go of, at the page's end.
        assertThat(firstTokenLetGo(big.withCards(80))).isTrue();
        assertThat(firstTokenLetGo(big.withCards(3))).isFalse();
    }
}
