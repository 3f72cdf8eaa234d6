package dev.showpage;

import static dev.showpage.Pages.SHOW;
import static dev.showpage.Pages.chapter;
import static dev.showpage.Pages.link;
import static dev.showpage.Pages.min;
import static dev.showpage.Pages.mmss;
import static dev.showpage.Pages.oneCard;
import static dev.showpage.Pages.page;
import static dev.showpage.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import dev.showpage.model.Show;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Values read from the text at the edges of what they allow: times, lengths, URLs, bytes. */
class ValuesTest {

    private static List<Object> codes(Page page) {
        return page.diagnostics().stream()
                .map(d -> tuple(d.severity(), d.code(), d.line(), d.column()))
                .collect(Collectors.toList());
    }

    private static Page withDateLine(String dateLine, String body) {
        return parse(
                page(
                        1,
                        "Knots at night\n"
                                + SHOW
                                + "\n"
                                + dateLine
                                + "\n"
                                + body
                                + "\n1 Listener\n"));
    }

    // ---------------------------------------------------------------- chapter times

    @Test
    void chapterTimesAtTheEdgesOfTheirRanges() {
        Page page =
                parse(
                        oneCard(
                                "Chapters:\n"
                                        + "00:59 - Welcome\n"
                                        + "61:08 - Long middle\n"
                                        + "1:24:00 - Credits\n"));

        // 59 seconds; 61 minutes in the two-part form; a chapter starting right at the end (84 min)
        // is no chapter past the end, and has no end of its own. The only warning is that the list
        // starts at 0:59 rather than 0:00.
        assertThat(page.episodes().get(0).chapters())
                .containsExactly(
                        chapter(Duration.ofSeconds(59), mmss(61, 8), "Welcome"),
                        chapter(mmss(61, 8), min(84), "Long middle"),
                        chapter(min(84), null, "Credits"));
        assertThat(codes(page))
                .containsExactly(tuple(Severity.WARNING, "chapter-late-start", 15, 1));
    }

    @Test
    void minutesPast59InTheThreePartFormAndAMillionHoursAreNoTimes() {
        Page page =
                parse(
                        oneCard(
                                "Chapters:\n00:00 - Welcome\n1:59:00 - Late\n1:60:00 - Too late\n"
                                        + "999999:59:59 - Far\n1000000:00:00 - Farther\n"));

        Duration far = Duration.ofHours(999_999).plusMinutes(59).plusSeconds(59);
        assertThat(page.episodes().get(0).chapters())
                .containsExactly(
                        chapter(Duration.ZERO, Duration.ofMinutes(119), "Welcome"),
                        chapter(Duration.ofMinutes(119), far, "Late"),
                        chapter(far, null, "Far"));
        // Lines 16 and 18 start after the 84 minutes; lines 17 and 19 are no times.
        assertThat(codes(page))
                .containsExactly(
                        tuple(Severity.WARNING, "chapter-past-end", 16, 1),
                        tuple(Severity.ERROR, "invalid-timestamp", 17, 1),
                        tuple(Severity.WARNING, "chapter-past-end", 18, 1),
                        tuple(Severity.ERROR, "invalid-timestamp", 19, 1));
    }

    // ---------------------------------------------------------------- durations

    @Test
    void longestDurationAJsonNumberHoldsExactlyIsKeptAndOneSecondMoreIsAnError() {
        Page largest = withDateLine("02/17/25 • 9007199254740991 sec", "Body.\n");
        Page tooLarge = withDateLine("02/17/25 • 9007199254740992 sec", "Body.\n");

        assertThat(largest.episodes().get(0).duration())
                .contains(Duration.ofSeconds(9_007_199_254_740_991L));
        assertThat(largest.diagnostics()).isEmpty();
        assertThat(tooLarge.episodes().get(0).duration()).isEmpty();
        assertThat(codes(tooLarge))
                .containsExactly(tuple(Severity.ERROR, "invalid-duration", 13, 12));
    }

    @Test
    void hoursAndSecondsAddUp() {
        Page page = withDateLine("02/17/25 • 1 hour, 30 sec", "Body.\n");

        assertThat(page.episodes().get(0).duration()).contains(Duration.ofHours(1).plusSeconds(30));
        assertThat(page.diagnostics()).isEmpty();
    }

    // ---------------------------------------------------------------- URLs

