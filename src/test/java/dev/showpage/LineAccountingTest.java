package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No line of the input is lost: every non-blank line either has a diagnostic, or each of its words
 * of three or more letters occurs (as a whole word) in {@code page.toString()}.
 */
class LineAccountingTest {

    /** The seed page, copied into the project by someone else; the test is skipped without it. */
    static final Path DATABASE_SCHOOL = Path.of("testdata", "goodpods", "database-school.txt");

    /**
     * Words that only mark structure and are not kept as text, compared without case. "min" is
     * added to the list of the brief: it is the unit of the date line ("02/17/25 • 84 min"), which
     * the model keeps as a {@link java.time.Duration} ({@code PT1H24M}), never as the word.
     */
    static final Set<String> STRUCTURAL_WORDS =
            Set.of(
                    "chapters",
                    "links",
                    "mentioned",
                    "follow",
                    "show",
                    "more",
                    "faq",
                    "listener",
                    "listeners",
                    "episodes",
                    "all",
                    "best",
                    "top",
                    "min");

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

    /**
     * The non-blank lines of {@code text} that {@code page} does not account for, each as {@code
     * "line N: text missing [words]"}; empty when every line is accounted for.
     */
    static List<String> unaccountedLines(String text, Page page) {
        String dump = page.toString();
        Set<Integer> diagnosed =
                page.diagnostics().stream().map(Diagnostic::line).collect(Collectors.toSet());
        String[] lines = LINE_BREAK.split(text, -1);
        List<String> unaccounted = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank() || diagnosed.contains(number)) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            Matcher words = WORD.matcher(line);
            while (words.find()) {
                String word = words.group();
                if (!STRUCTURAL_WORDS.contains(word.toLowerCase(Locale.ROOT))
                        && !occursAsWord(word, dump)) {
                    missing.add(word);
                }
            }
            if (!missing.isEmpty()) {
                unaccounted.add("line " + number + ": " + line + " missing " + missing);
            }
        }
        return unaccounted;
    }

    private static boolean occursAsWord(String word, String dump) {
        return Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})")
                .matcher(dump)
                .find();
    }

    static Stream<Arguments> inventedPages() {
        EpisodePageParser lenient = EpisodePageParser.builder().build();
        EpisodePageParser dayFirst =
                EpisodePageParser.builder().dateOrder(DateOrder.DAY_MONTH_YEAR).build();
        return Stream.of(
                Arguments.of("ConstructTest.HEADER_PAGE", ConstructTest.HEADER_PAGE, lenient),
                Arguments.of(
                        "ConstructTest.WHITESPACE_PAGE", ConstructTest.WHITESPACE_PAGE, lenient),
                Arguments.of("ConstructTest.DATE_PAGE", ConstructTest.DATE_PAGE, lenient),
                Arguments.of(
                        "ConstructTest.DAY_FIRST_PAGE", ConstructTest.DAY_FIRST_PAGE, dayFirst),
                Arguments.of(
                        "ConstructTest.DASH_CHAPTERS_PAGE",
                        ConstructTest.DASH_CHAPTERS_PAGE,
                        lenient),
                Arguments.of(
                        "ConstructTest.HOUR_CHAPTERS_PAGE",
                        ConstructTest.HOUR_CHAPTERS_PAGE,
                        lenient),
                Arguments.of(
                        "ConstructTest.INLINE_CHAPTERS_PAGE",
                        ConstructTest.INLINE_CHAPTERS_PAGE,
                        lenient),
                Arguments.of(
                        "ConstructTest.INLINE_CHAPTERS_AFTER_PROSE_PAGE",
                        ConstructTest.INLINE_CHAPTERS_AFTER_PROSE_PAGE,
                        lenient),
                Arguments.of(
                        "ConstructTest.TWO_CHAPTERS_ON_A_LINE_PAGE",
                        ConstructTest.TWO_CHAPTERS_ON_A_LINE_PAGE,
                        lenient),
                Arguments.of(
                        "ConstructTest.NO_DURATION_CHAPTERS_PAGE",
                        ConstructTest.NO_DURATION_CHAPTERS_PAGE,
                        lenient),
                Arguments.of(
                        "ConstructTest.LABELLED_URLS_PAGE",
                        ConstructTest.LABELLED_URLS_PAGE,
                        lenient),
                Arguments.of(
                        "ConstructTest.LABEL_ON_PREVIOUS_LINE_PAGE",
                        ConstructTest.LABEL_ON_PREVIOUS_LINE_PAGE,
                        lenient),
                Arguments.of(
                        "ConstructTest.LINKS_MENTIONED_PAGE",
                        ConstructTest.LINKS_MENTIONED_PAGE,
                        lenient),
                Arguments.of("ConstructTest.FOLLOW_PAGE", ConstructTest.FOLLOW_PAGE, lenient),
                Arguments.of(
                        "ConstructTest.FOLLOW_TWO_PAGE", ConstructTest.FOLLOW_TWO_PAGE, lenient),
                Arguments.of("ConstructTest.HOST_PAGE", ConstructTest.HOST_PAGE, lenient),
                Arguments.of(
                        "ConstructTest.HOST_WITH_QUIET_EPISODES_PAGE",
                        ConstructTest.HOST_WITH_QUIET_EPISODES_PAGE,
                        lenient),
                Arguments.of(
                        "ConstructTest.TITLE_GUEST_PAGE", ConstructTest.TITLE_GUEST_PAGE, lenient),
                Arguments.of(
                        "ConstructTest.PROMOTIONS_PAGE", ConstructTest.PROMOTIONS_PAGE, lenient),
                Arguments.of(
                        "ConstructTest.callToActionPage(Subscribe)",
                        ConstructTest.callToActionPage("Subscribe"),
                        lenient),
                Arguments.of(
                        "ConstructTest.TWO_PROMOTIONS_PAGE",
                        ConstructTest.TWO_PROMOTIONS_PAGE,
                        lenient),
                Arguments.of("ConstructTest.FAQ_PAGE", ConstructTest.FAQ_PAGE, lenient),
                Arguments.of(
                        "ConstructTest.FAQ_OTHER_VALUES_PAGE",
                        ConstructTest.FAQ_OTHER_VALUES_PAGE,
                        lenient),
                Arguments.of(
                        "DamagedInputTest.NO_DATE_LINE", DamagedInputTest.NO_DATE_LINE, lenient),
                Arguments.of("DamagedInputTest.NO_TITLE", DamagedInputTest.NO_TITLE, lenient),
                Arguments.of(
                        "DamagedInputTest.CHAPTERS_OUT_OF_ORDER",
                        DamagedInputTest.CHAPTERS_OUT_OF_ORDER,
                        lenient),
                Arguments.of(
                        "DamagedInputTest.CHAPTER_START_REPEATED",
                        DamagedInputTest.CHAPTER_START_REPEATED,
                        lenient),
                Arguments.of(
                        "DamagedInputTest.CHAPTER_PAST_END",
                        DamagedInputTest.CHAPTER_PAST_END,
                        lenient),
                Arguments.of(
                        "DamagedInputTest.URL_CUT_IN_HALF",
                        DamagedInputTest.URL_CUT_IN_HALF,
                        lenient),
                Arguments.of("DamagedInputTest.BLANK_PAGE", DamagedInputTest.BLANK_PAGE, lenient),
                Arguments.of("DamagedInputTest.EMPTY_PAGE", DamagedInputTest.EMPTY_PAGE, lenient),
                Arguments.of(
                        "DamagedInputTest.RANDOM_PROSE", DamagedInputTest.RANDOM_PROSE, lenient),
                Arguments.of(
                        "DamagedInputTest.ONE_LINE_OF_PROSE",
                        DamagedInputTest.ONE_LINE_OF_PROSE,
                        lenient),
                Arguments.of(
                        "DamagedInputTest.TWO_LINES_OF_PROSE",
                        DamagedInputTest.TWO_LINES_OF_PROSE,
                        lenient),
                Arguments.of(
                        "DamagedInputTest.TOP_N_TOO_HIGH",
                        DamagedInputTest.TOP_N_TOO_HIGH,
                        lenient),
                Arguments.of(
                        "DamagedInputTest.TOP_N_TOO_LOW", DamagedInputTest.TOP_N_TOO_LOW, lenient),
                Arguments.of(
                        "DamagedInputTest.URL_ERROR_BEFORE_CHAPTER_ERROR",
                        DamagedInputTest.URL_ERROR_BEFORE_CHAPTER_ERROR,
                        lenient),
                Arguments.of(
                        "DamagedInputTest.CHAPTER_ERROR_BEFORE_URL_ERROR",
                        DamagedInputTest.CHAPTER_ERROR_BEFORE_URL_ERROR,
                        lenient),
                Arguments.of("InputFormsTest.PAGE", InputFormsTest.PAGE, lenient));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inventedPages")
    void everyNonBlankLineOfAnInventedPageIsAccountedFor(
            String name, String text, EpisodePageParser parser) {
        Page page = parser.parsePage(text);

        // Every non-blank line of the page.
        assertThat(unaccountedLines(text, page)).as(name).isEmpty();
    }

    @Test
    void everyNonBlankLineOfTheDatabaseSchoolPageIsAccountedFor() throws IOException {
        assumeTrue(Files.isRegularFile(DATABASE_SCHOOL), DATABASE_SCHOOL + " is not there");
        String text = Files.readString(DATABASE_SCHOOL, StandardCharsets.UTF_8);

        Page page = EpisodePageParser.parse(DATABASE_SCHOOL);

        // Every non-blank line of testdata/goodpods/database-school.txt.
        assertThat(unaccountedLines(text, page)).isEmpty();
    }

    @Test
    void linesOfOneTextAreNotAccountedForByThePageOfAnother() {
        Page other = EpisodePageParser.parse(ConstructTest.HEADER_PAGE);

        // Lines 18 and 20 of NO_DATE_LINE ("The drowned bell", "Divers recover a bell ...") are
        // in neither the dump nor the diagnostics of a page parsed from HEADER_PAGE.
        assertThat(unaccountedLines(DamagedInputTest.NO_DATE_LINE, other))
                .anySatisfy(
                        entry -> assertThat(entry).startsWith("line 18: The drowned bell missing"))
                .anySatisfy(
                        entry ->
                                assertThat(entry)
                                        .startsWith(
                                                "line 20: Divers recover a bell from the old"
                                                        + " church. missing"));
        // Lines 1, 2 and 4 of RANDOM_PROSE are accounted for in their own page as the text of its
        // one generic episode; the diagnostic-free HEADER_PAGE page accounts for none of them.
        assertThat(unaccountedLines(DamagedInputTest.RANDOM_PROSE, other)).hasSize(3);
    }

    @Test
    void oneChangedWordMakesItsLineUnaccounted() {
        String changed = ConstructTest.HEADER_PAGE.replace("paraffin", "kerosene");

        Page page = EpisodePageParser.parse(ConstructTest.HEADER_PAGE);

        // Line 14: only "kerosene" is missing from the dump of the original page.
        assertThat(unaccountedLines(changed, page))
                .containsExactly(
                        "line 14: We talk about the old kerosene lamps on the jetty. missing"
                                + " [kerosene]");
    }
}
