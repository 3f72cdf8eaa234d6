package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one who tells a named interviewer something is the guest, in made-up sentences of six
 * languages; told to the press, to a pronoun or to a first name without a word of the show, told by
 * the show's own, or told in English (which takes no preposition), names no one.
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
                        + " Landi durante la diretta.|Marta Gallo",
                "O porto vai fechar, explica o historiador Rui Prado a Ana Lobo neste"
                        + " episódio.|Rui Prado",
                "Contó la escritora Lucía Navas a Diego Ruiz cómo empezó todo.|Lucía Navas",
                "Hélène Vasseur a raconté à Léa Garnier son enfance au Havre.|Hélène Vasseur",
                "Dat vertelde Bram de Wit aan presentator Sanne Mol.|Bram de Wit",
                "Das verriet Jonas Brandt gegenüber Moderatorin Lea Kern.|Jonas Brandt",
                "No cais, Rui Prado contou à apresentadora Ana como tudo começou.|Rui Prado",
            })
    void theOneWhoTellsANamedInterviewerIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // told to the press, to an agency, to a crowd, to a pronoun
                "Explicó el ministro Pedro Varela a la prensa su plan.",
                "Explica Rui Prado a Reuters que o acordo caiu.",
                "Hélène Vasseur a confié à l'AFP son inquiétude.",
                "Rui Prado contou a ela como tudo começou.",
                "Marta Gallo racconta ai ragazzi della scuola la sua storia.",
                // a first name alone may be anyone's
                "Rui Prado contou a Maria como tudo começou.",
                // the show's own host tells
                "Lo ha raccontato la conduttrice Marta Gallo a Piero Landi.",
                "Explica a apresentadora Ana Lobo a Rui Prado o que mudou.",
                // English tells without a preposition, as news does of anyone
                "Tom Reed told Ivo Marsh about the harbour.",
                // the plain verbs of saying attribute any quote
                "«Basta», disse Rui Prado a Ana Lobo.",
            })
    void noNamedInterviewerOrTheShowsOwnNamesNoOne(String text) {
        assertThat(guests(text)).as(text).isEmpty();
    }
}
