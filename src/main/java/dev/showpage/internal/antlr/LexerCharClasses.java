package dev.showpage.internal.antlr;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The character classes of the lexer grammar that {@link PageScanner} reads: blanks, a word's first
 * and later characters, CJK text. They are taken from the generated lexer's own ATN (the first
 * characters each rule can match), so that the scanner's {@code \p{Han}} or {@code \p{Cyrillic}} is
 * the code point set the generated lexer holds, whatever Unicode version the JDK has.
 */
final class LexerCharClasses {

    private static final byte BLANK = 1;
    private static final byte WORD_START = 2;
    private static final byte WORD_CHAR = 4;
    private static final byte CJK = 8;

    /** The classes of every character of the Basic Multilingual Plane, by flag. */
    private static final byte[] BMP = new byte[0x10000];

    /** The classes above the BMP (emoji, rare CJK), which only words and CJK text take. */
    private static final IntervalSet WIDE_WORD_START;

    private static final IntervalSet WIDE_WORD_CHAR;
    private static final IntervalSet WIDE_CJK;

    static {
        IntervalSet blank = firstChars("WS");
        IntervalSet wordStart = firstChars("WORD_START");
        IntervalSet wordChar = firstChars("WORD_CHAR");
        IntervalSet cjk = firstChars("CJK_CHAR");
        mark(blank, BLANK);
        mark(wordStart, WORD_START);
        mark(wordChar, WORD_CHAR);
        mark(cjk, CJK);
        IntervalSet wide = IntervalSet.of(0x10000, Lexer.MAX_CHAR_VALUE);
        WIDE_WORD_START = wordStart.and(wide);
        WIDE_WORD_CHAR = wordChar.and(wide);
        WIDE_CJK = cjk.and(wide);
        if (!blank.and(wide).isNil()) {
            throw new IllegalStateException("a blank above U+FFFF: the scanner reads none");
        }
    }

    private LexerCharClasses() {}

    static boolean isBlank(int c) {
        return c >= 0 && c < 0x10000 && (BMP[c] & BLANK) != 0;
    }

    static boolean isWordStart(int c) {
        if (c >= 0 && c < 0x10000) {
            return (BMP[c] & WORD_START) != 0;
        }
        return WIDE_WORD_START.contains(c);
    }

    static boolean isWordChar(int c) {
        if (c >= 0 && c < 0x10000) {
            return (BMP[c] & WORD_CHAR) != 0;
        }
        return WIDE_WORD_CHAR.contains(c);
    }

    static boolean isCjk(int c) {
        if (c >= 0 && c < 0x10000) {
            return (BMP[c] & CJK) != 0;
        }
        return WIDE_CJK.contains(c);
    }

    private static void mark(IntervalSet set, byte flag) {
        for (var interval : set.getIntervals()) {
            int to = Math.min(interval.b, 0xFFFF);
            for (int c = interval.a; c <= to; c++) {
                BMP[c] |= flag;
            }
        }
    }

    /**
     * The characters that can open a match of the lexer rule (or fragment) {@code rule}: the labels
     * of the first transitions that consume one, following the empty ones from the rule's start.
     */
    static IntervalSet firstChars(String rule) {
        int index = Arrays.asList(EpisodePageLexer.ruleNames).indexOf(rule);
        if (index < 0) {
            throw new IllegalArgumentException("no lexer rule " + rule);
        }
        ATN atn = EpisodePageLexer._ATN;
        IntervalSet all = IntervalSet.of(Lexer.MIN_CHAR_VALUE, Lexer.MAX_CHAR_VALUE);
        IntervalSet first = new IntervalSet();
        BitSet seen = new BitSet();
        ArrayDeque<ATNState> open = new ArrayDeque<>();
        open.add(atn.ruleToStartState[index]);
        while (!open.isEmpty()) {
            ATNState state = open.poll();
            if (seen.get(state.stateNumber)) {
                continue;
            }
            seen.set(state.stateNumber);
            for (int i = 0; i < state.getNumberOfTransitions(); i++) {
                Transition t = state.transition(i);
                if (t.isEpsilon()) {
                    open.add(t.target);
                } else if (t instanceof NotSetTransition) {
                    first.addAll(t.label().complement(all));
                } else {
                    first.addAll(t.label());
                }
            }
        }
        return first;
    }
}
