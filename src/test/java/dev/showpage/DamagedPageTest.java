package dev.showpage;

import static dev.showpage.Pages.SHOW;
import static dev.showpage.Pages.page;
import static dev.showpage.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Damaged pages: what is kept, and each problem's code, severity and position. */
class DamagedPageTest {

    private static List<Object> codes(Page page) {
        return page.diagnostics().stream()
                .map(d -> tuple(d.severity(), d.code(), d.line(), d.column()))
                .collect(Collectors.toList());
    }

    @Test
    void thirdLineBeforeTheDateLineIsAWarningAndPartOfTheText() {
        Page page =
                parse(
                        page(
                                1,
                                "Knots at night\n"
                                        + SHOW
                                        + "\nA night on the quay\n02/17/25 • 84 min\nBody.\n"
                                        + "\n1 Listener\n"));

        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains("Knots at night");
        assertThat(episode.show()).contains(SHOW);
        assertThat(episode.description()).contains("A night on the quay\nBody.");
        // Line 13: the third line.
        assertThat(codes(page)).containsExactly(tuple(Severity.WARNING, "extra-head-line", 13, 1));
    }

    @Test
    void cardStartingAtItsDateLineKeepsThatDateWhenASecondDateLineFollows() {
        Page page =
                parse(
                        page(
                                1,
                                "02/17/25 • 84 min\n"
                                        + "Body.\n"
                                        + "03/01/25 • 10 min\n"
                                        + "More.\n\n"
                                        + "1 Listener\n"));

        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).isEmpty();
        assertThat(episode.released()).contains(LocalDate.of(2025, 2, 17));
        assertThat(episode.description()).contains("Body.\n03/01/25 10 min\nMore.");
        // Line 11: no title; line 13: the second date line.
        assertThat(codes(page))
                .containsExactly(
                        tuple(Severity.WARNING, "missing-title", 11, 1),
                        tuple(Severity.WARNING, "extra-date-line", 13, 1));
    }

    @Test
    void dayThatDoesNotExistIsAnErrorAtTheDate() {
        Page page =
                parse(
                        page(
                                1,
                                "Knots at night\n"
                                        + SHOW
                                        + "\n02/30/25 • 84 min\nBody.\n\n1 Listener\n"));

        assertThat(page.episodes().get(0).released()).isEmpty();
        assertThat(codes(page)).containsExactly(tuple(Severity.ERROR, "invalid-date", 13, 1));
        assertThat(page.diagnostics().get(0).message()).contains("'02/30/25'");
    }

    @Test
    void lastCardWithoutItsListenerCountIsAWarningAtTheEndOfTheCard() {
        Page page =
                parse(
                        page(
                                2,
                                "Knots at night\n"
                                        + SHOW
                                        + "\n02/17/25 • 84 min\nBody.\n\n1 Listener\n\n"
                                        + "Lamps\n"
                                        + SHOW
                                        + "\n02/18/25 • 84 min\nMore body here.\n"));

        assertThat(page.episodes()).hasSize(2);
        assertThat(page.episodes().get(1).listeners()).isEmpty();
        // Line 21 "More body here." is the card's last line; the warning is at its end.
        assertThat(codes(page))
                .containsExactly(tuple(Severity.WARNING, "missing-listeners", 21, 16));
    }

    @Test
    void listenerCountsWithNoCardBeforeThemAreErrors() {
        Page page =
                parse(
                        "1 Listener\nKnots at night\n"
                                + SHOW
                                + "\n02/17/25 • 84 min\nBody.\n\n"
                                + "1 Listener\n1 Listener\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).contains("Knots at night");
        // Line 1, the very first token of the page, and line 8, a second count after the card's.
        assertThat(codes(page))
                .containsExactly(
                        tuple(Severity.ERROR, "unrecognised-line", 1, 1),
                        tuple(Severity.ERROR, "unrecognised-line", 8, 1));
    }

    @Test
    void faqWithASecondHeadingAndAQuestionWithoutAnswer() {
        Page page =
                parse(
                        page(
                                1,
                                "Knots at night\n"
                                        + SHOW
                                        + "\n"
                                        + "02/17/25 • 84 min\n"
                                        + "Body.\n\n"
                                        + "1 Listener\n"
                                        + "Show more best episodes\n"
                                        + "FAQ\n"
                                        + "How many episodes does Harbour Lights Radio have?\n"
                                        + "Harbour Lights Radio currently has 42 episodes"
                                        + " available.\n"
                                        + "FAQ\n"
                                        + "What topics does Harbour Lights Radio cover?\n"
                                        + "\n"
                                        + "When was the first episode of Harbour Lights Radio?\n"
                                        + "The first episode of Harbour Lights Radio was released"
                                        + " on 06/13/24.\n"));

        var faq = page.faq().orElseThrow();
        assertThat(faq.entries()).hasSize(2);
        assertThat(faq.episodeCount()).hasValue(42);
        // A numeric date in the answer, read in the parser's date order.
        assertThat(faq.firstEpisodeDate()).contains(LocalDate.of(2024, 6, 13));
        // Line 21: the second "FAQ"; line 22: the question with a blank line after it.
        assertThat(codes(page))
                .containsExactly(
                        tuple(Severity.WARNING, "repeated-heading", 21, 1),
                        tuple(Severity.WARNING, "faq-without-answer", 22, 1));
    }

    // ---------------------------------------------------------------- lines the layout cannot
    // place

    /** A page whose header lines were lost: a blank line, then the ranking heading (line 2). */
    static final String LOST_HEADER =
            "\n"
                    + "Top 2 Harbour Lights Radio Episodes\n"
                    + "A weekly walk.\n"
                    + "\n"
                    + "Lanterns\n"
                    + SHOW
                    + "\n"
                    + "02/17/25 • 84 min\n"
                    + "Body.\n"
                    + "\n"
                    + "1 Listener\n";

    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    private static final Set<String> STRUCTURAL = Set.of("top", "episodes", "min", "listener");

    /** Non-blank lines none of whose words reach the model and that no diagnostic names. */
    private static List<Integer> unaccounted(String text, Page page) {
        Set<Integer> diagnosed =
                page.diagnostics().stream().map(Diagnostic::line).collect(Collectors.toSet());
        String dump = page.toString();
        String[] lines = text.split("\n", -1);
        List<Integer> missing = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank() || diagnosed.contains(i + 1)) {
                continue;
            }
            Matcher words = WORD.matcher(lines[i]);
            while (words.find()) {
                String word = words.group();
                if (!STRUCTURAL.contains(word.toLowerCase(Locale.ROOT)) && !dump.contains(word)) {
                    missing.add(i + 1);
                    break;
                }
            }
        }
        return missing;
    }

    @Test
    void aPageThatLostItsHeaderIsReadFromItsRankingHeadingAndNoLineIsLostUnnoticed() {
        Page page = parse(LOST_HEADER);

        // Line 2 announces two episodes, lines 5-11 are the one card.
        assertThat(page.heading()).contains("Top 2 Harbour Lights Radio Episodes");
        assertThat(page.summary()).contains("A weekly walk.");
        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null))
                .containsExactly("Lanterns");
        assertThat(page.diagnostics())
                .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple(Severity.WARNING, "heading-count", 2));
        assertThat(unaccounted(LOST_HEADER, page)).isEmpty();
    }

    @Test
    void parsingADamagedPageWritesNothingToStandardError() {
        PrintStream before = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            EpisodePageParser.parse(LOST_HEADER);
        } finally {
            System.setErr(before);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
