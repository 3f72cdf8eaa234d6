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
                "Il consiglio podcast: «I Fari»|I Fari",
                "Dica de podcast: “Os Faróis”|Os Faróis",
                "Podcasttip: \"Havenlicht\"|Havenlicht",
                "Podcast pick: Night Ferries Weekly|Night Ferries Weekly",
                "Podcast-Tipp: „Hafenlichter“|Hafenlichter",
                "Our pick: \"Night Ferries\", a podcast by Harbour Radio|Night Ferries",
                "Notre recommandation : « Les Phares » – un podcast de Radio Port|Les Phares",
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
                "Dica: “Ative as notificações” no app",
                // A tip's noun is advice too: only a quoted name is read after it
                "Podcast tip: Record in a Closet",
                "Podcast-Tipp: Mikrofon Richtig Einstellen",
                "Dica de podcast: Grave no Armário",
                "Il consiglio podcast: Registra in Cantina",
                "Podcasttip: Neem Op in de Kast",
                // "podcast" not the quoted name's noun: a word before another, or far on
                "Our pick: \"Night Ferries\", the podcast episode of the week",
                "Notre recommandation : « Les Phares », l'épisode de podcast du mois",
                "Our pick: \"Night Ferries\" is on every podcast app",
                "Unsere Empfehlung: „Hafenlichter“, die Podcast-Folge der Woche"
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

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Podcast tip: Sleep With the Window Open",
                "Podcast-Tipp: Schlaf Bei Offenem Fenster",
                "Recomendación de podcast: Dormir Mejor",
                "Podcast recommendation: Three Lamps",
                "Dica de podcast: “Dormir Melhor”"
            })
    void aLabelThatIsAnEpisodesTitleNamesNoShow(String title) {
        Page page =
                EpisodePageParser.parse(
                        "Lamp Notes\n\nMay 2, 2025\n"
                                + title
                                + "\nNotes about the lamps and the keepers who tend them.\n\n"
                                + "April 25, 2025\nNight Ferries\n"
                                + "Notes about the crossing at night and the engine room.\n");

        // Line 4 is the first episode's title under its date on line 3; line 1 the site's name.
        assertThat(page.show().map(Show::title).orElse(""))
                .doesNotContain(title.substring(title.indexOf(':') + 2).replaceAll("[“”]", ""));
        assertThat(DatedPages.titles(page)).containsExactly(title, "Night Ferries");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Podcast tip: Record in a Closet",
                "Podcast-Tipp: Leise Räume Finden",
                "Podcasttip: Neem Op in de Kast"
            })
    void aTipOfAdviceInTheHeaderNamesNoShow(String tip) {
        Page page =
                EpisodePageParser.parse(
                        tip
                                + "\n\nA quilt on the wall and a closet full of coats do more for"
                                + " the sound than a new microphone, and cost nothing.\n");

        // Line 1: advice about recording, no show's name.
        assertThat(page.show()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Podcast tip: Sleep With the Window Open",
                "Podcast recommendation: Three Lamps",
                "Recomendación de podcast: Dormir Mejor"
            })
    void aLabelThatIsALoneEpisodesTitleUnderItsDateNamesNoShow(String title) {
        Page page =
                EpisodePageParser.parse(
                        "May 2, 2025\n"
                                + title
                                + "\nNotes about the lamps and the keepers who tend them.\n");

        // Line 2 is the episode's title under its date on line 1.
        assertThat(page.show()).isEmpty();
        assertThat(DatedPages.titles(page)).containsExactly(title);
    }
}
