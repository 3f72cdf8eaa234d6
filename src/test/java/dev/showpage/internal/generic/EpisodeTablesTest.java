package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Episode tables printed as pipe rows: a header naming the columns, maybe a separator row, one row
 * per episode. The tables are made up.
 */
class EpisodeTablesTest {

    private static final String INTRO =
            "A weekly hour of talk about gardens, kept since the spring of the first year.\n";

    private static List<Optional<LocalDate>> dates(Page page) {
        return page.episodes().stream().map(Episode::released).toList();
    }

    @Test
    void eachRowOfAnEnglishTableIsAnEpisode() {
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + "Episode | Airdate | Name | |\n"
                                + "---|---|---|---|\n"
                                + "3 | 2nd Mar 2024 | Wren Halloway | |\n"
                                + "2 | 24th Feb 2024 | Osk Brandt | |\n"
                                + "1 | 17th Feb 2024 | Tilde Marsh |\n");

        assertThat(DatedPages.titles(page))
                .containsExactly("Wren Halloway", "Osk Brandt", "Tilde Marsh");
        assertThat(DatedPages.dates(page))
                .containsExactly(
                        LocalDate.of(2024, 3, 2),
                        LocalDate.of(2024, 2, 24),
                        LocalDate.of(2024, 2, 17));
    }

    @Test
    void tablesOneAfterAnotherAndACutLastRow() {
        Page page =
                EpisodePageParser.parse(
                        "| Nr. | Datum | Titel | Dauer |\n"
                                + "|:---|:---:|---|---|\n"
                                + "| 2 | 03.04.2023 | Der Brunnen | 45 min |\n"
                                + "| 1 | 27.03.2023 | Die Mühle | 1:02:03 |\n"
                                + "| Nr. | Datum | Titel | Dauer |\n"
                                + "|---|---|---|---|\n"
                                + "| 2 | 05.04.2022 | Das Wehr | 38 min |\n"
                                + "| 1 | 29.0\n");

        assertThat(DatedPages.titles(page))
                .containsExactly("Der Brunnen", "Die Mühle", "Das Wehr", "(none)");
        assertThat(dates(page))
                .containsExactly(
                        Optional.of(LocalDate.of(2023, 4, 3)),
                        Optional.of(LocalDate.of(2023, 3, 27)),
                        Optional.of(LocalDate.of(2022, 4, 5)),
                        Optional.empty());
        assertThat(page.episodes().get(0).duration()).contains(Duration.ofMinutes(45));
        assertThat(page.episodes().get(1).duration())
                .contains(Duration.ofHours(1).plusMinutes(2).plusSeconds(3));
        assertThat(page.episodes().get(3).duration()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Épisode | Date de diffusion | Titre\n",
                "Episodio | Fecha | Título\n",
                "Episódio | Data | Título\n",
                "Aflevering | Uitzenddatum | Titel\n",
                "Ep. | Released | Title\n"
            })
    void aHeaderOfColumnNamesNeedsNoSeparator(String header) {
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + header
                                + "12 | 2024-06-09 | Les marais salants\n"
                                + "11 | 2024-06-02 | Le four à pain\n");

        assertThat(DatedPages.titles(page)).containsExactly("Les marais salants", "Le four à pain");
        assertThat(DatedPages.dates(page))
                .containsExactly(LocalDate.of(2024, 6, 9), LocalDate.of(2024, 6, 2));
    }

    @Test
    void extraColumnsAreNotReadAndADateColumnAloneMakesATable() {
        Page page =
                EpisodePageParser.parse(
                        "Aired | Studio | Guest\n"
                                + "---|---|---\n"
                                + "9 May 2021 | North | Pell Arden\n"
                                + "2 May 2021 | South | Ilse Varn\n");

        assertThat(DatedPages.titles(page)).containsExactly("(none)", "(none)");
        assertThat(DatedPages.dates(page))
                .containsExactly(LocalDate.of(2021, 5, 9), LocalDate.of(2021, 5, 2));
    }

    @Test
    void aDateCellWithMoreThanTheDateGivesNoDate() {
        Page page =
                EpisodePageParser.parse(
                        "# | Date | Title\n"
                                + "---|---|---\n"
                                + "4 | around 9 May 2021 | The Dyke\n"
                                + "3 | 2 May 2021 | The Sluice\n");

        assertThat(DatedPages.titles(page)).containsExactly("The Dyke", "The Sluice");
        assertThat(dates(page))
                .containsExactly(Optional.empty(), Optional.of(LocalDate.of(2021, 5, 2)));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a chart: no date, no title beside a number
                "Position | Artist | Weeks\n---|---|---\n1 | Kettle Drums | 4\n2 | Loom | 7\n",
                // a price list
                "Plan | Price | Per\n---|---|---\nBasic | 4 € | month\nPlus | 9 € | month\n",
                // a schedule of clock times
                "Time | Programme\n---|---\n20:15 | News\n21:00 | Weather\n",
                // a chapter table
                "Time | Title\n---|---\n00:00 | Intro\n04:12 | The harbour\n",
                // a title column without a number or date: a track list
                "Title | Length\n---|---\nSalt Road | 3:12\nCopper Sky | 4:01\n"
            })
    void tablesOfOtherThingsAreNoEpisodeTables(String table) {
        Page page = EpisodePageParser.parse(INTRO + table);

        assertThat(page.episodes().size()).isLessThanOrEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Garden Hour | Episode 4 | Wren Halloway\n",
                "Home | Podcasts | Garden Hour\n",
                "Title | Date\n"
            })
    void pipeSeparatedLinesWithoutRowsAreNoTable(String line) {
        Page page =
                EpisodePageParser.parse(
                        line
                                + "March 3, 2024\n"
                                + "We walk the beds at dawn and name the weeds.\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(DatedPages.dates(page)).containsExactly(LocalDate.of(2024, 3, 3));
    }
}
