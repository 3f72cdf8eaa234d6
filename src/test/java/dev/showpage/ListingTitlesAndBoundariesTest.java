package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which line is an episode's title and where each episode of a listing starts, on made-up pages in
 * the shapes sites print them: a labelled title field under the show's name, a title printed
 * between two prints of its show, titles behind list markers each over a label and a paragraph,
 * titles with their number glued to them ("Ep.7-Name"), and paragraphs whose title the copy lost.
 * Each expectation names the lines of the page it is read from.
 */
class ListingTitlesAndBoundariesTest {

    private static List<String> titles(Page page) {
        return page.episodes().stream().map(e -> e.title().orElse("")).toList();
    }

    private static final String PARAGRAPH_A =
            "We walk the quay at dawn and count the lamps that are still lit, one by one, and ask"
                    + " the keeper why the last one never goes out.";
    private static final String PARAGRAPH_B =
            "A baker explains why her rye dough rises slower in winter and what she does about it"
                    + " when the orders pile up before the holidays.";
    private static final String PARAGRAPH_C =
            "Two divers describe the wreck they mapped last summer and the bell they could not"
                    + " bring up because the harbour master said no.";

    // --- A labelled title field ---------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'Episode: '|Harbour Lights",
                "'Episodio: '|Radio Faro del Puerto",
                "'Folge: '|Hafenlicht und Nebel",
                "'Titre : '|Les Lampes du Port",
                "'Episode title: '|Harbour Lights",
                "'Título: '|El Faro, la Niebla y el Mar",
                "'Titolo: '|Il Faro di Notte",
            })
    void aLabelledTitleFieldGivesItsValueAndTheLineAboveIsTheShow(String label, String show) {
        String page =
                show
                        + "\n"
                        + label
                        + "Lamps at low tide\n"
                        + "Host: Mara Quill\n"
                        + "Summary\n"
                        + PARAGRAPH_A
                        + "\n";
        Page parsed = EpisodePageParser.parse(page);
        // Line 2: the field's value is the title, without its label.
        assertThat(titles(parsed)).containsExactly("Lamps at low tide");
        // Line 1: the line over the labelled fields is the show's.
        assertThat(parsed.show()).map(s -> s.title()).contains(show);
    }

    @Test
    void siteChromeMayStandAboveTheShowOverALabelledTitle() {
        Page parsed =
                EpisodePageParser.parse(
                        "Menu\nSearch\n\nThe Night Ferry\nEpisode: Fog over the strait\n"
                                + PARAGRAPH_B
                                + "\n");
        // Line 5: the field's value; line 4, under the chrome of lines 1-2, the show.
        assertThat(titles(parsed)).containsExactly("Fog over the strait");
        assertThat(parsed.show()).map(s -> s.title()).contains("The Night Ferry");
    }

    @Test
    void aSentenceAboveALabelledTitleIsNoShow() {
        Page parsed =
                EpisodePageParser.parse(
                        "Our archive has moved to a new address this spring.\n"
                                + "Episode: Fog over the strait\n"
                                + PARAGRAPH_B
                                + "\n");
        // Line 2 is the title; line 1 ends a sentence, so it names no show.
        assertThat(titles(parsed)).containsExactly("Fog over the strait");
        assertThat(parsed.show())
                .map(s -> s.title())
                .isNotEqualTo(Optional.of("Our archive has moved to a new address this spring."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Episode: 12", "Note: Lamps at low tide", "Episode:Lamps at low tide"})
    void aNumberOtherLabelOrGluedColonIsNoTitleField(String line) {
        Page parsed =
                EpisodePageParser.parse("The Night Ferry\n" + line + "\n" + PARAGRAPH_B + "\n");
        // Line 2 is not a field naming the title: no title is its value.
        assertThat(titles(parsed)).doesNotContain("Lamps at low tide", "12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"POPULARITY", "ÜBERSICHT", "TENDANCES"})
    void aHeadingInCapitalsOverTheTitleIsNoTitle(String heading) {
        Page parsed =
                EpisodePageParser.parse(heading + "\nLamps at low tide\n\n" + PARAGRAPH_A + "\n");
        // Line 1 heads the page's section; line 2 is the title.
        assertThat(titles(parsed)).containsExactly("Lamps at low tide");
    }

    // --- The show's name printed either side of the title -------------------------------------

    @Test
    void aDirectoryPrintsEachShowBeforeAndAfterItsTitle() {
        String page =
                """
                Latest episodes about lighthouses

                The Harbour Show
                The Harbour Show: May 12, 2024 - Part 2

                The Harbour Show

                %s

                Deep Water Radio
                Episode 88: The Bell We Left Behind

                Deep Water Radio

                %s
                """
                        .formatted(PARAGRAPH_A, PARAGRAPH_C);
        Page parsed = EpisodePageParser.parse(page);
        // Lines 4 and 11: the lines between two prints of each show, kept whole.
        assertThat(titles(parsed))
                .containsExactly(
                        "The Harbour Show: May 12, 2024 - Part 2",
                        "Episode 88: The Bell We Left Behind");
        // Lines 3, 6, 10 and 13 are the shows', not the notes of the episodes.
        assertThat(parsed.episodes().get(0).description().orElse(""))
                .doesNotContain("The Harbour Show\n")
                .doesNotStartWith("The Harbour Show");
    }

    @Test
    void aDatedDirectoryPrintsEachShowBeforeAndAfterItsTitle() {
        String page =
                """
                Ferry Tales
                Fog over the strait
                Ferry Tales
                12 May 2024

                %s

                Kitchen Notes
                Why rye behaves differently
                Kitchen Notes
                5 May 2024

                %s
                """
                        .formatted(PARAGRAPH_C, PARAGRAPH_B);
        Page parsed = EpisodePageParser.parse(page);
        // Lines 2 and 9: each title between its show's two prints, above the date.
        assertThat(titles(parsed))
                .containsExactly("Fog over the strait", "Why rye behaves differently");
    }

    @Test
    void oneShowPrintedAroundEveryTitleIsThePagesShow() {
        String page =
                """
                Ferry Tales
                Fog over the strait
                Ferry Tales
                12 May 2024

                %s

                Ferry Tales
                The night the ferry ran aground
                Ferry Tales
                5 May 2024

                %s
                """
                        .formatted(PARAGRAPH_C, PARAGRAPH_A);
        Page parsed = EpisodePageParser.parse(page);
        // Lines 2 and 9 are the titles; lines 1, 3, 8 and 10 print one show around both.
        assertThat(titles(parsed))
                .containsExactly("Fog over the strait", "The night the ferry ran aground");
        assertThat(parsed.show()).map(s -> s.title()).contains("Ferry Tales");
        assertThat(parsed.episodes()).allSatisfy(e -> assertThat(e.show()).contains("Ferry Tales"));
    }

    @Test
    void aDirectoryOfSeveralShowsHasNoShowOfItsOwn() {
        String page =
                """
                Ferry Tales
                Fog over the strait
                Ferry Tales
                12 May 2024

                %s

                Kitchen Notes
                Why rye behaves differently
                Kitchen Notes
                5 May 2024

                %s
                """
                        .formatted(PARAGRAPH_C, PARAGRAPH_B);
        Page parsed = EpisodePageParser.parse(page);
        // Lines 1-3 and 8-10 print two shows: each episode's own, none the page's.
        assertThat(parsed.show()).isEmpty();
        assertThat(parsed.episodes())
                .extracting(e -> e.show().orElse(""))
                .containsExactly("Ferry Tales", "Kitchen Notes");
    }

    @Test
    void threeDifferentLinesAboveADateKeepTheLineAboveAsTitle() {
        String page =
                """
                Ferry Tales
                Fog over the strait
                Why rye behaves differently
                12 May 2024

                %s
                """
                        .formatted(PARAGRAPH_C);
        Page parsed = EpisodePageParser.parse(page);
        // Line 3 stands just above the date and is printed nowhere else: it stays the title.
        assertThat(titles(parsed)).containsExactly("Why rye behaves differently");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "70 MB|58:10|Cover",
                "12,5 Mo|1:02:03|Artwork",
                "1.2GB|44:10|Play",
                "300 KB|05:00|Logo",
            })
    void aCardsSizeLengthAndCoverLabelStandBetweenItsDateAndTitle(
            String size, String length, String label) {
        String page =
                "Ferry Tales\n\n"
                        + PARAGRAPH_B
                        + "\n\nAll episodes\n\n23.12.2021\n"
                        + size
                        + "\n"
                        + length
                        + "\n"
                        + label
                        + "\n\n#12 Ivo Brandt, \"The bell stays down\"\n\n"
                        + PARAGRAPH_C
                        + "\n";
        Page parsed = EpisodePageParser.parse(page);
        // Line 7 is the date; lines 8-10 the card's fields; line 12 the title.
        assertThat(titles(parsed)).containsExactly("#12 Ivo Brandt, \"The bell stays down\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Play", "Cover", "Share"})
    void aLabelUnderADateWithNoSizeOrLengthIsNotPassedOver(String label) {
        String page = "null\nMarch 3, 2025\n" + label + "\nFollow us: @ferrytales\n";
        Page parsed = EpisodePageParser.parse(page);
        // Line 3 alone is no card's fields: line 4 under it is no title.
        assertThat(titles(parsed)).doesNotContain("Follow us: @ferrytales");
    }

    @Test
    void aLineOfWordsUnderADateIsStillItsTitle() {
        String page =
                "Ferry Tales\n\n"
                        + PARAGRAPH_B
                        + "\n\nAll episodes\n\n23.12.2021\nSeventy Miles North\n\n"
                        + PARAGRAPH_C
                        + "\n";
        Page parsed = EpisodePageParser.parse(page);
        // Line 8, right under the date of line 7, is no card field: it is the title.
        assertThat(titles(parsed)).containsExactly("Seventy Miles North");
    }

    // --- Titles behind list markers -----------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"\u2022", "\u25B6", "\u25BA", "-"})
    void markedTitlesEachOverALabelAndAParagraphAreEpisodes(String marker) {
        String page =
                """
                Audio

                All our audio

                  %1$s Le port se réveille sous la brume

                    Reportages

                    %2$s

                  %1$s Pourquoi le seigle lève plus lentement l’hiver

                    Reportages

                    %3$s

                  %1$s La cloche de l’épave : ce que les plongeurs ont vu

                    Le magazine

                    %4$s
                """
                        .formatted(marker, PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C);
        Page parsed = EpisodePageParser.parse(page);
        // Lines 5, 11, 17: the marked lines, without their marker; the labels under them (lines
        // 7, 13, 19) are not titles.
        assertThat(titles(parsed))
                .containsExactly(
                        "Le port se réveille sous la brume",
                        "Pourquoi le seigle lève plus lentement l’hiver",
                        "La cloche de l’épave : ce que les plongeurs ont vu");
    }

    @Test
    void aBulletListInOneEpisodesNotesSplitsNothing() {
        String page =
                """
                Lamps at low tide

                %s

                • The keeper's logbook
                • Tide tables for May
                • The museum's opening hours
                """
                        .formatted(PARAGRAPH_A);
        Page parsed = EpisodePageParser.parse(page);
        // Lines 5-7 are short items with no paragraph under them: one episode, titled by line 1.
        assertThat(titles(parsed)).containsExactly("Lamps at low tide");
    }

    // --- Numbers glued to the title -----------------------------------------------------------

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ep.7-|Ep.6-|Ep.5-",
                "'EP12: '|'EP11: '|'EP10: '",
                "'Folge3 - '|'Folge2 - '|'Folge1 - '",
                "#14-|#13-|#12-",
                "Episodio.9-|Episodio.8-|Episodio.7-",
            })
    void titlesWithTheirNumberGluedToThemListEpisodes(String first, String second, String third) {
        String page =
                first
                        + "Mara Quill (Harbour Museum)\n"
                        + PARAGRAPH_A
                        + "\n"
                        + second
                        + "Ona Lobo (Bakery)\n"
                        + PARAGRAPH_B
                        + "\n"
                        + third
                        + "Ivo Brandt (Divers' Club)\n"
                        + PARAGRAPH_C
                        + "\n";
        Page parsed = EpisodePageParser.parse(page);
        // Lines 1, 3, 5: each numbered title over its paragraph.
        assertThat(titles(parsed))
                .containsExactly(
                        first + "Mara Quill (Harbour Museum)",
                        second + "Ona Lobo (Bakery)",
                        third + "Ivo Brandt (Divers' Club)");
    }

    // --- Episodes whose title the copy lost ---------------------------------------------------

    @Test
    void aParagraphOpeningTheCopyAboveANumberedListingIsAnUntitledEpisode() {
        String page =
                "Ivo tells us about the night the ferry ran aground, what he would take to a"
                        + " lighthouse for a year, and the job he would do if he had not become a"
                        + " diver!\n"
                        + "Month: May 2024\n"
                        + "Ep.7-Mara Quill (Harbour Museum)\n"
                        + PARAGRAPH_A
                        + "\nEp.6-Ona Lobo (Bakery)\n"
                        + PARAGRAPH_B
                        + "\nEp.5-Ivo Brandt (Divers' Club)\n"
                        + PARAGRAPH_C
                        + "\n";
        Page parsed = EpisodePageParser.parse(page);
        // Line 1: the end of an episode whose title is above the copy; lines 3, 5, 7 follow it.
        assertThat(titles(parsed))
                .containsExactly(
                        "",
                        "Ep.7-Mara Quill (Harbour Museum)",
                        "Ep.6-Ona Lobo (Bakery)",
                        "Ep.5-Ivo Brandt (Divers' Club)");
        assertThat(parsed.episodes().get(0).description().orElse("")).startsWith("Ivo tells");
    }

    @Test
    void aShortTaglineAboveANumberedListingIsNoEpisode() {
        String page =
                "Slow, careful conversations about harbours, bread and the sea floor.\n\n"
                        + "Ep.7-Mara Quill (Harbour Museum)\n"
                        + PARAGRAPH_A
                        + "\nEp.6-Ona Lobo (Bakery)\n"
                        + PARAGRAPH_B
                        + "\nEp.5-Ivo Brandt (Divers' Club)\n"
                        + PARAGRAPH_C
                        + "\n";
        Page parsed = EpisodePageParser.parse(page);
        // Line 1 is much shorter than the teasers (lines 4, 6, 8): the show's tagline.
        assertThat(titles(parsed))
                .containsExactly(
                        "Ep.7-Mara Quill (Harbour Museum)",
                        "Ep.6-Ona Lobo (Bakery)",
                        "Ep.5-Ivo Brandt (Divers' Club)");
    }

    @Test
    void aParagraphAfterAWideGapIsTheEpisodeWhoseTitleWasLost() {
        String page =
                """
                Episode 12: The Keeper

                %s

                Episode 11: Rye in Winter

                %s


                %s

                Episode 9: The Bell

                Two divers describe
                """
                        .formatted(PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C);
        Page parsed = EpisodePageParser.parse(page);
        // Line 10, two blank lines under the notes of line 7: an episode of its own, untitled,
        // between the titles of lines 5 and 12; line 12's teaser is cut short (line 14).
        assertThat(titles(parsed))
                .containsExactly(
                        "Episode 12: The Keeper",
                        "Episode 11: Rye in Winter",
                        "",
                        "Episode 9: The Bell");
        assertThat(parsed.episodes().get(2).description().orElse("")).startsWith("Two divers");
    }

    @Test
    void twoParagraphsAfterOneBlankLineStayOneEpisode() {
        String page =
                """
                Episode 12: The Keeper

                %s

                Episode 11: Rye in Winter

                %s

                %s

                Episode 10: The Bell

                Two divers describe
                """
                        .formatted(PARAGRAPH_A, PARAGRAPH_B, PARAGRAPH_C);
        Page parsed = EpisodePageParser.parse(page);
        // Lines 7 and 9 are set off as the title is from its notes: one episode's two paragraphs.
        assertThat(titles(parsed))
                .containsExactly(
                        "Episode 12: The Keeper",
                        "Episode 11: Rye in Winter",
                        "Episode 10: The Bell");
    }

    // --- Transcript speakers --------------------------------------------------------------------

    @Test
    void speakerLinesOfATranscriptStartNoEpisodes() {
        String page =
                """
                Why rye behaves differently

                Transcript

                MARA QUILL: Welcome back. Today we ask a baker why her dough rises slower in winter.

                ONA LOBO: It is the cold, mostly. The starter sleeps and the flour drinks less water.

                MARA QUILL: You do not say!

                ONA LOBO: I do. And when the orders pile up before the holidays, I warm the room.

                IVO BRANDT: And I carry the sacks, which nobody ever thanks me for in the end.
                """;
        Page parsed = EpisodePageParser.parse(page);
        // Line 1 titles the page's one episode; lines 5-13 are what its speakers say.
        assertThat(parsed.episodes()).extracting(Episode::rank).containsExactly(1);
        assertThat(titles(parsed)).containsExactly("Why rye behaves differently");
    }
}
