package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Times that open a transcript's turns, each under its speaker's label alone on the line above
 * ("Ana:" / "[0:10] So we began."), are no chapter list, however few; times under labels that
 * differ each time ("Part 1:", "Part 2:") or under one heading still are.
 *
 * <p>Every page here is made up: an episode's title (line 1), its date and length (line 2), a blank
 * line, and the notes from line 4.
 */
class SpeakerTurnTimesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // Blank lines around each label, times in brackets (Italian).
                "Giulia:\n\n[0:12] Eccoci qui!\n\nPietro:\n\n[0:27] Che bello, davvero?\n\n"
                        + "Giulia:\n\n[0:33] Sì, certo. E adesso cominciamo con la prima domanda"
                        + " della giornata",
                // Bare times (English).
                "Ana:\n\n0:05 Hello and welcome\n\nBen:\n\n0:19 Thanks for having me!\n\n"
                        + "Ana:\n\n0:31 So, where do we start?\n\nBen:\n\n0:40 At the harbour",
                // Two-word labels, dashes after the times (German).
                "Frau Weber:\n\n01:02 - Guten Morgen\n\nHerr Brandt:\n\n01:15 - Morgen, wie geht's?"
                        + "\n\nFrau Weber:\n\n01:21 - Gut, danke",
                // Times with hours, a label with a number (Spanish).
                "Locutor 1:\n\n00:00:08 Bienvenidos al programa\n\nLocutor 2:\n\n"
                        + "00:00:21 Gracias, un placer\n\nLocutor 1:\n\n00:00:30 Empezamos ya",
            })
    void timesUnderARepeatedSpeakersLabelAreATranscript(String notes) {
        String text = page(notes);
        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes().get(0).chapters()).isEmpty();
        assertThat(LineAccounting.unaccountedLines(text, page)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Ana:\n\nAre you sure it was the first try?\n\n[0:45]\n\nBen:\n\n"
                        + "Yes, yes... the first one.\n\n[0:51]\n\nAna:\n\nGood to hear",
                "Sprecher 2:\nWar das wirklich der erste Versuch?\n\n02:10\nSprecher 1:\n"
                        + "Ja, ja, der erste.\n02:14\nSprecher 2:\nSchön",
            })
    void aTimeAloneAboveASpeakersLabelIsNoChapterOfIt(String notes) {
        // The times close a turn; the label under each opens the next one and titles nothing.
        String text = page(notes);
        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes().get(0).chapters()).isEmpty();
        assertThat(LineAccounting.unaccountedLines(text, page)).isEmpty();
    }

    @Test
    void aTitleUnderATimeAloneIsStillItsTitle() {
        Episode episode =
                episode("Chapters:\n00:00\nCold open\n06:10\nThe crew: all hands\n13:45\nWrap\n");

        assertThat(startsAndTitles(episode))
                .containsExactly("0 Cold open", "370 The crew: all hands", "825 Wrap");
    }

    @Test
    void labelsThatDifferEachTimeStillHeadChapters() {
        Episode episode =
                episode(
                        "Part 1:\n00:00 The storm\n\nPart 2:\n12:40 The pier\n\n"
                                + "Part 3:\n25:10 The rescue\n");

        assertThat(startsAndTitles(episode))
                .containsExactly("0 The storm", "760 The pier", "1510 The rescue");
    }

    @Test
    void oneHeadingAboveAListIsNoSpeaker() {
        Episode episode =
                episode("Chapters:\n00:00 Welcome\n04:30 The bowline\n19:15 Splicing, slowly\n");

        assertThat(startsAndTitles(episode))
                .containsExactly("0 Welcome", "270 The bowline", "1155 Splicing, slowly");
    }

    @Test
    void aLabelAboveOnlyOneTimeOfThreeIsNoTranscript() {
        // Notes line 4 is a label, but the list's other times stand under none.
        Episode episode =
                episode("Kim:\n00:00 Cold open\n03:10 The crew\n07:45 The storm at sea\n");

        assertThat(startsAndTitles(episode))
                .containsExactly("0 Cold open", "190 The crew", "465 The storm at sea");
    }

    @Test
    void aLabelWithWordsOfProseAfterItIsNoSpeakersLine() {
        // Each line above a time says more than a name and its colon.
        Episode episode =
                episode(
                        "Ana: our first topic\n00:00 Cold open\n\nAna: our second topic\n"
                                + "06:10 The crew\n\nAna: our third topic\n13:45 The storm\n");

        assertThat(episode.chapters()).hasSize(3);
    }

    private static String page(String notes) {
        return "Harbour Hour\nMarch 4, 2025 \u2022 95 min\n\n" + notes;
    }

    private static Episode episode(String notes) {
        return EpisodePageParser.parse(page(notes)).episodes().get(0);
    }

    private static List<String> startsAndTitles(Episode episode) {
        return episode.chapters().stream()
                .map(c -> c.start().getSeconds() + " " + c.title())
                .toList();
    }
}
