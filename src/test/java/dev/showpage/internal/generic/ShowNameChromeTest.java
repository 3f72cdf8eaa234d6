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
 * name in a list of apps to listen on, and the arrow or "back to" of a link back to the show. The
 * pages are made up; the comment before each assertion names the 1-based page lines it reads.
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
                "Join the Club Show Tonight and More"
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
                "On"
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
                "Back to Harbour Nights|Harbour Nights",
                "Retour à Les Phares|Les Phares",
                "Zurück zu Hafenlichter|Hafenlichter",
                "Terug naar Havenlicht|Havenlicht",
                "Harbour Nights|Harbour Nights",
                "«Harbour» Nights|«Harbour» Nights",
                "« »|« »",
                "Back to|Back to"
            })
    void aBackLinksDecorationIsNotTheName(String text, String name) {
        assertThat(BackLinks.undecorated(text)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"« ", "‹ ", "← ", "Back to "})
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
}
