package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one who tells a named interviewer something on the show is the guest, in made-up sentences of
 * six languages; told to the press, to a pronoun or to a first name without a word of the show,
 * told in a sentence that names no show, told by the show's own, or told in English (which takes no
 * preposition), names no one.
 */
class ToldToPhrasesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "«Il mare mi ha salvata». Lo ha raccontato la cantautrice Marta Gallo a Piero"
                        + " Landi durante la diretta del format.|Marta Gallo",
                "O porto vai fechar, explica o historiador Rui Prado a Ana Lobo neste"
                        + " episódio.|Rui Prado",
                "Contó la escritora Lucía Navas a Diego Ruiz en el programa cómo empezó"
                        + " todo.|Lucía Navas",
                "Hélène Vasseur a raconté à Léa Garnier son enfance au Havre dans"
                        + " l'émission.|Hélène Vasseur",
                "Dat vertelde Bram de Wit aan presentator Sanne Mol in de podcast.|Bram de Wit",
                "Das verriet Jonas Brandt gegenüber Moderatorin Lea Kern in der Sendung.|Jonas"
                        + " Brandt",
                "No cais, Rui Prado contou à apresentadora Ana como tudo começou, nesta"
                        + " conversa.|Rui Prado",
            })
    void theOneWhoTellsANamedInterviewerIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // told to the press, to an agency, to a crowd, to a pronoun
                "Explicó el ministro Pedro Varela a la prensa su plan en el programa.",
                "Explica Rui Prado a Reuters, neste episódio, que o acordo caiu.",
                "Hélène Vasseur a confié à l'AFP son inquiétude dans l'émission.",
                "Rui Prado contou a ela como tudo começou neste episódio.",
                "Marta Gallo racconta ai ragazzi della scuola la sua storia nella puntata.",
                // a sentence that names no show, edition or conversation is the news's
                "Racconta Sara Ferri a Marco Bassi la sua versione dei fatti.",
                "Hélène Vasseur a raconté à Léa Garnier son enfance au Havre.",
                // a first name alone may be anyone's
                "Rui Prado contou a Maria como tudo começou neste episódio.",
                // the show's own host tells
                "Lo ha raccontato la conduttrice Marta Gallo a Piero Landi nella puntata.",
                "Explica a apresentadora Ana Lobo a Rui Prado o que mudou neste episódio.",
                // English tells without a preposition, as news does of anyone
                "Tom Reed told Ivo Marsh about the harbour in this episode.",
                // the plain verbs of saying attribute any quote
                "«Basta», disse Rui Prado a Ana Lobo neste episódio.",
            })
    void noNamedInterviewerOrTheShowsOwnNamesNoOne(String text) {
        assertThat(guests(text)).as(text).isEmpty();
    }
}
