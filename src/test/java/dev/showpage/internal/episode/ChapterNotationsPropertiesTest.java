package dev.showpage.internal.episode;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded random chapter lists in random notations, in either layout: each seed picks how the list
 * writes its times (with or without hours, in units), what stands around them (signs, brackets,
 * numbers, units, separators), where the title stands (after, before, on the next line), whether a
 * heading or blank lines come with it, then a number of chapters, their starts and titles. The
 * parser must read back every start and title, leave no text and report nothing.
 */
class ChapterNotationsPropertiesTest {

    static IntStream seeds() {
        return IntStream.range(0, 400);
    }

    private static final String[] LEADS = {
        "",
        "",
        "\u2022 ",
        "* ",
        "- ",
        "\u2014 ",
        "\u25B6 ",
        "\u23F1 ",
        "\uD83D\uDD50 ",
        "\u2192 ",
        "\u25CF "
    };

    private static final String[][] BRACKETS = {
        {"", ""},
        {"", ""},
        {"[", "]"},
        {"(", ")"},
        {"{", "}"},
        {"<", ">"},
        {"\u3010", "\u3011"},
        {"( ", " )"}
    };

    private static final String[] SEPARATORS = {
        " ", " ", " - ", " \u2013 ", " \u2014 ", " | ", ": ", " : ", " ~ ", " > ", "- "
    };

    /** Track numbers: %d the chapter's number from 1. */
    private static final String[] NUMBERS = {"", "", "", "%d. ", "0%d - ", "%d) "};

    private static final String[] SUBJECTS = {
        "Moorings", "Lanterns", "Tides", "Ropes", "Harbours", "Gulls", "Buoys", "Anchors",
        "Keepers", "Sails", "Charts", "Fog", "Beacons", "Jetties", "Currents", "Compasses"
    };

    private static final String[] WORDS = {
        "and", "the", "old", "night", "of", "charts", "in", "winter", "for", "beginners"
    };

    enum TimeForm {
        MINUTES,
        PADDED_MINUTES,
        HOURS,
        PADDED_HOURS,
        UNITS;

        String write(int seconds) {
            int h = seconds / 3600;
            int m = seconds % 3600 / 60;
            int s = seconds % 60;
            return switch (this) {
                case MINUTES -> String.format(Locale.ROOT, "%d:%02d", h * 60 + m, s);
                case PADDED_MINUTES -> String.format(Locale.ROOT, "%02d:%02d", h * 60 + m, s);
                case HOURS -> String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s);
                case PADDED_HOURS -> String.format(Locale.ROOT, "%02d:%02d:%02d", h, m, s);
                case UNITS ->
                        h > 0
                                ? String.format(Locale.ROOT, "%dh%02dm%02ds", h, m, s)
                                : m > 0 ? String.format(Locale.ROOT, "%dm%02ds", m, s) : s + "s";
            };
        }

        boolean hasHours() {
            return this == HOURS || this == PADDED_HOURS || this == UNITS;
        }
    }

    enum TitlePlace {
        AFTER,
        BEFORE,
        BELOW,
        RANGE
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRandomListInARandomNotationReadsBack(int seed) {
        Random random = new Random(seed);
        NotationPages layout = pick(random, NotationPages.values());
        TimeForm timeForm = pick(random, TimeForm.values());
        TitlePlace place = pick(random, TitlePlace.values());
        if (place == TitlePlace.RANGE && timeForm == TimeForm.UNITS) {
            place = TitlePlace.AFTER; // ranges are written in clock times
        }
        String lead = pick(random, LEADS);
        String[] brackets = pick(random, BRACKETS);
        String separator = pick(random, SEPARATORS);
        String number = place == TitlePlace.AFTER ? pick(random, NUMBERS) : "";
        boolean unitAfter =
                place == TitlePlace.AFTER
                        && brackets[0].isEmpty()
                        && timeForm != TimeForm.UNITS
                        && random.nextInt(4) == 0;
        boolean heading = random.nextBoolean();
        boolean blankLines = random.nextInt(4) == 0;

        int n = (heading ? 2 : 3) + random.nextInt(8);
        List<String> subjects = new ArrayList<>(List.of(SUBJECTS));
        Collections.shuffle(subjects, random);
        List<Integer> starts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int start = 0;
        int step = timeForm.hasHours() ? 900 : 300;
        for (int i = 0; i < n; i++) {
            StringBuilder title = new StringBuilder(subjects.get(i));
            for (int words = random.nextInt(4); words > 0; words--) {
                title.append(' ').append(pick(random, WORDS));
            }
            starts.add(start);
            titles.add(title.toString());
            start += 20 + random.nextInt(step);
        }
        int minutes = start / 60 + 1 + random.nextInt(30);

        StringBuilder notes = new StringBuilder(heading ? "Chapters:\n" : "");
        for (int i = 0; i < n; i++) {
            String time = brackets[0] + timeForm.write(starts.get(i));
            if (place == TitlePlace.RANGE) {
                int end = i + 1 < n ? starts.get(i + 1) : minutes * 60;
                time += pick(random, new String[] {"-", " - ", " \u2013 "}) + timeForm.write(end);
            }
            time += brackets[1] + (unitAfter ? pick(random, new String[] {"h", " min"}) : "");
            String title = titles.get(i);
            String line =
                    switch (place) {
                        case AFTER, RANGE ->
                                String.format(Locale.ROOT, number, i + 1)
                                        + lead
                                        + time
                                        + separator
                                        + title;
                        case BEFORE -> title + pick(random, new String[] {" ", " - "}) + time;
                        case BELOW -> lead + time + "\n" + title;
                    };
            notes.append(line).append('\n');
            if (blankLines) {
                notes.append('\n');
            }
        }

        Page page = layout.parse(notes.toString().strip(), minutes);

        Episode episode = page.episodes().get(0);
        assertThat(episode.chapters())
                .as("%s", notes)
                .extracting(c -> (int) c.start().getSeconds())
                .isEqualTo(starts);
        assertThat(episode.chapters()).extracting(Chapter::title).isEqualTo(titles);
        assertThat(episode.description()).as("%s", notes).isEmpty();
        assertThat(page.diagnostics()).as("%s", notes).isEmpty();
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
