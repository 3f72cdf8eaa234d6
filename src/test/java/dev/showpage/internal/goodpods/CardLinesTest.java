package dev.showpage.internal.goodpods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the lines of one Goodpods episode card are read: which are its title, show and date, and what
 * is reported when one is missing or out of place. The pages are small invented ones, read through
 * the public parser.
 */
class CardLinesTest {

    /**
     * A page of the show {@code show} announcing {@code top} episodes: nine lines of header, then
     * the cards from line 10, a blank line between two cards.
     */
    private static String page(String show, int top, String... cards) {
        return "\n"
                + show
                + "\nFernside Sound\n\n12 Listeners\nAll episodes\n"
                + "Top "
                + top
                + " "
                + show
                + " Episodes\nBricks, lime and the people who lay them.\n\n"
                + String.join("\n", cards);
    }

    /** One card: its lines, each ended by a line break. */
    private static String card(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** The 1-based number of the first line of {@code page} that is exactly {@code line}. */
    private static int lineOf(String page, String line) {
        int at = List.of(page.split("\n", -1)).indexOf(line);
        assertThat(at).as("the line '%s' in the page", line).isNotNegative();
        return at + 1;
    }

    private static List<Tuple> codes(Page page) {
        return page.diagnostics().stream().map(d -> tuple(d.code(), d.line(), d.column())).toList();
    }

    static Stream<Arguments> titleAndShowLines() {
        return Stream.of(
                Arguments.of(
                        "Moss and Mortar",
                        "Lime that breathes",
                        "03/14/24 • 41 min",
                        LocalDate.of(2024, 3, 14),
                        Duration.ofMinutes(41),
                        "7 Listeners",
                        7),
                Arguments.of(
                        "The Slate Room",
                        "Why roofs leak in March",
                        "11/23/22 • 102 min",
                        LocalDate.of(2022, 11, 23),
                        Duration.ofMinutes(102),
                        "1 Listener",
                        1),
                Arguments.of(
                        "Kiln Talk",
                        "Glazes with Odile",
                        "1/19/25 • 7 min",
                        LocalDate.of(2025, 1, 19),
                        Duration.ofMinutes(7),
                        "2,480 Listeners",
                        2480),
                Arguments.of(
                        "Under the Eaves",
                        "A beam, a bolt, a bracket",
                        "06/30/2019 • 58 min",
                        LocalDate.of(2019, 6, 30),
                        Duration.ofMinutes(58),
                        "36 Listeners",
                        36));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("titleAndShowLines")
    void theTwoLinesAboveTheDateAreTheTitleAndTheShow(
            String show,
            String title,
            String dateLine,
            LocalDate released,
            Duration length,
            String listenersLine,
            int listeners) {
        Page page =
                EpisodePageParser.parse(
                        page(
                                show,
                                1,
                                card(
                                        title,
                                        show,
                                        dateLine,
                                        "What the episode is about.",
                                        "",
                                        listenersLine)));

        assertThat(page.episodes()).hasSize(1);
        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains(title);
        assertThat(episode.show()).contains(show);
        assertThat(episode.released()).contains(released);
        assertThat(episode.duration()).contains(length);
        assertThat(episode.listeners()).hasValue(listeners);
        assertThat(episode.description()).contains("What the episode is about.");
        assertThat(episode.source().line()).isEqualTo(10);
        assertThat(page.diagnostics()).isEmpty();
    }

    private static final String[] WORDS = {
        "Lime", "walls", "rain", "slate", "Quarry", "notes", "on", "the", "old", "kiln", "Mortar",
        "and", "river", "stone", "Gables", "cold", "beams"
    };
    private static final String[] SHOWS = {
        "Moss and Mortar", "The Slate Room", "Kiln Talk", "Under the Eaves", "Flint Hour"
    };

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }

    /** Pages of two to four well-formed cards, each with its own title, date, length and count. */
    static Stream<Arguments> wellFormedPages() {
        Random random = new Random(20240304L);
        List<Arguments> pages = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            String show = SHOWS[random.nextInt(SHOWS.length)];
            int count = 2 + random.nextInt(3);
            String[] cards = new String[count];
            List<Tuple> expected = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String title = words(random, 2 + random.nextInt(4));
                LocalDate released =
                        LocalDate.of(
                                2010 + random.nextInt(20),
                                1 + random.nextInt(12),
                                // From the 13th: each date reads only month first, as the site
                                // writes them, and so settles the page's order.
                                13 + random.nextInt(16));
                int minutes = 1 + random.nextInt(180);
                int listeners = 1 + random.nextInt(5000);
                String listenersLine =
                        listeners == 1
                                ? "1 Listener"
                                : listeners < 1000
                                        ? listeners + " Listeners"
                                        : String.format(
                                                Locale.ROOT,
                                                "%d,%03d Listeners",
                                                listeners / 1000,
                                                listeners % 1000);
                String dateLine =
                        String.format(
                                Locale.ROOT,
                                "%02d/%02d/%02d • %d min",
                                released.getMonthValue(),
                                released.getDayOfMonth(),
                                released.getYear() % 100,
                                minutes);
                cards[i] =
                        card(
                                title,
                                show,
                                dateLine,
                                words(random, 3 + random.nextInt(6)) + ".",
                                "",
                                listenersLine);
                expected.add(
                        tuple(
                                i + 1,
                                Optional.of(title),
                                Optional.of(show),
                                Optional.of(released),
                                Optional.of(Duration.ofMinutes(minutes)),
                                OptionalInt.of(listeners)));
            }
            pages.add(Arguments.of(page(show, count, cards), expected));
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "page {index}")
    @MethodSource("wellFormedPages")
    void everyWellFormedCardKeepsItsOwnTitleShowDateLengthAndCount(
            String text, List<Tuple> expected) {
        Page page = EpisodePageParser.parse(text);

        assertThat(page.diagnostics()).isEmpty();
        assertThat(page.episodes())
                .extracting(
                        Episode::rank,
                        Episode::title,
                        Episode::show,
                        Episode::released,
                        Episode::duration,
                        Episode::listeners)
                .containsExactlyElementsOf(expected);
    }

