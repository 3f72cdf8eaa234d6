package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A pipe table's rows: the links in their cells, rows that stop short, and the lines after the
 * table, which are no row's. The tables are made up.
 */
class EpisodeTableRowsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode | Airdate | Title\n",
                "Folge | Ausstrahlung | Titel\n",
                "Episodio | Fecha de emisión | Título\n"
            })
    void anAddressInTheTitleCellIsALinkAndNoTitle(String header) {
        Page page =
                EpisodePageParser.parse(
                        header
                                + "---|---|---\n"
                                + "12 | 2024-03-09 | https://example.com/episodes/the-weir\n"
                                + "11 | 2024-03-02 | www.example.org/folgen/11\n");

        assertThat(DatedPages.titles(page)).containsExactly("(none)", "(none)");
        assertThat(DatedPages.urls(page.episodes().get(0)))
                .containsExactly("https://example.com/episodes/the-weir");
        assertThat(DatedPages.urls(page.episodes().get(1))).hasSize(1);
        assertThat(DatedPages.urls(page.episodes().get(1)).get(0))
                .contains("example.org/folgen/11");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode | Airdate | Title | Link\n",
                "Épisode | Date de diffusion | Titre | Lien\n",
                "Aflevering | Uitzenddatum | Titel | Link\n"
            })
    void aMarkdownLinkGivesItsTextAsTheTitleAndEveryAddressIsALink(String header) {
        Page page =
                EpisodePageParser.parse(
                        header
                                + "---|---|---|---\n"
                                + "12 | 2024-03-09 | [The Weir](https://example.com/episodes/12) |"
                                + " https://example.com/audio/12.mp3\n"
                                + "11 | 2024-03-02 | [Le Gué](https://example.com/episodes/11) |"
                                + " https://example.com/audio/11.mp3\n");

        assertThat(DatedPages.titles(page)).containsExactly("The Weir", "Le Gué");
        assertThat(DatedPages.urls(page.episodes().get(0)))
                .containsExactly(
                        "https://example.com/episodes/12", "https://example.com/audio/12.mp3");
        assertThat(DatedPages.urls(page.episodes().get(1)))
                .containsExactly(
                        "https://example.com/episodes/11", "https://example.com/audio/11.mp3");
        assertThat(DatedPages.dates(page))
                .containsExactly(LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 2));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "13 | 2024-03-16 | The Ford |\n",
                "13 | 2024-03-16 | The Ford\n",
                "13 | 2024-03-16 |\n"
            })
    void aRowThatStopsShortInTheMiddleIsARow(String shortRow) {
        Page page =
                EpisodePageParser.parse(
                        "Episode | Airdate | Title | Guest\n"
                                + "---|---|---|---\n"
                                + shortRow
                                + "12 | 2024-03-09 | The Weir | Anna Keller\n"
                                + "11 | 2024-03-02 | The Mill | Jonas Berg\n");

        assertThat(page.episodes()).hasSize(3);
        assertThat(DatedPages.titles(page).subList(1, 3)).containsExactly("The Weir", "The Mill");
        assertThat(DatedPages.dates(page))
                .containsExactly(
                        LocalDate.of(2024, 3, 16),
                        LocalDate.of(2024, 3, 9),
                        LocalDate.of(2024, 3, 2));
        assertThat(page.episodes().get(0).description().orElse(""))
                .doesNotContain("The Weir")
                .doesNotContain("The Mill");
    }

    @Test
    void aGermanRowThatStopsShortInTheMiddleKeepsItsTitle() {
        Page page =
                EpisodePageParser.parse(
                        "| Folge | Ausstrahlung | Titel | Dauer |\n"
                                + "|---|---|---|---|\n"
                                + "| 3 | 2024-03-16 | Die Furt |\n"
                                + "| 2 | 2024-03-09 | Das Wehr | 45 min |\n");

        assertThat(DatedPages.titles(page)).containsExactly("Die Furt", "Das Wehr");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13 | soon |\n", "13 | 29.0\n", "13 | 2024-03-16 | The Ford | 4 | 5\n"})
    void aRowWhoseCellsDoNotFitEndsTheTable(String row) {
        Page page =
                EpisodePageParser.parse(
                        "Episode | Airdate | Title | Guest\n"
                                + "---|---|---|---\n"
                                + "14 | 2024-03-23 | The Dam | Ida Lenz\n"
                                + row
                                + "12 | 2024-03-09 | The Weir | Anna Keller\n");

        assertThat(DatedPages.titles(page)).containsExactly("The Dam");
        assertThat(page.navigation()).contains(row.strip());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Chapters of episode 12\n# | Time | Title\n---|---|---\n1 | 00:00 | Intro\n"
                        + "2 | 04:12 | The harbour\n",
                "Kapitel der Folge 12\nNr. | Zeit | Thema\n---|---|---\n1 | 00:00 | Auftakt\n"
                        + "2 | 06:40 | Der Hafen\n",
                "Duration: 45 min\n",
                "Dauer: 50 Min.\n",
                "Our guest this season: Jonas Berg\n",
                "Notre invitée cette saison : Ida Lenz\n"
            })
    void theLinesAfterATableAreNoRowsNotes(String after) {
        Page page =
                EpisodePageParser.parse(
                        "Episode | Airdate | Title\n"
                                + "---|---|---\n"
                                + "12 | 2024-03-09 | The Weir\n"
                                + "11 | 2024-03-02 | The Mill\n"
                                + "\n"
                                + after);

        assertThat(DatedPages.titles(page)).containsExactly("The Weir", "The Mill");
        Episode last = page.episodes().get(1);
        assertThat(last.chapters()).isEmpty();
        assertThat(last.duration()).isEmpty();
        assertThat(last.people()).isEmpty();
        assertThat(last.description()).isEqualTo(Optional.of("11"));
        assertThat(page.navigation()).contains(after.split("\n")[0]);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "• --- Episode 42: The Harbour ---\nMarch 3, 2024\n",
                "• --- Folge 7: Der Hafen ---\n3. März 2024\n",
                "• ---- Épisode 9 : Le port ----\n3 mars 2024\n"
            })
    void aBulletBeforeARuleOpensATitleNotASeparatorRow(String head) {
        Page page =
                EpisodePageParser.parse(
                        head + "We sail out before dawn and come back with the tide.\n");

        assertThat(page.episodes()).hasSize(1);
        String title = head.substring(2, head.indexOf('\n'));
        assertThat(DatedPages.titles(page)).containsExactly(title);
    }
}
