package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A guest introduced by their role at an organisation and then their name after a comma ({@link
 * RoleOfAppositions}), in made-up sentences of the seven languages; and the same shape without a
 * role, with the show's own people, or with no name after the comma.
 */
class RoleOfAppositionsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "I talk with the CEO of Harbour Radio, Mara Quill, about tides.|Mara Quill",
                "Tune in to this episode with the founder of Blue Kelp, Tom Reed.|Tom Reed",
                "On parle avec la fondatrice de Marée Haute, Claire Dubois, de vin.|Claire Dubois",
                "Wir sprechen mit dem Gründer von Nordlicht, Jonas Weber, über Boote.|Jonas Weber",
                "Hablamos con la fundadora de Faro Azul, Lucía Pérez, sobre el puerto.|Lucía Pérez",
                "Parliamo con il fondatore di Vela Nera, Paolo Neri, di barche.|Paolo Neri",
                "Conversamos com o fundador da Onda Viva, Rui Costa.|Rui Costa",
                "We praten met de oprichter van Zeewind, Joris van Dam, over dijken.|Joris van Dam",
                "In this conversation with the CEO of Blue Kelp, Mara Quill, we talk"
                        + " tides.|Mara Quill",
                "We are joined by the founder of Harbour Radio, Tom Reed.|Tom Reed",
            })
    void namesThePersonAfterTheRoleAndOrganisation(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "I talk with the help of Harbour Radio, Mara Quill and Tom Reed about tides.",
                "I talk with the producer of Harbour Radio, Mara Quill, about tides.",
                "I talk with the CEO of Harbour Radio, who runs the station, about tides.",
                "I talk with the CEO of Harbour Radio, Bergen and Oslo about tides.",
                "I talk with the CEO of Harbour Radio, Mara Quill's sister, about tides.",
                "I talk with the moderator of Harbour Radio, Mara Quill, about tides.",
                "Wir sprechen mit der Moderatorin von Nordlicht, Lea Brandt, über Boote.",
                "Hablamos con el copresentador de Faro Azul, Jorge Ruiz, sobre el puerto.",
                "Parliamo con il conduttore di Vela Nera, Paolo Neri, di barche.",
                "We praten met de presentator van Zeewind, Joris van Dam, over dijken.",
                "Trump met with the President of France, Emmanuel Macron.",
                "The minister meets with the CEO of Harbour Radio, Mara Quill, on Monday.",
                "Scholz traf sich mit dem Präsidenten von Frankreich, Emmanuel Macron.",
                "Sánchez se reunió con el presidente de Francia, Emmanuel Macron.",
                "She spoke with the founder of Blue Kelp, Tom Reed, last year.",
                "The deal was signed by the CEO of Harbour Radio, Mara Quill.",
            })
    void namesNoOneWithoutRoleOrName(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
