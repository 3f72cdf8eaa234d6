package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fields a scraper ran together: cut where the shape of a value makes the boundary certain (a
 * date's year has four digits, no unit word has a capital or a digit inside, a clock's hours have
 * one or two digits), and left whole with a positioned {@code glued-text} warning where it does
 * not.
 */
class GluedValuesTest {

    private static Page parse(String text) {
        return EpisodePageParser.builder()
                .dateOrder(DateOrder.DAY_MONTH_YEAR)
                .build()
                .parsePage(text);
    }

    private static List<Diagnostic> glued(Page page) {
        return page.diagnostics().stream().filter(d -> d.code().equals("glued-text")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Jan 28, 20251 hr 18 min12.5 MB     => 2025-01-28 => 4680
                    Jan 28, 20251hr 18 min             => 2025-01-28 => 4680
                    16 déc. 20251 h 6 min              => 2025-12-16 => 3960
                    3. März 202445 Min.                => 2024-03-03 => 2700
                    12 de enero de 20242 horas         => 2024-01-12 => 7200
                    5 mei 2022118 minuten              => 2022-05-05 => 7080
                    Jan 28, 2025 · 45 minEp. 12        => 2025-01-28 => 2700
                    Jan 28, 2025 · 45 MinutenFolge 12  => 2025-01-28 => 2700
                    2 de fev. de 2023 | 52 minÉpisode  => 2023-02-02 => 3120
                    09/23/2023 Duration: 41minOn show  => 2023-09-23 => 2460
                    Jan 28, 2025 · 52minThis week      => 2025-01-28 => 3120
                    3. März 2024 · 45MinDiese Woche    => 2024-03-03 => 2700
                    """)
    void aDateOrALengthGluedToTheNextFieldIsCutWhereItEnds(
            String line, LocalDate date, long seconds) {
        Page page = parse("Tides\n" + line + "\nNotes.\n");
        Episode episode = page.episodes().get(0);
        assertThat(episode.released()).contains(date);
        assertThat(episode.duration()).contains(Duration.ofSeconds(seconds));
        assertThat(glued(page)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    45 minEp. 12        => Ep. 12
                    18 min12.5 MB       => 12.5 MB
                    2 uurAflevering 7   => Aflevering 7
                    """)
    void whatFollowsAGluedLengthIsReportedAsTheDateLinesText(String length, String rest) {
        Page page = parse("Tides\nMay 2, 2024 · " + length + "\n");
        assertThat(page.diagnostics())
                .anySatisfy(
                        d -> {
                            assertThat(d.code()).isEqualTo("date-line-text");
                            assertThat(d.message()).contains("'" + rest + "'");
                        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Intro00:00|Waves12:30|Outro45:00", "Start0:00|Middle9:15|End1:02:03"})
    void aTitleGluedToItsTimeIsAChapter(String marks) {
        String[] lines = marks.split("\\|");
        Page page = parse("Tides\nMay 2, 2024\n" + String.join("\n", lines) + "\n");
        assertThat(page.episodes().get(0).chapters())
                .extracting(c -> c.title())
                .containsExactly(
                        lines[0].replaceAll("[0-9:]+$", ""),
                        lines[1].replaceAll("[0-9:]+$", ""),
                        lines[2].replaceAll("[0-9:]+$", ""));
        assertThat(glued(page)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Jan 28, 20251                  => 2 => 9  => 20251
                    Recorded 16 déc. 202512        => 2 => 18 => 202512
                    Part200:00 is the second half  => 2 => 1  => Part200
                    See https://x.com/aNext        => 2 => 5  => https://x.com/aNext
                    Listen at https://example.org/showNotes today => 2 => 11 => https://example.org/showNotes
                    """)
    void whereTheCutIsNotClearTheTextStaysWholeAndIsReported(
            String line, int lineNumber, int column, String text) {
        Page page = parse("Tides\n" + line + "\n");
        assertThat(glued(page))
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.line()).isEqualTo(lineNumber);
                            assertThat(d.column()).isEqualTo(column);
                            assertThat(d.message()).contains("'" + text + "'");
                        });
        // Left whole: in the notes, or among the links.
        assertThat(page.episodes().get(0).toString()).contains(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Jan 28, 2025 and 12 people came",
                "See https://github.com/JetBrains/kotlin for more",
                "Version 2.5 of the app",
                "Track12 is the best",
                "It took 45 min to get there",
                "Tue Jan 28, 2025 · 1 h 6 min",
            })
    void fieldsWithBlanksBetweenThemAreNotReported(String line) {
        assertThat(glued(parse("Tides\n" + line + "\n"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Tue Jan 28, 20251", "mardi 16 déc. 20259"})
    void aGluedPlaceIsReportedOnce(String line) {
        assertThat(glued(parse("Tides\n" + line + "\n"))).hasSize(1);
    }
}
