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
 * Lines "Show - Title" over a paragraph each are a newsletter's recommended episodes only when
 * the words after the dashes differ: one name after every dash ("... - Radio of the Block" over
 * the intro, "Interview with the podcast - Radio of the Block" over the interview) is the subject
 * of one page, whose title is its first line whole. The pages are made up; the comment before each
 * assertion names the 1-based page lines it reads.
 */
class ShowDashRepeatedNameTest {

    private static final String INTRO =
            "To get to know another project, we invited a podcast that talks about almost"
                    + " everything and asked how they organise themselves and who does what.";

    private static final String BODY =
            "The name was chosen on the day of the first recording, after a long evening of lists"
                    + " and jokes that nobody could agree on until very late.";

    /** A short line of the interview's crew under its heading, as such a page lists them. */
    private static final String CREW = "Ana Lobo = host and editor.";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Conversa Fiada 012: Entrevista com o Podcast - Rádio do Bairro|Entrevista com o"
                        + " Podcast - Rádio do Bairro",
                "Backroads 088: An Interview with a Podcast - The Night Bus|An Interview with a"
                        + " Podcast - The Night Bus",
                "Charla 031: Entrevista al Podcast - La Radio del Barrio|Entrevista al Podcast - La"
                        + " Radio del Barrio",
                "Hafenfunk 054: Interview mit dem Podcast - Die Nachtfähre|Interview mit dem Podcast"
                        + " - Die Nachtfähre"
            })
    void oneNameAfterEveryDashIsNoListing(String first, String again) {
        String page = first + "\n\n\n" + INTRO + "\n\n\n" + again + "\n\n\n" + CREW + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 7 end in the same name: one episode, titled by line 1 whole.
        assertThat(titles(parsed.episodes())).containsExactly(first);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbour Talk - The Lamps of the Old Pier|Kitchen Table - Bread and Patience",
                "Hafenfunk - Die Lampen am alten Steg|Küchentisch - Brot und Geduld"
            })
    void differentTitlesStayAListing(String first, String second) {
        String page = first + "\n" + INTRO + "\n" + second + "\n" + BODY + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1 and 3 open two entries: their titles are the words after the dashes.
        assertThat(parsed.episodes()).hasSize(2);
        assertThat(titles(parsed.episodes()))
                .containsExactly(
                        first.substring(first.indexOf(" - ") + 3),
                        second.substring(second.indexOf(" - ") + 3));
    }

    private static List<String> titles(List<Episode> episodes) {
        return episodes.stream().map(Episode::title).flatMap(Optional::stream).toList();
    }
}
