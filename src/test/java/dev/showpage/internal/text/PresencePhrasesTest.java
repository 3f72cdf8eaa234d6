package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One who will be in the studio, or comes to talk, is the guest, in made-up sentences of the seven
 * languages; a studio that is not where the person is, or coming without talking, names no one.
 */
class PresencePhrasesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Et ensuite, Hélène Vasseur sera dans le studio pour vos questions.|Hélène Vasseur",
                "After the news Tom Reed will be in the studio.|Tom Reed",
                "Esta noche Lucía Navas estará en el estudio.|Lucía Navas",
                "Dopo le notizie Marta Gallo sarà in studio.|Marta Gallo",
                "Jonas Brandt ist im Studio.|Jonas Brandt",
                "Rui Prado, arquiteto, estará no estúdio.|Rui Prado",
                "Bram de Wit is in de studio.|Bram de Wit",
                "Hélène Vasseur, historienne, viendra nous parler des ports.|Hélène Vasseur",
                "Tom Reed will come to talk about bees.|Tom Reed",
                "Lucía Navas viene a hablar de su libro.|Lucía Navas",
            })
    void thePersonInTheStudioIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tom Reed is building a new studio in Leeds.",
                "Tom Reed will be back in the autumn with a studio album.",
                "Hélène Vasseur viendra à Lyon en mai.",
                "Tom Reed comes from Leeds, where he talks to bees.",
                "Lucía Navas está en Madrid y el estudio cerró.",
            })
    void aStudioOrAComingElsewhereNamesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
