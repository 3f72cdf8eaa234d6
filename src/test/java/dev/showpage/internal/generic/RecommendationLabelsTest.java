package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A heading that recommends a podcast by its name ("Podcast-Empfehlung: X") names the show the page
 * is about. The pages are made up; the comment before each assertion names the 1-based page lines
 * it reads.
 */
class RecommendationLabelsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Podcast-Empfehlung: Hafenlichter|Hafenlichter",
                "Meine Empfehlung: „Hafenlichter?“, der lange Gesprächs-Podcast|Hafenlichter?",
                "Podcast recommendation: Harbour Nights|Harbour Nights",
                "Notre coup de cœur : « Les Phares »|Les Phares",
                "Mi recomendación: Los Faros del Norte|Los Faros del Norte",
                "Il consiglio: I Fari|I Fari",
                "Dica: Os Faróis|Os Faróis",
                "Aanrader: Havenlicht|Havenlicht"
            })
    void theNameAfterTheLabelIsTheShow(String heading, String name) {
        Page page =
                EpisodePageParser.parse(
                        heading
                                + "\n\nWer lange Gespräche mag, findet hier Folgen von vier"
                                + " Stunden und mehr, mit Gästen aus Kunst und Politik.\n");

        // Line 1: the label, then the show's name.
        assertThat(page.show().map(Show::title)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hör-Tipp: Mara Quist erzählt von ihrem ersten Boot.",
                "Empfehlung: die lange Nacht der Gespräche mit vielen Gästen aus der Stadt",
                "Unser Fazit: Harbour Nights",
                "Harbour Nights: Empfehlung",
                "Empfehlung:"
            })
    void otherLinesNameNoShow(String text) {
        assertThat(RecommendationLabels.name(text)).isNull();
    }
}
