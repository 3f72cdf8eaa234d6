package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A heading that gives a show's name and when it airs ("Hafenfunk: jeden Dienstag um 18 Uhr"): the
 * name before the colon is the show, when the page prints it again. Made-up headings in the seven
 * languages; the near-misses give no schedule or no name.
 */
class ScheduleHeadingsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbour Talk: every Thursday at 6 pm|Harbour Talk",
                "Le Grand Large : chaque mercredi à 7 h|Le Grand Large",
                "Le Grand Large: tous les mercredis à 7 h|Le Grand Large",
                "Hafenfunk: jeden Dienstag um 18 Uhr|Hafenfunk",
                "Voces del Puerto: todos los viernes a las 20 horas|Voces del Puerto",
                "Voce del Molo: ogni sabato alle 9|Voce del Molo",
                "Conversas de Cais: todas as quintas às 21h|Conversas de Cais",
                "Havenradio: elke week een nieuwe aflevering|Havenradio",
                "Havenradio: elke zondag om 10 uur|Havenradio"
            })
    void theNameBeforeTheScheduleIsTheShow(String heading, String show) {
        assertThat(ScheduleHeadings.name(heading)).isEqualTo(show);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbour Talk: every word counts",
                "Harbour Talk: each of us",
                "Note: every Thursday the harbour office is closed to visitors from the sea",
                "harbour talk: every Thursday at 6 pm",
                "Every Thursday at 6 pm",
                "Harbour Talk every Thursday at 6 pm"
            })
    void headingsWithoutANameAndASchedulePresentNoShow(String heading) {
        assertThat(ScheduleHeadings.name(heading)).isNull();
    }

    private static final String PAGE =
            "We walk the old towpath with a lock keeper who has worked the same stretch of water"
                    + " for thirty years, and hear how the boats have changed.\n\n"
                    + "%s\n\n"
                    + "In %s our two editors meet the people who keep the canals running, and"
                    + " sometimes a guest joins them for a special.\n";

    @Test
    void aScheduleHeadingNamesTheShowThePageNamesAgain() {
        Page page =
                EpisodePageParser.parse(
                        String.format(
                                PAGE, "Towpath Radio: every Monday at 4 pm", "Towpath Radio"));

        // Line 3 gives the name and the schedule; line 5 prints the name again.
        assertThat(page.show().map(Show::title)).contains("Towpath Radio");
    }

    @Test
    void aScheduleHeadingWhoseNameStandsNowhereElseNamesNoShow() {
        Page page =
                EpisodePageParser.parse(
                        String.format(PAGE, "Towpath Radio: every Monday at 4 pm", "this show"));

        // Line 3's name is printed on no other line.
        assertThat(page.show()).isEmpty();
    }
}
