package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The show's name at the head of its header, over the fields a show's header prints, on made-up
 * pages of dated episodes: a breadcrumb's last step (or the step before an episode's title), "About
 * X" in the seven languages, a menu's word the site's chrome does not know over the name, and lines
 * that head nothing of the show's.
 */
class ShowHeadingShapesTest {

    private static final String DESCRIPTION =
            "Every week two friends sit down with someone who keeps an old craft alive and ask how"
                    + " they learned it, what it costs them and why they go on.";

    private static final String EPISODES =
            "Fog over the quay\nMarch 12, 2025\nWe walk the quay at dawn and count the lamps that"
                    + " are still lit, one by one.\n\nSalt, rope and patience\nFebruary 26, 2025\n"
                    + "The ropemaker shows us the knots her grandfather taught her on the pier.\n";

    private static Optional<String> show(String page) {
        return EpisodePageParser.parse(page).show().map(Show::title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "Podcasts > Technology > Harbour Lights#Harbour Lights",
                "Home / Die Nachtschicht#Die Nachtschicht",
                "Accueil \u203A Podcasts \u203A Le Bruit du Port#Le Bruit du Port",
                "Inicio \u00BB Radio Niebla#Radio Niebla",
            })
    void aBreadcrumbsLastStepOverTheDescriptionIsTheShow(String crumb, String name) {
        // Line 1 is the breadcrumb, line 3 the description, then the listing.
        assertThat(show(crumb + "\n\n" + DESCRIPTION + "\n\n" + EPISODES)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {" / ", " > "})
    void onAnEpisodesPageTheStepBeforeTheEpisodesTitleIsTheShow(String separator) {
        String page =
                "Home"
                        + separator
                        + "Harbour Lights"
                        + separator
                        + "Fog over the quay\n\n"
                        + "Hosted by Mara Quill\n\n"
                        + "Fog over the quay\nMarch 12, 2025\n"
                        + "We walk the quay at dawn and count the lamps that are still lit, one by"
                        + " one, and ask the keeper why.\n";
        // Line 1 ends with the title of line 5: the step before it is the show's.
        assertThat(show(page)).contains("Harbour Lights");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "About Harbour Lights#Harbour Lights",
                "À propos de Le Bruit du Port#Le Bruit du Port",
                "Über Die Nachtschicht#Die Nachtschicht",
                "Acerca de Radio Niebla#Radio Niebla",
                "Informazioni su Il Faro#Il Faro",
            })
    void aboutTheShowNamesIt(String heading, String name) {
        // Line 1 heads the description of line 3.
        assertThat(show(heading + "\n\n" + DESCRIPTION + "\n\n" + EPISODES)).contains(name);
    }

    /**
     * "Sobre" and "Over" open names as often as headings: they head the show's name where the page
     * prints that name alone elsewhere (here on its last line), and else the line is a name whole.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "Sobre Farol do Porto#Farol do Porto#Sobre Farol do Porto",
                "Over Havenlicht#Havenlicht#Over Havenlicht",
            })
    void anAmbiguousAboutNamesTheShowPrintedAloneElsewhere(
            String heading, String name, String whole) {
        // Line 1 heads the description of line 3; the last line prints the name alone.
        assertThat(show(heading + "\n\n" + DESCRIPTION + "\n\n" + EPISODES + "\n\n" + name + "\n"))
                .contains(name);
        assertThat(show(heading + "\n\n" + DESCRIPTION + "\n\n" + EPISODES))
                .as("not printed alone elsewhere")
                .isNotEqualTo(Optional.of(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"About Us", "About this podcast", "Über uns", "À propos"})
    void aboutTheSiteNamesNoShow(String heading) {
        // Line 1 is the site's page, not the show's.
        Optional<String> show = show(heading + "\n\n" + DESCRIPTION + "\n\n" + EPISODES);
        assertThat(show).isNotIn(Optional.of("Us"), Optional.of(heading), Optional.of("uns"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Discover", "Charts", "Entdecken", "Explorar"})
    void aMenusWordOverTheNameIsNotTheShow(String word) {
        String page = word + "\nHarbour Lights\n" + DESCRIPTION + "\n\n" + EPISODES;
        // Line 1 is a menu's entry over the name of line 2, which heads the description.
        assertThat(show(page)).contains("Harbour Lights");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "Harbour Lights#Mara Quill#4.8 (1,234)#Technology",
                "Sendegarten#Wellenwerk Audio#4,7 \u2605 312 Bewertungen#Wissenschaft",
                "Le Bruit du Port#Ondes Claires#4.2 · 19 avis#Société & Culture",
            })
    void theNameOverItsPublisherRatingAndCategoryIsTheShow(
            String name, String publisher, String rating, String category) {
        String page =
                name
                        + "\n"
                        + publisher
                        + "\n"
                        + rating
                        + "\n"
                        + category
                        + "\n\n"
                        + DESCRIPTION
                        + "\n\n"
                        + EPISODES;
        // Line 1, over the publisher, rating and category of lines 2 to 4.
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.show().map(Show::title)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We moved to a new address.",
                "Share",
                "Follow",
                "Episodes",
                "Technology",
                "4.8 (1,234)",
                "Hosted by Mara Quill",
            })
    void aLineThatIsNoNameHeadsNoShow(String line) {
        String page = line + "\n\n" + DESCRIPTION + "\n\n" + EPISODES;
        // Line 1 is a sentence, a control, a category, a rating or a host line.
        assertThat(show(page)).isNotEqualTo(Optional.of(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Lights", "Quiet Engines Weekly"})
    void aNameWithNothingOfTheShowsUnderItHeadsNoShow(String name) {
        // Line 1 stands over the first episode's title at once: no field of a show under it. The
        // name over the only title is read by its own rule, so two dated episodes are used.
        String page = name + "\n" + EPISODES;
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes()).hasSize(2);
        assertThat(parsed.show().map(Show::title)).isNotEqualTo(Optional.of("Fog over the quay"));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "We use cookies to give you the best experience on our site.#Accept",
                "Diese Website verwendet Cookies, um Ihr Erlebnis zu verbessern.#Akzeptieren",
                "Get the best of the harbour in your inbox every week.#Subscribe",
                "Ce site utilise des cookies pour mesurer l'audience.#OK",
            })
    void aNoticesButtonOverTheNameIsNotTheShow(String notice, String button) {
        String page =
                notice
                        + "\n"
                        + button
                        + "\nHarbour Lights\nBy Mara Quill\n\n"
                        + DESCRIPTION
                        + "\n\n"
                        + EPISODES;
        // Line 2 answers the notice of line 1; line 3, over its byline, is the show.
        assertThat(show(page)).contains("Harbour Lights");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sendegarten", "MetaPod"})
    void aOneWordNameUnderTheSitesMenuIsTheShow(String name) {
        String page = "Menu\nSearch\n\n" + name + "\nvon Lena Hofmann\n\n" + EPISODES;
        // Line 4, over its byline: no sentence above it, no name under it.
        assertThat(show(page)).contains(name);
    }
}
