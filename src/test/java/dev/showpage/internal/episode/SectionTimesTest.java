package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.chapter;
import static dev.showpage.internal.episode.NotePages.episode;
import static dev.showpage.internal.episode.NotePages.mmss;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Times that head the sections of an episode's notes, each followed by a paragraph ({@link
 * SectionTimes}): together they are the chapter list, though no two of them stand on neighbouring
 * lines. The notes are written in each test (they start on line 14 of a {@link NotePages} page,
 * whose episode is 52 minutes long); each expected chapter is the time and heading of one line.
 */
class SectionTimesTest {

    private static final String PARAGRAPH_1 =
            "We walked the harbour wall at dawn and counted the boats that came in.";
    private static final String PARAGRAPH_2 =
            "\u201cNobody had ever asked me about the nets before,\u201d she said, laughing.";
    private static final String PARAGRAPH_3 =
            "The last boat came in long after the tide had turned.";

    /** Three headed sections, each with its paragraph under it, in the ways pages mark times. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "03:10 Morning on the wall\n\n"
                        + "%s\n\n"
                        + "14:05 The net makers\n\n"
                        + "%s\n\n"
                        + "31:40 Low tide\n\n"
                        + "%s",
                "[03:10] Morning on the wall\n%s\n[14:05] The net makers\n%s\n[31:40] Low tide\n%s",
                "(3:10) Morning on the wall\n"
                        + "%s\n\n"
                        + "(14:05) The net makers\n"
                        + "%s\n\n"
                        + "(31:40) Low tide\n"
                        + "%s",
                "00:03:10 - Morning on the wall\n%s\n00:14:05 - The net makers\n%s\n"
                        + "00:31:40 - Low tide\n%s",
                "\u2022 3:10 Morning on the wall\n%s\n\u2022 14:05 The net makers\n%s\n"
                        + "\u2022 31:40 Low tide\n%s",
            })
    void sectionTimesMakeAList(String shape) {
        Episode episode = episode(String.format(shape, PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3));

        assertThat(episode.chapters())
                .containsExactly(
                        chapter(mmss(3, 10), mmss(14, 5), "Morning on the wall"),
                        chapter(mmss(14, 5), mmss(31, 40), "The net makers"),
                        chapter(mmss(31, 40), mmss(52, 0), "Low tide"));
        assertThat(episode.description().orElseThrow())
                .as("the paragraphs stay the episode's text")
                .contains(PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3)
                .doesNotContain("Low tide");
    }

    /** Pages that are not section lists: their times stay in the text. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                // only two sections prove nothing
                "03:10 Morning on the wall\n%s\n14:05 The net makers\n%s\n%s",
                // a sentence after each time, not a heading
                "03:10 we reached the wall and sat down.\n%s\n"
                        + "14:05 the net makers opened their shed.\n%s\n"
                        + "31:40 the tide was low enough to walk out.\n%s",
                // times out of order
                "31:40 Low tide\n%s\n03:10 Morning on the wall\n%s\n14:05 The net makers\n%s",
                // times inside sentences
                "At 03:10 we reached the wall. %s\nBy 14:05 the sheds were open. %s\n"
                        + "Around 31:40 it was over. %s",
                // one heading too long to be a heading
                "03:10 Morning on the wall\n%s\n"
                        + "14:05 The net makers who had worked the same shed on the quay for"
                        + " forty years and more\n%s\n31:40 Low tide\n%s",
            })
    void otherTimesInProseAreNoList(String shape) {
        Episode episode = episode(String.format(shape, PARAGRAPH_1, PARAGRAPH_2, PARAGRAPH_3));

        assertThat(episode.chapters()).isEmpty();
        assertThat(episode.description().orElseThrow()).contains(PARAGRAPH_1, PARAGRAPH_2);
    }

    /** A transcript's speaker times pass the shape, and are still no list. */
    @ParameterizedTest
    @ValueSource(ints = {6, 9, 14})
    void speakerTimesOfATranscriptAreNoList(int turns) {
        StringBuilder notes = new StringBuilder();
        for (int turn = 0; turn < turns; turn++) {
            notes.append(
                    String.format(
                            "%02d:%02d %s%n",
                            turn * 2, turn * 7 % 60, turn % 2 == 0 ? "Ines Marlow" : "Tobi Fenn"));
            notes.append(turn % 2 == 0 ? PARAGRAPH_1 : PARAGRAPH_2).append('\n');
        }
        assertThat(episode(notes.toString()).chapters()).isEmpty();
    }

    /** Made-up section lists of seeded random size, times and headings, on a generic page. */
    @ParameterizedTest
    @MethodSource("seeds")
    void randomSectionListsAreRead(long seed) {
        Random random = new Random(seed);
        int sections = 3 + random.nextInt(6);
        List<String> words = List.of("harbour", "nets", "lamps", "tide", "boats", "ropes", "wall");
        StringBuilder notes = new StringBuilder();
        List<Chapter> expected = new ArrayList<>();
        int start = random.nextInt(4) * 60 + random.nextInt(60);
        for (int i = 0; i < sections; i++) {
            String heading =
                    "On the " + words.get(random.nextInt(words.size())) + " part " + (i + 1);
            String time =
                    start >= 3600
                            ? String.format(
                                    "%d:%02d:%02d", start / 3600, start / 60 % 60, start % 60)
                            : String.format("%02d:%02d", start / 60, start % 60);
            notes.append(time).append(' ').append(heading).append('\n');
            notes.append(random.nextBoolean() ? "\n" : "")
                    .append(i % 2 == 0 ? PARAGRAPH_1 : PARAGRAPH_3)
                    .append("\n\n");
            int next = start + 60 + random.nextInt(1500);
            expected.add(
                    new Chapter(
                            Duration.ofSeconds(start),
                            i == sections - 1
                                    ? Optional.empty()
                                    : Optional.of(Duration.ofSeconds(next)),
                            heading));
            start = next;
        }
        Page page =
                EpisodePageParser.parse(
                        "The Harbour Hour\n\nNets and the people who mend them\n"
                                + "March 3, 2025\n\n"
                                + notes);

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).chapters())
                .as("seed %d:%n%s", seed, notes)
                .containsExactlyElementsOf(expected);
    }

    static IntStream seeds() {
        return IntStream.range(0, 40);
    }
}
