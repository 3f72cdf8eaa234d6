package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "joined by Bergen's own Mara Quill": a possessive's "own" before the name that an introduction
 * leads to, in made-up English sentences (the other languages say it with a possessive the readers
 * already pass); and an "own" that leads to a thing, or stands after no possessive.
 */
class OwnPersonTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "This week we are joined by Norway’s own Mara Quill of Harbour Radio.|Mara Quill",
                "I talk with Bergen's very own Oskar Lind about tides.|Oskar Lind",
                "We're joined by Bergen's own Dr. Mara Quill, to talk about fish.|Mara Quill",
            })
    void theNameAfterAPossessivesOwnIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We talk with Harbour's own brand of humour about the sea.",
                "We are joined by Norway’s own. Mara Quill wrote in.",
                "I talk with my own thoughts, Oskar Lind style.",
            })
    void noGuestWhenOwnLeadsToNoName(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
