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
                "Fähren, Leuchttürme, Hafenkräne und Andere Geschichten.",
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
                "Featuring Mara Quist, Tom Ferrell, Anna Berg and Ivo Lund.",
                // Credits and places under the date are written in title case too
                "Recorded Live at the Harbour Theatre in Bristol.",
                "Presented in Partnership With the Harbour Maritime Museum.",
                "Special Guests Mara Quist and Tom Ferrell.",
                "Recorded at the Harbour Theatre, Bristol, England.",
                "Live From the Lighthouse Keepers Festival, Hull, Yorkshire.",
                "Enregistré Au Théâtre Du Port, Brest, Bretagne.",
                "Aufgenommen Im Theater Am Hafen, Kiel, Deutschland.",
                // A title-case sentence that lists nothing: a credit's shape as much as a title's
                "Seven Lighthouses Worth Visiting This Summer.",
                "Sponsored Today Through Harbour Lights Foundation."
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

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Recorded Live at the Harbour Theatre in Bristol.",
                "Presented in Partnership With the Harbour Maritime Museum.",
                "Special Guests Mara Quist and Tom Ferrell.",
                "Aufgezeichnet Live Im Großen Saal Des Hafenmuseums."
            })
    void aCreditUnderTheDateOfAListedEpisodeIsNoTitle(String credit) {
        Page page =
                EpisodePageParser.parse(
                        "Harbour Nights\n\nMay 2, 2025\n"
                                + credit
                                + "\nWe look at the week's news from the harbour and the"
                                + " ferries.\n\nApril 25, 2025\nNight Ferries\n"
                                + "Two deckhands tell what the crossing looks like from below.\n");

        // Line 4, under the date on line 3: a credit of the first episode, not its title.
        assertThat(DatedPages.titles(page)).doesNotContain(credit);
    }
}
