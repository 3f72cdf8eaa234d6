package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Link;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The show's name where made-up pages print it: the heading under the site's chrome (a logo's or a
 * cover's label, a search box), over the show's description; named in an intro sentence ("this is
 * X, the daily podcast of ..."); and the links of the show's header, which are the show's, not its
 * first episode's. Each expectation names the lines of the page it is read from.
 */
class ShowNameShapesTest {

    private static final String DESCRIPTION =
            "Every week two friends sit down with someone who keeps an old craft alive and ask how"
                    + " they learned it, what it costs them and why they go on.";

    private static final String NOTES =
            "We walk the quay at dawn and count the lamps that are still lit, one by one, and ask"
                    + " the keeper why the last one never goes out.";

    private static Optional<String> show(Page page) {
        return page.show().map(Show::title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Logo|Search|Harbour Lights",
                "Cover||Hafenlicht",
                "Menu|Sign in|Ferry Tales Weekly",
                "Logo||Kitchen",
                "Accueil|Rechercher|Les Lampes du Port",
            })
    void theHeadingUnderTheSitesChromeOverTheDescriptionIsTheShow(
            String chrome, String more, String name) {
        String page =
                chrome
                        + "\n"
                        + (more == null ? "" : more + "\n")
                        + "\n"
                        + name
                        + "\n\n"
                        + DESCRIPTION
                        + "\n\nAll episodes\n\n"
                        + "Episode 4. The keeper's logbook\n\n"
                        + NOTES
                        + "\n";
        Page parsed = EpisodePageParser.parse(page);
        // The line past the chrome, over the description paragraph.
        assertThat(show(parsed)).contains(name);
        // The episode is the one under the heading, not the show's line.
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElse(""))
                .containsExactly("Episode 4. The keeper's logbook");
    }

    @Test
    void aHeadingWithNoChromeAboveItIsNotTakenByThisShape() {
        String page =
                "Harbour Lights\n\n"
                        + DESCRIPTION
                        + "\n\nEpisode 4. The keeper's logbook\n\n"
                        + NOTES
                        + "\n";
        Page parsed = EpisodePageParser.parse(page);
        // Line 1 has nothing of the site's above it: the page opens with its episode's lines.
        assertThat(show(parsed)).isNotEqualTo(Optional.of("Harbour Lights"));
    }

    @Test
    void aSentenceUnderTheChromeIsNoShow() {
        String page =
                "Logo\nSearch\n\nWe moved.\n\n"
                        + DESCRIPTION
                        + "\n\nEpisodes\n\n"
                        + "Episode 4. The keeper's logbook\n\n"
                        + NOTES
                        + "\n";
        // Line 4 ends a sentence: no name.
        assertThat(show(EpisodePageParser.parse(page))).isNotEqualTo(Optional.of("We moved."));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "And this is Harbour Lights, the daily podcast of the Port Museum.|Harbour Lights",
                "E questo è Il Faro, il podcast quotidiano del museo.|Il Faro",
                "Bonjour, c'est Les Lampes, le podcast du port.|Les Lampes",
                "Hola, esto es Radio Niebla, un pódcast semanal del puerto.|Radio Niebla",
                "Hallo, das ist Hafenlicht, der Podcast vom Hafen.|Hafenlicht",
                "Goedemorgen, dit is Havenlicht, de wekelijkse podcast van de haven.|Havenlicht",
                "Olá, isto é Farol, o podcast diário do porto.|Farol",
            })
    void anIntroSentenceNamesTheShowInAnApposition(String intro, String name) {
        String page =
                "Why the last lamp never goes out\n"
                        + "From the museum's studio, I am Mara Quill.\n"
                        + intro
                        + "\nToday we ask the keeper about the last lamp.\n"
                        + NOTES
                        + "\n";
        // Line 3: the name before the comma, called a podcast after it.
        assertThat(show(EpisodePageParser.parse(page))).contains(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "And this is Mara Quill, the host of the hour.",
                "Questo è Roma, una città piena di fontane.",
                "This is Harbour Lights, and tonight we talk about fog.",
            })
    void anAppositionThatIsNoPodcastNamesNoShow(String intro) {
        String page = "Why the last lamp never goes out\n" + intro + "\n" + NOTES + "\n";
        // Line 2 names a person, a city, or no podcast after the comma.
        assertThat(show(EpisodePageParser.parse(page)))
                .isNotIn(
                        Optional.of("Mara Quill"),
                        Optional.of("Roma"),
                        Optional.of("Harbour Lights"));
    }

    @Test
    void theLinksOfTheShowsHeaderAreNotItsFirstEpisodes() {
        String page =
                """
                Cover

                Ferry Tales

                %s More about us: Instagram: @ferrytales Apple: https://example.org/a1 Spotify: https://example.org/s1 Web: http://www.ferrytales.example

                Alle Folgen

                  • 70 MB
                    Cover

                    #12 Ivo Brandt, "The bell stays down"

                    %s
                """
                        .formatted(DESCRIPTION, NOTES);
        Page parsed = EpisodePageParser.parse(page);
        // Line 3 under the "Cover" label; line 5 its description with its links.
        assertThat(show(parsed)).contains("Ferry Tales");
        // Line 12, under the "Alle Folgen" heading (line 7), is the episode; the links of line 5
        // are the show's.
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title())
                .contains("#12 Ivo Brandt, \"The bell stays down\"");
        assertThat(parsed.episodes().get(0).links()).extracting(Link::url).isEmpty();
    }
}
