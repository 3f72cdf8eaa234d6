package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence that opens by framing a conversation with someone ("In conversation with X, Y talks
 * about ...", "Im Gespräch mit X spricht Y über ..."), in made-up sentences of the seven languages:
 * the one who speaks is the guest, the one spoken with asks; and the frames that keep the name
 * after "with" the guest.
 */
class ConversationFramesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Er lebt in Kiel. Im Gespräch mit Lea Brandt erzählt Jonas Weber von seiner"
                        + " Kindheit.|Jonas Weber",
                "Im Gespräch mit Lea Brandt spricht Jonas Weber über das Meer.|Jonas Weber",
                "In gesprek met Sabine Vermeer vertelt Joris van Dam over zijn boot.|Joris van Dam",
                "In conversation with Mara Quill, Oskar Lind talks about his first boat.|Oskar"
                        + " Lind",
                "En conversation avec Claire Dubois, Marc Petit raconte son enfance.|Marc Petit",
                "En conversación con Lucía Pérez, Diego Ruiz habla de su novela.|Diego Ruiz",
                "Em conversa com Ana Lima, Rui Costa fala do novo disco.|Rui Costa",
                "Nella chiacchierata con Giulia Conti, Paolo Neri racconta la salita.|Paolo Neri",
                "Sie schreibt langsam.» Im Gespräch mit Lea Brandt spricht Jonas Weber über"
                        + " Worte.|Jonas Weber",
            })
    void theOneWhoSpeaksIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // The verb's subject is a pronoun or lies past the line's end: no one is told
                "Im Gespräch mit Lea Brandt spricht sie über ihre Bücher.",
                "Seit Jahren schreibt er. Im Gespräch mit Lea Brandt spricht",
            })
    void theOneSpokenWithAsksWhenTheSpeakerIsUnnamed(String text) {
        assertThat(guests(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // No framing "in" at the sentence's start, or no verb of speaking after the name
                "In conversation with Mara Quill, we look at the harbour.|Mara Quill",
                "Wir sind im Gespräch mit Lea Brandt über ihre Bücher.|Lea Brandt",
                "Im Gespräch mit Lea Brandt geht es um das Meer.|Lea Brandt",
                "Un entretien avec Claire Dubois, qui raconte son enfance.|Claire Dubois",
                // The speaker is described by a role first: perhaps the crew, so the "with" stands
                "Im Gespräch mit der Autorin Lea Brandt spricht Moderator Jonas Weber über ihr"
                        + " neues Buch.|Lea Brandt",
                "In gesprek met Sabine Vermeer vertelt presentator Joris van Dam over haar"
                        + " boek.|Sabine Vermeer",
                "Im Gespräch mit Anna Roth erzählt Reporterin Lea Brandt von Kiel.|Anna Roth",
                // The speaker is the text's declared host
                "Im Gespräch mit Lea Brandt spricht Jonas Weber über ihr Buch. Moderation: Jonas"
                        + " Weber|Lea Brandt",
                "In conversation with Mara Quill, Oskar Lind talks about her novel. Hosted by"
                        + " Oskar Lind.|Mara Quill",
                "En conversation avec Claire Dubois, Marc Petit raconte son roman. Animé par Marc"
                        + " Petit.|Claire Dubois",
            })
    void otherwiseTheNameAfterWithIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }
}
