package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An arrow before the site's chrome or its navigation ("« Older Posts", "< Home") links to the
 * site's other pages, not back to a show: the words are no show's name. The pages are made up; the
 * comment before each assertion names the 1-based page lines it reads.
 */
class BackLinksTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<< Older Posts",
                "< Home",
                "« Newer Entries",
                "‹ Previous",
                "← All Episodes",
                "« Articles précédents",
                "‹ Ältere Beiträge",
                "< Entradas anteriores",
                "« Articoli precedenti",
                "← Postagens mais antigas",
                "‹ Oudere berichten",
                "« Accueil",
                "< Startseite"
            })
    void navigationAfterAnArrowIsNoName(String text) {
        assertThat(BackLinks.isNavigationLink(text)).isTrue();
        assertThat(BackLinks.isArrowed(text)).isFalse();
        assertThat(BackLinks.undecorated(text)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "« Harbour Nights|Harbour Nights",
                "< Home Waters|Home Waters",
                "‹ The Next Harbour|The Next Harbour",
                "<< Older Than Ferries|Older Than Ferries",
                "← Nos anciens phares|Nos anciens phares"
            })
    void aNameAfterAnArrowIsRead(String text, String name) {
        assertThat(BackLinks.isNavigationLink(text)).isFalse();
        assertThat(BackLinks.undecorated(text)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<< Older Posts", "< Home", "« Articles précédents", "‹ Vorige"})
    void anArrowedNavigationLinkNamesNoShow(String link) {
        Page page =
                EpisodePageParser.parse(
                        link
                                + "\n\nTides and Timetables\n\n2024-05-02 | share\n\n"
                                + "Notes about the ferry timetable, and the night crossing that"
                                + " follows it, told by the crew who sails it every week.\n");

        // Line 1: a link to the site's other pages, over the episode's title.
        String words = link.substring(link.indexOf(' ') + 1);
        assertThat(page.show().map(Show::title).orElse("")).doesNotContain(words);
    }
}