    static Stream<Arguments> cardsWithoutDateLine() {
        return Stream.of(
                Arguments.of(
                        "Moss and Mortar",
                        "A wall in the rain",
                        "A long look at drainage.",
                        "5 Listeners"),
                Arguments.of(
                        "The Slate Room",
                        "Nails, copper or steel",
                        "Which nail lasts longest.",
                        "1 Listener"),
                Arguments.of(
                        "Kiln Talk",
                        "Firing at night",
                        "Why the kiln stays lit until dawn.",
                        "1,020 Listeners"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cardsWithoutDateLine")
    void aCardWithoutDateLineIsWarnedAtItsTitleAndKeepsItsTitleAndShow(
            String show, String title, String body, String listenersLine) {
        String text =
                page(
                        show,
                        2,
                        card("Dated first", show, "02/17/25 • 84 min", "Body.", "", "3 Listeners"),
                        card(title, show, body, "", listenersLine));
        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes()).hasSize(2);
        Episode undated = page.episodes().get(1);
        assertThat(undated.title()).contains(title);
        assertThat(undated.show()).contains(show);
        assertThat(undated.released()).isEmpty();
        assertThat(undated.duration()).isEmpty();
        assertThat(undated.description()).contains(body);
        assertThat(codes(page)).containsExactly(tuple("missing-date", lineOf(text, title), 1));
        assertThat(page.diagnostics().get(0).message()).contains("'" + title + "'");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("cardsWithoutDateLine")
    void aCardWithoutDateLineReadsASecondLineThatIsNotTheShowAsText(
            String show, String title, String body, String listenersLine) {
        String text = page(show, 1, card(title, "Recorded in the yard", body, "", listenersLine));
        Page page = EpisodePageParser.parse(text);

        Episode undated = page.episodes().get(0);
        assertThat(undated.title()).contains(title);
        assertThat(undated.show()).isEmpty();
        assertThat(undated.description()).contains("Recorded in the yard\n" + body);
        assertThat(codes(page)).containsExactly(tuple("missing-date", 10, 1));
    }

    static Stream<Arguments> cardsStartingAtTheirDateLine() {
        return Stream.of(
                Arguments.of(1, "05/16/23 • 12 min", "No title above this."),
                Arguments.of(2, "12/21/21 • 64 min", "The title line was lost."),
                Arguments.of(3, "08/15/24 • 3 min", "A short one, and untitled."));
    }

    @ParameterizedTest(name = "episode {0}")
    @MethodSource("cardsStartingAtTheirDateLine")
    void aCardThatStartsAtItsDateLineIsWarnedForItsMissingTitle(
            int rank, String dateLine, String body) {
        String[] cards = new String[rank];
        for (int i = 0; i < rank - 1; i++) {
            cards[i] =
                    card(
                            "Titled " + (i + 1),
                            "Flint Hour",
                            "0" + (i + 1) + "/20/20 • 9 min",
                            "Body.",
                            "",
                            "4 Listeners");
        }
        cards[rank - 1] = card(dateLine, body, "", "2 Listeners");
        String text = page("Flint Hour", rank, cards);
        Page page = EpisodePageParser.parse(text);

        Episode untitled = page.episodes().get(rank - 1);
        assertThat(untitled.title()).isEmpty();
        assertThat(untitled.show()).isEmpty();
        assertThat(untitled.released()).isPresent();
        assertThat(untitled.description()).contains(body);
        assertThat(codes(page)).containsExactly(tuple("missing-title", lineOf(text, dateLine), 1));
        assertThat(page.diagnostics().get(0).message()).startsWith("episode " + rank + " ");
    }

    static Stream<Arguments> thirdLinesAboveTheDate() {
        return Stream.of(
                Arguments.of("Lime that breathes", "Moss and Mortar", "Part two of three"),
                Arguments.of("Copper gutters", "The Slate Room", "With a guest from the foundry"),
                Arguments.of("Clay", "Kiln Talk", "Season 4, episode 12"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("thirdLinesAboveTheDate")
    void aThirdLineAboveTheDateIsWarnedAndReadAsTheStartOfTheText(
            String title, String show, String third) {
        String text =
                page(
                        show,
                        1,
                        card(
                                title,
                                show,
                                third,
                                "10/10/23 • 33 min",
                                "The rest of it.",
                                "",
                                "6 Listeners"));
        Page page = EpisodePageParser.parse(text);

        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains(title);
        assertThat(episode.show()).contains(show);
        assertThat(episode.released()).contains(LocalDate.of(2023, 10, 10));
        assertThat(episode.description()).contains(third + "\nThe rest of it.");
        assertThat(codes(page)).containsExactly(tuple("extra-head-line", 12, 1));
    }

    static Stream<Arguments> secondDateLines() {
        return Stream.of(
                Arguments.of(
                        "01/22/24 • 5 min",
                        LocalDate.of(2024, 1, 22),
                        "01/09/24 • 7 min",
                        "01/09/24 7 min"),
                Arguments.of(
                        "07/14/22 • 90 min",
                        LocalDate.of(2022, 7, 14),
                        "07/05/22 • 15 min",
                        "07/05/22 15 min"),
                Arguments.of(
                        "09/30/20 • 45 min", LocalDate.of(2020, 9, 30), "10/01/20", "10/01/20"));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("secondDateLines")
    void aSecondDateLineIsWarnedAndTheFirstDateKept(
            String dateLine,
            LocalDate released,
            String secondDateLine,
            String secondDateLineAsText) {
        String text =
                page(
                        "Flint Hour",
                        1,
                        card(
                                "Two dates",
                                "Flint Hour",
                                dateLine,
                                "Before.",
                                secondDateLine,
                                "After.",
                                "",
                                "11 Listeners"));
        Page page = EpisodePageParser.parse(text);

        Episode episode = page.episodes().get(0);
        assertThat(episode.released()).contains(released);
        assertThat(episode.description()).contains("Before.\n" + secondDateLineAsText + "\nAfter.");
        assertThat(codes(page))
                .containsExactly(tuple("extra-date-line", lineOf(text, secondDateLine), 1));
    }

    static Stream<Arguments> strayListenerCounts() {
        String first =
                card(
                        "Lime that breathes",
                        "Moss and Mortar",
                        "03/14/24 • 41 min",
                        "Why.",
                        "",
                        "7 Listeners");
        String second =
                card(
                        "A wall in the rain",
                        "Moss and Mortar",
                        "03/11/24 • 39 min",
                        "How.",
                        "",
                        "5 Listeners");
        return Stream.of(
                // Right after a card's own count.
                Arguments.of(page("Moss and Mortar", 1, first + "8 Listeners\n"), "8 Listeners", 1),
                // On its own between two cards.
                Arguments.of(
                        page("Moss and Mortar", 2, first, card("1 Listener"), second),
                        "1 Listener",
                        2),
                // After the last card, past a blank line.
                Arguments.of(
                        page("Moss and Mortar", 2, first, second, card("4,512 Listeners")),
                        "4,512 Listeners",
                        2));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("strayListenerCounts")
    void aListenerCountWithNoCardBeforeItIsAnErrorAndNoEpisode(
            String text, String stray, int episodes) {
        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes()).hasSize(episodes);
        assertThat(codes(page)).containsExactly(tuple("unrecognised-line", lineOf(text, stray), 1));
        assertThat(page.diagnostics().get(0).message())
                .isEqualTo("a listener count with no episode card before it");
    }

    static Stream<Arguments> textAfterTheDateAndLength() {
        return Stream.of(
                Arguments.of("03/14/24 • 41 min", " recorded live", LocalDate.of(2024, 3, 14)),
                Arguments.of("12/12/22 • 2 hours", " (bonus)", LocalDate.of(2022, 12, 12)),
                Arguments.of("05/05/21", " part one of two", LocalDate.of(2021, 5, 5)));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("textAfterTheDateAndLength")
    void textAfterTheDateAndLengthIsWarnedWithItsWordsAndTheDateKept(
            String dateAndLength, String after, LocalDate released) {
        String text =
                page(
                        "Kiln Talk",
                        1,
                        card(
                                "Glazes",
                                "Kiln Talk",
                                dateAndLength + after,
                                "Body.",
                                "",
                                "9 Listeners"));
        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes().get(0).released()).contains(released);
        assertThat(codes(page))
                .containsExactly(tuple("date-line-text", 12, dateAndLength.length() + 2));
        assertThat(page.diagnostics().get(0).message())
                .isEqualTo(
                        "text after the date and duration is not understood: '"
                                + after.strip()
                                + "'");
    }
}
