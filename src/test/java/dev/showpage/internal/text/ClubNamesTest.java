package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A club's name ("FC Harbour", "Rowing Club Ostend", "SV Nordlicht") in a title's or a sentence's
 * place of a guest, in made-up variants: a club is no person; and names of people that share none
 * of the club words stay guests.
 */
class ClubNamesTest {

    private static List<String> inTitle(String title) {
        return Names.inTitle(title, List.of()).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Radio Interview mit FC Harbour",
                "An interview with AFC Saltmarsh",
                "Entretien avec Rowing Club Ostende",
                "Interview mit SV Nordlicht",
                "Entrevista con CF Montaña",
                "Gesprek met Roeivereniging Zeemeeuw Club",
            })
    void aClubIsNoGuest(String title) {
        assertThat(inTitle(title)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Radio Interview mit Lea Brandt|Lea Brandt",
                "An interview with Mara Quill|Mara Quill",
                "Entrevista con Lucía Clubb|Lucía Clubb",
            })
    void aPersonStaysTheGuest(String title, String guest) {
        assertThat(inTitle(title)).containsExactly(guest);
    }
}
