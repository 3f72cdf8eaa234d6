package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A platform's page title "Title - a podcast by Network": the suffix is the platform's when the
 * page prints the network by itself, as a platform prints its brand; else the words are the
 * title's. The texts are made up.
 */
class PlatformTitleSuffixTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Lamps at Low Tide - a podcast by Harbour Media|Lamps at Low Tide",
                "HL12 - Lamps, kilns and ferries - a podcast by Harbour Media|"
                        + "HL12 - Lamps, kilns and ferries",
                "Les phares - un podcast de Radio Port|Les phares",
                "Die Leuchttürme – ein Podcast von Hafen Audio|Die Leuchttürme",
                "Los faros - un podcast de Radio Puerto|Los faros",
                "I fari - un podcast di Porto Audio|I fari",
                "Os faróis - um podcast de Rádio Porto|Os faróis",
                "De vuurtorens - een podcast van Haven Media|De vuurtorens"
            })
    void theSuffixIsLeftOut(String text, String title) {
        // Every name printed by itself: only the shape decides.
        assertThat(PlatformTitleSuffix.withoutSuffix(text, name -> true)).isEqualTo(title);
        // Each network's name says it is one: printed by itself or not.
        assertThat(PlatformTitleSuffix.withoutSuffix(text, name -> false)).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Lamps at Low Tide - a podcast by the sea",
                "Why I made a podcast by myself",
                "Lamps - A podcast about lighthouses",
                "Lamps at Low Tide",
                "Lamps - a podcast by ",
                // A measure or a range, not a network
                "Le journal de 10 minutes – un podcast de 10 minutes",
                "Las noticias del día - un podcast de 15 minutos",
                "Die Nachrichten – ein Podcast von 5 Minuten",
                "Lancer son émission - un podcast de A à Z",
                "Building a Show - A Podcast by A to Z",
                // The title's own words after an episode's label
                "Episode 4 - A Podcast by Any Other Name",
                "Folge 9 – Ein Podcast von Freunden",
                // An author's credit
                "Reviewing Hamilton - a show by Lin-Manuel Miranda",
                "Lamps at Low Tide - a show by Harbour Media"
            })
    void otherTitlesAreKept(String text) {
        assertThat(PlatformTitleSuffix.withoutSuffix(text, name -> true)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Lamps at Low Tide - a podcast by Harbour Media|Harbour Media|Lamps at Low Tide",
                "Les phares - un podcast de Radio Port|Radio Port|Les phares",
                "Die Fähren – ein Podcast von Hafen Audio|Hafen Audio|Die Fähren"
            })
    void anEpisodesTitleLineIsReadWithoutIt(String line, String network, String title) {
        Page page =
                EpisodePageParser.parse(
                        line
                                + "\n\nA keeper walks us through the last night before the lamp"
                                + " went electric, and what the town said of it.\n\n"
                                + network
                                + "\n");

        // Line 1: the page's title, then the notes; line 5 the network by itself.
        assertThat(DatedPages.titles(page)).containsExactly(title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Why I Left Radio - A Podcast by Accident",
                "Night Shift | A Podcast by Design",
                "Lamps at Low Tide - a podcast by Harbour Friends",
                "Pourquoi j'ai quitté la radio - Un podcast de Hasard",
                "Warum ich das Radio verließ – Ein Podcast von Zufall"
            })
    void aTitleEndingInTheWordsKeepsThemWhenNoNetworkIsPrinted(String line) {
        // A name with no network's word, printed by itself or not.
        assertThat(PlatformTitleSuffix.withoutSuffix(line, name -> false)).isEqualTo(line);

        Page page =
                EpisodePageParser.parse(
                        line
                                + "\n\nA keeper walks us through the last night before the lamp"
                                + " went electric, and what the town said of it.\n\n"
                                + "Harbour Media Group\n");

        // Line 1: the title; line 5 names no network the title's words name.
        assertThat(DatedPages.titles(page)).containsExactly(line);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Lamps at Low Tide - a podcast by Harbour Friends|Harbour Friends|Lamps at Low"
                        + " Tide",
                "Les phares - un podcast de Marée Haute|Marée Haute|Les phares",
                "Die Fähren – ein Podcast von Kaiwerk|Kaiwerk|Die Fähren"
            })
    void aNameWithoutANetworksWordIsCutWhenPrintedByItself(
            String text, String network, String title) {
        assertThat(PlatformTitleSuffix.withoutSuffix(text, network::equals)).isEqualTo(title);
        assertThat(PlatformTitleSuffix.withoutSuffix(text, name -> false)).isEqualTo(text);
    }
}
