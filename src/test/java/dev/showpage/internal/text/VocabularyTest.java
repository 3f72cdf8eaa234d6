package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A vocabulary answers as a set of the lower-cased core would: {@code
 * words.contains(Names.core(raw).toLowerCase(Locale.ROOT))}, which is what the lookups it replaced
 * asked.
 */
class VocabularyTest {

    private static final Vocabulary WORDS =
            Vocabulary.of("with avec mit und & über à invité by to a dr ft feat k");

    static Stream<String> raws() {
        return Stream.of(
                "with", "With", "WITH", "with,", "(with)", "“With”", "wITh:", "withh", "wit", "",
                "&", "&,", "Über", "ÜBER", "über.", "uber", "À", "Invité", "INVITÉ", "Dr.", "DR",
                "ft.", "Feat.", "K", "\u212A", "\u0130", "to", "To!", "a", "A.", "by-", "...",
                "b y", "mit-", "İnvité");
    }

    @ParameterizedTest
    @MethodSource("raws")
    void answersAsTheLoweredCoreDoes(String raw) {
        boolean expected = WORDS.words().contains(Names.core(raw).toLowerCase(Locale.ROOT));
        assertThat(WORDS.containsCore(raw)).as(raw).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("raws")
    void coreIsAnswersAsTheLoweredCoreDoes(String raw) {
        for (String word : WORDS.words()) {
            boolean expected = Names.core(raw).toLowerCase(Locale.ROOT).equals(word);
            assertThat(Vocabulary.coreIs(raw, word)).as(raw + " is " + word).isEqualTo(expected);
        }
    }

    /** Seeded random words of letters that are close to the vocabulary's, in mixed case. */
    static Stream<Arguments> seeds() {
        return IntStream.range(0, 20).mapToObj(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void randomWordsAnswerAsTheLoweredCoreDoes(int seed) {
        Random random = new Random(seed);
        String alphabet = "withWITHaAbByYüÜéÉ&.,'-\u212A";
        for (int n = 0; n < 2_000; n++) {
            StringBuilder raw = new StringBuilder();
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String word = raw.toString();
            boolean expected = WORDS.words().contains(Names.core(word).toLowerCase(Locale.ROOT));
            assertThat(WORDS.containsCore(word)).as(word).isEqualTo(expected);
        }
    }

    /**
     * Words of any length, past the 63 characters whose lengths the vocabulary keeps as bits: a
     * long word is found, and a core one character shorter or longer is not.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 62, 63, 64, 65, 90})
    void findsWordsOfAnyLength(int length) {
        String word = "ab".repeat(length).substring(0, length);
        Vocabulary words = Vocabulary.of("zz " + word);
        assertThat(words.containsCore("(" + word.toUpperCase(Locale.ROOT) + ")")).isTrue();
        assertThat(words.containsCore(word + "a")).isFalse();
        assertThat(words.containsCore(word.substring(1))).isFalse();
        assertThat(words.containsRun("x" + word + "x", 1, 1 + length)).isTrue();
        assertThat(words.containsAscii(word + "b", 0, length + 1)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"With", "ÜBER"})
    void refusesWordsNotInLowerCase(String word) {
        assertThatThrownBy(() -> Vocabulary.of("and " + word))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(word);
    }
}
