package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No word of a page with a table is lost ({@link LineAccounting}): the cells a table gives no field
 * to, the rows that do not fit it and the lines after it are kept. The pages are made up.
 */
class TableLineAccountingTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode 42: The Harbour\n"
                        + "March 3, 2024\n"
                        + "We sail out before dawn.\n"
                        + "# | Time | Title\n"
                        + "---|---|---\n"
                        + "1 | 00:00 | Intro\n"
                        + "2 | 04:12 | The harbour\n",
                "A weekly hour about gardens.\nEpisode | Airdate | Title | Guest\n---|---|---|---\n"
                        + "2 | 2024-03-02 | Leaves | Anna Keller | extra note here\n"
                        + "1 | 2024-02-24 | Rock | Roll\n",
                "A weekly hour about gardens.\n"
                        + "Folge | Ausstrahlung | Titel | Gast\n"
                        + "---|---|---|---\n"
                        + "3 | 2024-03-09 | Moos | Jonas Berg\n"
                        + "2 | 03.11.2024 | Würmer | Ida Lenz\n"
                        + "\n"
                        + "Alle Folgen produziert Anna Keller in Leipzig.\n"
                        + "Impressum\n",
                "Aflevering | Uitzenddatum | Naam\n---|---|---\n2 | 2024-03-09 | Mos\n"
                        + "1 | 2024-03-02 | Varens\nDelen | Tweeten | E-mail\nColofon\n",
                "Épisode | Date de diffusion | Titre\n"
                        + "---|---|---\n"
                        + "2 | 2024-03-09 | La mousse\n"
                        + "Épisode | Date de diffusion | Titre\n"
                        + "---|---|---\n"
                        + "1 | 2023-03-02 | Les fougères\n"
                        + "Mentions légales\n",
                "Episode | Airdate | Title | Link\n---|---|---|---\n"
                        + "12 | 2024-03-09 | [The Weir](https://example.com/episodes/12) |"
                        + " https://example.com/12.mp3\n"
                        + "11 | 2024-03-02 | https://example.com/episodes/11 |\n"
                        + "\nChapters of episode 12\n# | Time | Title\n---|---|---\n"
                        + "1 | 00:00 | Intro\n2 | 04:12 | The harbour\n"
                        + "Duration: 45 min\nOur guest this season: Jonas Berg\n",
                "Folge | Ausstrahlung | Titel | Gast\n---|---|---|---\n"
                        + "3 | 2024-03-16 |\n"
                        + "2 | 2024-03-09 | Moos | Jonas Berg\n"
                        + "Folge | Ausstrahlung | Titel | Gast\n---|---|---|---\n"
                        + "1 | 2023-03-09 | Farn | Ida Lenz\n"
                        + "Dauer: 50 Min.\n"
            })
    void everyLineOfAPageWithATableIsKept(String text) {
        Page page = EpisodePageParser.parse(text);

        List<String> lost = LineAccounting.unaccountedLines(text, page);
        assertThat(lost).isEmpty();
    }
}
