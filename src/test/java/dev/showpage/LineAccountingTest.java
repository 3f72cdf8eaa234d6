package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No word of the input is lost, by the rules of {@link LineAccounting}: each word of each line is
 * kept in the model as many times as the page writes it (in the episode whose block of lines holds
 * it, or in the page's own parts), unless a diagnostic whose code says so excuses it from its
 * column on. The invented pages, the example page and the generic pages of testdata are held to it;
 * the tests at the end show that each rule can fail on a made-up parser result.
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

    /**
     * The lines of {@code text} whose words {@code page} does not keep, by the rules of {@link
     * LineAccounting} (per word, counted, and block by block), with {@link #STRUCTURAL_WORDS}; the
     * losses of a known kind count here like any other.
     */
    static List<String> unaccountedLines(String text, Page page) {
        LineAccounting.Result result =
                LineAccounting.check(text, page, STRUCTURAL_WORDS, List.of(), false);
        List<String> lost = new ArrayList<>(result.unaccounted());
        result.known().values().forEach(lost::addAll);
        return lost;
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

    static Stream<Path> genericPages() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("testdata", "generic"))) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            assertThat(pages).hasSizeGreaterThanOrEqualTo(8);
            return pages.stream();
        }
    }

    /**
     * The generic layout's pages of testdata, with the reliability tests' check (whose structural
     * words include the generic layout's date and length words): no word lost, of a known kind or
     * any other.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("genericPages")
    void everyWordOfAGenericPageIsAccountedFor(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);

        LineAccounting.Result result = LineAccounting.check(text, EpisodePageParser.parse(file));

        assertThat(result.unaccounted()).as("%s", file).isEmpty();
        assertThat(result.known()).as("%s", file).isEmpty();
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

    // --- The check itself: each rule can fail ---------------------------------------------------

    /** Two cards, each with "the" in its text (lines 14-15 and 21), for the made-up results. */
    static final String TWO_CARDS =
            Pages.page(
                    2,
                    """
                    Knots at night
                    Harbour Lights Radio
                    02/17/25 • 84 min
                    We tie the bowline and the reef knot.
                    Then the sheet bend.

                    1 Listener
                    Lamps
                    Harbour Lights Radio
                    02/18/25 • 40 min
                    A story of the lamp room.

                    2 Listeners
                    """);

    /** {@code page} with episode {@code index}'s description replaced. */
    private static Page withDescription(Page page, int index, String description) {
        List<Episode> episodes = new ArrayList<>(page.episodes());
        Episode e = episodes.get(index);
        episodes.set(
                index,
                new Episode(
                        e.rank(),
                        e.title(),
                        e.show(),
                        e.released(),
                        e.duration(),
                        e.listeners(),
                        Optional.of(description),
                        e.people(),
                        e.links(),
                        e.promotions(),
                        e.chapters(),
                        e.source()));
        return withDiagnostics(
                new Page(
                        page.layout(),
                        page.show(),
                        page.navigation(),
                        page.heading(),
                        page.summary(),
                        episodes,
                        page.faq(),
                        page.diagnostics()),
                page.diagnostics());
    }

    private static Page withDiagnostics(Page page, List<Diagnostic> diagnostics) {
        return new Page(
                page.layout(),
                page.show(),
                page.navigation(),
                page.heading(),
                page.summary(),
                page.episodes(),
                page.faq(),
                diagnostics);
    }

    @Test
    void theMadeUpCardsAreAccountedForAsParsed() {
        Page page = EpisodePageParser.parse(TWO_CARDS);

        assertThat(page.episodes().get(0).description())
                .contains("We tie the bowline and the reef knot.\nThen the sheet bend.");
        assertThat(unaccountedLines(TWO_CARDS, page)).isEmpty();
        assertThat(LineAccounting.unaccountedLines(TWO_CARDS, page)).isEmpty();
    }

    @Test
    void aCommonWordDroppedFromOneLineIsReportedThoughOtherLinesKeepIt() {
        // A made-up parser result that drops the second "the" of line 14: "the" is still in the
        // model four times (lines 14, 15, 21), but line 14 alone needs it twice.
        Page page = EpisodePageParser.parse(TWO_CARDS);
        Page dropped =
                withDescription(page, 0, "We tie the bowline and reef knot.\nThen the sheet bend.");

        assertThat(unaccountedLines(TWO_CARDS, dropped))
                .containsExactly("line 14: We tie the bowline and the reef knot. missing [the]");
        assertThat(LineAccounting.unaccountedLines(TWO_CARDS, dropped))
                .containsExactly("line 14: We tie the bowline and the reef knot. missing [the]");
    }

    @Test
    void aShortWordDroppedIsReported() {
        // Line 21 "A story of the lamp room.": "of" (two letters) and "A" (one) are checked too.
        Page page = EpisodePageParser.parse(TWO_CARDS);

        assertThat(unaccountedLines(TWO_CARDS, withDescription(page, 1, "A story the lamp room.")))
                .containsExactly("line 21: A story of the lamp room. missing [of]");
        assertThat(unaccountedLines(TWO_CARDS, withDescription(page, 1, "story of the lamp room.")))
                .containsExactly("line 21: A story of the lamp room. missing [A]");
    }

    @Test
    void aWordKeptInAnotherEpisodeIsNotKeptForItsOwnLine() {
        // "sheet" moved from the first card's text (line 15) to the second's: the page still holds
        // it once, but not in the episode that line 15 belongs to (lines 11-17).
        Page page = EpisodePageParser.parse(TWO_CARDS);
        Page moved =
                withDescription(
                        withDescription(
                                page, 0, "We tie the bowline and the reef knot.\nThen the bend."),
                        1,
                        "A story of the lamp room. sheet");

        assertThat(unaccountedLines(TWO_CARDS, moved))
                .containsExactly("line 15: Then the sheet bend. missing [sheet]");
    }

    @Test
    void aDiagnosticExcusesOnlyTheWordsFromItsColumn() {
        // Line 14 "We tie the bowline and the reef knot.": "reef" starts at column 29, "bowline" at
        // 12. A made-up result that drops both, with a broken-url error at column 29.
        Page page = EpisodePageParser.parse(TWO_CARDS);
        Page dropped = withDescription(page, 0, "We tie the and the knot.\nThen the sheet bend.");
        Diagnostic atReef = new Diagnostic(Severity.ERROR, "broken-url", 14, 29, "made up");

        assertThat(unaccountedLines(TWO_CARDS, withDiagnostics(dropped, List.of(atReef))))
                .containsExactly(
                        "line 14: We tie the bowline and the reef knot. missing [bowline]");
        // The same code at column 1 excuses the line's every word.
        Diagnostic atStart = new Diagnostic(Severity.ERROR, "broken-url", 14, 1, "made up");
        assertThat(unaccountedLines(TWO_CARDS, withDiagnostics(dropped, List.of(atStart))))
                .isEmpty();
    }

    @Test
    void aDiagnosticWhoseLineIsKeptExcusesNothing() {
        // extra-head-line says line 14 is "read as part of the episode's text": a word the model
        // does not keep is still missing; unrecognised-line says the line is dropped.
        Page page = EpisodePageParser.parse(TWO_CARDS);
        Page dropped =
                withDescription(page, 0, "We tie the and the reef knot.\nThen the sheet bend.");

        assertThat(
                        unaccountedLines(
                                TWO_CARDS,
                                withDiagnostics(
                                        dropped,
                                        List.of(
                                                new Diagnostic(
                                                        Severity.WARNING,
                                                        "extra-head-line",
                                                        14,
                                                        1,
                                                        "made up")))))
                .containsExactly(
                        "line 14: We tie the bowline and the reef knot. missing [bowline]");
        assertThat(
                        unaccountedLines(
                                TWO_CARDS,
                                withDiagnostics(
                                        dropped,
                                        List.of(
                                                new Diagnostic(
                                                        Severity.ERROR,
                                                        "unrecognised-line",
                                                        14,
                                                        20,
                                                        "made up")))))
                .isEmpty();
    }

    @Test
    void everyDiagnosticCodeSaysWhatItExcuses() {
        assertThat(LineAccounting.REACH.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(DiagnosticCode.values()).map(DiagnosticCode::code).toList());
    }

    @Test
    void aRepeatedLineAndAPersonFollowedAgainAreKnownLossesNotAccountedFor() {
        // Line 14 printed again as line 15; "Follow Aaron:" on lines 16 and 18. The parser keeps
        // one person Aaron; the made-up result keeps line 14's text once.
        String text =
                Pages.oneCard(
                        "We tie knots.\nWe tie knots.\nFollow Aaron:\nMore about ropes.\n"
                                + "Follow Aaron:\nEven more.\n");
        Page page = EpisodePageParser.parse(text);
        assertThat(page.episodes().get(0).people())
                .extracting(p -> p.name())
                .containsExactly("Aaron");
        Page once = withDescription(page, 0, "We tie knots.\nMore about ropes.\nEven more.");

        LineAccounting.Result result = LineAccounting.check(text, once);

        assertThat(result.unaccounted()).isEmpty();
        assertThat(result.known().get(LineAccounting.Known.REPEATED_LINE))
                .containsExactly("line 15: We tie knots. missing [We, tie, knots]");
        assertThat(result.known().get(LineAccounting.Known.FOLLOWED_AGAIN))
                .containsExactly("line 18: Follow Aaron: missing [Aaron]");
        assertThat(result.knownCount()).isEqualTo(2);
        // The strict check of this class lists them as lines not accounted for.
        assertThat(unaccountedLines(text, once)).hasSize(2);
    }
}
