package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A magazine's ranked list of shows: each entry a heading opened by its rank, maybe the recommended
 * episode's title on a line of its own, and a review. The pages are made up; the comment before
 * each assertion names the 1-based page lines it reads.
 */
class RankedEntriesTest {

    private static final String INTRO =
            "Summer is long and the trains are slow, so we asked our critics which shows kept them"
                    + " company this year and which ones they would hand to a friend.\n\n";

    private static String review(String subject) {
        return "Week after week "
                + subject
                + " asks its guests the questions nobody else dares to ask, and the answers stay"
                + " with you long after the train has arrived.\n\n";
    }

    /** Three entries: rank and name, the episode line when given, the review. */
    private static String list(String sign, String first, String second, String third) {
        return INTRO
                + "1"
                + sign
                + " The Night Ferries\n\n"
                + (first.isEmpty() ? "" : first + "\n\n")
                + review("the ferry show")
                + "2"
                + sign
                + " Copper Kettles Weekly\n\n"
                + (second.isEmpty() ? "" : second + "\n\n")
                + review("the kettle show")
                + "3"
                + sign
                + " Salt Marsh Radio\n\n"
                + (third.isEmpty() ? "" : third + "\n\n")
                + review("the marsh show");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // English, Dutch, German, French, Italian: the episode line under each rank
                ".|Who keeps the lamps lit at night?|#12 - Kettles and their keepers|The Heron Count",
                ")|Wie houdt de lampen aan?|Aflevering 8: De ketelmaker|Reigers tellen in de polder",
                "' '|Wer hält die Lampen wach?|Folge 31 – Der Kesselflicker|Reiher zählen am Deich",
                ".|Qui garde les phares allumés ?|#4 - Les bouilloires de Lina|Compter les hérons",
                ")|Chi tiene accese le lanterne?|Puntata 9: il calderaio|Contare gli aironi"
            })
    void theLineUnderEachRankIsTheEpisodesTitle(
            String sign, String first, String second, String third) {
        Page page = EpisodePageParser.parse(list(sign, first, second, third));

        // Lines 5, 9, 13: the episode lines; the ranked names on lines 3, 7, 11 are the shows'.
        assertThat(DatedPages.titles(page)).containsExactly(first, second, third);
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ")", " "})
    void aRankedNameAloneTitlesNoEpisode(String sign) {
        Page page = EpisodePageParser.parse(list(sign, "", "", ""));

        // Lines 3, 7, 11 rank shows, each over its review: three entries, none titled by a name.
        assertThat(DatedPages.titles(page)).containsExactly("(none)", "(none)", "(none)");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a byline, a caption printing the ranked name again, a sentence
                "By Mara Quist|Copper Kettles Weekly|It starts slowly.",
                "Von Lena Brandt|Photo: Copper Kettles Weekly|Ça commence doucement.",
                "Door Pieter de Wit|Copper Kettles|Empieza despacio."
            })
    void noBylineCaptionOrSentenceUnderARankIsATitle(String first, String second, String third) {
        Page page = EpisodePageParser.parse(list(".", first, second, third));

        // Lines 5, 9, 13 are the writer's, the picture's and the review's: no title.
        assertThat(page.episodes()).hasSize(3);
        assertThat(DatedPages.titles(page)).containsExactly("(none)", "(none)", "(none)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "In this episode we cover three lessons:",
                "In dieser Folge geht es um drei Lehren:",
                "Dans cet épisode, trois leçons :"
            })
    void numberedPointsAnnouncedByAColonAreOneEpisodesNotes(String announcement) {
        String page =
                "Lamps at Low Tide\n\n"
                        + announcement
                        + "\n\n"
                        + "1. Keep the wick short\n\n"
                        + review("the keeper")
                        + "2. Trust the tide tables\n\n"
                        + review("the almanac")
                        + "3. Never leave the lamp alone\n\n"
                        + review("the night watch");

        // Line 3 announces the points on lines 5, 9, 13: they are sections of one episode.
        assertThat(EpisodePageParser.parse(page).episodes()).hasSizeLessThanOrEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"1|3|4", "1|2|2", "2|3|4"})
    void ranksOutOfTurnMakeNoList(String a, String b, String c) {
        String page =
                INTRO
                        + a
                        + ". The Night Ferries\n\nWho keeps the lamps lit at night?\n\n"
                        + review("the ferry show")
                        + b
                        + ". Copper Kettles Weekly\n\nThe kettle keepers\n\n"
                        + review("the kettle show")
                        + c
                        + ". Salt Marsh Radio\n\nThe Heron Count\n\n"
                        + review("the marsh show");

        // Lines 3, 9, 15 do not count 1, 2, 3: no ranked list, so no episode line is taken.
        assertThat(DatedPages.titles(EpisodePageParser.parse(page)))
                .doesNotContain("Who keeps the lamps lit at night?", "The Heron Count");
    }

    @org.junit.jupiter.api.Test
    void twoEntriesAreNoList() {
        String page =
                INTRO
                        + "1. The Night Ferries\n\nWho keeps the lamps lit at night?\n\n"
                        + review("the ferry show")
                        + "2. Copper Kettles Weekly\n\nThe kettle keepers\n\n"
                        + review("the kettle show");

        // Lines 3 and 9: two ranks are a pair of headings as often as a list.
        assertThat(DatedPages.titles(EpisodePageParser.parse(page)))
                .doesNotContain("Who keeps the lamps lit at night?", "The kettle keepers");
    }
}
