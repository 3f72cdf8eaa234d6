package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The show's name that every title of a made-up listing opens with, before a separator or the
 * episode's number; and prefixes that are no show's name.
 */
class SharedTitlePrefixShowTest {

    private static final String NOTES =
            "We walk the quay at dawn and count the lamps that are still lit, one by one.";

    private static String listing(String... titles) {
        StringBuilder page = new StringBuilder("Menu\n\n");
        String[] dates = {"March 12, 2025", "February 26, 2025", "February 12, 2025"};
        for (int i = 0; i < titles.length; i++) {
            page.append(titles[i]).append('\n').append(dates[i]).append('\n');
            page.append(NOTES).append("\n\n");
        }
        return page.toString();
    }

    private static Optional<String> show(String page) {
        return EpisodePageParser.parse(page).show().map(Show::title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "Harbour Lights: #Harbour Lights",
                "Die Nachtschicht - #Die Nachtschicht",
                "Le Bruit du Port | #Le Bruit du Port",
                "99 Knots – #99 Knots",
            })
    void theNameEveryTitleOpensWithIsTheShow(String prefix, String name) {
        // The source's blanks at a value's end are cut: the title's blank is added here.
        // Lines 3, 7 and 11 each open with the name and a separator.
        String page =
                listing(
                        prefix + " Fog over the quay",
                        prefix + " Salt and rope",
                        prefix + " The last lamp");
        assertThat(show(page)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Lights #12 - ", "Harbour Lights #7: "})
    void theNameBeforeEachNumberIsTheShow(String prefix) {
        String page =
                listing(
                        prefix + "Fog over the quay",
                        prefix.replace("#", "#1") + "Salt and rope",
                        prefix.replace("#", "#2") + "The last lamp");
        assertThat(show(page)).contains("Harbour Lights");
    }

    /**
     * Two titles that share words the page prints nowhere else may share a series' label as well as
     * a show's name ("Book Review: ..."): not enough to name the show.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Book Review: ", "Harbour Lights #7: ", "Reading Room - "})
    void twoTitlesAloneSharingWordsNameNoShow(String prefix) {
        String page = listing(prefix + "Fog over the quay", prefix + "Salt and rope");
        assertThat(show(page))
                .isNotEqualTo(Optional.of(prefix.replaceAll("[ #:7-]+$", "").strip()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Interview: ", "Bonus - ", "Recap | "})
    void oneWordOnEveryTitleThatThePagePrintsNowhereElseIsNoShow(String prefix) {
        String page = listing(prefix + "Fog over the quay", prefix + "Salt and rope");
        assertThat(show(page)).isNotEqualTo(Optional.of(prefix.split(" ")[0].replace(":", "")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '#',
            value = {
                "Harbour Lights: Fog over the quay#Quiet Engines: Salt and rope",
                "Episode 12: Fog over the quay#Episode 11: Salt and rope",
                "Fog over the quay#Harbour Lights: Salt and rope",
                "Why now? - Fog over the quay#Why now? - Salt and rope",
            })
    void titlesThatShareNoNameNameNoShow(String first, String second) {
        Optional<String> show = show(listing(first, second));
        assertThat(show)
                .isNotIn(
                        Optional.of("Harbour Lights"),
                        Optional.of("Quiet Engines"),
                        Optional.of("Episode 12"),
                        Optional.of("Why now?"));
    }
}
