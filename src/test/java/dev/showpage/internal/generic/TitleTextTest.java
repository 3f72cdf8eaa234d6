package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** An episode's title without what sites put around it, and the lines that are never a title. */
class TitleTextTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "• 12: Salt Marsh Walks|12: Salt Marsh Walks",
                "► Folge 3: Der Leuchtturm|Folge 3: Der Leuchtturm",
                "▶ Les marées d'automne|Les marées d'automne",
                "- Night Trains|Night Trains",
                "* Night Trains|Night Trains",
                "→ Night Trains|Night Trains",
                "★ Night Trains|Night Trains",
                "-5 Degrees at Dawn|-5 Degrees at Dawn",
                "*NSYNC and the Nineties|*NSYNC and the Nineties",
                "Night Trains|Night Trains"
            })
    void aListMarkerBeforeTheTitleIsNotTheTitles(String printed, String title) {
        assertThat(TitleText.undecorated(printed)).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Lights - Night Trains;Night Trains",
                "Harbour Lights – Night Trains;Night Trains",
                "Harbour Lights: Night Trains;Night Trains",
                "Harbour Lights | Night Trains;Night Trains",
                "Night Trains : Harbour Lights;Night Trains",
                "Night Trains | Harbour Lights;Night Trains",
                "Night Trains;Night Trains",
                "Harbour Lights;Harbour Lights",
                "Harbour Lightships - Night Trains;Harbour Lightships - Night Trains"
            })
    void theShowsNameTheSiteAddsIsNotTheTitles(String printed, String title) {
        assertThat(TitleText.withoutShowName(printed, "Harbour Lights")).isEqualTo(title);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "null",
                "undefined",
                "NaN",
                "{{title}}",
                "{{ episode.title }}",
                "${title}",
                "%TITLE%"
            })
    void templatePlaceholdersAreNotTitles(String line) {
        assertThat(TitleText.isPlaceholder(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nullarbor Nights", "Undefined Borders", "100%", "Title Fight"})
    void wordsThatStartLikePlaceholdersAreTitles(String line) {
        assertThat(TitleText.isPlaceholder(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode 13",
                "Ep. 5",
                "EP 94",
                "Episode #230",
                "Folge 12",
                "Épisode 3",
                "Episodio 44",
                "Aflevering 7",
                "Season 2 Episode 20",
                "S02 / E06",
                "Harbour Episode 290"
            })
    void anEpisodesNumberAloneIsALabelNotATitle(String line) {
        assertThat(EpisodeNumbers.isEpisodeLabel(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode 230: The Wager",
                "Folge 12 – Der Leuchtturm",
                "12 Rules for Episodes",
                "The Last Episode",
                "Seasons of the Marsh 2"
            })
    void aNumberWithWordsAfterItIsATitle(String line) {
        assertThat(EpisodeNumbers.isEpisodeLabel(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Episode 13", "Folge 13", "null"})
    void theTitleUnderALabelOrAPlaceholderIsTheEpisodes(String label) {
        // Line 1: a label or placeholder; line 2: the title; line 3: the notes.
        Page page =
                EpisodePageParser.parse(
                        label
                                + "\nLanterns of the North\n"
                                + "Notes about lanterns, their wicks and the oil they burned in"
                                + " the long northern winters.\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).contains("Lanterns of the North");
    }

    @ParameterizedTest
    @ValueSource(strings = {"•", "►", "-", "*"})
    void aListedTitleAboveItsDateHasNoMarker(String marker) {
        // Lines 1 and 4: titles after a list marker; lines 2 and 5: their dates.
        Page page =
                EpisodePageParser.parse(
                        marker
                                + " 12: Salt Marsh Walks\nMarch 3, 2024\nNotes about the marsh.\n\n"
                                + marker
                                + " 11: Night Trains\nFebruary 25, 2024\nNotes about the"
                                + " trains.\n");

        assertThat(page.episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly("12: Salt Marsh Walks", "11: Night Trains");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "#12: Night Trains Transcript;#12: Night Trains",
                "Night Trains - Transcript;Night Trains",
                "Nachtzüge | Transkript;Nachtzüge",
                "Trains de nuit : Transcription;Trains de nuit",
                "Trains de nuit: Transcription;Trains de nuit",
                "Transcript;Transcript",
                "Reading the Transcript;Reading the Transcript",
                "#7: Reading the Transcript;#7: Reading the",
                "Night Trains;Night Trains",
                "Night Trains [transcript];Night Trains",
                "Nachtzüge (Transkript);Nachtzüge",
                "Trains de nuit [Transcription];Trains de nuit",
                "[transcript];[transcript]",
                "Night Trains [transcript] and more;Night Trains [transcript] and more"
            })
    void theWordATranscriptSiteAddsIsNotTheTitles(String printed, String title) {
        assertThat(TitleText.withoutPageWord(printed)).isEqualTo(title);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"#12: Night Trains", "Episode 12: Night Trains", "Folge 12 - Nachtzüge"})
    void aTitleOpeningWithItsNumberIsTheTitleUnderAnAdvertisement(String title) {
        // Line 1: an advertisement; line 2: the numbered title; line 3: the notes.
        Page page =
                EpisodePageParser.parse(
                        "Save a fifth on lanterns this week at the harbour shop on Friday\n"
                                + title
                                + "\nNotes about the night trains of the north and how they came"
                                + " back to the timetables.\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).contains(title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Lights\\nNight Trains Return\\nHarbour Episode 12\\n;Night Trains Return",
                "Episode 12\\nNight Trains Return\\n;Night Trains Return",
                "Folge 12\\nNachtzüge kehren zurück\\n;Nachtzüge kehren zurück"
            })
    void theTitleStandsNextToItsEpisodeLabel(String head, String title) {
        // The label's line: the title is the line above it, or with none, the line below.
        Page page =
                EpisodePageParser.parse(
                        head.replace("\\n", "\n")
                                + "Notes about the night trains of the north and how they came"
                                + " back to the timetables.\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).contains(title);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Season 2 premiered March 12, 2024 with a long talk about ferries.",
                "Chapter 3 covers May 2, 2024 and the storm.",
                "Ha un anno il porto nuovo, e lo raccontiamo.",
                "İİİİİİ welcome to İstanbul Nights, a weekly podcast. İİİ - episode 12"
            })
    void proseThatOpensWithANumberOrOddLettersStaysTheNotes(String line) {
        // Line 1: the title; line 2: the date; line 3: the line under test.
        Page page = EpisodePageParser.parse("Night Trains\nMarch 3, 2024\n" + line + "\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).contains("Night Trains");
        assertThat(page.episodes().get(0).description())
                .hasValueSatisfying(d -> assertThat(d).contains(line));
    }
}
