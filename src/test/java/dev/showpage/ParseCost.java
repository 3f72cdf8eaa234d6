package dev.showpage;

import dev.showpage.internal.Layouts;
import dev.showpage.internal.antlr.TwoStageParse;
import org.antlr.v4.runtime.atn.DecisionInfo;

/**
 * The grammar's work on a page, counted rather than timed (as {@code GrammarCostTest} counts it):
 * how many tokens the parser's decisions looked at, per token of the page. A parse that backtracks
 * or looks far ahead shows here on any machine, however busy, where a time limit would flake.
 */
final class ParseCost {

    /**
     * A bound well above what any page costs (about two on the example page, where the line's loop
     * looks at each token once and the card's loop at each line once), and far below what looking
     * to the end of a card or a page costs.
     */
    static final double MAX_LOOKAHEAD_PER_TOKEN = 8;

    private ParseCost() {}

    /** The parser's total lookahead, SLL and LL, per token of {@code text}. */
    static double lookaheadPerToken(String text) {
        return TwoStageParse.run(
                text,
                true,
                stage -> {
                    Layouts.of(stage.tokens).parse(stage.parser);
                    long look = 0;
                    for (DecisionInfo decision : stage.parser.getParseInfo().getDecisionInfo()) {
                        look += decision.SLL_TotalLook + decision.LL_TotalLook;
                    }
                    return (double) look / Math.max(1, stage.tokens.size());
                });
    }
}
