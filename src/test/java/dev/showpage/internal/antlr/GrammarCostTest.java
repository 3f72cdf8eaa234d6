package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.BigPages;
import dev.showpage.internal.Layouts;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.atn.DecisionInfo;
import org.antlr.v4.runtime.atn.ParseInfo;
import org.antlr.v4.runtime.dfa.DFA;
import org.junit.jupiter.api.Test;

/**
 * The grammar's cost, counted rather than timed: every test page parses in the first (SLL) stage,
 * no decision looks further ahead on a bigger page, the prediction work per token does not grow
 * with the page, and the shared DFA cache stops growing once it has seen the pages.
 */
class GrammarCostTest {

    private static List<Path> testPages() {
        try (Stream<Path> files = Files.walk(Path.of("testdata"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A parse without a model: whether it needed stage two, its tokens, what the parser measured.
     */
    private record Parsed(boolean recovered, int tokenCount, ParseInfo profile) {}

    private static Parsed parse(String text, boolean profile) {
        return TwoStageParse.run(
                text,
                profile,
                stage -> {
                    Layouts.of(stage.tokens).parse(stage.parser);
                    return new Parsed(
                            stage.recovering,
                            stage.tokens.size(),
                            profile ? stage.parser.getParseInfo() : null);
                });
    }

    @Test
    void everyTestPageParsesInTheFirstStage() throws IOException {
        List<Path> pages = testPages();
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            assertThat(parse(Files.readString(page), false).recovered())
                    .as("%s needed the recovering second stage", page)
                    .isFalse();
        }
    }

    @Test
    void damagedCardsStillParseInTheFirstStage() {
        String page = BigPages.fromExample().withCards(10);
        // The last card loses its listener count; the third loses its date line.
        String damaged =
                page.replace("\n1 Listener\nShow more", "\nShow more")
                        .replace("11/26/24 • 69 min\n", "");
        assertThat(damaged).isNotEqualTo(page);

        assertThat(parse(damaged, false).recovered()).isFalse();
        assertThat(parse("Just a line of prose.\nAnd another.\n", false).recovered()).isFalse();
    }

    /** Total lookahead of all decisions, SLL and LL, per token of the page. */
    private static double lookaheadPerToken(String page) {
        Parsed parse = parse(page, true);
        long look = 0;
        for (DecisionInfo decision : parse.profile().getDecisionInfo()) {
            look += decision.SLL_TotalLook + decision.LL_TotalLook;
        }
        return (double) look / parse.tokenCount();
    }

    private static long maxLookahead(ParseInfo profile) {
        long max = 0;
        for (DecisionInfo decision : profile.getDecisionInfo()) {
            max = Math.max(max, Math.max(decision.SLL_MaxLook, decision.LL_MaxLook));
        }
        return max;
    }

    @Test
    void aHundredTimesLargerPageCostsAHundredTimesAsMuch() {
        BigPages pages = BigPages.fromExample();
        String small = pages.withCards(10);
        String large = pages.withCards(1000);

        double perTokenSmall = lookaheadPerToken(small);
        double perTokenLarge = lookaheadPerToken(large);

        assertThat(large.length()).isGreaterThan(90 * small.length());
        assertThat(perTokenLarge).isBetween(perTokenSmall * 0.9, perTokenSmall * 1.1);
        assertThat(maxLookahead(parse(large, true).profile()))
                .as("no decision looks further ahead on a larger page")
                .isEqualTo(maxLookahead(parse(small, true).profile()));
    }

    @Test
    void predictionLooksAtAFewTokensPerTokenOfThePage() throws IOException {
        // About two: the line's own loop looks at each token once, and the card's loop at each line
        // once. A decision that looked past its line (to the end of a card, say) shows up here
        // first: such a grammar looked at eleven tokens per token of the example page.
        String example = Files.readString(BigPages.EXAMPLE);

        assertThat(lookaheadPerToken(example)).isLessThan(3);
        assertThat(lookaheadPerToken(BigPages.fromExample().withCards(200))).isLessThan(3);
    }

    @Test
    void oneLongLineCostsNoMorePerTokenThanTheSameSegmentsOnManyLines() {
        // Like the example page's episode 3, whose whole body is one line of 2,000 characters.
        String oneLine =
                "Prose before. Follow Mike: Twitter: https://twitter.com/mike Chapters: "
                        + "00:00 - Intro 01:06 - What is it? ".repeat(200)
                        + "\n";
        String manyLines =
                "Prose before.\nFollow Mike:\nTwitter: https://twitter.com/mike\n"
                        + "Chapters:\n"
                        + "00:00 - Intro\n01:06 - What is it?\n".repeat(200);
        String head = "Title\nShow\n02/17/25 • 84 min\n";

        double longLine = lookaheadPerToken(head + oneLine + "1 Listener\n");
        double shortLines = lookaheadPerToken(head + manyLines + "1 Listener\n");

        assertThat(longLine).isLessThan(shortLines * 1.5);
    }

    private static long dfaStates() {
        EpisodePageParser parser = new EpisodePageParser(null);
        long states = 0;
        for (DFA dfa : parser.getInterpreter().decisionToDFA) {
            states += dfa.states.size();
        }
        EpisodePageLexer lexer = new EpisodePageLexer(CharStreams.fromString(""));
        for (DFA dfa : lexer.getInterpreter().decisionToDFA) {
            states += dfa.states.size();
        }
        return states + WideCharLexerSimulator.wideEdgeCount();
    }

    @Test
    void theSharedDfaCacheStopsGrowingOnASecondPassOverTheCorpus() throws IOException {
        List<String> corpus = new ArrayList<>();
        for (Path page : testPages()) {
            corpus.add(Files.readString(page));
        }
        corpus.add(BigPages.fromExample().withCards(50));
        corpus.forEach(page -> parse(page, false));
        long afterFirstPass = dfaStates();

        corpus.forEach(page -> parse(page, false));

        assertThat(afterFirstPass).isPositive();
        assertThat(dfaStates()).isEqualTo(afterFirstPass);
    }
}
