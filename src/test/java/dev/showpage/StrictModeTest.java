package dev.showpage;

import static dev.showpage.Pages.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The damaged pages of {@link DamagedInputTest} in strict mode: errors throw {@link
 * EpisodePageParseException} at the first error (smallest line), warnings never throw.
 */
class StrictModeTest {

    private static final EpisodePageParser STRICT =
            EpisodePageParser.builder().strict(true).build();

    private static EpisodePageParseException strictFailure(String text) {
        EpisodePageParseException e =
                catchThrowableOfType(EpisodePageParseException.class, () -> STRICT.parsePage(text));
        assertThat(e).as("strict parse must throw EpisodePageParseException").isNotNull();
        return e;
    }

    private static void assertPosition(
            EpisodePageParseException e, String code, int line, int column, String offendingText) {
        assertThat(e.code()).isEqualTo(code);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e.column()).isEqualTo(column);
        assertThat(e.offendingText()).isEqualTo(offendingText);
        assertThat(e.errorMessage()).isNotBlank();
        assertThat(e.getMessage())
                .isEqualTo("line " + line + ":" + column + ": " + e.errorMessage());
        assertThat(e.diagnostic().severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void parserBuiltStrictReportsItself() {
        assertThat(STRICT.isStrict()).isTrue();
        assertThat(EpisodePageParser.builder().build().isStrict()).isFalse();
    }

    @Test
    void urlCutInHalfThrowsAtTheFirstBrokenUrl() {
        // Line 16: "Tide tables: https://", the URL at column 14 (line 17 is broken too, later).
        EpisodePageParseException e = strictFailure(DamagedInputTest.URL_CUT_IN_HALF);

        assertPosition(e, "broken-url", 16, 14, "https://");
    }

    @Test
    void urlCutAfterOneLetterThrowsAtThatUrl() {
        // Line 16 removed: "Harbour map: https://h" becomes line 16, the URL at column 14.
        String text = DamagedInputTest.URL_CUT_IN_HALF.replace("Tide tables: https://\n", "");
        assertThat(line(text, 16)).isEqualTo("Harbour map: https://h");

        EpisodePageParseException e = strictFailure(text);

        assertPosition(e, "broken-url", 16, 14, "https://h");
    }

    @Test
    void proseAfterTheLastCardThrowsAtItsFirstLine() {
        // Line 17, the first of three lines that fit no part of the Goodpods page: the whole line
        // is offending.
        EpisodePageParseException e = strictFailure(DamagedInputTest.PROSE_AFTER_THE_LAST_CARD);

        assertPosition(e, "unrecognised-line", 17, 1, "The kettle sang while the rain kept on.");
    }

    @Test
    void firstErrorIsTheOneOnTheSmallestLineWhenTheUrlComesFirst() {
        // Line 11: a warning (missing title) that must not throw; line 14: broken URL (thrown);
        // line 24: a chapter time that cannot exist (later, not thrown).
        EpisodePageParseException e =
                strictFailure(DamagedInputTest.URL_ERROR_BEFORE_CHAPTER_ERROR);

        assertPosition(e, "broken-url", 14, 14, "https://");
    }

    @Test
    void aFileWithBytesThatAreNotUtf8ThrowsTheErrorOnAnEarlierLineFirst(@TempDir Path dir)
            throws IOException {
        // Line 16: "Tide tables: https://", a broken URL; a byte that is not UTF-8 (0xFF) closes
        // the card's last text line, after it.
        String text =
                DamagedInputTest.URL_CUT_IN_HALF.replace("\n\n1 Listener", " \u0000\n\n1 Listener");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int nul = text.indexOf('\u0000');
        assertThat(nul).isPositive();
        bytes[text.substring(0, nul).getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("page.txt"), bytes);

        EpisodePageParseException e =
                catchThrowableOfType(EpisodePageParseException.class, () -> STRICT.parsePage(file));

        assertThat(e).isNotNull();
        assertPosition(e, "broken-url", 16, 14, "https://");
        // Lenient, both errors are there, the URL's first.
        assertThat(EpisodePageParser.parse(file).diagnostics())
                .extracting(d -> d.code())
                .containsSubsequence("broken-url", "invalid-utf8");
    }

    @Test
    void firstErrorIsTheOneOnTheSmallestLineWhenTheChapterComesFirst() {
        // Line 17: a chapter time that cannot exist (thrown, although chapters are decided after
        // the card is read); line 21: a warning; line 24: broken URL (later).
        EpisodePageParseException e =
                strictFailure(DamagedInputTest.CHAPTER_ERROR_BEFORE_URL_ERROR);

        assertPosition(e, "invalid-timestamp", 17, 1, "15:75 - Back to the harbour");
    }

    static Stream<Arguments> warningOnlyPages() {
        return Stream.of(
                Arguments.of(
                        "card without date line", DamagedInputTest.NO_DATE_LINE, "missing-date"),
                Arguments.of("card without title", DamagedInputTest.NO_TITLE, "missing-title"),
                Arguments.of(
                        "chapter past the end",
                        DamagedInputTest.CHAPTER_PAST_END,
                        "chapter-past-end"),
                Arguments.of(
                        "chapter out of order",
                        DamagedInputTest.CHAPTERS_OUT_OF_ORDER,
                        "chapter-order"),
                Arguments.of(
                        "chapter start repeated",
                        DamagedInputTest.CHAPTER_START_REPEATED,
                        "chapter-order"),
                Arguments.of("Top N too high", DamagedInputTest.TOP_N_TOO_HIGH, "heading-count"),
                Arguments.of("Top N too low", DamagedInputTest.TOP_N_TOO_LOW, "heading-count"),
                Arguments.of("blank page", DamagedInputTest.BLANK_PAGE, "empty-page"),
                Arguments.of("empty string", DamagedInputTest.EMPTY_PAGE, "empty-page"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warningOnlyPages")
    void warningsDoNotThrowAndTheStrictPageEqualsTheLenientOne(
            String name, String text, String code) {
        // Every line of these pages: the strict parse returns what the lenient one does,
        // including the warning.
        Page strict = STRICT.parsePage(text);

        assertThat(strict).isEqualTo(EpisodePageParser.parse(text));
        assertThat(strict.diagnostics()).extracting(d -> d.code()).contains(code);
        assertThat(strict.hasErrors()).isFalse();
    }

    static Stream<Arguments> wellFormedPages() {
        return Stream.of(
                Arguments.of("header", ConstructTest.HEADER_PAGE),
                Arguments.of("host", ConstructTest.HOST_PAGE),
                Arguments.of("faq", ConstructTest.FAQ_PAGE),
                // Prose alone is show notes in the generic layout, not an error.
                Arguments.of("random prose", DamagedInputTest.RANDOM_PROSE),
                Arguments.of("one line of prose", DamagedInputTest.ONE_LINE_OF_PROSE),
                Arguments.of("two lines of prose", DamagedInputTest.TWO_LINES_OF_PROSE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wellFormedPages")
    void wellFormedPageParsesStrictlyToTheLenientResult(String name, String text) {
        // Every line of the page: nothing is wrong, so strict and lenient agree.
        assertThat(STRICT.parsePage(text)).isEqualTo(EpisodePageParser.parse(text));
    }

    /** Odd inputs: a parse may fail with its own exception, but never with anything else. */
    static List<String> oddInputs() {
        return List.of(
                "Chapters:",
                "Chapters:\n",
                "00:00 -",
                "99:99 - Nowhere",
                "1:2:3:4 - Too many parts",
                "00:00:00:00",
                "https://",
                "https://h",
                "http:/",
                "Follow :",
                "Follow &:",
                "Follow Ada & :\nAda on Twitter: https://twitter.com/ada",
                "Links Mentioned:",
                "Links Mentioned:\nLabel only:",
                "1 Listener",
                "0 Listeners",
                "\n1 Listener\n",
                "Top 0 Episodes",
                "Top 99999999999999999999 Harbour Lights Radio Episodes",
                "13/45/25 • 0 min",
                "02/30/25 • 99999999999999999999 min",
                "00/00/00 • 0 min",
                "•",
                ":",
                " : ",
                "FAQ",
                "FAQ\nShow more FAQ",
                "FAQ\nWhat?",
                "\uFEFF",
                "\uFEFF\uFEFF",
                "\r",
                "\r\n\r\n",
                "\u0000",
                "\uD800",
                "\uDC00 lone low surrogate",
                "\uD83C\uDF0A waves",
                "with",
                "with the",
                "Salt roads with",
                "x: https://a.b.c/(((",
                "Get: https://",
                "Want? https://example.com",
                "The episode title ' is the most popular.",
                "released every days, hours",
                "x".repeat(20_000),
                "00:00 - A ".repeat(2_000),
                "https://example.com/" + "a".repeat(20_000),
                "(".repeat(10_000),
                Pages.page(1, "02/17/25 • 84 min\n"),
                Pages.page(1, "Chapters:\n00:00 - A\n\n1 Listener\n"),
                Pages.page(0, ""),
                Pages.page(1, "Follow Pieter:\n\n1 Listener\n"),
                Pages.page(1, "Title\nHarbour Lights Radio\n02/17/25 • 84 min\nFAQ\n"),
                DamagedInputTest.URL_CUT_IN_HALF.substring(
                        0, DamagedInputTest.URL_CUT_IN_HALF.length() / 2),
                ConstructTest.FAQ_PAGE.substring(0, ConstructTest.FAQ_PAGE.length() - 40));
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oddInputsNeverThrowAnythingButEpisodePageParseException() {
        List<String> inputs = oddInputs();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String text = inputs.get(i);
            String shown = "odd input #" + i + " " + abbreviate(text);
            // Lenient: every odd input returns a page.
            try {
                if (EpisodePageParser.parse(text) == null) {
                    failures.add("lenient parse returned null on " + shown);
                }
            } catch (RuntimeException | Error e) {
                failures.add("lenient parse threw " + e + " on " + shown);
            }
            // Strict: either a page, or EpisodePageParseException with a position inside the input.
            try {
                STRICT.parsePage(text);
            } catch (EpisodePageParseException e) {
                int lines = text.split("\r\n|\r|\n", -1).length;
                if (e.line() < 1
                        || e.line() > lines
                        || e.column() < 1
                        || e.diagnostic().severity() != Severity.ERROR) {
                    failures.add("strict parse reported " + e.diagnostic() + " on " + shown);
                }
            } catch (RuntimeException | Error e) {
                failures.add("strict parse threw " + e + " on " + shown);
            }
        }
        // Every odd input, both modes: all problems are listed at once.
        assertThat(failures)
                .withFailMessage("%d problems:%n%s", failures.size(), String.join("\n", failures))
                .isEmpty();
    }

    @Test
    void lenientParseNeverThrowsOnTheDamagedPages() {
        // Every damaged page of DamagedInputTest that has an error: lenient mode returns a page.
        for (String text :
                List.of(
                        DamagedInputTest.URL_CUT_IN_HALF,
                        DamagedInputTest.PROSE_AFTER_THE_LAST_CARD,
                        DamagedInputTest.URL_ERROR_BEFORE_CHAPTER_ERROR,
                        DamagedInputTest.CHAPTER_ERROR_BEFORE_URL_ERROR)) {
            assertThat(EpisodePageParser.parse(text).hasErrors()).isTrue();
        }
    }

    private static String abbreviate(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (escaped.length() >= 60) {
                escaped.append("...");
                break;
            }
            if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c < 0x20 || c > 0x7e) {
                escaped.append(String.format("\\u%04X", (int) c));
            } else {
                escaped.append(c);
            }
        }
        return "\"" + escaped + "\"";
    }
}
