package dev.showpage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Inputs that could make the writer break the contract's "no empty strings" and "integer seconds a
 * JSON reader can hold" rules, or lose a URL written with non-ASCII characters.
 */
class ContractEdgeCasesTest {

    private static String card(String body) {
        return String.join(
                "\n",
                "",
                "Quay Notes",
                "Harbour Desk",
                "",
                "1 Listener",
                "All episodes",
                "Top 1 Quay Notes Episodes",
                "The one to start with.",
                "",
                "Ropes and pulleys",
                "Quay Notes",
                "01/22/25 • 30 min",
                body,
                "",
                "1 Listener",
                "");
    }

    @Test
    void aChapterTimeWithoutATitleIsLeftOutWithAWarning() {
        // Line 13 opens the list, line 14 is a time with nothing after its dash, lines 15 and 16
        // are chapters (a list needs two chapters under a heading).
        Page page =
                EpisodePageParser.parse(card("Chapters:\n00:00 -\n05:00 - Knots\n10:00 - Nets"));

        Episode episode = page.episodes().get(0);
        assertThat(episode.chapters())
                .extracting(c -> c.title(), c -> c.start())
                .containsExactly(
                        tuple("Knots", Duration.ofMinutes(5)),
                        tuple("Nets", Duration.ofMinutes(10)));
        // No untitled chapter is made up at 0:00, so the first chapter starts late.
        assertThat(page.diagnostics())
                .extracting(
                        Diagnostic::code,
                        Diagnostic::severity,
                        Diagnostic::line,
                        Diagnostic::column)
                .containsExactly(
                        tuple("chapter-without-title", Severity.WARNING, 14, 1),
                        tuple("chapter-late-start", Severity.WARNING, 15, 1));
        assertThat(PageJson.toJson(page)).doesNotContain("\"\"");
    }

    @Test
    void separatorCharactersAloneMakeNoEmptyText() {
        // Line 13 holds only a paragraph separator and an information separator: a blank line.
        Page page = EpisodePageParser.parse(card("\u2029\u001F"));

        assertThat(page.episodes().get(0).description()).isEmpty();
        assertThat(PageJson.toJson(page)).doesNotContain("\"\"");
    }

    @Test
    void aUrlWithNonAsciiCharactersIsKeptAsWrittenAndSurvivesTheRoundTrip() {
        // Line 13: a label and a URL with an accented letter, ending a sentence.
        Page page = EpisodePageParser.parse(card("Menu: https://example.com/café."));

        assertThat(page.episodes().get(0).links())
                .singleElement()
                .satisfies(link -> assertThat(link.url()).isEqualTo("https://example.com/café"));
        assertThat(PageJson.fromJson(PageJson.toJson(page))).isEqualTo(page);
    }

    @Test
    void aDurationTooLargeForAJsonNumberIsAnErrorNotANumber() {
        // Line 12: the date line's duration, in seconds, is past 2^53.
        Page page =
                EpisodePageParser.parse(card("Body.").replace("30 min", "999999999999999 days"));

        assertThat(page.episodes().get(0).duration()).isEmpty();
        assertThat(page.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("invalid-duration", 12));
    }
}
