package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The look at a word's first two characters that turns prose away before the value words. */
class OpenerPairsTest {

    /** Whether the word opens a value, as the vocabulary alone says: folded and looked up. */
    private static boolean opens(String word) {
        return DateWords.openers().contains(DateWords.fold(word));
    }

    @Test
    void turnsAwayNoOpenerInAnyCase() {
        for (String opener : DateWords.openers()) {
            for (String word :
                    List.of(
                            opener,
                            opener.toUpperCase(Locale.ROOT),
                            Character.toUpperCase(opener.charAt(0)) + opener.substring(1),
                            opener + ".")) {
                assertThat(OpenerPairs.mayOpen(word)).as(word).isTrue();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Février",
                "févr.",
                "FÉVR.",
                "März",
                "Maerz",
                "mié",
                "Mié.",
                "sábado",
                "Sáb",
                "Dienstag",
                "dinsdag",
                "Ágosto",
                "ottobre",
                "Qua",
                "segunda-feira",
                "Zo",
                "ZO.",
                "Today",
                "hier",
                "Ayer",
                "gestern",
                "il",
                "Publié",
                "Duração",
                "ÉMISSION"
            })
    void letsThroughTheWordsOfDatesAndLabels(String word) {
        assertThat(opens(word) || DateWords.opensValue(word)).as(word).isTrue();
        assertThat(OpenerPairs.mayOpen(word)).as(word).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Butterfly", "xylophone", "Übung", "Kühlschrank", "hjem", "İx", "zzz"})
    void turnsAwayWordsOfProseAtALook(String word) {
        assertThat(OpenerPairs.mayOpen(word)).as(word).isFalse();
        assertThat(DateWords.opensValue(word)).as(word).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a", "ß", "æb", "Ꮖx", "a.", "e\u0301t", "日本", "Жовтень"})
    void letsThroughWhatItCannotTellAtALook(String word) {
        assertThat(OpenerPairs.mayOpen(word)).as(word).isTrue();
    }

    /**
     * Made-up words of Latin characters, accents, signs and other scripts: none that the vocabulary
     * takes is turned away, whatever the case.
     */
    @Test
    void turnsAwayNoWordTheVocabularyTakes() {
        List<String> starts = new ArrayList<>();
        for (String opener : DateWords.openers()) {
            starts.add(opener.substring(0, Math.min(3, opener.length())));
        }
        String alphabet = "abcdefghijklmnopqrstuvwxyzÀÉÈÊËÍÎÏÓÔÖÚÜÑÇßæøåéèàùçñ.'’-0123456789İıſK";
        Random random = new Random(7);
        int taken = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder word = new StringBuilder();
            if (random.nextBoolean()) {
                word.append(starts.get(random.nextInt(starts.size())));
            }
            int more = random.nextInt(5);
            for (int k = 0; k < more; k++) {
                word.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String w =
                    random.nextInt(4) == 0
                            ? word.toString().toUpperCase(Locale.ROOT)
                            : word.toString();
            if (opens(w)) {
                taken++;
                assertThat(OpenerPairs.mayOpen(w)).as(w).isTrue();
            }
            if (!OpenerPairs.mayOpen(w)) {
                assertThat(DateWords.opensValue(w)).as(w).isFalse();
                assertThat(DateWords.month(w)).as(w).isZero();
            }
        }
        assertThat(taken).isGreaterThan(1000);
    }

    @Test
    void aFewPairsOfLettersOpenAValue() {
        assertThat(OpenerPairs.pairs()).isBetween(100, 4000);
    }
}
