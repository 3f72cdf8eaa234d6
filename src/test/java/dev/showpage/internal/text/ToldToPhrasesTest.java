package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A quotation reported with the speaker and the one spoken to ("…», dijo Mara Quill a Oskar Lind"),
 * in made-up sentences of six languages: the speaker is the guest; and the reports that name no one
 * spoken to, no speaker or no saying before the verb, which tell of no interview.
 */
class ToldToPhrasesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "«O porto mudou muito», explica o pescador Rui Costa a Ana Lima neste"
                        + " episódio.|Rui Costa",
                "“Il mare non perdona”. Lo ha raccontato la velista Giulia Conti a Paolo Neri in"
                        + " studio.|Giulia Conti",
                "«Nunca quise ser actriz», dijo Lucía Pérez a Diego Ruiz en la radio.|Lucía Pérez",
                "« Je n'ai rien oublié », confie Claire Dubois à Marc Petit.|Claire Dubois",
                "“Ik vis al veertig jaar”, vertelt Joris van Dam aan Sabine Vermeer.|Joris van Dam",
                "“The tide waits for no one,” says Mara Quill to Oskar Lind.|Mara Quill",
            })
    void theSpeakerIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "«Nunca quise ser actriz», dijo Lucía Pérez a la prensa.",
                "“The tide waits for no one,” says Mara Quill.",
                "«O porto mudou», explica o pescador a Ana Lima.",
                "Il libro racconta la storia di Giulia Conti a Genova.",
                "Ela conta a história de Rui Costa a Ana Lima.",
                // No saying closes before the verb: a story's telling, not an interview's
                "Explica o pescador Rui Costa a Ana Lima como o porto mudou.",
                "Depois, dijo Lucía Pérez a Diego Ruiz que no vendría.",
                // German's "zu" is also a surname's particle: left unread
                "„Ich koche jeden Tag“, sagt Jonas Weber zu Lea Brandt.",
                "“The tide waits,” says Mara Quill’s book to Oskar Lind.",
            })
    void noGuestWithoutASpeakerAndOneSpokenTo(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
