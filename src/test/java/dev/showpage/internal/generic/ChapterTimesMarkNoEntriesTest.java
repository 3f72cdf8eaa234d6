package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A chapter's time or a section's length under a heading is no player: a page of one episode with
 * chapters or a transcript keeps its one episode, where two timed sections are no listing.
 */
class ChapterTimesMarkNoEntriesTest {

    private static List<Optional<String>> titles(String text) {
        return EpisodePageParser.parse(text).episodes().stream().map(Episode::title).toList();
    }

    private static String page(String title, String intro, String heading, String... sections) {
        StringBuilder text = new StringBuilder();
        text.append(title).append("\n\n").append(intro).append("\n\n").append(heading);
        text.append("\n\n");
        for (int k = 0; k + 2 < sections.length; k += 3) {
            text.append(sections[k]).append("\n\n").append(sections[k + 1]).append("\n\n");
            text.append(sections[k + 2]).append("\n\n");
        }
        return text.toString();
    }

    private static final String INTRO_EN =
            "A boatbuilder and her apprentice talk about the last wooden hulls built on the river"
                    + " and the people who still order them.";
    private static final String FIRST_EN =
            "We start before the sun is up, when the yard is still cold and the gate is opened by"
                    + " the oldest of the carpenters.";
    private static final String SECOND_EN =
            "The apprentice explains how long it took her to trust her own hands with the plane and"
                    + " the steam box.";

    @Test
    void sectionLengthsUnderHeadingsKeepTheOneEpisode() {
        assertThat(
                        titles(
                                page(
                                        "Oak and tar",
                                        INTRO_EN,
                                        "In this episode",
                                        "Opening the yard",
                                        "5 min",
                                        FIRST_EN,
                                        "A trade learned late",
                                        "12 min",
                                        SECOND_EN)))
                .containsExactly(Optional.of("Oak and tar"));
    }

    @Test
    void chapterTimesUnderHeadingsKeepTheOneEpisode() {
        assertThat(
                        titles(
                                page(
                                        "Oak and tar",
                                        INTRO_EN,
                                        "In this episode",
                                        "Opening the yard",
                                        "00:00",
                                        FIRST_EN,
                                        "A trade learned late",
                                        "14:20",
                                        SECOND_EN)))
                .containsExactly(Optional.of("Oak and tar"));
    }

    @Test
    void aTranscriptsTimesKeepTheOneEpisode() {
        assertThat(
                        titles(
                                page(
                                        "Rope and canvas",
                                        "A sailmaker and her son talk about the last canvas sails"
                                                + " cut by hand in the old loft above the harbour.",
                                        "Transcript",
                                        "The loft at noon",
                                        "00:00:05",
                                        "We climb the stairs to the loft, where the floor is"
                                                + " covered in chalk lines and the light comes in"
                                                + " from the roof.",
                                        "Needles and palms",
                                        "00:12:40",
                                        "Her son explains how long it took him to sew a seam"
                                                + " that his mother would not unpick again.")))
                .containsExactly(Optional.of("Rope and canvas"));
    }

    @Test
    void minutesInFrenchUnderHeadingsKeepTheOneEpisode() {
        assertThat(
                        titles(
                                page(
                                        "Le chêne et le goudron",
                                        "Une charpentière de marine et son apprentie parlent des"
                                                + " dernières coques en bois construites sur le"
                                                + " fleuve.",
                                        "Dans cet épisode",
                                        "Le chantier à l'aube",
                                        "7 min",
                                        "On commence avant le lever du soleil, quand le chantier"
                                                + " est encore froid et que le plus ancien ouvre"
                                                + " la porte.",
                                        "Un métier appris tard",
                                        "18 min",
                                        "L'apprentie raconte combien de temps il lui a fallu pour"
                                                + " faire confiance à ses propres mains.")))
                .containsExactly(Optional.of("Le chêne et le goudron"));
    }
}
