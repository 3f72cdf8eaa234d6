package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bound on a text's words turns a text away only where splitting it, lower-cased or stripped,
 * would give more words too: the readers it guards never see a text they would have taken. The rows
 * are made up, with blanks of other kinds, odd letters and other languages.
 */
class SpacedWordsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "   ",
                "Follow",
                "Follow our podcast",
                "Abonnez-vous \u00E0 notre podcast",
                "  Il mio podcast  ",
                "\tIl\tmio podcast\t",
                "Folge  unserem   Podcast",
                "\u0130STANBUL \u0130\u00C7\u0130N PODCAST",
                "\u03A3\u039F\u03A6\u0399\u0391\u03A3 podcast \u03A3",
                "\u8BA2\u9605 \u6211\u4EEC\u7684 \u64AD\u5BA2",
                "\uD835\uDC00 \uD835\uDC01 \uD835\uDC02 \uD835\uDC03",
                "a b c d e f g",
                "\u00A0Episode\u00A013\u00A0",
                "Season 2 Episode 20 \u2013 Buzzcast Extra",
                "Listen on Apple Podcasts, Spotify and wherever you get your podcasts today.",
                "\u2003 \u2003 Episode 13 \u2003",
                "Ep. 5 \n 6 \r 7"
            })
    void aTextPastTheBoundHasMoreWordsByEveryReading(String text) {
        for (int most = 0; most <= 8; most++) {
            if (SpacedWords.exceed(text, most)) {
                assertThat(text.split(" ").length).isGreaterThan(most);
                assertThat(text.toLowerCase(Locale.ROOT).split(" ").length).isGreaterThan(most);
                assertThat(text.strip().toLowerCase(Locale.ROOT).split(" ").length)
                        .isGreaterThan(most);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Follow our podcast",
                "  Follow  our   podcast ",
                "\tFollow our podcast\u2003",
                "S\u00EDguenos en nuestro podcast \u00B7"
            })
    void wordsAreCountedBetweenSpaces(String text) {
        int words = text.strip().split(" +").length;
        assertThat(SpacedWords.exceed(text, words - 1)).isTrue();
        assertThat(SpacedWords.exceed(text, words)).isFalse();
    }
}
