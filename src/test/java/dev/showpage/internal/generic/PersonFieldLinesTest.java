package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line that is one person's field ("Guest: Sanne Visser") says who takes part and is never the
 * episode's title, in the seven languages; a line whose label is a person word but whose value is
 * no name ("Guest: the best of summer") may still be one.
 */
class PersonFieldLinesTest {

    private static final String NOTES =
            "A long walk along the canal with the lock keeper, who talks about boats.\n";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Guest: Sanne Visser",
                "Gast: Lena Vogt",
                "Ospite: Giulia Romano",
                "Invitée : Léa Morel",
                "Presentadora: Lucía Gómez Ruiz",
                "Convidado: Rui Matos",
                "Host: Tom Reed",
            })
    void aPersonsFieldAloneIsNoTitle(String field) {
        Page page = EpisodePageParser.parse(field + "\n" + NOTES);

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Guest: Sanne Visser | Sanne Visser",
                "Gast: Lena Vogt | Lena Vogt",
                "Ospite: Giulia Romano | Giulia Romano",
            })
    void theTitleAboveAGuestsFieldStaysAndTheGuestIsRead(String field, String guest) {
        Page page = EpisodePageParser.parse("The Lock Keeper's Year\n" + field + "\n" + NOTES);

        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains("The Lock Keeper's Year");
        assertThat(episode.people()).extracting(p -> p.name()).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Guest: The best of summer",
                "Guests: how to invite them",
                "Hosting: Three Small Rooms",
            })
    void aPersonWordOverNoNameLeavesTheLineATitle(String line) {
        Page page = EpisodePageParser.parse(line + "\n" + NOTES);

        assertThat(page.episodes().get(0).title()).contains(line);
    }
}
