package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name right after "with" that a comma and a role follow is the guest, in made-up sentences of
 * the seven languages; a comma and no role, the show's own role, or an "-ing" is none.
 */
class WithAppositionsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Les vignes sous la grêle, avec Sylvie Carron, présidente du syndicat"
                        + " viticole.|Sylvie Carron",
                "Bees in winter, with Tom Reed, a beekeeper from Kent.|Tom Reed",
                "El puerto de noche, con Lucía Navas, periodista de radio.|Lucía Navas",
                "Der Hafen im Nebel, mit Lea Brandt, Gründerin einer Werft.|Lea Brandt",
                "Il bosco d'inverno, con Marta Gallo, guida di montagna.|Marta Gallo",
                "O rio e a cidade, com Rui Prado, arquiteto da câmara.|Rui Prado",
                "De haven bij nacht, met Daan Kuipers, fotograaf van de stad.|Daan Kuipers",
            })
    void aNameWithItsRoleAfterWithIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bees in winter, made with Tom Reed, our producer.",
                "Bees in winter, with Tom Reed, again.",
                "Bees in winter, with Tom Reed, threatening tariffs on honey.",
                "Bees in winter, with Tom Reed and a walk.",
                "Les vignes sous la grêle, avec Sylvie Carron, puis la pluie.",
            })
    void aCommaWithoutAGuestsRoleNamesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
