package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A banner over an episode's date that invites the reader to look at something else ("Check out our
 * Harbour Map!"): never the episode's title, which then stands under the date. The texts are made
 * up.
 */
class InvitationBannerTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Check out our Harbour shop!",
                "Check out the Podcast Beacon app!",
                "Découvrez notre boutique !",
                "Schau dir unseren Shop an!",
                "Descubre nuestra tienda del puerto!",
                "Scopri la newsletter del porto!",
                "Confira a nossa loja!",
                "Bekijk onze nieuwe winkel!"
            })
    void aBannerIsNoTitle(String banner) {
        String page =
                banner
                        + "\nMarch 3, 2025\n\nLamps at Low Tide: A Keeper's Last Night\n\n"
                        + OneEpisodePage.PARAGRAPH
                        + "\n";

        assertThat(Invitations.isOne(banner)).isTrue();
        // Line 4, under the date (line 2), is the title; the banner (line 1) is not.
        assertThat(OneEpisodePage.onlyTitle(EpisodePageParser.parse(page)))
                .isEqualTo("Lamps at Low Tide: A Keeper's Last Night");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // no exclamation mark: a title may open so
                "Check out the Harbour Map",
                "Discover Your Inner Keeper",
                // another imperative
                "Buy the Harbour Map!",
                // too long for a banner
                "Check out the harbour map that the keepers drew by hand over thirty long winters!",
                // the verb inside the line, not opening it
                "Why you should check out the harbour!",
                // a place to discover: an episode's title
                "Check out the Harbour Map!",
                "Entdecke den Hafen!",
                "Bekijk de nieuwe kaart!",
                // the site's own alone promotes nothing: a place or a room may be a title
                "Check out our Harbour Map!",
                "Entdecke unsere Altstadt!",
                "Check out our new studio!",
                "Découvrez notre vieux port !",
                "Bekijk onze nieuwe kaart!"
            })
    void otherLinesAreNoBanner(String text) {
        assertThat(Invitations.isOne(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Talk; Check out the podcast app!; March 3, 2025",
                "Radio Hafenfunk; Entdecke die Podcast-App!; 3. März 2025",
                "Les Quais; Découvrez notre newsletter !; 3 mars 2025"
            })
    void aBannerOverTheOnlyDateKeepsTheShowOverIt(String show, String banner, String date) {
        String page = show + "\n\n" + banner + "\n" + date + "\n" + OneEpisodePage.PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 stands over the banner (line 3) as over a title; the banner titles nothing.
        assertThat(parsed.show()).map(Show::title).contains(show);
        assertThat(OneEpisodePage.onlyTitle(parsed)).isEqualTo("(none)");
    }
}
