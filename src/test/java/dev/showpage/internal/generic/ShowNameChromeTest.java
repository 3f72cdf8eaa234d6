package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lines that look like a show's name and are the site's: a call to follow the podcast, an app's
 * name in a list of apps to listen on, and the arrow of a link back to the show. The pages are made
 * up; the comment before each assertion names the 1-based page lines it reads.
 */
class ShowNameChromeTest {

    /** The lines of {@code head}, a blank line, then an episode: its title, date and notes. */
    private static Page page(String head) {
        return EpisodePageParser.parse(
                head
                        + "\n\nTides and Timetables\nMay 2, 2025\n"
                        + "Notes about the ferry timetable.\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Follow Our Podcast",
                "Subscribe to the Podcast",
                "Abonnez-vous à notre podcast",
                "Folge unserem Podcast",
                "Sigue nuestro podcast",
                "Segui il nostro podcast",
                "Siga o nosso podcast",
                "Volg onze podcast"
            })
    void aCallToFollowThePodcastIsNoShow(String call) {
        Page page = page("Harbour Radio Sessions\n\n" + call);

        // Line 3 ends in "Podcast" as a name may, but asks the reader to follow.
        assertThat(page.show().map(Show::title)).isNotEqualTo(java.util.Optional.of(call));
        assertThat(CallsToAction.isOne(call)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The Follow-Up Podcast",
                "Listen Closely",
                "Follow the River",
                "Harbour Talk Podcast",
                "Join the Club Show Tonight and More",
                "Listen Up Podcast",
                "Follow the Money Podcast",
                "Join the Show",
                "Suivez le guide podcast",
                "Höre mal Podcast",
                "Escucha esto podcast",
                "Volg het geld podcast"
            })
    void aNameOrTitleWithTheSameWordsIsNoCall(String text) {
        assertThat(CallsToAction.isOne(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Listen now on", "Listen on:", "Écouter sur", "Hören auf", "Luister op"})
    void anAppInAListOfAppsIsNoShow(String heading) {
        Page page =
                page(
                        "Harbour Nights\nHarbour Nights\n\n"
                                + heading
                                + "\n\nApple Podcasts\nPodcast Tidewave\nPocket Casts\nPodcast"
                                + " Lantern");

        // Lines 1-2 print the name twice; lines 6-9 are apps, two after a "Podcast" label.
        assertThat(page.show().map(Show::title)).contains("Harbour Nights");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Listen to this",
                "Available now",
                "Listen on the radio every Sunday",
                "Harbour Nights",
                "On",
                "Listen in",
                "Listen in:"
            })
    void otherLinesHeadNoListOfApps(String text) {
        assertThat(ListenOnLists.isHeading(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "« Harbour Nights|Harbour Nights",
                "‹ Harbour Nights|Harbour Nights",
                "← 99% Harbour|99% Harbour",
                "< Harbour Nights|Harbour Nights",
                // Words for "back" are a name's own words
                "Back to Work|Back to Work",
                "Zurück zur Natur|Zurück zur Natur",
                "Retour à la terre|Retour à la terre",
                "Volver a empezar|Volver a empezar",
                "Terug naar de haven|Terug naar de haven",
                "Harbour Nights|Harbour Nights",
                "«Harbour» Nights|«Harbour» Nights",
                "« »|« »",
                "Back to|Back to"
            })
    void aBackLinksDecorationIsNotTheName(String text, String name) {
        assertThat(BackLinks.undecorated(text)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"« ", "‹ ", "← "})
    void theShowOverAnEpisodeIsNamedWithoutItsBackLink(String back) {
        Page page =
                EpisodePageParser.parse(
                        back
                                + "Harbour Nights\n\nTides and Timetables\n\n2024-05-02 | share\n\n"
                                + "Notes about the ferry timetable, and the night crossing that"
                                + " follows it, told by the crew who sails it every week.\n");

        // Line 1: a link back to the show's page over the episode's title.
        assertThat(page.show().map(Show::title)).contains("Harbour Nights");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Listen Up Podcast", "Follow the Money Podcast", "Höre mal Podcast"})
    void aShowNamedLikeACallIsTheShow(String name) {
        Page page = page("Harbour Radio Sessions\n\n" + name);

        // Line 3 has a name's words between the verb and "Podcast": a show's name, not a call.
        assertThat(page.show().map(Show::title)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Join the Show", "Follow the Money Show", "Listen Up Podcast"})
    void aTitleNamedLikeACallIsTheTitle(String title) {
        Page page =
                EpisodePageParser.parse(
                        "May 2, 2025\n" + title + "\nNotes about the ferry timetable.\n");

        // Line 2, under its date on line 1.
        assertThat(DatedPages.titles(page)).containsExactly(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Listen in", "Listen in:"})
    void aListingUnderAListenInIsNoListOfApps(String heading) {
        Page page =
                EpisodePageParser.parse(
                        heading + "\n\nNight Ferries\nMay 2, 2025\nNotes about the crossing.\n");

        // Line 3, over its date: "Listen in" heads the listing, not a list of apps.
        assertThat(DatedPages.titles(page)).containsExactly("Night Ferries");
    }

    @ParameterizedTest
    @ValueSource(strings = {"« ", "‹ ", "← "})
    void anArrowUnderTheSiteLeadsToAnEarlierEpisode(String arrow) {
        Page page =
                EpisodePageParser.parse(
                        "Harbour Radio\n"
                                + arrow
                                + "Mara Quist\n\nTides and Timetables\n\n2024-05-02 | share\n\n"
                                + "Notes about the ferry timetable, and the night crossing that"
                                + " follows it, told by the crew who sails it every week.\n");

        // Line 2: an arrow under the site's name, to an earlier episode, names no show.
        assertThat(page.show().map(Show::title)).isNotEqualTo(java.util.Optional.of("Mara Quist"));
    }
}
