package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotationPages.chapter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A chapter list whose first time is damaged or lost is repaired from the list after it, with a
 * {@code chapter-repaired} warning at the damaged line; where the list does not call for it the
 * line stays text. The chapter diagnostics of the other notations keep working.
 */
class ChapterRepairTest {

    private static final int MINUTES = 48;

    private static final String REST = "\n06:40 Signal flags\n21:05 Night watch";

    private static final List<Chapter> MOORINGS_FLAGS_WATCH =
            List.of(
                    chapter(0, 400, "Moorings"),
                    chapter(400, 1265, "Signal flags"),
                    chapter(1265, MINUTES * 60, "Night watch"));

    /** A damaged first line, and the column its time starts at. */
    private static final Object[][] DAMAGED = {
        {"0:0 Moorings", 1},
        {"00;00 Moorings", 1},
        {"O0:00 Moorings", 1},
        {"0O:0o Moorings", 1},
        {"00.00 Moorings", 1},
        {"0,00 - Moorings", 1},
        {"[0:0] Moorings", 2},
        {"(00;00) Moorings", 2},
        {"\u2022 0:0 Moorings", 3},
        {"1. 00;00 Moorings", 4},
    };

    static Stream<Arguments> damaged() {
        List<Arguments> cases = new ArrayList<>();
        for (NotationPages layout : NotationPages.values()) {
            for (Object[] line : DAMAGED) {
                cases.add(Arguments.of(layout, line[0], line[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("damaged")
    void aDamagedFirstTimeIsRepairedAndReported(NotationPages layout, String first, int column) {
        Page page = layout.parse(first + REST, MINUTES);

        assertThat(page.episodes().get(0).chapters()).isEqualTo(MOORINGS_FLAGS_WATCH);
        assertThat(page.episodes().get(0).description()).isEmpty();
        assertThat(page.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("chapter-repaired", layout.notesLine, column));
    }

    @ParameterizedTest
    @EnumSource(NotationPages.class)
    void aFirstTitleUnderAHeadingWithoutItsTimeIsRepaired(NotationPages layout) {
        Page page = layout.parse("Chapters:\nMoorings" + REST, MINUTES);

        assertThat(page.episodes().get(0).chapters()).isEqualTo(MOORINGS_FLAGS_WATCH);
        assertThat(page.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("chapter-repaired", layout.notesLine + 1, 1));
    }

    static Stream<Arguments> notRepaired() {
        String[][] notes = {
            // the list already starts at 0:00: the damaged line is text
            {"0:0 Moorings\n00:00 Signal flags\n06:40 Night watch\n21:05 Harbour lights", "0:0"},
            {
                "Chapters:\nA word before we start\n00:00 Signal flags\n06:40 Night watch",
                "A word before"
            },
            // no list follows
            {"0:0 Moorings\nWe talked about the harbour.", "0:0 Moorings"},
            // a line without a time, and no heading: not a lost first chapter
            {"Moorings\n06:40 Signal flags\n21:05 Night watch\n30:10 Harbour lights", "Moorings"},
            // the first time is damaged but does not read as zero
            {"0:3O Moorings" + REST + "\n30:10 Harbour lights", "0:3O Moorings"},
        };
        List<Arguments> cases = new ArrayList<>();
        for (NotationPages layout : NotationPages.values()) {
            for (String[] note : notes) {
                cases.add(Arguments.of(layout, note[0], note[1]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("notRepaired")
    void aLineTheListDoesNotCallForStaysText(NotationPages layout, String notes, String text) {
        Page page = layout.parse(notes, MINUTES);

        assertThat(page.episodes().get(0).description())
                .hasValueSatisfying(d -> assertThat(d).contains(text));
        assertThat(page.diagnostics())
                .extracting(Diagnostic::code)
                .doesNotContain("chapter-repaired");
    }

    @ParameterizedTest
    @EnumSource(NotationPages.class)
    void theChapterDiagnosticsKeepWorkingInOtherNotations(NotationPages layout) {
        Page late =
                layout.parse(
                        "{02:00} Moorings\n{06:40} Signal flags\n{21:05} Night watch", MINUTES);
        assertThat(late.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("chapter-late-start", layout.notesLine, 2));

        Page invalid =
                layout.parse(
                        "\u25B6 00:00 Moorings\n\u25B6 12:75 Lost\n\u25B6 21:05 Night watch\n"
                                + "\u25B6 30:00 Harbour lights",
                        MINUTES);
        assertThat(invalid.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("invalid-timestamp", layout.notesLine + 1, 3));

        Episode untitled =
                layout.episode(
                        "Chapters:\n<00:00> Moorings\n<06:40>\n<21:05> Night watch", MINUTES);
        assertThat(untitled.chapters())
                .extracting(Chapter::title)
                .containsExactly("Moorings", "Night watch");
        Page untitledPage =
                layout.parse("Chapters:\n<00:00> Moorings\n<06:40>\n<21:05> Night watch", MINUTES);
        assertThat(untitledPage.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("chapter-without-title", layout.notesLine + 2));

        Page order =
                layout.parse(
                        "Moorings - 00:00\nSignal flags - 21:05\nNight watch - 06:40\n"
                                + "Harbour lights - 30:00\nLast calls - 40:00",
                        MINUTES);
        assertThat(order.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("chapter-order", layout.notesLine + 2));
    }
}
