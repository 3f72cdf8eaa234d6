package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A word of accented Latin letters, folded a character at a time, folds as the decomposition of the
 * lower-cased word does: made-up and real date words of the seven languages and others, and every
 * character up to U+02FF beside an accented letter and an ASCII one.
 */
class DateWordsFoldTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Févr",
                "févr.",
                "mié",
                "Mär",
                "MÄRZ",
                "Décembre",
                "août",
                "sáb.",
                "lör",
                "terça-feira",
                "sábado",
                "Ærø",
                "ŒUVRE",
                "ßa",
                "İstanbul",
                "İé",
                "ÉTÉ",
                "Ⱥé",
                "ǅé",
                "ǆuro",
                "Straße",
                "Ελένη",
                "Σάββατο",
                "émoji🎙",
                "e\u0301te",
                "´é",
                "¨é",
                "é.é",
                "é",
                "plain",
                "Plain",
                "",
            })
    void foldsAsTheDecompositionDoes(String word) {
        assertThat(DateWords.fold(word)).isEqualTo(DateWords.decomposedFold(word));
    }

    @Test
    void everyCharacterBesideAnAccentedLetterFoldsAsTheDecompositionDoes() {
        List<String> words = new ArrayList<>();
        for (char c = 1; c < 0x300; c++) {
            words.add(c + "é");
            words.add("É" + c);
            words.add("a" + c + "b");
            words.add(String.valueOf(c));
        }
        for (String word : words) {
            assertThat(DateWords.fold(word)).as(word).isEqualTo(DateWords.decomposedFold(word));
        }
    }
}
