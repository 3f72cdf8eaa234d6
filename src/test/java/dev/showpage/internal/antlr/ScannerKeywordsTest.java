package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.junit.jupiter.api.Test;

/**
 * The scanner's keywords are the lexer grammar's: every rule that matches only a few fixed texts
 * opening with a letter, read from the generated lexer's ATN, so that a keyword added to the
 * grammar fails here instead of being read as a word by the scanner.
 */
class ScannerKeywordsTest {

    @Test
    void theKeywordsAreTheLexerRulesOfFixedTextsWithTheirTypes() {
        Map<String, Integer> grammar = new TreeMap<>();
        int word = Arrays.asList(EpisodePageLexer.ruleNames).indexOf("WORD");
        ATN atn = EpisodePageLexer._ATN;
        for (int rule = 0; rule < EpisodePageLexer.ruleNames.length; rule++) {
            if (atn.ruleToTokenType[rule] <= 0) {
                continue; // a fragment
            }
            List<String> texts = fixedTexts(atn, atn.ruleToStartState[rule]);
            if (texts == null || texts.stream().noneMatch(ScannerKeywordsTest::opensWithLetter)) {
                continue;
            }
            assertThat(texts)
                    .as("rule %s", EpisodePageLexer.ruleNames[rule])
                    .allMatch(ScannerKeywordsTest::opensWithLetter);
            // a keyword wins over a word as long only because its rule comes first
            assertThat(rule).as("rule %s", EpisodePageLexer.ruleNames[rule]).isLessThan(word);
            for (String text : texts) {
                grammar.put(text, atn.ruleToTokenType[rule]);
            }
        }
        Map<String, Integer> scanner = new TreeMap<>();
        for (int k = 0; k < ScannerKeywords.count(); k++) {
            scanner.put(ScannerKeywords.text(k), ScannerKeywords.type(k));
        }
        assertThat(scanner).hasSize(ScannerKeywords.count());
        assertThat(grammar).containsEntry("Where to find", EpisodePageLexer.FOLLOW);
        assertThat(grammar).containsEntry("Top", EpisodePageLexer.TOP);
        assertThat(scanner).isEqualTo(grammar);
    }

    private static boolean opensWithLetter(String text) {
        return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
    }

    /**
     * The texts a rule matches when it matches only fixed texts: a chain of single characters from
     * its start to its stop on every path; null where it loops, calls another rule or reads a set.
     */
    private static List<String> fixedTexts(ATN atn, ATNState start) {
        List<String> texts = new ArrayList<>();
        return walk(start, new StringBuilder(), new HashSet<>(), texts) ? texts : null;
    }

    private static boolean walk(
            ATNState state, StringBuilder text, Set<Integer> onPath, List<String> texts) {
        if (state instanceof RuleStopState) {
            texts.add(text.toString());
            return true;
        }
        if (!onPath.add(state.stateNumber)) {
            return false; // a loop: no fixed text
        }
        try {
            for (int i = 0; i < state.getNumberOfTransitions(); i++) {
                Transition t = state.transition(i);
                if (t.getSerializationType() == Transition.RULE) {
                    return false;
                }
                if (t.isEpsilon()) {
                    if (!walk(t.target, text, onPath, texts)) {
                        return false;
                    }
                    continue;
                }
                IntervalSet label = t.label();
                if (t instanceof NotSetTransition || label == null || label.size() != 1) {
                    return false;
                }
                text.appendCodePoint(label.getMinElement());
                boolean fixed = walk(t.target, text, onPath, texts);
                text.setLength(text.length() - Character.charCount(label.getMinElement()));
                if (!fixed) {
                    return false;
                }
            }
            return true;
        } finally {
            onPath.remove(state.stateNumber);
        }
    }
}
