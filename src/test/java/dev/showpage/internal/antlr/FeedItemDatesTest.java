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
 * guid and description on one line. The date opens the item's release line, as in the feed, only
 * when the item's guid follows it: a status line, a sentence, a channel's header or a feed of
 * titles only print such a date with no guid after it.
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

    /**
     * The guid in the shapes only an item's guid has (a UUID, a URN), after a numeric offset or a
     * named zone.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "7C1E90AA-51D2-4E0B-9F3A-2B8D11C0E4F7",
                "urn:uuid:0b9c4e2a-6f1d-4c3e-8a7b-5d2e1f0a9c88",
            })
    void anItemsGuidInAnyShapeMakesItsDateOpenItsReleaseLine(String guid) {
        String page =
                "Lighthouse Keepers\n\nOpen Sea Tue, 16 Mar 2021 18:30:00 +0100 "
                        + guid
                        + " Notes on the crossing.\n\nLong Haul Tue, 09 Mar 2021 18:30:00 EST "
                        + guid
                        + " Notes on the way back.\n";
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes()).hasSize(2);
        assertThat(parsed.episodes().get(0).released()).contains(LocalDate.of(2021, 3, 16));
        assertThat(parsed.episodes().get(1).released()).contains(LocalDate.of(2021, 3, 9));
    }

    /** Words after the zone that look like a guid but are not one: the date opens nothing. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "7c1e90aa-51d2-4e0b-9f3a",
                "g7c1e90a-51d2-4e0b-9f3a-2b8d11c0e4f7",
                "7c1e90aa-51d2-4e0b-9f3a-2b8d11c0e4f7a",
                "7c1e90aa51d24e0b9f3a2b8d11c0e4f7",
                "keepers.example.org",
                // a link: status lines, comments, sentences and chapters print one after a date
                "https://keepers.example.org/?p=4711",
                "http://radio.example.net/episodes/low-water",
                "urn of ashes",
                "ticket-2021-0409-0500-abcdefabcdef"
            })
    void aNearMissOfAGuidOpensNoItem(String word) {
        String page =
                "The Northern Light\nOpen Sea Tue, 16 Mar 2021 18:30:00 +0100 "
                        + word
                        + " Notes on the crossing.\n";
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElse(""))
                .containsExactly("The Northern Light");
    }

    /** A link after a date is no item's guid: the line stays whole in the episode it is under. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Last updated Fri, 09 Apr 2021 05:00:00 GMT https://example.org/feed",
                "Mis à jour le ven., 09 avr. 2021 05:00:00 +0200 https://example.org/flux",
                "Zuletzt aktualisiert am Sa., 10 Apr. 2021 05:00:00 MESZ https://example.org/feed",
                "Ana Fri, 09 Apr 2021 05:00 CET https://example.org/ep12#comment-3",
                "Join us live Sat, 20 Mar 2021 20:00 CET https://tickets.example.com/p for"
                        + " stories.",
                "12:42 Live Q&A Fri, 09 Apr 2021 20:00 CET https://example.org/qa"
            })
    void aLinkAfterADateOpensNoItem(String line) {
        String page = "The Northern Light\nEpisode 12\n" + line + "\nA keeper remembers the ice.\n";
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElse(""))
                .containsExactly("The Northern Light");
        assertThat(parsed.episodes().get(0).released()).isEmpty();
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

    /** A status line ending in a date as feeds print it: no guid follows, so no item opens. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Last updated Fri, 09 Apr 2021 05:00:00 GMT",
                "Page generated Mon, 12 Apr 2021 23:10:04 +0000",
                "Next live show Sat, 24 Apr 2021 20:00 CET",
                "Available until Sun, 30 May 2021 23:59:00 BST",
                "Mis à jour le ven., 09 avr. 2021 05:00:00 +0200",
                "Zuletzt aktualisiert am Sa., 10 Apr. 2021 05:00:00 MESZ",
                "Ultimo aggiornamento sab, 10 apr 2021 05:00:00 CEST",
                "Atualizado em sáb., 10 abr. 2021 05:00:00 UTC",
                "Laatst bijgewerkt za, 10 apr 2021 05:00:00 CEST",
                "Actualizado el sáb, 10 abr 2021 05:00:00 CET"
            })
    void aStatusLineEndingInAFeedsDateOpensNoItem(String line) {
        Page parsed = EpisodePageParser.parse("The Northern Light\n" + line + "\nNotes.\n");
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElse(""))
                .containsExactly("The Northern Light");
    }

    /** Under a show's name, a status line keeps the show and opens no episode of its own. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Updated Sat, 10 Apr 2021 05:00:00 GMT",
                "Aktualisiert Sa., 10 Apr. 2021 05:00:00 +0200",
                "Bijgewerkt za, 10 apr 2021 05:00:00 CEST"
            })
    void aStatusLineUnderAShowsNameKeepsTheShow(String line) {
        String page =
                "The Lighthouse Podcast\n"
                        + line
                        + "\n\nThe Northern Light\n12 May 2024\nNotes on the week.\n\n"
                        + "Second Tide\n5 May 2024\nNotes on the tides.\n";
        Page withoutIt = EpisodePageParser.parse(page.replace(line + "\n", ""));
        Page parsed = EpisodePageParser.parse(page);
        assertThat(withoutIt.show()).isPresent();
        assertThat(parsed.show()).isEqualTo(withoutIt.show());
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElse(""))
                .containsExactly("The Northern Light", "Second Tide");
    }

    /**
     * A date as feeds print it inside a longer sentence: the sentence goes on after the zone, not
     * with a guid, however long it runs on.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "We met Fri, 09 Apr 2021 05:00:00 GMT at the studio and talked for hours about the"
                        + " lighthouse and the boats.",
                "Join us live Sat, 20 Mar 2021 20:00 CET at the Paradiso for a night of stories.",
                "Repeated on the radio Sat, 24 Apr 2021 20:00 BST and available to stream after.",
                "On s'est vus le ven., 09 avr. 2021 05:00:00 +0200 au studio pour parler des"
                        + " phares.",
                "Live aufgenommen am Sa., 20 März 2021 20:00:00 MEZ vor Publikum im Hafen.",
                "Grabado en directo el sáb, 20 mar 2021 19:00:00 CET delante del público.",
                "Registrato dal vivo sab, 20 mar 2021 19:00:00 CET davanti al pubblico.",
                "Gravado ao vivo sáb., 20 mar. 2021 19:00:00 UTC diante do público.",
                "Live opgenomen op za, 20 mrt 2021 20:00 CET in het theater aan de haven."
            })
    void aFeedsDateInALongSentenceKeepsItsLineWhole(String line) {
        Page parsed = EpisodePageParser.parse("The Northern Light\n" + line + "\nNotes.\n");
        assertThat(parsed.episodes()).hasSize(1);
        Episode episode = parsed.episodes().get(0);
        assertThat(episode.title()).contains("The Northern Light");
        assertThat(episode.description().orElse("")).startsWith(line);
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

    /** The channel's date followed by the channel's description, then the first item. */
    @Test
    void theChannelsDateBeforeItsDescriptionOpensNoItem() {
        String page =
                "Keepers Blog Fri, 09 Apr 2021 05:00:00 -0700 Stories from the lighthouse coast"
                    + " told by the keepers every week en-gb The Northern Light Thu, 08 Apr 2021"
                    + " 05:00:00 -0700"
                        + NOTES
                        + "\nSecond Tide Fri, 02 Apr 2021 05:45:00 -0700"
                        + NOTES;
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElse(""))
                .doesNotContain("Keepers Blog");
        assertThat(dates(page))
                .containsExactly(
                        Optional.of(LocalDate.of(2021, 4, 8)),
                        Optional.of(LocalDate.of(2021, 4, 2)));
        assertThat(parsed.episodes().get(1).title()).contains("Second Tide");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbour Log Thu, 11 Mar 2021 09:00:00 GMT Dry Dock Thu, 04 Mar 2021 09:00:00"
                        + " GMT Low Water Thu, 25 Feb 2021 09:00:00 GMT\n",
                "What the harbour master told us about the boats that never came back to port"
                        + " Thu, 11 Mar 2021 09:00:00 GMT Why the old keepers still climb the"
                        + " stairs of the northern tower every night Thu, 04 Mar 2021 09:00:00"
                        + " GMT\n"
            })
    void aFeedOfTitlesOnlyGivesNoDateToTheWrongTitle(String page) {
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

    /**
     * Words that end like a weekday, a weekday that is not the date's own, or a weekday glued on
     * without the rest of the shape: each with a guid after it, so that a cut would open an item.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "The ROUND-UP BLACKFri, 09 Apr 2021 05:00:00 GMT",
                "A long walk into the Black-Fri, 09 Apr 2021 05:00:00 GMT",
                "Under the MidnightSun, 09 Apr 2021 05:00:00 GMT",
                "Hoch im NordenMon, 20 Mar 2021 04:00:00 +0100",
                "The Northern LightFri, 09 Apr 2021 05:00:00",
                "Last updatedFri, 09 Apr 2021 05:00:00 GMT by the keepers",
                "The Northern LightFri, 09 Apr 2021 at the studio"
            })
    void aWordEndingLikeAWeekdayIsNotCut(String line) {
        String page = "The Northern Light\n" + line + NOTES;
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).contains("The Northern Light");
        assertThat(parsed.episodes().get(0).released()).isEmpty();
        assertThat(parsed.episodes().get(0).description().orElse("")).startsWith(line);
        int comma = line.indexOf(',');
        String word = line.substring(line.lastIndexOf(' ', comma) + 1, comma);
        assertThat(TypedTokens.of(line + NOTES)).contains("WORD[" + word + "] COMMA[,]");
    }

    @Test
    void aCutWeekdayStartsTheItemsDateOnALineOfItsOwn() {
        assertThat(TypedTokens.of("Open SeaTue, 16 Mar 2021 18:30:00 +0100" + NOTES))
                .startsWith(
                        "WORD[Open] WORD[Sea] / MONTH_DATE[Tue, 16 Mar 2021 18:30:00 +0100] WORD[");
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
