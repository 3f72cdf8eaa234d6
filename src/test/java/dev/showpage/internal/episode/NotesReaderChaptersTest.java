package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.LENGTH;
import static dev.showpage.internal.episode.NotePages.chapter;
import static dev.showpage.internal.episode.NotePages.episode;
import static dev.showpage.internal.episode.NotePages.mmss;
import static dev.showpage.internal.episode.NotePages.page;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How {@link NotesReader} finds the times of an episode's notes that start chapters, and their
 * titles: one per line in the ways pages write them, or several on one line. The notes start on
 * line 14 of a page of {@link NotePages}, whose episode is 52 minutes long; each expected value is
 * read from the notes written in the test, then as properties of seeded random lists.
 */
class NotesReaderChaptersTest {

    /** The three chapters every list below writes, the last ending with the episode. */
    private static final List<Chapter> WELCOME_BOWLINE_SPLICING =
            List.of(
                    chapter(0, mmss(4, 30), "Welcome aboard"),
                    chapter(mmss(4, 30), mmss(19, 15), "The bowline"),
                    chapter(mmss(19, 15), mmss(52, 0), "Splicing, slowly"));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "00:00 - Welcome aboard\n04:30 - The bowline\n19:15 - Splicing, slowly",
                "0:00 \u2013 Welcome aboard\n"
                        + "4:30 \u2013 The bowline\n"
                        + "19:15 \u2013 Splicing, slowly",
                "\u2022 00:00 Welcome aboard\n"
                        + "\u2022 04:30 The bowline\n"
                        + "\u2022 19:15 Splicing, slowly",
                "1. 00:00 Welcome aboard\n2. 04:30 The bowline\n3. 19:15 Splicing, slowly",
                "[00:00] Welcome aboard\n[04:30] The bowline\n[19:15] Splicing, slowly",
                "Welcome aboard (0:00)\nThe bowline (4:30)\nSplicing, slowly (19:15)",
            })
    void aTimeOnEachLineStartsAChapterTitledByTheRestOfTheLine(String notes) {
        assertWelcomeBowlineSplicingAndNoText(episode(notes));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Chapters: 00:00 Welcome aboard 04:30 The bowline 19:15 Splicing, slowly",
                "00:00 Welcome aboard * 04:30 The bowline * 19:15 Splicing, slowly",
                "Chapters:\n00:00 Welcome aboard 04:30 The bowline\n19:15 Splicing, slowly",
            })
    void severalTimesOnOneLineAreChaptersAfterAHeadingOrBetweenBullets(String notes) {
        assertWelcomeBowlineSplicingAndNoText(episode(notes));
    }

    private static void assertWelcomeBowlineSplicingAndNoText(Episode episode) {
        assertThat(episode.chapters()).isEqualTo(WELCOME_BOWLINE_SPLICING);
        assertThat(episode.description()).as("marks and titles are no text").isEmpty();
    }

    @Test
    void twoChapterLinesAreAListOnlyUnderAHeading() {
        String lines = "00:00 Welcome aboard\n04:30 The bowline";

        assertThat(episode("Chapters:\n" + lines).chapters())
                .containsExactly(
                        chapter(0, mmss(4, 30), "Welcome aboard"),
                        chapter(mmss(4, 30), mmss(52, 0), "The bowline"));
        Episode bare = episode(lines);
        assertThat(bare.chapters()).isEmpty();
        assertThat(bare.description()).contains(lines);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "We met at 10:30 by the pier.",
                "Doors open at 19:30.\nThe ferry leaves at 20:15.\nWe are back by 23:00.",
            })
    void timesInsideSentencesStayInTheText(String notes) {
        Episode episode = episode(notes);

        assertThat(episode.chapters()).isEmpty();
        assertThat(episode.description()).contains(notes);
    }

    @Test
    void aLineOfTextBetweenChapterLinesEndsTheirRunAndABlankLineDoesNot() {
        String cut =
                "00:00 - Welcome aboard\n04:30 - The bowline\nA word from the harbour master."
                        + "\n19:15 - Splicing, slowly";
        Episode cutByText = episode(cut);
        assertThat(cutByText.chapters()).as("two lines, then one: neither is a list").isEmpty();
        assertThat(cutByText.description()).contains(cut);

        Episode blankLine =
                episode("00:00 - Welcome aboard\n04:30 - The bowline\n\n19:15 - Splicing, slowly");
        assertThat(blankLine.chapters()).isEqualTo(WELCOME_BOWLINE_SPLICING);
    }

    // ---------------------------------------------------------------------------------------------
    // Properties, on seeded random lists
    // ---------------------------------------------------------------------------------------------

    static IntStream seeds() {
        return IntStream.range(0, 60);
    }

    /** How a list writes one chapter: {@code %1$s} the time, {@code %2$s} the title. */
    private static final String[] FORMS = {
        "%1$s - %2$s",
        "%1$s \u2013 %2$s",
        "\u2022 %1$s %2$s",
        "[%1$s] %2$s",
        "%2$s (%1$s)",
        "* %1$s %2$s"
    };

    private static final List<String> SUBJECTS =
            List.of(
                    "Tides", "Lamps", "Harbour", "Fog", "Nets", "Knots", "Gulls", "Storms", "Buoys",
                    "Anchors", "Keepers", "Sails");

    private static final String[] WORDS = {
        "and", "the", "old", "night", "rope", "maps", "at", "sea"
    };

    private static String time(int seconds, Random random) {
        String format = random.nextBoolean() ? "%d:%02d" : "%02d:%02d";
        return String.format(Locale.ROOT, format, seconds / 60, seconds % 60);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aListWrittenOneChapterPerLineGivesItsChaptersAndNoText(int seed) {
        Random random = new Random(seed);
        int n = 3 + random.nextInt(8);
        List<String> subjects = new ArrayList<>(SUBJECTS);
        Collections.shuffle(subjects, random);
        String form = FORMS[random.nextInt(FORMS.length)];
        List<Integer> starts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        StringBuilder notes = new StringBuilder();
        int start = 0;
        for (int i = 0; i < n; i++) {
            StringBuilder title = new StringBuilder(subjects.get(i));
            for (int words = random.nextInt(4); words > 0; words--) {
                title.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
            }
            starts.add(start);
            titles.add(title.toString());
            notes.append(String.format(Locale.ROOT, form, time(start, random), title)).append('\n');
            start += 30 + random.nextInt(300);
        }

        Page page = page(notes.toString().strip());

        Episode episode = page.episodes().get(0);
        List<Chapter> expected = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int end = i + 1 < n ? starts.get(i + 1) : (int) LENGTH.getSeconds();
            expected.add(chapter(starts.get(i), end, titles.get(i)));
        }
        assertThat(episode.chapters()).isEqualTo(expected);
        assertThat(episode.description()).isEmpty();
        assertThat(page.diagnostics()).isEmpty();
    }
}
