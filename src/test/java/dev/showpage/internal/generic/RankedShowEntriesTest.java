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
 * A numbered list of shows ("1 The Quiet Hour") with the recommended episode's title on the line
 * under each rank: the ranked line is the show's, the line under it the episode's title. Where
 * the ranked lines stand over prose, or over a subtitle the notes never tie to a show (a season's
 * listing, see NumberedSeasonListingTest), they are the episodes' own numbered titles and stay. The
 * pages are made up; the comment before each assertion names the 1-based page lines it reads.
 */
class RankedShowEntriesTest {

    private static final String REVIEW =
            "This show asks one small question a week, and the episode we picked is calm, precise"
                    + " and full of odd facts about the way people live and work.";

    private static final String MORE =
            "The hosts keep it light, yet every talk ends with something worth remembering, and"
                    + " the guests are given all the time they need to answer.";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "1 The Quiet Hour|Why do we sleep less in summer?|2 Kitchen Table Talks|#31 - Bread"
                        + " and patience",
                "1 De Havenpodcast|Een nacht met de loodsen|2 Stadsgeluiden|#14 - Marktkooplui op"
                        + " zaterdag",
                "1. La Hora Tranquila|¿Por qué dormimos menos en verano?|2. Charlas de"
                        + " Cocina|#31 - Pan y paciencia",
                "1) Die Stille Stunde|Warum schlafen wir im Sommer weniger?|2) Küchentisch|Folge 31:"
                        + " Brot und Geduld",
                "1 L'Heure Calme|Pourquoi dort-on moins en été ?|2 La Table de Cuisine|#31 - Le pain"
                        + " et la patience"
            })
    void theLineUnderTheRankedShowIsTheTitle(
            String firstShow, String firstTitle, String secondShow, String secondTitle) {
        String named =
                "Only in "
                        + firstShow.substring(firstShow.indexOf(' ') + 1)
                        + " do the hosts keep it this light, and give the guests all the time"
                        + " they need to answer.";
        String page =
                firstShow + "\n\n" + firstTitle + "\n\n" + REVIEW + "\n\n" + named + "\n\n"
                        + secondShow + "\n\n" + secondTitle + "\n\n" + REVIEW + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 9 are the ranked shows (line 7 names the first again, line 11 opens with an
        // episode's number); lines 3 and 11 are the episodes' titles.
        assertThat(titles(parsed.episodes())).containsExactly(firstTitle, secondTitle);
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
                first + "\n\nA Title Line Here\n\n" + REVIEW + "\n\n" + MORE + "\n\n" + second
                        + "\n\nAnother Title Line\n\n" + REVIEW + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 9 do not rank in order: no line is retitled from them.
        assertThat(titles(parsed.episodes())).doesNotContain("A Title Line Here");
    }

    private static List<String> titles(List<Episode> episodes) {
        return episodes.stream().map(Episode::title).flatMap(Optional::stream).toList();
    }
}
