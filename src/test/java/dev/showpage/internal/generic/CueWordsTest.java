package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The words a line must hold before a pattern runs, found without case as {@code (?iu)} finds them:
 * every character the pattern takes for a word's letter, and no other.
 */
class CueWordsTest {

    /** The letters of the cue words of the seven languages, quotes and signs among them. */
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzàáâãçèéêíìòóôúüß'’-*\"“„«‘‚ ";

    @Test
    void aCharacterHoldsALetterExactlyWhereThePatternTakesIt() {
        for (char letter : LETTERS.toCharArray()) {
            // inside a word, as the cue words stand in the patterns' alternatives
            Matcher m = Pattern.compile("(?iu)" + Pattern.quote("a" + letter)).matcher("");
            int folded = CueWords.fold(letter);
            assertThat(CueWords.fold((char) folded)).as("%s folds once", letter).isEqualTo(folded);
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                boolean taken = m.reset("a" + (char) c).matches();
                assertThat(CueWords.fold((char) c) == folded)
                        .as("U+%04X for %s", c, letter)
                        .isEqualTo(taken);
            }
        }
    }

    @Test
    void wordsAreFoundInAnyCaseAndBeyondAscii() {
        CueWords kinds = CueWords.alternatives("podcast|émission|sendung|talk-show");
        assertThat(kinds.in("the PODCAST ‘X’")).isTrue();
        assertThat(kinds.in("l'ÉMISSION « X »")).isTrue();
        assertThat(kinds.in("die ſendung „X“")).isTrue(); // a long s is an s without case
        assertThat(kinds.in("die SENDUNG")).isTrue();
        assertThat(kinds.in("a TALK-SHOW")).isTrue();
        assertThat(kinds.in("a talk show")).isFalse();
        assertThat(kinds.in("podcas")).isFalse();
        assertThat(CueWords.of("quest'").in("QUEST'episodio")).isTrue();
        assertThat(CueWords.of("bienvenue à").in("BIENVENUE À « X »")).isTrue();
        assertThat(CueWords.of("is").in("thİs")).isTrue(); // a dotted capital I is an i
        assertThat(CueWords.of("is").in("thıs")).isTrue(); // as a dotless i
    }

    @Test
    void aWordAnotherOpensStillFindsTheLongerOnesPlaces() {
        CueWords kinds = CueWords.alternatives("program|programme|programma");
        assertThat(kinds.indexIn("a new PROGRAMMA", 0)).isEqualTo(6);
        assertThat(kinds.at("a new Programme", 6)).isTrue();
        assertThat(kinds.at("a new Programme", 5)).isFalse();
        assertThat(kinds.indexIn("program and program", 1)).isEqualTo(12);
    }

    @Test
    void aUnionTellsWhichSetsTheTextHolds() {
        CueWords union =
                CueWords.union(
                        CueWords.of("\"", "*"),
                        CueWords.of("podcast", "show"),
                        CueWords.of("episode", "folge"));
        assertThat(union.setsIn("no cue here")).isZero();
        assertThat(union.setsIn("the SHOW \"X\"")).isEqualTo(0b011);
        assertThat(union.setsIn("a Folge of *X*")).isEqualTo(0b101);
        assertThat(union.setsIn("Podcast, episode")).isEqualTo(0b110);
        assertThat(union.setsIn("epis")).isZero();
    }
}