    @Test
    void urlHostsAndTheirEnds() {
        Page page =
                parse(
                        oneCard(
                                "Cut short: https://harbour.c and https://harbour.co and"
                                    + " https://git@github.com/mara/lamps and https://.com/lamps\n"
                                    + "Notes [https://docs.example.com] (see"
                                    + " https://en.example.org/wiki/Lamp_[old])\n"));

        Episode episode = page.episodes().get(0);
        // A one-letter top-level part is a URL cut short; two letters are a host; a top-level part
        // alone is no host. User info before '@' is not part of the host. A closing bracket the URL
        // does not open is not part of it.
        assertThat(episode.links())
                .containsExactly(
                        link(null, "https://harbour.co"),
                        link(null, "https://git@github.com/mara/lamps", LinkKind.GITHUB),
                        link(null, "https://docs.example.com"),
                        link(null, "https://en.example.org/wiki/Lamp_[old]"));
        assertThat(codes(page))
                .containsExactly(
                        tuple(Severity.ERROR, "broken-url", 14, 12),
                        tuple(Severity.ERROR, "broken-url", 14, 95));
    }

    // ---------------------------------------------------------------- text

    @Test
    void tabsAndNoBreakSpacesBetweenWordsBecomeOneSpace() {
        String text =
                "\n"
                        + "Harbour\tLights\n"
                        + "Saltmarsh\u00A0Audio\n\n"
                        + "3 Listeners\n"
                        + "Top 1 Ropes\n\n"
                        + "Knots\u00A0at\u00A0night\n"
                        + "Harbour\tLights\n"
                        + "02/17/25 • 84 min\n"
                        + "Body.\n\n"
                        + "1 Listener\n";

        Page page = parse(text);

        assertThat(page.show())
                .contains(
                        new Show(
                                "Harbour Lights",
                                Optional.of("Saltmarsh Audio"),
                                OptionalInt.of(3)));
        assertThat(page.episodes().get(0).title()).contains("Knots at night");
        assertThat(page.episodes().get(0).show()).contains("Harbour Lights");
    }

    @Test
    void mostPopularEpisodeQuotedAtTheStartOfTheAnswer() {
        Page page =
                parse(
                        oneCard("Body.\n")
                                + "Show more best episodes\nFAQ\n"
                                + "What is the most popular episode on Harbour Lights Radio?\n"
                                + "'Knots at night' is the most popular.\n");

        assertThat(page.faq().orElseThrow().mostPopularEpisode()).contains("Knots at night");
    }

    @ParameterizedTest
    @ValueSource(strings = {"' Knots at night '", "' Knots at night'", "'Knots at night '"})
    void blanksJustInsideTheQuotesAreNotPartOfTheMostPopularTitle(String quoted) {
        Page page =
                parse(
                        oneCard("Body.\n")
                                + "Show more best episodes\nFAQ\n"
                                + "What is the most popular episode on Harbour Lights Radio?\n"
                                + "The episode title "
                                + quoted
                                + " is the most popular.\n");

        assertThat(page.faq().orElseThrow().mostPopularEpisode()).contains("Knots at night");
    }

    // ---------------------------------------------------------------- bytes

    @Test
    void fileThatIsNotUtf8FromItsFirstByteIsAnErrorAtTheFirstLine(@TempDir Path dir)
            throws IOException {
        // "Hi" in UTF-16 with its byte order mark: FF FE 48 00 69 00.
        Path file = dir.resolve("utf16.txt");
        Files.write(file, new byte[] {(byte) 0xFF, (byte) 0xFE, 'H', 0, 'i', 0});

        Page page = EpisodePageParser.parse(file);

        Diagnostic first = page.diagnostics().get(0);
        assertThat(tuple(first.severity(), first.code(), first.line(), first.column()))
                .isEqualTo(tuple(Severity.ERROR, "invalid-utf8", 1, 1));
        assertThat(first.message()).startsWith("byte 0xFF at byte offset 0 is not UTF-8");
    }

    @Test
    void badByteRightAfterACarriageReturnIsAtTheStartOfTheNextLine(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("cr.txt");
        Files.write(
                file,
                new byte[] {'T', 'i', 't', 'l', 'e', '\r', (byte) 0xFF, 'r', 'e', 's', 't', '\n'});

        Page page = EpisodePageParser.parse(file);

        assertThat(page.diagnostics())
                .filteredOn(d -> d.code().equals("invalid-utf8"))
                .extracting(Diagnostic::line, Diagnostic::column, Diagnostic::message)
                .containsExactly(
                        tuple(2, 1, "byte 0xFF at byte offset 6 is not UTF-8; read as U+FFFD"));
    }

    @Test
    void strictParseOfABadByteOnAnUnterminatedLastLineThrowsWithTheRestOfThatLine(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("last.txt");
        Files.write(
                file,
                new byte[] {
                    'K', 'n', 'o', 't', 's', '\n', 'L', 'a', 'm', 'p', 's', ' ', (byte) 0xFF
                });
        EpisodePageParser strict = EpisodePageParser.builder().strict(true).build();

        EpisodePageParseException e =
                catchThrowableOfType(EpisodePageParseException.class, () -> strict.parsePage(file));

        assertThat(e).isNotNull();
        assertThat(tuple(e.code(), e.line(), e.column(), e.offendingText()))
                .isEqualTo(tuple("invalid-utf8", 2, 7, "\uFFFD"));
    }
}
