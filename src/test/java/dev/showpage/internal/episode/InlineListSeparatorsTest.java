package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.episode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Chapter;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chapter list run into a line of prose with a separator between its items ("topic (5:09); topic
 * (25:11); ..."): the separator belongs to no title.
 */
class InlineListSeparatorsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tonight: the harbour at dawn (0:00); knots for beginners (7:12); the old ferry"
                        + " (21:40); letters from listeners (33:05).",
                "Tonight: the harbour at dawn (0:00), knots for beginners (7:12), the old ferry"
                        + " (21:40), letters from listeners (33:05).",
                "Tonight: the harbour at dawn (0:00) \u00B7 knots for beginners (7:12) \u00B7 the"
                        + " old ferry (21:40) \u00B7 letters from listeners (33:05)",
                "Tonight: the harbour at dawn (0:00) | knots for beginners (7:12) | the old ferry"
                        + " (21:40) | letters from listeners (33:05)",
                "Tonight: the harbour at dawn (0:00) \u2013 knots for beginners (7:12) \u2013 the"
                        + " old ferry (21:40) \u2013 letters from listeners (33:05)",
            })
    void theSeparatorBeforeATitleIsNoPartOfIt(String notes) {
        List<String> titles = titles(notes);
        assertThat(titles)
                .containsExactly(
                        "the harbour at dawn",
                        "knots for beginners",
                        "the old ferry",
                        "letters from listeners");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Im Programm: der Hafen (0:00); Knoten, Seile und Segel (6:30); die alte F\u00E4hre"
                        + " (18:02); Post von euch (40:10)",
                "Au menu : le port (0:00) ; n\u0153uds, cordes et voiles (6:30) ; le vieux bac"
                        + " (18:02) ; vos lettres (40:10)",
            })
    void aCommaInsideATitleStays(String notes) {
        assertThat(titles(notes).get(1)).containsPattern("^[KnN].*, .* [SsVv]");
        assertThat(titles(notes)).allSatisfy(t -> assertThat(t).doesNotStartWith(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0:00 Harbour at dawn, 7:12 Knots for beginners, 21:40 The old ferry",
                "0:00 Harbour at dawn; 7:12 Knots for beginners; 21:40 The old ferry",
                "0:00 Hafen am Morgen, 7:12 Knoten, 21:40 Die alte Fähre",
            })
    void theSeparatorAfterATitleIsNoPartOfIt(String notes) {
        assertThat(titles(notes)).hasSize(3).noneMatch(t -> t.endsWith(",") || t.endsWith(";"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ropes; knots", "a, b and c", "Q&A; part two"})
    void aSeparatorInsideATitleStays(String title) {
        assertThat(ChapterTitles.clean(title)).isEqualTo(title);
    }

    private static List<String> titles(String notes) {
        return episode(notes).chapters().stream().map(Chapter::title).toList();
    }
}
