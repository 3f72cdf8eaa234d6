package dev.showpage.internal.antlr;

import java.util.concurrent.ConcurrentHashMap;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.LexerATNSimulator;
import org.antlr.v4.runtime.dfa.DFAState;

/**
 * The lexer's simulator with a DFA cache for characters above U+007F too.
 *
 * <p>ANTLR caches the lexer's DFA edges only for ASCII; every other character (curly quotes,
 * bullets, dashes, accented letters: common on show pages) is simulated afresh each time, which
 * cost about a tenth of the parse of the example page. The extra edges live in one map shared by
 * all parsers, as the DFA itself is, and stop growing at {@link #MAX_EDGES}, so that a page of many
 * distinct characters cannot make it grow without bound.
 */
final class WideCharLexerSimulator extends LexerATNSimulator {

    static final int MAX_EDGES = 1 << 16;

    // Keyed by DFA state number and character: the lexer has one mode, so one DFA.
    private static final ConcurrentHashMap<Long, DFAState> WIDE_EDGES = new ConcurrentHashMap<>();

    private WideCharLexerSimulator(Lexer lexer, LexerATNSimulator shared) {
        super(lexer, shared.atn, shared.decisionToDFA, shared.getSharedContextCache());
    }

    /** Gives {@code lexer} this simulator, over the same shared DFA it had. */
    static void install(Lexer lexer) {
        lexer.setInterpreter(new WideCharLexerSimulator(lexer, lexer.getInterpreter()));
    }

    @Override
    protected DFAState getExistingTargetState(DFAState s, int t) {
        if (t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE) {
            return super.getExistingTargetState(s, t);
        }
        return WIDE_EDGES.get(key(s, t));
    }

    @Override
    protected void addDFAEdge(DFAState p, int t, DFAState q) {
        if (t >= MIN_DFA_EDGE && t <= MAX_DFA_EDGE) {
            super.addDFAEdge(p, t, q);
        } else if (t >= 0 && WIDE_EDGES.size() < MAX_EDGES) {
            WIDE_EDGES.putIfAbsent(key(p, t), q);
        }
    }

    private static Long key(DFAState state, int t) {
        return ((long) state.stateNumber << 32) | t;
    }

    /** How many wide edges are cached; for tests of the cache's bound. */
    static int wideEdgeCount() {
        return WIDE_EDGES.size();
    }
}
