package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A page of a numbered series' two newest posts, each a title over a paragraph ({@link
 * NumberedPair}): two titles whose numbers count down by one are a listing; two that count up, or
 * skip a number, are an article's numbered subheadings. Made-up titles in several languages.
 */
class NumberedPairTest {

    private static final String TEASER =
            "We talk about the work, the places and the people met along the way, and about what"
                    + " changed since the last time.";

    private static Page page(String first, String second) {
        return EpisodePageParser.parse(
                first + "\n\n" + TEASER + "\n" + TEASER + "\n\n" + second + "\n\n" + TEASER + "\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "#105 Salt marsh walks => #104 Night trains of the north",
                "#12: Mara Quill, „Das war knapp“ => #11: Oskar Lind, „Alles auf Anfang“",
                "Folge 42 – Leuchttürme im Winter => Folge 41 – Brot aus dem Holzofen",
                "Épisode 8 : les phares du Nord => Épisode 7 : le pain du village",
                "Episodio 3: faros del sur => Episodio 2: el horno del pueblo",
                "Aflevering 20 - Vuurtorens => Aflevering 19 - Het dorpsbrood",
            })
    void twoTitlesCountingDownAreAListing(String first, String second) {
        assertThat(page(first, second).episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly(first, second);
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                // a list of tips counts up
                "#1 Use short titles => #2 Keep the notes plain",
                // numbers that skip, or that are the same
                "#105 Salt marsh walks => #103 Night trains of the north",
                "#42 Salt marsh walks => #42 Night trains of the north",
                "#41 Salt marsh walks => #42 Night trains of the north",
                // a season's word numbers no episode
                "Season 2: salt marsh walks => Season 1: night trains of the north",
                "Stagione 2: i fari del sud => Stagione 1: il forno del paese",
            })
    void otherPairsAreNoListing(String first, String second) {
        assertThat(page(first, second).episodes()).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void numbersAreReadFromTheLabelsAListingPrints() {
        assertThat(NumberedPair.number("#104 Title").getAsInt()).isEqualTo(104);
        assertThat(NumberedPair.number("Ep. 7 - Title").getAsInt()).isEqualTo(7);
        assertThat(NumberedPair.number("Folge 12: Title").getAsInt()).isEqualTo(12);
        assertThat(NumberedPair.number("Season 2 Title")).isEmpty();
        assertThat(NumberedPair.number("Title 12")).isEmpty();
        assertThat(NumberedPair.countsDown(List.of("#3 A", "#2 B", "#1 C"))).isFalse();
    }
}
