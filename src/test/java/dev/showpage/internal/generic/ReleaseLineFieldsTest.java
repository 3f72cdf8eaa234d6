package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Release lines with their fields between signs, and with the episode's number before the date. */
class ReleaseLineFieldsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "March 21st, 2023 | 41 mins 3 secs;2023-03-21;2463",
                "March 21st, 2023 · 41 mins 3 secs;2023-03-21;2463",
                "March 21st, 2023 - 41 min;2023-03-21;2460",
                "March 21st, 2023 • 41 min;2023-03-21;2460",
                "Episode 406 · November 14th, 2023 · 32 mins 27 secs;2023-11-14;1947",
                "Episode 12 | May 2, 2024 | 1 hr 5 min;2024-05-02;3900",
                "Ep. 6 - 2024-05-02 - 45 min;2024-05-02;2700",
                "Folge 7 · 2024-05-02;2024-05-02;-1"
            })
    void theDateAndLengthAreReadBetweenTheirSigns(String line, String date, long seconds) {
        // Line 1: the title; line 2: the release line; line 3: the notes.
        Page page =
                EpisodePageParser.parse(
                        "Walking the Old Canal\n" + line + "\nNotes about the towpath.\n");

        assertThat(page.episodes()).hasSize(1);
        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains("Walking the Old Canal");
        assertThat(episode.released()).contains(LocalDate.parse(date));
        if (seconds >= 0) {
            assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
        } else {
            assertThat(episode.duration()).isEmpty();
        }
        assertThat(page.diagnostics()).isEmpty();
    }
}
