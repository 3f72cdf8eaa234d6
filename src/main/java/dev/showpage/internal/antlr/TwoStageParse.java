package dev.showpage.internal.antlr;

import dev.showpage.internal.grammar.EpisodePageParser;
import java.util.ArrayList;
import java.util.function.Consumer;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Lexes and parses one page in two stages (the scheme of ANTLR's ParserATNSimulator javadoc, as
 * Trino's SqlParser uses it).
 *
 * <p>Stage one predicts with SLL and gives up at the first syntax error. The grammar takes missing
 * dates, missing listener counts and stray lines, so nearly every page, damaged or not, is done
 * then. Only a page with a line the layout has no place for is parsed again, from its first
 * character, with error recovery; stage two predicts with SLL too, because full LL prediction on a
 * damaged page can look ahead to its end at every decision.
 *
 * <p>The model is built while a stage parses (cards are built as they end, and let go of), so what
 * a stage built is thrown away with it when it gives up: the caller's {@link StageBuild} runs once
 * per stage, each time with fresh state.
 */
public final class TwoStageParse {

    /** One stage: its tokens and a parser ready to start, not started yet. */
    public static final class Stage {
        public final CharStream chars;
        public final TokenWindow tokens;
        public final EpisodePageParser parser;

        /** Told of every rule the parser ends, once the rule's context is complete; or null. */
        private Consumer<ParserRuleContext> ruleEnded;

        /** Whether this is stage two: the tree may then hold tokens the parser skipped. */
        public final boolean recovering;

        private Stage(String input, boolean recovering, boolean profile) {
            PageChars page = PageChars.of(input);
            chars = page;
            tokens = new TokenWindow(new ValueTokens(new PageScanner(page)), input.length());
            // Rather than a parse listener, which the parser would also tell of every token.
            parser =
                    new EpisodePageParser(tokens) {
                        /**
                         * How many children each rule's last context had. ANTLR gives every context
                         * a list of ten on its first child; most have one to three, and a rule's
                         * contexts on one page tend to be alike, so a new context's list is made as
                         * large as the last one of its rule needed.
                         */
                        private final int[] lastChildCount = new int[ruleNames.length];

                        @Override
                        public void enterRule(ParserRuleContext context, int state, int ruleIndex) {
                            super.enterRule(context, state, ruleIndex);
                            if (getBuildParseTree() && context.children == null) {
                                context.children =
                                        new ArrayList<>(Math.max(1, lastChildCount[ruleIndex]));
                            }
                        }

                        /** The token itself, which is a leaf too ({@link PageToken}). */
                        @Override
                        public TerminalNode createTerminalNode(ParserRuleContext parent, Token t) {
                            if (t instanceof PageToken leaf && leaf.isFreeLeaf()) {
                                return leaf;
                            }
                            return super.createTerminalNode(parent, t);
                        }

                        @Override
                        public void exitRule() {
                            ParserRuleContext ended = _ctx;
                            if (ended.children != null) {
                                lastChildCount[ended.getRuleIndex()] = ended.children.size();
                            }
                            super.exitRule();
                            // Stage one gives up by throwing, and every rule it unwinds ends with
                            // the exception set: such a half-read rule is not handed on, since the
                            // stage is thrown away.
                            if (ruleEnded != null && (recovering || ended.exception == null)) {
                                ruleEnded.accept(ended);
                            }
                        }
                    };
            parser.removeErrorListeners();
            parser.setProfile(profile);
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(
                    recovering ? new DefaultErrorStrategy() : new BailErrorStrategy());
            this.recovering = recovering;
        }

        /**
         * Tells {@code hook} of every rule the parser ends, after the rule's context is complete
         * and its parent is the parser's current context again.
         */
        public void onRuleEnd(Consumer<ParserRuleContext> hook) {
            ruleEnded = hook;
        }
    }

    /** What the caller makes of a stage; stage one's parse may throw, stage two's does not. */
    public interface StageBuild<T> {
        T build(Stage stage);
    }

    private TwoStageParse() {}

    /**
     * Parses {@code input} (a line break is added at its end when it has none), handing each stage
     * to {@code build}: stage one, then stage two if stage one gave up.
     *
     * @param profile whether to keep ANTLR's per-decision profile (slower; for tests)
     */
    public static <T> T run(String input, boolean profile, StageBuild<T> build) {
        try {
            return build.build(new Stage(input, false, profile));
        } catch (ParseCancellationException e) {
            return build.build(new Stage(input, true, profile));
        }
    }
}
