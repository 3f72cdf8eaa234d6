package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A feed flattened into text: each item's title, date (as RSS prints it, with its clock and zone),
 * guid and description on one line. The date opens the item's release line, as in the feed.
 */
class FeedItemDatesTest {

    private static final String NOTES =
            " 7c1e90aa-51d2-4e0b-9f3a-2b8d11c0e4f7 Notes on the week, the weather, the tides and"
                    + " what the harbour master said about the boats coming in at dawn.\n";

    private static List<Optional<LocalDate>> dates(String text) {
        return EpisodePageParser.parse(text).episodes().stream().map(Episode::released).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Fri, 09 Apr 2021 05:00:00 -0700       => 2021-04-09
                    Sun, 3 Jan 2021 18:30:00 GMT          => 2021-01-03
                    Wed, 17 Nov 2021 23:59:59 +0000       => 2021-11-17
                    Tue, 05 Oct 2021 07:15:00 EST         => 2021-10-05
                    14 Feb 2022 06:00:00 +0100            => 2022-02-14
                    Sa., 20 März 2021 04:00:00 +0100      => 2021-03-20
                    ven., 09 avr. 2021 05:00:00 +0200     => 2021-04-09
                    lun, 15 mar 2021 10:00:00 CET         => 2021-03-15
                    """)
    void anItemsDateAfterItsTitleOpensItsReleaseLine(String date, LocalDate day) {
        String page =
                "Lighthouse Keepers\n\nThe Northern Light "
                        + date
                        + NOTES
                        + "\nSecond Tide Fri, 02 Apr 2021 05:45:00 -0700"
                        + NOTES;
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes()).hasSize(2);
        assertThat(parsed.episodes().get(0).released()).contains(day);
        assertThat(parsed.episodes().get(0).title()).contains("The Northern Light");
        assertThat(parsed.episodes().get(1).released()).contains(LocalDate.of(2021, 4, 2));
        assertThat(parsed.episodes().get(1).title()).contains("Second Tide");
    }

    @Test
    void aTitleEndingInAQuoteOrAStopStillEndsBeforeTheDate() {
        String page =
                "\"Night Shift\" Mon, 29 Mar 2021 15:00:00 -0700"
                        + NOTES
                        + "\nWhy boats float? Sat, 20 Mar 2021 04:00:00 -0700"
                        + NOTES;
        assertThat(dates(page))
                .containsExactly(
                        Optional.of(LocalDate.of(2021, 3, 29)),
                        Optional.of(LocalDate.of(2021, 3, 20)));
    }

    @Test
    void anItemsDateClosingItsTitleLineDatesTheNotesBelow() {
        String page =
                "Harbour Log Thu, 11 Mar 2021 09:00:00 GMT\n"
                        + "Notes on the week and the boats.\n\n"
                        + "Dry Dock Thu, 04 Mar 2021 09:00:00 GMT\n"
                        + "Notes on the repairs.\n";
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElse(""))
                .containsExactly("Harbour Log", "Dry Dock");
        assertThat(parsed.episodes().get(1).released()).contains(LocalDate.of(2021, 3, 4));
    }

    @Test
    void theChannelsDateInAFeedsHeaderOpensNoItem() {
        String page =
                "Generator 3.2 ( Keepers Blog Fri, 09 Apr 2021 05:00:00 -0700 Keepers Blog en-gb"
                        + " The Northern Light Thu, 08 Apr 2021 05:00:00 -0700"
                        + NOTES
                        + "\nSecond Tide Fri, 02 Apr 2021 05:45:00 -0700"
                        + NOTES;
        assertThat(dates(page))
                .containsExactly(
                        Optional.of(LocalDate.of(2021, 4, 8)),
                        Optional.of(LocalDate.of(2021, 4, 2)));
    }

    @Test
    void aFeedOfTitlesOnlyGivesNoDateToTheWrongTitle() {
        String page =
                "Harbour Log Thu, 11 Mar 2021 09:00:00 GMT Dry Dock Thu, 04 Mar 2021 09:00:00"
                        + " GMT Low Water Thu, 25 Feb 2021 09:00:00 GMT\n";
        assertThat(dates(page)).containsOnly(Optional.empty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    The Northern LightFri, 09 Apr 2021 05:00:00 -0700    => The Northern Light
                    Épisode finaleSun, 3 Jan 2021 18:30:00 GMT           => Épisode finale
                    Leuchtturm (Teil 2)Sat, 20 Mar 2021 04:00:00 +0100   => Leuchtturm (Teil 2)
                    "El faro"Wed, 17 Nov 2021 23:59:59 +0000             => "El faro"
                    """)
    void anItemsDateGluedToItsTitleIsCutOffIt(String line, String title) {
        String page =
                "Lighthouse Keepers\n\n"
                        + line
                        + NOTES
                        + "\nSecond Tide Fri, 02 Apr 2021"
                        + " 05:45:00 -0700"
                        + NOTES;
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes()).hasSize(2);
        assertThat(parsed.episodes().get(0).title()).contains(title);
        assertThat(parsed.episodes().get(0).released()).isPresent();
    }

    /** Words that end like a weekday, or a weekday glued on without the rest of the shape. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "The ROUND-UP BLACKFri, 09 Apr 2021 05:00:00 GMT and more words to follow here"
                        + " today",
                "A long walk into the Black-Sun, 09 Apr 2021 05:00:00 GMT and more words follow"
                        + " here",
                "The Northern LightFri, 09 Apr 2021 and then some more words of a sentence here",
                "The Northern LightFri, 9 to 5 on weekdays, 12.99 EUR a ticket, call 0800 123 4567"
            })
    void aWordEndingLikeAWeekdayIsNotCut(String line) {
        Page parsed = EpisodePageParser.parse("The Northern Light\n" + line + "\nNotes.\n");
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).contains("The Northern Light");
        assertThat(parsed.episodes().get(0).description().orElse("")).startsWith(line);
    }

    /** Dates with their labels: the line is the date's field, not a title's. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Published: Fri, 09 Apr 2021 05:00:00 GMT",
                "Gepubliceerd op vr, 9 apr 2021 05:00:00 +0200",
            })
    void aLabelledDateKeepsItsLabel(String line) {
        Page parsed = EpisodePageParser.parse("The Northern Light\n" + line + "\nNotes.\n");
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).contains("The Northern Light");
        assertThat(parsed.episodes().get(0).released()).contains(LocalDate.of(2021, 4, 9));
    }

    /** Dates in prose, after a separator, in brackets, or near misses: the line stays whole. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Zuletzt aktualisiert - Fri, 09 Apr 2021 05:00:00 GMT",
                "We met on Fri, 09 Apr 2021 05:00:00 at the studio and talked for hours",
                "We met Fri, 09 Apr 2021 05:00:00 GMT at the studio",
                "Nos vimos el vie, 9 abr 2021 05:00:00 CET en el estudio",
                "Le direct (ven., 09 avr. 2021 05:00:00 +0200) est rediffusé",
                "Price 09 Apr 2021 05:00:00 is 12.99 EUR per ticket",
                "Call 09 42 2021 05:00:00 -0700 for tickets",
                "Versione 2.1 del 09 Apr 2021 05:00:00 NUOVA",
                "Final score 3 Apr 2021 21:45:00 +1 goal for the visitors"
            })
    void aDateInProseKeepsItsLineWhole(String line) {
        Page parsed = EpisodePageParser.parse("The Northern Light\n" + line + "\nNotes.\n");
        assertThat(parsed.episodes()).hasSize(1);
        Episode episode = parsed.episodes().get(0);
        assertThat(episode.title()).contains("The Northern Light");
        assertThat(episode.released()).isEmpty();
        assertThat(episode.description().orElse("")).startsWith(line);
    }
}
