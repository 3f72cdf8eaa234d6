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
 * Lines "Show - Title" over a paragraph each are a newsletter's recommended episodes unless the
 * same words stand after every dash: a headline and a section heading that end in one name (a
 * feature on one guest show) are one page's subject, whose title is its first line whole. Entries
 * of which only some end alike ("... - Season Finale") are still a listing. The pages are made up;
 * the comment before each assertion names the 1-based page lines it reads.
 */
class ShowDashRepeatedNameTest {

    private static final String INTRO =
            "This month we hand the microphone to another team and ask how a small show keeps"
                    + " going for years with no budget and a borrowed room.";

    private static final String BODY =
            "The name was chosen on the day of the first recording, after a long evening of lists"
                    + " and jokes that nobody could agree on until very late.";

    /** A short closing line of the feature under its section heading. */
    private static final String CLOSING = "Recorded on a Sunday, edited by the guests.";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Guest Week: Meet the Makers - The Night Bus|Behind the Microphone - The Night Bus",
                "Zu Gast: Ein Blick hinter die Kulissen - Die Nachtfähre|Wer macht was - Die"
                        + " Nachtfähre",
                "Invitados: Conocemos al equipo - La Radio del Barrio|Quién hace qué - La Radio"
                        + " del Barrio",
                "Convidados: Conhecer a equipa - O Farol da Vila|Quem faz o quê - O Farol da Vila"
            })
    void oneNameAfterEveryDashIsNoListing(String first, String again) {
        String page = first + "\n\n\n" + INTRO + "\n\n\n" + again + "\n\n\n" + CLOSING + "\n";

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
        assertThat(titles(parsed.episodes())).containsExactly(after(first), after(second));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "The Quiet Hour - Season Finale|Harbour Talk - Season Finale|City Sounds - Bread"
                        + " and patience",
                "Die Stille Stunde - Das große Finale|Hafenfunk - Das große Finale|Stadtklang -"
                        + " Brot und Geduld",
                "A Hora Calma - Final de Temporada|Conversa de Porto - Final de Temporada|Sons da"
                        + " Cidade - Pão e paciência"
            })
    void twoAlikeAmongOthersStayAListing(String first, String second, String third) {
        String page =
                first + "\n" + INTRO + "\n" + second + "\n" + BODY + "\n" + third + "\n" + INTRO
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1, 3 and 5 open three entries; lines 1 and 3 end alike, line 5 does not.
        assertThat(titles(parsed.episodes()))
                .containsExactly(after(first), after(second), after(third));
    }

    private static String after(String entry) {
        return entry.substring(entry.indexOf(" - ") + 3);
    }

    private static List<String> titles(List<Episode> episodes) {
        return episodes.stream().map(Episode::title).flatMap(Optional::stream).toList();
    }
}
