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
                        "| Folge | Ausstrahlung | Titel | Dauer |\n"
                                + "|:---|:---:|---|---|\n"
                                + "| 2 | 13.04.2023 | Der Brunnen | 45 min |\n"
                                + "| 1 | 27.03.2023 | Die Mühle | 1:02:03 |\n"
                                + "| Folge | Ausstrahlung | Titel | Dauer |\n"
                                + "|---|---|---|---|\n"
                                + "| 2 | 15.04.2022 | Das Wehr | 38 min |\n"
                                + "| 1 | 29.0\n");

        assertThat(DatedPages.titles(page))
                .containsExactly("Der Brunnen", "Die Mühle", "Das Wehr", "(none)");
        assertThat(dates(page))
                .containsExactly(
                        Optional.of(LocalDate.of(2023, 4, 13)),
                        Optional.of(LocalDate.of(2023, 3, 27)),
                        Optional.of(LocalDate.of(2022, 4, 15)),
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
                "Episodio | Fecha de emisión | Título\n",
                "Episódio | Data de exibição | Título\n",
                "Aflevering | Uitzenddatum | Titel\n",
                "Puntata | Messa in onda | Titolo\n",
                "Ep. | Air date | Title\n"
            })
    void eachLanguagesEpisodeAndBroadcastColumnsMakeATable(String header) {
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + header
                                + "---|---|---\n"
                                + "12 | 2024-06-09 | Les marais salants\n"
                                + "11 | 2024-06-02 | Le four à pain\n");

        assertThat(DatedPages.titles(page)).containsExactly("Les marais salants", "Le four à pain");
        assertThat(DatedPages.dates(page))
                .containsExactly(LocalDate.of(2024, 6, 9), LocalDate.of(2024, 6, 2));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Épisode | Date de diffusion | Titre\n",
                "Aflevering | Uitzenddatum | Titel\n",
                "Ep. | Released | Title\n"
            })
    void withoutASeparatorRowALineOfColumnNamesIsNoTable(String header) {
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + header
                                + "12 | 2024-06-09 | Les marais salants\n"
                                + "11 | 2024-06-02 | Le four à pain\n");

        assertThat(page.episodes().size()).isLessThanOrEqualTo(1);
    }

    @Test
    void cellsThatGiveNoFieldStayInTheNotes() {
        Page page =
                EpisodePageParser.parse(
                        "Folge | Sendedatum | Titel | Gast\n"
                                + "---|---|---|---\n"
                                + "9 | 9. Mai 2021 | Der Deich | Pell Arden\n"
                                + "8 | 2. Mai 2021 | Die Schleuse | Ilse Varn\n");

        assertThat(DatedPages.titles(page)).containsExactly("Der Deich", "Die Schleuse");
        assertThat(DatedPages.description(page, 0)).contains("9").contains("Pell Arden");
        assertThat(DatedPages.description(page, 1)).contains("8").contains("Ilse Varn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"---|---|---", "|---|---|---|", "|:---|:---:|---:|", "--- | --- | ---"})
    void theSeparatorRowMayOpenWithARuleABarOrAColon(String separator) {
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + "Afl. | Uitzenddatum | Titel\n"
                                + separator
                                + "\n2 | 2024-03-09 | Het veen\n1 | 2024-03-02 | De kreek\n");

        assertThat(DatedPages.titles(page)).containsExactly("Het veen", "De kreek");
    }

    @ParameterizedTest
    @ValueSource(strings = {"---", "----------", "- | - | -", "== | == | ==", "Afl. | --- | ---"})
    void aRuleWithoutBarsOrBarsWithoutARuleIsNoSeparatorRow(String line) {
        Page page =
                EpisodePageParser.parse(
                        INTRO
                                + "Afl. | Uitzenddatum | Titel\n"
                                + line
                                + "\n2 | 2024-03-09 | Het veen\n1 | 2024-03-02 | De kreek\n");

        assertThat(page.episodes().size()).isLessThanOrEqualTo(1);
    }

    @Test
    void aDateCellWithMoreThanTheDateEndsTheTable() {
        Page page =
                EpisodePageParser.parse(
                        "Ep. | Aired | Title\n"
                                + "---|---|---\n"
                                + "4 | 9 May 2021 | The Dyke\n"
                                + "3 | around 2 May 2021 | The Sluice\n");

        assertThat(DatedPages.titles(page)).containsExactly("The Dyke");
        assertThat(page.navigation()).contains("3 | around 2 May 2021 | The Sluice");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a chart: no date, no title beside a number
                "Position | Artist | Weeks\n---|---|---\n1 | Kettle Drums | 4\n2 | Loom | 7\n",
                // a price list; an English "Data" is no date
                "Plan | Data | Price\n---|---|---\nBasic | 5 GB | 4 €\nPlus | 20 GB | 9 €\n",
                // a schedule of clock times
                "Time | Programme\n---|---\n20:15 | News\n21:00 | Weather\n",
                // chapter tables, with and without a number
                "Time | Title\n---|---\n00:00 | Intro\n04:12 | The harbour\n",
                "# | Time | Title\n---|---|---\n1 | 00:00 | Intro\n2 | 04:12 | The harbour\n",
                "Nr. | Zeit | Thema\n---|---|---\n1 | 00:00 | Auftakt\n2 | 06:40 | Der Hafen\n",
                // a track list: a title without a number or date
                "Title | Length\n---|---\nSalt Road | 3:12\nCopper Sky | 4:01\n",
                // concert dates and a match schedule: a plain date is any day's
                "Tag | Datum | Uhrzeit | Ort\n---|---|---|---\nFr | 14.03.2025 | 20:00 | Halle\n"
                        + "Sa | 15.03.2025 | 19:30 | Bonn\n",
                "Spieltag | Datum | Heim | Gast | Ergebnis\n---|---|---|---|---\n"
                        + "1 | 2024-08-23 | Nord | Süd | 2:1\n2 | 2024-08-30 | Ost | West | 0:0\n",
                // a season overview: "Episodes" is a count, not an episode
                "Season | Episodes | First aired | Last aired\n---|---|---|---\n"
                        + "2 | 8 | 2023-09-01 | 2023-10-20\n1 | 6 | 2022-09-02 | 2022-10-07\n",
                // book lists: a release or publication date beside a number or a title
                "Nr. | Titel | Autor | Erscheinungsdatum\n"
                        + "---|---|---|---\n"
                        + "1 | Der Fluss | Ada Roth | 2021-03-01\n"
                        + "2 | Das Tal | Ben Alt | 2022-04-02\n",
                "Title | Published | Publisher\n"
                        + "---|---|---\n"
                        + "The Weir | 2020-05-05 | Lark Press\n"
                        + "The Mill | 2021-06-06 | Lark Press\n",
                "Titre | Date | Éditeur\n---|---|---\n"
                        + "Le Moulin | 2020-05-05 | Alouette\nLe Gué | 2021-06-06 | Alouette\n",
                // a squad and a list of holidays
                "Nr. | Name | Position\n---|---|---\n1 | Tom Weir | Tor\n4 | Jan Holt | Abwehr\n",
                "Name | Datum\n---|---\nNeujahr | 01.01.2025\nOstermontag | 21.04.2025\n",
                "Nome | Data\n---|---\nCapodanno | 01/01/2025\nPasquetta | 21/04/2025\n"
            })
    void tablesOfOtherThingsAreNoEpisodeTables(String table) {
        Page page = EpisodePageParser.parse(INTRO + table);

        assertThat(page.episodes().size()).isLessThanOrEqualTo(1);
    }

    @Test
    void aTableInADatedEpisodesNotesStaysInItsNotes() {
        Page page =
                EpisodePageParser.parse(
                        "Episode 42: The Harbour\n"
                                + "March 3, 2024\n"
                                + "We sail out before dawn.\n"
                                + "# | Title | Aired\n"
                                + "---|---|---\n"
                                + "1 | Intro | 2024-03-01\n"
                                + "2 | The harbour | 2024-03-02\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(DatedPages.dates(page)).containsExactly(LocalDate.of(2024, 3, 3));
        assertThat(DatedPages.description(page, 0)).contains("The harbour");
    }

    @Test
    void aTableUnderOneOfSeveralDatedEpisodesKeepsThemAll() {
        Page page =
                EpisodePageParser.parse(
                        "The Weir\n12 May 2023\nWater over stone.\n\n"
                                + "The Mill\n5 May 2023\nWheels and grain.\n"
                                + "Folge | Titel | Erstausstrahlung\n---|---|---\n"
                                + "3 | Das Rad | 2023-05-01\n4 | Der Stein | 2023-05-02\n\n"
                                + "The Ford\n28 April 2023\nA crossing.\n");

        assertThat(DatedPages.titles(page)).containsExactly("The Weir", "The Mill", "The Ford");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Share | Tweet | Email\n",
                "Imprint | Privacy | Contact\n",
                "Impressum | Datenschutz | Kontakt\n",
                "2 | 2024-03-02 | Leaves | Anna Keller | extra note here\n",
                "2 | 2024-03-02 | Rock | Roll\n",
                "Mentions légales | Contact | Plan du site\n"
            })
    void aRowThatDoesNotFitTheColumnsEndsTheTableAndIsKept(String row) {
        String text =
                "Episode | Airdate | Title\n" + "---|---|---\n" + "1 | 2024-02-24 | Seeds\n" + row;
        Page page = EpisodePageParser.parse(INTRO + text);

        assertThat(DatedPages.titles(page)).containsExactly("Seeds");
        assertThat(page.navigation()).contains(row.strip());
    }

    @Test
    void anAmbiguousNumericDateGivesNoDateAPlainOneDoes() {
        Page page =
                EpisodePageParser.parse(
                        "Folge | Ausstrahlung | Titel\n"
                                + "---|---|---\n"
                                + "3 | 24.11.2024 | Käfer\n"
                                + "2 | 03.11.2024 | Würmer\n"
                                + "1 | 03/11/2024 | Asseln\n");

        assertThat(DatedPages.titles(page)).containsExactly("Käfer", "Würmer", "Asseln");
        assertThat(dates(page))
                .containsExactly(
                        Optional.of(LocalDate.of(2024, 11, 24)),
                        Optional.empty(),
                        Optional.empty());
    }

    @Test
    void theLinesAfterATableAreThePagesNotItsLastEpisodes() {
        Page page =
                EpisodePageParser.parse(
                        "Episode | Air date | Name\n"
                                + "---|---|---\n"
                                + "2 | 2024-03-09 | Moss\n"
                                + "1 | 2024-03-02 | Ferns\n"
                                + "\n"
                                + "Every episode is recorded by Marta Vell in Ghent.\n"
                                + "Colophon\n");

        assertThat(DatedPages.titles(page)).containsExactly("Moss", "Ferns");
        assertThat(DatedPages.description(page, 1)).isEqualTo("1");
        assertThat(page.navigation())
                .containsSubsequence(
                        "Every episode is recorded by Marta Vell in Ghent.", "Colophon");
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
