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
 * is about; a tip or a pick of anything else does not, and no label outweighs a show the page names
 * otherwise. The pages are made up; the comment before each assertion names the 1-based page lines
 * it reads.
 */
class RecommendationLabelsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Podcast-Empfehlung: Hafenlichter|Hafenlichter",
                "Meine Podcast-Empfehlung: „Hafenlichter?“, der lange Gesprächs-Podcast|"
                        + "Hafenlichter?",
                "Podcast recommendation: Harbour Nights|Harbour Nights",
                "Notre recommandation podcast : « Les Phares »|Les Phares",
                "Recomendación de podcast: Los Faros del Norte|Los Faros del Norte",
                "Il consiglio podcast: I Fari|I Fari",
                "Dica de podcast: Os Faróis|Os Faróis",
                "Podcasttip: Havenlicht|Havenlicht",
                "Podcast-Tipp: Hafenlichter|Hafenlichter",
                // The label says no "podcast"; the line calls the quoted name one
                "Meine Empfehlung: „Hafenlichter?“, der lange Gesprächs-Podcast|Hafenlichter?",
                "Coup de cœur : « Les Phares », un podcast de Radio Port|Les Phares"
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
                "Podcast-Tipp: Mara Quist erzählt von ihrem ersten Boot.",
                "Podcast-Empfehlung: die lange Nacht der Gespräche mit vielen Gästen aus der Stadt",
                "Unser Podcast-Fazit: Harbour Nights",
                "Harbour Nights: Podcast-Empfehlung",
                "Podcast-Empfehlung:",
                // A tip or a pick of anything: the label does not say "podcast"
                "Dica: Ative as notificações",
                "Il consiglio: Ascolta con le cuffie",
                "Editor's Pick: Best Headphones 2025",
                "Empfehlung: Hafenlichter",
                "Mi recomendación: Los Faros del Norte",
                "Notre coup de cœur : « Les Phares »",
                "Aanrader: Havenlicht",
                "Podcast: Harbour Nights",
                "Il consiglio: «Ascolta con le cuffie», per la radio",
                "Dica: “Ative as notificações” no app"
            })
    void otherLinesNameNoShow(String text) {
        assertThat(RecommendationLabels.name(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Dica: Ative as notificações|Porto Som",
                "Il consiglio: Ascolta con le cuffie|Radio Porto",
                "Editor's Pick: Best Headphones 2025|Harbour Radio",
                "Podcast-Tipp: Hafenlichter Extra|Harbour Radio",
                "Podcast pick: Night Ferries Weekly|Radio Porto"
            })
    void aLabelNeverOutweighsTheShowThePageNames(String label, String show) {
        Page page =
                EpisodePageParser.parse(
                        label
                                + "\n"
                                + show
                                + "\nA Noite dos Faróis\nMay 2, 2025\n"
                                + "Notes about the lamps and the keepers who tend them.\n");

        // Line 2 is the show; line 1 a label over something else.
        assertThat(page.show().map(Show::title)).contains(show);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Podcast-Empfehlung: Die letzte Nacht am Leuchtturm|Hafenfunk|"
                        + "Folge 12: Die letzte Nacht am Leuchtturm",
                "Podcast recommendation: The Last Night at the Lighthouse|Harbour Radio|"
                        + "Episode 12: The Last Night at the Lighthouse",
                "Podcast-Tipp: Lampen bei Ebbe|Hafenfunk|Lampen bei Ebbe (Folge 3)"
            })
    void aLabelOverAnEpisodesTitleNamesNoShow(String label, String site, String title) {
        Page page =
                EpisodePageParser.parse(
                        label
                                + "\n"
                                + site
                                + "\n"
                                + title
                                + "\n3. März 2024\nNotizen zur Folge über Leuchttürme.\n");

        // Line 1 recommends the episode titled on line 3: its name is no show's, and the title
        // keeps it.
        assertThat(page.show().map(Show::title))
                .isNotEqualTo(java.util.Optional.of(label.substring(label.indexOf(':') + 2)));
        assertThat(DatedPages.titles(page)).containsExactly(title);
    }
}
