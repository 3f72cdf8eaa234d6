package dev.showpage;

import static dev.showpage.Pages.line;
import static dev.showpage.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import dev.showpage.model.SourcePosition;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * Damaged pages in lenient mode: the page comes back, with diagnostics at exact positions.
 *
 * <p>The page texts are shared with {@link StrictModeTest} and {@link LineAccountingTest}. Pages
 * built with {@link Pages#page(int, String)} have their first card at line 11.
 */
class DamagedInputTest {

    /** Card 2 (lines 18-22) has a title and show line but no date line. */
    static final String NO_DATE_LINE =
            page(
                    2,
                    """
                    Lanterns on the jetty
                    Harbour Lights Radio
                    02/17/25 • 84 min
                    We talk about the old paraffin lamps on the jetty.

                    1 Listener

                    The drowned bell
                    Harbour Lights Radio
                    Divers recover a bell from the old church.

                    1 Listener
                    """);

    /** Card 2 (lines 18-21) starts at its date line. */
    static final String NO_TITLE =
            page(
                    2,
                    """
                    Lanterns on the jetty
                    Harbour Lights Radio
                    02/17/25 • 84 min
                    We talk about the old paraffin lamps on the jetty.

                    1 Listener

                    03/02/25 • 40 min
                    A caller describes the night the harbour froze.

                    1 Listener
                    """);

    /** Line 18 goes back from 20:00 to 15:00. */
    static final String CHAPTERS_OUT_OF_ORDER =
            page(
                    1,
                    """
                    Crossing the bar
                    Harbour Lights Radio
                    02/24/25 • 45 min
                    The pilot boat guides a freighter over the sandbar.
                    Chapters:
                    00:00 - Casting off
                    20:00 - The fog bank
                    15:00 - Back to the harbour
                    30:00 - Home

                    1 Listener
                    """);

    /** Line 17 starts at the same time as line 16. */
    static final String CHAPTER_START_REPEATED =
            page(
                    1,
                    """
                    Crossing the bar
                    Harbour Lights Radio
                    02/24/25 • 45 min
                    The pilot boat guides a freighter over the sandbar.
                    Chapters:
                    00:00 - Casting off
                    10:00 - The fog bank
                    10:00 - The horn
                    30:00 - Home

                    1 Listener
                    """);

    /** Line 18 starts at 45:00 in a 30-minute episode. */
    static final String CHAPTER_PAST_END =
            page(
                    1,
                    """
                    Short crossing
                    Harbour Lights Radio
                    02/25/25 • 30 min
                    A quick hop across to the island.
                    Chapters:
                    00:00 - Leaving
                    10:00 - Island
                    45:00 - Bonus

                    1 Listener
                    """);

    /** Line 16 is "https://" alone, line 17 is cut to "https://h"; line 18 is whole. */
    static final String URL_CUT_IN_HALF =
            page(
                    1,
                    """
                    Lost links
                    Harbour Lights Radio
                    03/03/25 • 20 min
                    Some of our show notes were cut short.
                    Links Mentioned:
                    Tide tables: https://
                    Harbour map: https://h
                    Pilot roster: https://pilots.example.com/roster

                    1 Listener
                    """);

    /** Blank lines only. */
    static final String BLANK_PAGE = "   \n\n\t\n  \n";

    static final String EMPTY_PAGE = "";

    /**
     * Three lines of prose (1, 2 and 4) and nothing else: no Goodpods page, so show notes in the
     * generic layout, one episode since no line is a release line.
     */
    static final String RANDOM_PROSE =
            """
            The kettle sang while the rain kept on.
            Nobody remembered who had left the gate open.

            Three gulls argued over a crust of bread.
            """;

    /** One line of prose, nothing else (a generic page, as {@link #RANDOM_PROSE}). */
    static final String ONE_LINE_OF_PROSE = "The kettle sang while the rain kept on.\n";

    /** Two lines of prose (1 and 2), nothing else (a generic page, as {@link #RANDOM_PROSE}). */
    static final String TWO_LINES_OF_PROSE =
            """
            The kettle sang while the rain kept on.
            Nobody remembered who had left the gate open.
            """;

    /**
     * The prose of {@link #RANDOM_PROSE} (lines 17, 18 and 20) after the only card of a Goodpods
     * page: no part of that page.
     */
    static final String PROSE_AFTER_THE_LAST_CARD =
            page(
                    1,
                    """
                    Lanterns on the jetty
                    Harbour Lights Radio
                    02/17/25 • 84 min
                    We talk about the old paraffin lamps on the jetty.

                    1 Listener
                    """
                            + RANDOM_PROSE);

    /** The heading (line 8) says "Top 3" but the page has two cards. */
    static final String TOP_N_TOO_HIGH =
            page(
                    3,
                    """
                    Lanterns on the jetty
                    Harbour Lights Radio
                    02/17/25 • 84 min
                    We talk about the old paraffin lamps on the jetty.

                    1 Listener

                    Spring launch
                    Harbour Lights Radio
                    02/03/25 • 5 min
                    The first boats go back in.

                    1 Listener
                    """);

    /** The heading (line 8) says "Top 1" but the page has two cards. */
    static final String TOP_N_TOO_LOW = TOP_N_TOO_HIGH.replace("Top 3 ", "Top 1 ");

    /**
     * A warning (line 11, missing title), then an error (line 14, broken URL), then another error
     * (line 24, a chapter time that cannot exist, in a list of two chapters under a heading).
     */
    static final String URL_ERROR_BEFORE_CHAPTER_ERROR =
            page(
                    2,
                    """
                    03/03/25 • 20 min
                    Notes cut short.
                    Links Mentioned:
                    Tide tables: https://

                    1 Listener

                    Crossing the bar
                    Harbour Lights Radio
                    02/24/25 • 45 min
                    Chapters:
                    00:00 - Casting off
                    20:00 - The fog bank
                    15:75 - Back to the harbour

                    1 Listener
                    """);

    /**
     * An error (line 17, a chapter time that cannot exist), then a warning (line 21, missing
     * title), then an error (line 24, broken URL). A time out of order is only a warning, so the
     * chapter error is an impossible time, found when the episode's chapter list is decided.
     */
    static final String CHAPTER_ERROR_BEFORE_URL_ERROR =
            page(
                    2,
                    """
                    Crossing the bar
                    Harbour Lights Radio
                    02/24/25 • 45 min
                    Chapters:
                    00:00 - Casting off
                    20:00 - The fog bank
                    15:75 - Back to the harbour

                    1 Listener

                    03/03/25 • 20 min
                    Notes cut short.
                    Links Mentioned:
                    Tide tables: https://

                    1 Listener
                    """);

    static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>>
            assertDiagnostics(Page page) {
        return assertThat(page.diagnostics())
                .extracting(
                        Diagnostic::code,
                        Diagnostic::severity,
                        Diagnostic::line,
                        Diagnostic::column);
    }

    @Test
    void cardWithoutDateLineKeepsTitleAndBodyAndWarnsAtItsFirstLine() {
        assertThat(line(NO_DATE_LINE, 18)).isEqualTo("The drowned bell");

        Page page = EpisodePageParser.parse(NO_DATE_LINE);

        // Line 18: the first line of the card that has no date line.
        assertDiagnostics(page).containsExactly(tuple("missing-date", Severity.WARNING, 18, 1));
        // Lines 18-22: the card is still an episode with its title, show, body and listeners.
        assertThat(page.episodes()).hasSize(2);
        assertThat(page.episodes().get(1))
                .isEqualTo(
                        new Episode(
                                2,
                                Optional.of("The drowned bell"),
                                Optional.of("Harbour Lights Radio"),
                                Optional.empty(),
                                Optional.empty(),
                                OptionalInt.of(1),
                                Optional.of("Divers recover a bell from the old church."),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                new SourcePosition(18, 1)));
        assertThat(page.hasErrors()).isFalse();
    }

    @Test
    void cardStartingAtItsDateLineWarnsOfMissingTitle() {
        assertThat(line(NO_TITLE, 18)).isEqualTo("03/02/25 • 40 min");

        Page page = EpisodePageParser.parse(NO_TITLE);

        // Line 18: the date line that starts the card.
        assertDiagnostics(page).containsExactly(tuple("missing-title", Severity.WARNING, 18, 1));
        // Lines 18-21: no title and no show, but date, duration, body and listeners.
        Episode second = page.episodes().get(1);
        assertThat(second.title()).isEmpty();
        assertThat(second.show()).isEmpty();
        assertThat(second.released()).contains(LocalDate.of(2025, 3, 2));
        assertThat(second.duration()).contains(Duration.ofMinutes(40));
        assertThat(second.description())
                .contains("A caller describes the night the harbour froze.");
        assertThat(second.listeners()).hasValue(1);
        assertThat(second.source()).isEqualTo(new SourcePosition(18, 1));
    }

    @Test
    void chapterOutOfOrderIsAWarningAndAllChaptersAreKeptInPageOrder() {
        assertThat(line(CHAPTERS_OUT_OF_ORDER, 18)).isEqualTo("15:00 - Back to the harbour");

        Page page = EpisodePageParser.parse(CHAPTERS_OUT_OF_ORDER);

        // Line 18: 15:00 is not after 20:00 (line 17). One slip in a list of four is a typo, not a
        // reason to drop the list: a warning, not an error.
        assertDiagnostics(page).containsExactly(tuple("chapter-order", Severity.WARNING, 18, 1));
        assertThat(page.hasErrors()).isFalse();
        // Lines 16-19: all four chapters, in page order.
        assertThat(page.episodes().get(0).chapters())
                .extracting(Chapter::start, Chapter::title)
                .containsExactly(
                        tuple(Duration.ZERO, "Casting off"),
                        tuple(Duration.ofMinutes(20), "The fog bank"),
                        tuple(Duration.ofMinutes(15), "Back to the harbour"),
                        tuple(Duration.ofMinutes(30), "Home"));
    }

    @Test
    void chapterStartingAtThePreviousStartIsAWarning() {
        assertThat(line(CHAPTER_START_REPEATED, 18)).isEqualTo("10:00 - The horn");

        Page page = EpisodePageParser.parse(CHAPTER_START_REPEATED);

        // Line 18: 10:00 is not after 10:00 (line 17).
        assertDiagnostics(page).containsExactly(tuple("chapter-order", Severity.WARNING, 18, 1));
        assertThat(page.episodes().get(0).chapters()).hasSize(4);
    }

    @Test
    void chapterStartingAfterTheDurationIsAWarning() {
        assertThat(line(CHAPTER_PAST_END, 18)).isEqualTo("45:00 - Bonus");

        Page page = EpisodePageParser.parse(CHAPTER_PAST_END);

        // Line 18: 45:00 is after the 30 min of line 13.
        assertDiagnostics(page).containsExactly(tuple("chapter-past-end", Severity.WARNING, 18, 1));
        assertThat(page.episodes().get(0).chapters())
                .extracting(Chapter::title)
                .containsExactly("Leaving", "Island", "Bonus");
    }

    @Test
    void urlCutInHalfIsAnErrorAtTheUrl() {
        assertThat(line(URL_CUT_IN_HALF, 16)).isEqualTo("Tide tables: https://");
        assertThat(line(URL_CUT_IN_HALF, 17)).isEqualTo("Harbour map: https://h");

        Page page = EpisodePageParser.parse(URL_CUT_IN_HALF);

        // Lines 16 and 17: the URL starts at column 14, after "Tide tables: " / "Harbour map: ".
        assertDiagnostics(page)
                .containsExactly(
                        tuple("broken-url", Severity.ERROR, 16, 14),
                        tuple("broken-url", Severity.ERROR, 17, 14));
        // Line 18: the whole URL next to them is still a link.
        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).links())
                .contains(
                        new Link(
                                Optional.of("Pilot roster"),
                                "https://pilots.example.com/roster",
                                LinkKind.WEBSITE,
                                Optional.empty()));
    }

    @Test
    void blankPageIsAnEmptyPageWarningAtTheFirstLine() {
        Page page = EpisodePageParser.parse(BLANK_PAGE);

        // Lines 1-4 are blank: one warning at 1:1, nothing else.
        assertDiagnostics(page).containsExactly(tuple("empty-page", Severity.WARNING, 1, 1));
        assertThat(page.episodes()).isEmpty();
        assertThat(page.show()).isEmpty();
        assertThat(page.faq()).isEmpty();
    }

    @Test
    void emptyStringIsAnEmptyPageWarningAtTheFirstLine() {
        Page page = EpisodePageParser.parse(EMPTY_PAGE);

        // No line at all: one warning at 1:1.
        assertDiagnostics(page).containsExactly(tuple("empty-page", Severity.WARNING, 1, 1));
        assertThat(page.episodes()).isEmpty();
        assertThat(page.show()).isEmpty();
        assertThat(page.faq()).isEmpty();
    }

    /** The episode's title, then the lines of its description: the text it keeps, in order. */
    private static List<String> keptText(Episode episode) {
        List<String> kept = new ArrayList<>();
        episode.title().ifPresent(kept::add);
        episode.description().ifPresent(d -> kept.addAll(List.of(d.split("\n"))));
        return kept;
    }

    @Test
    void randomProseIsOneGenericEpisodeThatKeepsEveryNonBlankLine() {
        Page page = EpisodePageParser.parse(RANDOM_PROSE);

        // No listener count and no "02/17/25 •" line: the generic layout, and with no release
        // line, one episode.
        assertThat(page.layout()).isEqualTo("generic");
        assertThat(page.episodes()).hasSize(1);
        assertThat(page.show()).isEmpty();
        // Lines 1, 2 and 4 are the episode's text, in page order; blank line 3 is not; nothing is
        // wrong with prose, so there is no diagnostic.
        assertThat(keptText(page.episodes().get(0)))
                .containsExactly(
                        "The kettle sang while the rain kept on.",
                        "Nobody remembered who had left the gate open.",
                        "Three gulls argued over a crust of bread.");
        assertThat(page.navigation()).isEmpty();
        assertDiagnostics(page).isEmpty();
        assertThat(LineAccountingTest.unaccountedLines(RANDOM_PROSE, page)).isEmpty();
    }

    @Test
    void oneLineOfProseIsOneGenericEpisode() {
        Page page = EpisodePageParser.parse(ONE_LINE_OF_PROSE);

        // Line 1: the only line is the episode's text.
        assertThat(page.layout()).isEqualTo("generic");
        assertThat(page.episodes()).hasSize(1);
        assertThat(keptText(page.episodes().get(0)))
                .containsExactly("The kettle sang while the rain kept on.");
        assertThat(page.show()).isEmpty();
        assertDiagnostics(page).isEmpty();
    }

    @Test
    void twoLinesOfProseAreOneGenericEpisode() {
        Page page = EpisodePageParser.parse(TWO_LINES_OF_PROSE);

        // Lines 1 and 2: both are the text of the one episode, in page order.
        assertThat(page.layout()).isEqualTo("generic");
        assertThat(page.episodes()).hasSize(1);
        assertThat(keptText(page.episodes().get(0)))
                .containsExactly(
                        "The kettle sang while the rain kept on.",
                        "Nobody remembered who had left the gate open.");
        assertThat(page.show()).isEmpty();
        assertDiagnostics(page).isEmpty();
    }

    @Test
    void proseAfterTheLastCardOfAGoodpodsPageIsAnErrorForEveryNonBlankLine() {
        assertThat(line(PROSE_AFTER_THE_LAST_CARD, 17))
                .isEqualTo("The kettle sang while the rain kept on.");

        Page page = EpisodePageParser.parse(PROSE_AFTER_THE_LAST_CARD);

        // Lines 17, 18 and 20 fit no part of a Goodpods page; blank line 19 is not reported.
        assertThat(page.layout()).isEqualTo("goodpods");
        assertDiagnostics(page)
                .containsExactly(
                        tuple("unrecognised-line", Severity.ERROR, 17, 1),
                        tuple("unrecognised-line", Severity.ERROR, 18, 1),
                        tuple("unrecognised-line", Severity.ERROR, 20, 1));
        assertThat(page.episodes()).hasSize(1);
        assertThat(page.hasErrors()).isTrue();
    }

    @Test
    void headingCountAboveTheNumberOfCardsIsAWarningAtTheHeading() {
        assertThat(line(TOP_N_TOO_HIGH, 8)).isEqualTo("Top 3 Harbour Lights Radio Episodes");

        Page page = EpisodePageParser.parse(TOP_N_TOO_HIGH);

        // Line 8: "Top 3", but lines 11-23 hold two cards.
        assertDiagnostics(page).containsExactly(tuple("heading-count", Severity.WARNING, 8, 1));
        assertThat(page.episodes()).hasSize(2);
        assertThat(page.heading()).contains("Top 3 Harbour Lights Radio Episodes");
    }

    @Test
    void headingCountBelowTheNumberOfCardsIsAWarningAtTheHeading() {
        Page page = EpisodePageParser.parse(TOP_N_TOO_LOW);

        // Line 8: "Top 1", but lines 11-23 hold two cards.
        assertDiagnostics(page).containsExactly(tuple("heading-count", Severity.WARNING, 8, 1));
        assertThat(page.episodes()).hasSize(2);
    }

    @Test
    void everyProblemOfAPageIsReported() {
        assertThat(line(URL_ERROR_BEFORE_CHAPTER_ERROR, 11)).isEqualTo("03/03/25 • 20 min");
        assertThat(line(URL_ERROR_BEFORE_CHAPTER_ERROR, 14)).isEqualTo("Tide tables: https://");
        assertThat(line(URL_ERROR_BEFORE_CHAPTER_ERROR, 24))
                .isEqualTo("15:75 - Back to the harbour");

        Page page = EpisodePageParser.parse(URL_ERROR_BEFORE_CHAPTER_ERROR);

        // Line 11: card without title; line 14: broken URL; line 24: a time that cannot exist.
        assertDiagnostics(page)
                .containsExactlyInAnyOrder(
                        tuple("missing-title", Severity.WARNING, 11, 1),
                        tuple("broken-url", Severity.ERROR, 14, 14),
                        tuple("invalid-timestamp", Severity.ERROR, 24, 1));
        assertThat(page.episodes()).hasSize(2);
    }
}
