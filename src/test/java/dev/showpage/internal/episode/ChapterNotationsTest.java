package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotationPages.chapter;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Chapter;
import dev.showpage.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each way pages write a chapter list, in a Goodpods card and on a generic page: the same three
 * chapters (0:00 "Moorings", 6:40 "Signal flags", 21:05 "Night watch", in a 48-minute episode),
 * written with every sign, bracket, separator, range, title place and hour form a test below names.
 * Every one gives those chapters, leaves no text and reports nothing.
 */
class ChapterNotationsTest {

    private static final int MINUTES = 48;

    private static final List<Chapter> MOORINGS_FLAGS_WATCH =
            List.of(
                    chapter(0, 400, "Moorings"),
                    chapter(400, 1265, "Signal flags"),
                    chapter(1265, MINUTES * 60, "Night watch"));

    private static final String[] TITLES = {"Moorings", "Signal flags", "Night watch"};

    /** The three starts, written without hours, with hours, and in units. */
    private static final String[][] TIMES = {
        {"00:00", "06:40", "21:05"},
        {"0:00", "6:40", "21:05"},
        {"0:00:00", "0:06:40", "0:21:05"},
        {"00:00:00", "00:06:40", "00:21:05"},
        {"0s", "6m40s", "21m05s"},
        {"0h00m00s", "0h06m40s", "0h21m05s"},
    };

    /** The three ends, for ranges. */
    private static final String[] ENDS = {"06:40", "21:05", "48:00"};

    /** How one line writes a chapter: %1$s the time, %2$s the title, %3$s its number. */
    private static final String[] LINE_FORMS = {
        // brackets, signs and symbols around or before the time
        "[%1$s] %2$s",
        "(%1$s) %2$s",
        "{%1$s} %2$s",
        "<%1$s> %2$s",
        "\u3010%1$s\u3011%2$s",
        "( %1$s ) %2$s",
        "\u25B6 %1$s %2$s",
        "\u23F1 %1$s %2$s",
        "\uD83D\uDD50 %1$s %2$s",
        "\u2014 %1$s %2$s",
        "* %1$s %2$s",
        "\u2022 %1$s %2$s",
        "- %1$s %2$s",
        "\u2192 %1$s %2$s",
        "%1$sh %2$s",
        "%1$s min %2$s",
        // numbered lists
        "%3$d. %1$s %2$s",
        "0%3$d - %1$s %2$s",
        "%3$d) %1$s %2$s",
        "| %3$d | %1$s | %2$s |",
        // separators between time and title, or none
        "%1$s %2$s",
        "%1$s - %2$s",
        "%1$s \u2013 %2$s",
        "%1$s | %2$s",
        "%1$s: %2$s",
        "%1$s : %2$s",
        "%1$s \u2014 %2$s",
        "%1$s ~ %2$s",
        "%1$s > %2$s",
        "%1$s- %2$s",
        "%1$s. %2$s",
        "[%1$s] - %2$s",
        "{%1$s}: %2$s",
        // the title before the time
        "%2$s - %1$s",
        "%2$s (%1$s)",
        "%2$s [%1$s]",
        "%2$s {%1$s}",
        "%2$s %1$s",
        // the title on the next line
        "%1$s\n%2$s",
        "[%1$s]\n%2$s",
        "%1$s\n\n%2$s",
    };

    /** How one line writes a chapter's range: %1$s its start, %4$s its end. */
    private static final String[] RANGE_FORMS = {
        "%1$s-%4$s %2$s", "%1$s - %4$s %2$s", "(%1$s \u2013 %4$s) %2$s", "[%1$s-%4$s] %2$s",
    };

    static Stream<Arguments> notations() {
        List<Arguments> cases = new ArrayList<>();
        for (NotationPages layout : NotationPages.values()) {
            for (String form : LINE_FORMS) {
                for (String[] times : TIMES) {
                    if (form.contains("%1$sh") && times[0].contains("s")) {
                        continue; // "0sh": no page writes a unit after units
                    }
                    cases.add(Arguments.of(layout, form, times));
                }
            }
            for (String form : RANGE_FORMS) {
                cases.add(Arguments.of(layout, form, TIMES[0]));
                cases.add(Arguments.of(layout, form, TIMES[1]));
            }
        }
        return cases.stream();
    }

    /** The first {@code count} chapters, one after the other in the form. */
    private static String list(String form, String[] times, int count) {
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < count; i++) {
            notes.append(String.format(form, times[i], TITLES[i], i + 1, ENDS[i])).append('\n');
        }
        return notes.toString().strip();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("notations")
    void everyNotationGivesTheSameChapters(NotationPages layout, String form, String[] times) {
        Page page = layout.parse(list(form, times, 3), MINUTES);

        assertThat(page.episodes().get(0).chapters()).isEqualTo(MOORINGS_FLAGS_WATCH);
        assertThat(page.episodes().get(0).description())
                .as("marks and titles are no text")
                .isEmpty();
        assertThat(page.diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("notations")
    void underAHeadingTwoChaptersAreAList(NotationPages layout, String form, String[] times) {
        Page page = layout.parse("Chapters:\n" + list(form, times, 2), MINUTES);

        assertThat(page.episodes().get(0).chapters())
                .extracting(Chapter::title)
                .containsExactly(TITLES[0], TITLES[1]);
        assertThat(page.diagnostics()).isEmpty();
    }
}
