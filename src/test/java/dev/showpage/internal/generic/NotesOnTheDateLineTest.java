package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.Page;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notes a scraper ran into the date line ("July 19, 2021Dr. Ann Lee is ..."), with their links and
 * a chapter list whose heading stands inside the line.
 */
class NotesOnTheDateLineTest {

    @ParameterizedTest
    @ValueSource(strings = {"Timestamps", "Chapters", "CHAPTERS", "Topics Covered"})
    void theNotesAfterTheDateAreReadWithTheirLinksAndChapters(String heading) {
        // Line 1: the title; line 2: the date, then the notes, a link and the chapters.
        Page page =
                EpisodePageParser.parse(
                        "Night Trains\nEpisode Date: July 19, 2021Dr. Ann Lee studies railways"
                                + " and the people who run them at night. Sponsor: https://example"
                                + ".com/trains "
                                + heading
                                + " 00:00:00 Introduction: Ann Lee 00:02:29 Sleeper cars 00:07:35"
                                + " What is a timetable?\n");

        assertThat(page.episodes()).hasSize(1);
        Episode episode = page.episodes().get(0);
        assertThat(episode.released()).contains(LocalDate.of(2021, 7, 19));
        assertThat(episode.description())
                .hasValueSatisfying(d -> assertThat(d).contains("studies railways"));
        assertThat(episode.links()).extracting(Link::url).contains("https://example.com/trains");
        assertThat(episode.chapters())
                .extracting(c -> c.start().getSeconds() + " " + c.title())
                .containsExactly(
                        "0 Introduction: Ann Lee", "149 Sleeper cars", "455 What is a timetable?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Buzzsprout Episode 103", "Season 2 Episode 20", "(rerun)"})
    void aFewWordsAfterTheDateAreReportedNotRead(String tail) {
        Page page = EpisodePageParser.parse("Night Trains\nJune 9, 2023 " + tail + "\nNotes.\n");

        assertThat(page.episodes().get(0).chapters()).extracting(Chapter::title).isEmpty();
        assertThat(page.diagnostics())
                .anySatisfy(d -> assertThat(d.code()).isEqualTo("date-line-text"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Show Notes Transcript Chapter Markers",
                "We have Chapters and more chapters to read"
            })
    void aHeadingWordInsideALineWithNoTimeAfterItIsText(String line) {
        Page page = EpisodePageParser.parse("Night Trains\nJune 9, 2023\n" + line + "\n");

        assertThat(page.episodes().get(0).chapters()).isEmpty();
        assertThat(page.episodes().get(0).description()).contains(line);
    }
}
