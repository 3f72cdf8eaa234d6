package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A byline at a page's top names who wrote it, never the show, even when that name ends in
 * "Podcast" ("di Redazione Podcast", an editorial desk); the same name without "by" is the show's
 * line. Made-up bylines in the seven languages.
 */
class BylineIsNoShowTest {

    private static final String REST =
            "\n\nThe year's best episodes, to hear again\n\n"
                    + "We picked the episodes that told the year best, from the harbour strikes to"
                    + " the night ferries, and we thank everyone who listened.\n";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "di Redazione Podcast",
                "By Harbour Radio Podcast",
                "von Hafen Podcast",
                "par Studio Podcast",
                "por Equipo Podcast",
                "door Redactie Podcast",
                "Por Equipa Podcast"
            })
    void aBylineEndingInPodcastIsNoShow(String byline) {
        Page page = EpisodePageParser.parse(byline + REST);

        assertThat(page.show().map(Show::title)).as(byline).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Redazione Podcast", "Harbour Radio Podcast", "The Studio Podcast"})
    void theSameNameWithoutBylineIsTheShow(String name) {
        Page page = EpisodePageParser.parse(name + REST);

        assertThat(page.show().map(Show::title)).as(name).contains(name);
    }
}
