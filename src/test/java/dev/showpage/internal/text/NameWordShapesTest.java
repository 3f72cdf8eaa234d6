package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * One word as a name's word, read in place among its punctuation: capitals, initials, possessives,
 * the function words that open a sentence, and where a word's punctuation ends a phrase. Words are
 * made up.
 */
class NameWordShapesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Quill|true",
                "(Oskar|true",
                "Lind,|true",
                "Mara's|true",
                "Mara\u2019s|true",
                "Haverkamp-Lind|true",
                "C.|true",
                "S.P.|true",
                "DHH|true",
                "Émile|true",
                "Ørsted's|true",
                "L'Amour|true",
                // near misses: lower case, a bare initial, numbers, a sentence's function word
                "quill|false",
                "C|false",
                "S.P|false",
                "R2D2|false",
                "2019|false",
                "...|false",
                "I|false",
                "I's|false",
                "A's|false",
                "The|false",
                "Their|false",
                "When,|false",
                "Theirs|true",
                "Whence|true",
            })
    void aNameWordIsCapitalisedLettersAnInitialOrAPossessive(String word, boolean expected) {
        assertThat(NameWords.isNameWord(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Quill's|true",
                "Lind\u2019s,|true",
                "(Ida's)|true",
                // near misses: too short, lower case, no apostrophe, a plural's apostrophe
                "Jo's|true",
                "\u2019s|false",
                "mara's|false",
                "Maras|false",
                "Maras'|false",
            })
    void aPossessiveIsACapitalisedWordEndingInApostropheS(String word, boolean expected) {
        assertThat(NameWords.isPossessive(word)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Quill.|true",
                "Lind,|true",
                "Oskar)|true",
                "here!|true",
                "...|true",
                // an initial's or initials' full stop ends nothing, nor does a bare word
                "C.|false",
                "S.P.|false",
                "Quill|false",
                "(Mara|false",
            })
    void punctuationAfterAWordEndsThePhraseUnlessItMarksAnInitial(String word, boolean expected) {
        assertThat(NameWords.endsPhrase(word)).isEqualTo(expected);
    }
}
