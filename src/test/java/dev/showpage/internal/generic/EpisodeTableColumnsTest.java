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
 * Which columns make a pipe table an episode list, and which column gives a field when two could.
 * The tables are made up.
 */
class EpisodeTableColumnsTest {

    private static final String INTRO =
            "A weekly hour of talk about gardens, kept since the spring of the first year.\n";

    private static boolean anyDated(Page page) {
        return page.episodes().stream().map(Episode::released).anyMatch(Optional::isPresent);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "# | Title | Published\n---|---|---\n1 | Salt Road | 2021-03-01\n"
                        + "2 | Copper Sky | 2021-03-08\n",
                "# | Title | Listeners\n---|---|---\n1 | Salt Road | 5400\n2 | Copper Sky | 4100\n",
                "# | Name | Position\n---|---|---\n1 | Salt Road | Keeper\n4 | Copper Sky | Back\n",
                "# | Title | Artist\n---|---|---\n1 | Salt Road | Loom\n2 | Copper Sky | Loom\n",
                "# | Title | Date | Venue\n---|---|---|---\n1 | Salt Road | 2024-05-02 | Hall\n"
                        + "2 | Copper Sky | 2024-05-03 | Barn\n",
                "# | Title | Host\n"
                        + "---|---|---\n"
                        + "1 | Salt Road | Ida Lenz\n"
                        + "2 | Copper Sky | Ben Alt\n",
                "# | Titel | Hörer\n---|---|---\n1 | Salt Road | 1200\n2 | Copper Sky | 900\n",
                "# | Titre | Auditeurs\n---|---|---\n1 | Salt Road | 1200\n2 | Copper Sky | 900\n",
                "# | Título | Publicado\n---|---|---\n1 | Salt Road | 2021-03-01\n"
                        + "2 | Copper Sky | 2021-03-08\n",
                "# | Naam | Positie\n---|---|---\n1 | Salt Road | Keeper\n2 | Copper Sky | Spits\n",
                "# | Título | Artista | Data\n---|---|---|---\n1 | Salt Road | Loom | 2021-03-01\n"
                        + "2 | Copper Sky | Loom | 2021-03-08\n",
                "# | Titolo | Pubblicato\n---|---|---\n1 | Salt Road | 2021-03-01\n"
                        + "2 | Copper Sky | 2021-03-08\n"
            })
    void aNumberSignIsNoEpisodeColumn(String table) {
        Page page = EpisodePageParser.parse(INTRO + table);

        assertThat(anyDated(page)).isFalse();
        assertThat(DatedPages.titles(page)).doesNotContain("Salt Road", "Copper Sky");
    }

    @Test
    void aNumberedListAfterAnEpisodeTableGivesNoEpisodes() {
        Page page =
                EpisodePageParser.parse(
                        "Aflevering | Uitzenddatum | Titel\n"
                                + "---|---|---\n"
                                + "2 | 2024-03-09 | Het veen\n"
                                + "1 | 2024-03-02 | De kreek\n"
                                + "\n"
                                + "# | Titel | Verschenen\n"
                                + "---|---|---\n"
                                + "1 | Salt Road | 2021-03-01\n"
                                + "2 | Copper Sky | 2021-03-08\n");

        assertThat(DatedPages.titles(page)).containsExactly("Het veen", "De kreek");
        assertThat(DatedPages.description(page, 1)).doesNotContain("Salt Road");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a presenter's shows: a title and a first broadcast, no episode
                "Title | First aired | Network | Role\n---|---|---|---\n"
                        + "Salt Road | 2019-04-01 | Channel Two | Presenter\n"
                        + "Copper Sky | 2020-05-02 | Radio Four | Guest\n",
                "Titel | Erstausstrahlung | Sender | Rolle\n---|---|---|---\n"
                        + "Salt Road | 2019-04-01 | Kanal Zwei | Moderation\n"
                        + "Copper Sky | 2020-05-02 | Welle Vier | Gast\n",
                "Titre | Diffusion | Chaîne | Rôle\n---|---|---|---\n"
                        + "Salt Road | 2019-04-01 | Canal Deux | Animatrice\n"
                        + "Copper Sky | 2020-05-02 | Onde Quatre | Invitée\n",
                // seasons: a season's name, its premiere and a count of its episodes
                "Season | Name | First aired | Episodes\n---|---|---|---\n"
                        + "1 | Salt Road | 2021-03-01 | 8\n2 | Copper Sky | 2022-03-01 | 10\n",
                "Stagione | Titolo | Messa in onda | Puntate\n---|---|---|---\n"
                        + "1 | Salt Road | 2021-03-01 | 8\n2 | Copper Sky | 2022-03-01 | 10\n",
                "Seizoen | Naam | Uitzenddatum | Afleveringen\n---|---|---|---\n"
                        + "1 | Salt Road | 2021-03-01 | 8\n2 | Copper Sky | 2022-03-01 | 10\n",
                // a season column beside an episode column: an overview, not read
                "Staffel | Folge | Titel | Erstausstrahlung\n---|---|---|---\n"
                        + "1 | 1 | Salt Road | 2021-03-01\n1 | 2 | Copper Sky | 2021-03-08\n",
                "Temporada | Episodio | Título | Fecha de emisión\n---|---|---|---\n"
                        + "1 | 1 | Salt Road | 2021-03-01\n1 | 2 | Copper Sky | 2021-03-08\n"
            })
    void aTitleWithAFirstBroadcastOrASeasonIsNoEpisodeList(String table) {
        Page page = EpisodePageParser.parse(INTRO + table);

        assertThat(anyDated(page)).isFalse();
        assertThat(DatedPages.titles(page)).doesNotContain("Salt Road", "Copper Sky");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Title | First aired | Network | Role",
                "Titel | Erstausstrahlung | Sender | Rolle",
                "# | Título | Publicado | Autor"
            })
    void aTablesHeaderIsNoTitle(String header) {
        Page page =
                EpisodePageParser.parse(
                        header
                                + "\n---|---|---|---\n"
                                + "Salt Road | 2019-04-01 | Channel Two | Presenter\n"
                                + "Copper Sky | 2020-05-02 | Radio Four | Guest\n");

        assertThat(DatedPages.titles(page)).doesNotContain(header);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode | Airdate | Title",
                "Folge | Ausstrahlung | Titel",
                "Aflevering | Uitzenddatum | Titel",
                "| Épisode | Date de diffusion | Titre |"
            })
    void aHeaderPrintedOverEachSeasonIsNoShow(String header) {
        Page page =
                EpisodePageParser.parse(
                        header
                                + "\n---|---|---\n"
                                + "2 | 2024-03-09 | Salt Road\n"
                                + "1 | 2024-03-02 | Copper Sky\n"
                                + header
                                + "\n---|---|---\n"
                                + "2 | 2023-03-09 | Tin Roof\n"
                                + "1 | 2023-03-02 | Iron Gate\n");

        assertThat(page.show()).isEmpty();
        assertThat(DatedPages.titles(page))
                .containsExactly("Salt Road", "Copper Sky", "Tin Roof", "Iron Gate");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Folge | Titel | Datum | Ausstrahlung\n12 | Das Wehr | 2024-01-10 | 2024-03-09\n",
                "Folge | Titel | Ausstrahlung | Datum\n12 | Das Wehr | 2024-03-09 | 2024-01-10\n",
                "Épisode | Titre | Date | Date de diffusion\n"
                        + "12 | Das Wehr | 2024-01-10 | 2024-03-09\n",
                "Afl. | Titel | Gepubliceerd | Uitzenddatum\n"
                        + "12 | Das Wehr | 2024-01-10 | 2024-03-09\n"
            })
    void aFirstBroadcastDatesTheEpisodeOverAPlainDate(String table) {
        String[] lines = table.split("\n");
        Page page = EpisodePageParser.parse(lines[0] + "\n---|---|---|---\n" + lines[1] + "\n");

        assertThat(DatedPages.titles(page)).containsExactly("Das Wehr");
        assertThat(DatedPages.dates(page)).containsExactly(LocalDate.of(2024, 3, 9));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode | Airdate | Name | Title\n12 | 2024-03-09 | Anna Keller | The Weir\n",
                "Episode | Title | Name | Airdate\n12 | The Weir | Anna Keller | 2024-03-09\n",
                "Aflevering | Naam | Titel | Uitzenddatum\n"
                        + "12 | Anna Keller | The Weir | 2024-03-09\n",
                "Épisode | Nom | Titre | Diffusion\n12 | Anna Keller | The Weir | 2024-03-09\n"
            })
    void aTitleColumnTitlesTheEpisodeOverANameColumn(String table) {
        String[] lines = table.split("\n");
        Page page = EpisodePageParser.parse(lines[0] + "\n---|---|---|---\n" + lines[1] + "\n");

        assertThat(DatedPages.titles(page)).containsExactly("The Weir");
        assertThat(DatedPages.description(page, 0)).contains("Anna Keller");
    }

    @Test
    void aNameColumnTitlesTheEpisodeWhereNoColumnIsTheTitles() {
        Page page =
                EpisodePageParser.parse(
                        "Afl. | Uitzenddatum | Naam\n---|---|---\n12 | 2024-03-09 | Anna Keller\n");

        assertThat(DatedPages.titles(page)).containsExactly("Anna Keller");
    }
}
