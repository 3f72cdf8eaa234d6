package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The show's name where a page's prose says it: greetings and repeated "X Podcast" names. */
class ShowPhrasesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Hello and welcome to the Quiet Orchard Podcast, the show about old trees.|Quiet"
                        + " Orchard Podcast",
                "Hi, welcome to another episode of The Night Ferry, a weekly podcast on"
                        + " boats.|The Night Ferry",
                "Welcome back to Stone and Salt. Today we talk about walls.|Stone and Salt",
                "Welcome to Talk Gardens to Me, a podcast for growers.|Talk Gardens to Me",
                "I'm Ana, and this is the Tidewater Kitchen podcast from the coast.|Tidewater"
                        + " Kitchen",
                "You're listening to Signal Hill Radio.|Signal Hill Radio",
                "Willkommen bei Funkloch Radio! Heute geht es um Antennen.|Funkloch Radio",
                "Bonjour et bienvenue dans Les Petits Matins, votre rendez-vous.|Les Petits Matins",
                "Hola y bienvenidos a Café con Datos. Hoy hablamos de mapas.|Café con Datos",
                "Ciao e benvenuti su Voci di Quartiere, il podcast del rione.|Voci di Quartiere",
                "Olá e bem-vindos ao Mesa Redonda, o podcast da semana.|Mesa Redonda",
                "Welkom bij De Koffiepraat. Vandaag over bonen.|De Koffiepraat",
                "Our 2.0 special: welcome to Podcasting 2.0 in Practice.|Podcasting 2.0 in"
                        + " Practice"
            })
    void aGreetingNamesTheShow(String text, String name) {
        assertThat(ShowPhrases.greeted(List.of(text))).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Welcome to the show! Today we talk about walls.",
                "Welcome to Episode 12 of our series about walls.",
                "Hi, this is Jane Doe, and today we talk about walls.",
                "Welcome to our new listeners who joined this week.",
                "We welcome tomorrow's guests with open arms.",
                "welcome to Paris in the spring of that year when everything changed"
            })
    void proseWithoutAGreetingOfANameNamesNoShow(String text) {
        assertThat(ShowPhrases.greeted(List.of(text))).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Subscribe to the Harbor Lights Podcast here.|Join the Harbor Lights Podcast"
                        + " group.|Harbor Lights Podcast",
                "New episode: The Harbor Lights Podcast is back|Rate the Harbor Lights Podcast"
                        + " today.|The Harbor Lights Podcast",
                "Listen to Deep Soil Podcast on any app.|Deep Soil Podcast, every week.|Deep Soil"
                        + " Podcast"
            })
    void anXPodcastNamePrintedTwiceNamesTheShow(String first, String second, String name) {
        assertThat(ShowPhrases.repeatedPodcastName(List.of(first, second))).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Subscribe to the Harbor Lights Podcast here.|Nothing else names it.",
                "A Podcast about podcasts.|The Podcast we love."
            })
    void anXPodcastNamePrintedOnceNamesNoShow(String first, String second) {
        assertThat(ShowPhrases.repeatedPodcastName(List.of(first, second))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lantern Hours", "Lantern Hours Weekly"})
    void theHeaderLineHoldingTheGreetedNameIsTheShowAndNotTheTitle(String header) {
        // Line 1: the header; line 3: the episode's title; line 4: the host's greeting.
        Page page =
                EpisodePageParser.parse(
                        header
                                + "\n\nCandles and Clocks\n"
                                + "Welcome to Lantern Hours, a podcast about light. Today we look"
                                + " at how candles once told the time in monasteries and homes.\n");

        assertThat(page.show()).map(Show::title).contains(header);
        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).contains("Candles and Clocks");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"By Mara Quist|Mara Quist", "by Tidal Works Studio|Tidal Works Studio"})
    void aBylineUnderTheShowsNameIsItsPublisher(String byline, String publisher) {
        // Line 1: the show's name in the "X Podcast" shape; line 2 the byline.
        Page page =
                EpisodePageParser.parse(
                        "Harbour Lights Podcast\n"
                                + byline
                                + "\n\nTides and Timetables\nMay 2, 2025\nNotes about the"
                                + " ferry.\n");

        assertThat(page.show()).map(Show::title).contains("Harbour Lights Podcast");
        assertThat(page.show()).map(Show::publisher).contains(Optional.of(publisher));
        assertThat(page.navigation()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mara Quist", "Jon de Vries"})
    void aPublishersNameAfterAnXPodcastNameIsItsPublisher(String publisher) {
        Page page =
                EpisodePageParser.parse(
                        "Harbour Lights Podcast "
                                + publisher
                                + "\n\nTides and Timetables\nMay 2, 2025\nNotes about the"
                                + " ferry.\n");

        assertThat(page.show()).map(Show::title).contains("Harbour Lights Podcast");
        assertThat(page.show()).map(Show::publisher).contains(Optional.of(publisher));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cover art for Lantern Hours",
                "Artwork for Lantern Hours",
                "Pochette de Lantern Hours",
                "Copertina di Lantern Hours",
                "Capa de Lantern Hours"
            })
    void anImageCaptionNamesTheShowAndIsNeverTheTitle(String caption) {
        // Line 1: the caption; line 2: the show's name; line 4: the title; line 5: notes.
        Page page =
                EpisodePageParser.parse(
                        caption
                                + "\nLantern Hours\n\nCandles and Clocks\n"
                                + "Notes about how candles once told the time in monasteries and"
                                + " homes across the north.\n");

        assertThat(page.show()).map(Show::title).contains("Lantern Hours");
        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).contains("Candles and Clocks");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Night Ferry", "Stone and Salt", "Lantern Hours"})
    void aHeaderLineThePageNamesTwiceMoreIsTheShow(String name) {
        // Line 1: the header; lines 3 and 7 name it again inside other lines.
        Page page =
                EpisodePageParser.parse(
                        name
                                + "\n\nOn "
                                + name
                                + ", two friends talk about the coast every week.\n\n"
                                + "Salt Marsh Walks\nMarch 3, 2024\nNotes about the marsh.\n"
                                + name
                                + " on social media\n");

        assertThat(page.show()).map(Show::title).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Night Ferry", "Stone and Salt"})
    void aHeaderLineNamedOnlyOnceMoreIsNotTheShow(String name) {
        Page page =
                EpisodePageParser.parse(
                        name
                                + "\n\nOn "
                                + name
                                + ", two friends talk about the coast every week.\n\n"
                                + "Salt Marsh Walks\nMarch 3, 2024\nNotes about the marsh.\n");

        assertThat(page.show()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Transcribe your podcast", "Start your own podcast", "Share this podcast"})
    void aSentenceEndingInPodcastIsNotTheShowsName(String line) {
        // Line 1: a call to action; line 3: the greeting names the show.
        Page page =
                EpisodePageParser.parse(
                        line
                                + "\n\nHello, I'm Ann, and this is the Lantern Hours podcast. Today"
                                + " we look at candles and the clocks they once were.\n");

        assertThat(page.show()).map(Show::title).contains("Lantern Hours");
    }
}
