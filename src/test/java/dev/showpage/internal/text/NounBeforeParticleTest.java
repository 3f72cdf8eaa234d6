package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A capitalised noun before "von" or "di" and a full name after ("Besuch von Lea Brandt", "Storia
 * di Paolo Neri") is no one name; names with a particle inside still are.
 */
class NounBeforeParticleTest {

    private static Names.Span at(String text) {
        List<String> words = Arrays.asList(text.split(" "));
        return NameSpans.personAt(words, 0);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Besuch von Lea Brandt beim Schnitt",
                "Hilfe von Lea Brandt und dem Team",
                "Musik von Jonas Weber",
                "Storia di Paolo Neri",
            })
    void aNounThenANameIsNoName(String text) {
        assertThat(at(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ludwig van Beethoven spielt|3",
                "Ursula von der Leyen sagt|4",
                "Maria de la Cruz Reyes habla|5",
                "Joris van Dam|3",
                "Lea von Brandt|3",
            })
    void aNameWithAParticleStaysOneName(String text, int words) {
        assertThat(at(text)).isEqualTo(new Names.Span(0, words));
    }
}
