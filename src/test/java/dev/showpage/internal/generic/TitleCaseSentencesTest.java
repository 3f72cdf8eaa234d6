package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A title under its date that closes with a full stop is still the title when it is written in
 * title case; a sentence of prose there is the notes. The pages are made up; the comment before
 * each assertion names the 1-based page lines it reads.
 */
class TitleCaseSentencesTest {

    private static Page page(String under) {
        return EpisodePageParser.parse(
                "Episode 12 · March 3, 2024\n\n"
                        + under
                        + "\n\nWe look at the week's news from the harbour and the ferries.\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Why Ferries Run Late, the Longest Crossings, and More.",
                "Harbour Lights Return, Ferry Fares Rise, and Other Stories.",
                "Seven Lighthouses Worth Visiting This Summer.",
                "Lamps, Kilns, Ferries and Other Harbour Stories."
            })
    void aTitleCaseSentenceUnderTheDateIsTheTitle(String title) {
        // Line 3, under the release line on line 1.
        assertThat(DatedPages.titles(page(title))).containsExactly(title);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We look at why ferries run late and what the harbour plans next.",
                "Meet Mara Quist.",
                "Die Fähre fährt heute später ab, weil der Hafen voll ist.",
                // Five long words in capitals: only the closing ".." decides
                "Harbour Lights Return, Ferry Fares Rise, and Other Stories..",
                // A field's label, or a list of names, in capitals too
                "Guests: Mara Quist, Tom Ferrell, Anna Berg.",
                "Gäste: Mara Quist, Tom Ferrell und Anna Berg.",
                "Invités : Mara Quist, Tom Ferrell, Anna Berg.",
                "With Mara Quist, Tom Ferrell, Anna Berg and Ivo Lund.",
                "Featuring Mara Quist, Tom Ferrell, Anna Berg and Ivo Lund."
            })
    void aSentenceOfProseIsNoTitleCaseSentence(String text) {
        assertThat(TitleCaseSentences.isOne(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Guests: Mara Quist, Tom Ferrell, Anna Berg.",
                "Guests: Ivo Lund, Petra Maas, Jonas Wirth."
            })
    void aLineOfGuestsUnderTheDateIsNoTitle(String guests) {
        Page page =
                EpisodePageParser.parse(
                        "May 2, 2025\n"
                                + guests
                                + "\nWe look at the week's news from the harbour and the"
                                + " ferries.\n");

        // Line 2, under the date on line 1: the episode's guests, not its title.
        assertThat(DatedPages.titles(page)).doesNotContain(guests);
        assertThat(page.episodes().get(0).people()).hasSize(3);
    }
}
