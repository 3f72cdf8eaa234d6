package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A numbered list of shows ("1 The Quiet Hour") with the recommended episode on the line under each
 * rank, opening with its number ("#31 - Bread and patience"): the ranked line is the show's, the
 * numbered line under it the episode's title. Under any other line (prose, a season's label, a
 * tagline, a chart's show) the ranked lines are the episodes' own titles and stay. The pages are
 * made up; the comment before each assertion names the 1-based page lines it reads.
 */
class RankedShowEntriesTest {

    private static final String REVIEW =
            "This one asks one small question a week, and the hour we picked is calm, precise and"
                    + " full of odd facts about the way people live and work.";

    private static final String MORE =
            "The hosts keep it light, yet every talk ends with something worth remembering, and"
                    + " the guests are given all the time they need to answer.";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 The Quiet Hour|#12 - Why we sleep less in summer|2 Kitchen Table Talks|#31 -"
                        + " Bread and patience",
                "1 De Havenpodcast|#8 - Een nacht met de loodsen|2 Stadsgeluiden|#14 -"
                        + " Marktkooplui op zaterdag",
                "1. La Hora Tranquila|#5 - Por qué dormimos menos|2. Charlas de Cocina|#31 - Pan y"
                        + " paciencia",
                "1) Die Stille Stunde|Folge 7: Warum wir im Sommer weniger schlafen|2)"
                        + " Küchentisch|Folge 31: Brot und Geduld",
                "1 L'Heure Calme|Épisode 3 : Pourquoi on dort moins|2 La Table de Cuisine|#31 - Le"
                        + " pain et la patience"
            })
    void theNumberedLineUnderTheRankedShowIsTheTitle(
            String firstShow, String firstTitle, String secondShow, String secondTitle) {
        String page =
                firstShow
                        + "\n\n"
                        + firstTitle
                        + "\n\n"
                        + REVIEW
                        + "\n\n"
                        + MORE
                        + "\n\n"
                        + secondShow
                        + "\n\n"
                        + secondTitle
                        + "\n\n"
                        + REVIEW
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 9 are the ranked shows; lines 3 and 11, opening with numbers, the titles.
        assertThat(titles(parsed.episodes())).containsExactly(firstTitle, secondTitle);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a series' best episodes, each over its season's label
                "1. The Long Night|Season 2, Episode 5|2. Fire and Ice|Season 3, Episode 2",
                "1. Die Heimkehr|Staffel 2, Folge 5|2. Der Brief|Staffel 3, Folge 2",
                "1. The Long Night|Episode 5|2. Fire and Ice|Episode 9",
                // a ranked list with a tagline under each rank
                "1. Homecoming|Maria returns to the village|2. The Letter|A secret comes to light",
                "1. El Regreso|Marta vuelve al pueblo|2. La Carta|Un secreto sale a la luz",
                // a chart that prints each episode over its show
                "1 Why We Sleep Less|The Quiet Hour|2 Bread and Patience|Kitchen Table Talks",
                "1 Waarom We Minder Slapen|De Stille Uren|2 Brood En Geduld|Keukentafel"
            })
    void rankedTitlesOverAnythingButANumberedLineStay(
            String first, String under, String second, String secondUnder) {
        String named =
                first.substring(first.indexOf(' ') + 1)
                        + " is where the list begins, and it is easy to see why it stays there.";
        String page =
                first
                        + "\n\n"
                        + under
                        + "\n\n"
                        + named
                        + "\n\n"
                        + MORE
                        + "\n\n"
                        + second
                        + "\n\n"
                        + secondUnder
                        + "\n\n"
                        + REVIEW
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 9 title the episodes (line 5 names the first again); lines 3 and 11 are a
        // label, a tagline or a show, never the title.
        assertThat(titles(parsed.episodes())).containsExactly(first, second);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 Why We Sleep Less|2 Bread And Patience",
                "1 Warum Brücken Rosten|2 Wer Das Fahrrad Erfand",
                "1 Le Phare De L'Île|2 Le Sel Et La Fumée"
            })
    void rankedTitlesOverProseStay(String first, String second) {
        String page =
                first + "\n\n" + REVIEW + "\n\n" + MORE + "\n\n" + second + "\n\n" + REVIEW + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 7 open their blocks with prose under them: they are the titles.
        assertThat(titles(parsed.episodes())).containsExactly(first, second);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"2 The Quiet Hour|1 Kitchen Table Talks", "1 The Quiet Hour|1 Kitchen Talks"})
    void ranksThatDoNotRiseAreNoList(String first, String second) {
        assertThat(RankedShowEntries.rank(first)).isPositive();
        String page =
                first
                        + "\n\n#12 - Why we sleep less\n\n"
                        + REVIEW
                        + "\n\n"
                        + MORE
                        + "\n\n"
                        + second
                        + "\n\n#31 - Bread and patience\n\n"
                        + REVIEW
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 9 do not rank in order: the numbered lines 3 and 11 do not retitle them.
        assertThat(titles(parsed.episodes())).containsExactly(first, second);
    }

    private static List<String> titles(List<Episode> episodes) {
        return episodes.stream().map(Episode::title).flatMap(Optional::stream).toList();
    }
}
