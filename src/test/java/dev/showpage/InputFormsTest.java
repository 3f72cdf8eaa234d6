package dev.showpage;

import static dev.showpage.Pages.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import dev.showpage.model.SourcePosition;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same text gives the same page whatever form it arrives in, from any number of threads. */
class InputFormsTest {

    /**
     * A page with people, a promotion, chapters, links, a FAQ and diagnostics on three lines (8, 24
     * and 27), so that equal pages also mean equal line numbers.
     */
    static final String PAGE =
            Pages.page(
                    3,
                    """
                    Salt roads with Juno Achterberg
                    Harbour Lights Radio
                    05/06/25 • 61 min
                    Juno and Pieter walk the old salt road down to the harbour.
                    Want a printed tide almanac? Order the pocket edition: https://almanac.example.com/pocket.
                    Follow Juno:
                    Twitter: https://twitter.com/junoachter
                    Chapters:
                    00:00 - Setting out
                    30:00 - The toll house

                    1 Listener

                    05/13/25 • 55 min
                    Rosa mends nets on the quay.
                    Links Mentioned:
                    Net patterns: https://

                    1 Listener
                    Show more best episodes

                    FAQ
                    How many episodes does Harbour Lights Radio have?
                    Harbour Lights Radio currently has 42 episodes available.
                    Show more FAQ
                    """);

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static Page lf(String text) {
        return EpisodePageParser.parse(text);
    }

    @Test
    void thePageUsedHereHasDiagnosticsOnLaterLines() {
        assertThat(line(PAGE, 24)).isEqualTo("05/13/25 • 55 min");
        assertThat(line(PAGE, 27)).isEqualTo("Net patterns: https://");

        Page page = lf(PAGE);

        // Line 8 "Top 3" over two cards; line 24 a card without title; line 27 a broken URL
        // after "Net patterns: " (column 15).
        assertThat(page.diagnostics())
                .extracting(
                        Diagnostic::code,
                        Diagnostic::severity,
                        Diagnostic::line,
                        Diagnostic::column)
                .containsExactlyInAnyOrder(
                        tuple("heading-count", Severity.WARNING, 8, 1),
                        tuple("missing-title", Severity.WARNING, 24, 1),
                        tuple("broken-url", Severity.ERROR, 27, 15));
        assertThat(page.episodes()).hasSize(2);
    }

    @Test
    void stringReaderAndPathGiveEqualPages(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("page.txt");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);

        Page fromString = EpisodePageParser.parse(PAGE);

        // All lines of PAGE, through each entry point, static and on a built parser.
        assertThat(EpisodePageParser.parse(new StringReader(PAGE))).isEqualTo(fromString);
        assertThat(EpisodePageParser.parse(file)).isEqualTo(fromString);
        EpisodePageParser parser = EpisodePageParser.builder().build();
        assertThat(parser.parsePage(PAGE)).isEqualTo(fromString);
        assertThat(parser.parsePage(new StringReader(PAGE))).isEqualTo(fromString);
        assertThat(parser.parsePage(file)).isEqualTo(fromString);
    }

    @Test
    void readerIsReadToTheEndAndNotClosed() throws IOException {
        List<String> events = new ArrayList<>();
        Reader reader =
                new FilterReader(new StringReader(PAGE)) {
                    @Override
                    public void close() throws IOException {
                        events.add("closed");
                        super.close();
                    }
                };

        Page page = EpisodePageParser.parse(reader);

        // All lines of PAGE were read; the caller still owns the reader.
        assertThat(page).isEqualTo(lf(PAGE));
        assertThat(events).isEmpty();
    }

    @Test
    void byteOrderMarkIsIgnoredInStringsReadersAndFiles(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bom.txt");
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(body, 0, withBom, BOM.length, body.length);
        Files.write(file, withBom);

        // Line 1 of PAGE starts with U+FEFF; every line number and column stays the same.
        assertThat(EpisodePageParser.parse("\uFEFF" + PAGE)).isEqualTo(lf(PAGE));
        assertThat(EpisodePageParser.parse(new StringReader("\uFEFF" + PAGE))).isEqualTo(lf(PAGE));
        assertThat(EpisodePageParser.parse(file)).isEqualTo(lf(PAGE));
    }

    @Test
    void byteOrderMarkDoesNotShiftTheColumnOfTheFirstLine() {
        Page page = EpisodePageParser.parse("\uFEFF" + DamagedInputTest.RANDOM_PROSE);

        // Line 1 of RANDOM_PROSE after the BOM, where its one generic episode starts: still column
        // 1, and the same page as without it.
        assertThat(page).isEqualTo(lf(DamagedInputTest.RANDOM_PROSE));
        assertThat(page.episodes().get(0).source()).isEqualTo(new SourcePosition(1, 1));
    }

    private static String lineEnd(String name) {
        return name.equals("CRLF") ? "\r\n" : "\r";
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CRLF", "CR"})
    void crlfAndCrLineEndsGiveTheSamePageAsLf(String lineEndName) {
        String lineEnd = lineEnd(lineEndName);
        for (String text :
                List.of(
                        PAGE,
                        DamagedInputTest.RANDOM_PROSE,
                        DamagedInputTest.CHAPTERS_OUT_OF_ORDER,
                        DamagedInputTest.NO_DATE_LINE,
                        ConstructTest.HOST_PAGE,
                        ConstructTest.FAQ_PAGE,
                        ConstructTest.LABEL_ON_PREVIOUS_LINE_PAGE)) {
            // Every line of each page, with its line end replaced.
            assertThat(EpisodePageParser.parse(text.replace("\n", lineEnd)))
                    .as("%s line ends", lineEndName)
                    .isEqualTo(lf(text));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"CRLF", "CR"})
    void strictFailureOnCrlfOrCrTextHasTheLfPositionAndNoLineEndInItsText(String lineEndName) {
        EpisodePageParser strict = EpisodePageParser.builder().strict(true).build();
        String text = DamagedInputTest.URL_CUT_IN_HALF.replace("\n", lineEnd(lineEndName));

        EpisodePageParseException e =
                catchThrowableOfType(EpisodePageParseException.class, () -> strict.parsePage(text));

        // Line 16 "Tide tables: https://": the URL at column 14, offending text without '\r'.
        assertThat(e).isNotNull();
        assertThat(e.line()).isEqualTo(16);
        assertThat(e.column()).isEqualTo(14);
        assertThat(e.offendingText()).isEqualTo("https://");
    }

    @Test
    void missingTrailingNewlineGivesTheSamePage() {
        for (String text :
                List.of(
                        PAGE,
                        DamagedInputTest.RANDOM_PROSE,
                        ConstructTest.HEADER_PAGE,
                        ConstructTest.FAQ_PAGE)) {
            assertThat(text).endsWith("\n");
            // The last line of each page, without its line end.
            assertThat(EpisodePageParser.parse(text.substring(0, text.length() - 1)))
                    .isEqualTo(lf(text));
        }
    }

    @Test
    void strictParseOfAFileStopsAtTheSameLineAsOfTheString(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("page.txt");
        Files.writeString(file, PAGE, StandardCharsets.UTF_8);
        EpisodePageParser strict = EpisodePageParser.builder().strict(true).build();

        EpisodePageParseException fromFile =
                catchThrowableOfType(EpisodePageParseException.class, () -> strict.parsePage(file));
        EpisodePageParseException fromReader =
                catchThrowableOfType(
                        EpisodePageParseException.class,
                        () -> strict.parsePage(new StringReader(PAGE)));

        // Line 27: the broken URL is the page's only error (lines 8 and 24 are warnings).
        assertThat(fromFile).isNotNull();
        assertThat(fromReader).isNotNull();
        assertThat(List.of(fromFile, fromReader))
                .extracting(
                        EpisodePageParseException::code,
                        EpisodePageParseException::line,
                        EpisodePageParseException::column,
                        EpisodePageParseException::offendingText)
                .containsOnly(tuple("broken-url", 27, 15, "https://"));
    }

    @Test
    void parserIsReusableAcrossPages() {
        EpisodePageParser parser = EpisodePageParser.builder().build();

        Page first = parser.parsePage(PAGE);
        Page other = parser.parsePage(DamagedInputTest.CHAPTERS_OUT_OF_ORDER);
        Page again = parser.parsePage(PAGE);

        // All lines of PAGE, twice with another page between: nothing carries over.
        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(other).isEqualTo(parser.parsePage(DamagedInputTest.CHAPTERS_OUT_OF_ORDER));
        assertThat(other.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("chapter-order");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void oneParserGivesEqualPagesFromFourThreads() throws Exception {
        EpisodePageParser parser = EpisodePageParser.builder().build();
        Page expected = parser.parsePage(PAGE);
        int threads = 4;
        int rounds = 25;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Page>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                Callable<List<Page>> task =
                        () -> {
                            start.await();
                            List<Page> pages = new ArrayList<>();
                            for (int r = 0; r < rounds; r++) {
                                pages.add(parser.parsePage(PAGE));
                                // The static parser shares its state with nobody either.
                                pages.add(EpisodePageParser.parse(PAGE));
                            }
                            return pages;
                        };
                futures.add(pool.submit(task));
            }
            // All lines of PAGE, parsed 200 times on 4 threads at once.
            for (Future<List<Page>> future : futures) {
                assertThat(future.get(50, TimeUnit.SECONDS))
                        .hasSize(2 * rounds)
                        .containsOnly(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void differentPagesOnFourThreadsDoNotMixUp() throws Exception {
        EpisodePageParser parser = EpisodePageParser.builder().build();
        List<String> texts =
                List.of(
                        PAGE,
                        ConstructTest.HOST_PAGE,
                        DamagedInputTest.CHAPTERS_OUT_OF_ORDER,
                        DamagedInputTest.RANDOM_PROSE);
        List<Page> expected = texts.stream().map(parser::parsePage).toList();
        CyclicBarrier start = new CyclicBarrier(texts.size());
        ExecutorService pool = Executors.newFixedThreadPool(texts.size());
        try {
            List<Future<List<Page>>> futures = new ArrayList<>();
            for (String text : texts) {
                futures.add(
                        pool.submit(
                                () -> {
                                    start.await();
                                    List<Page> pages = new ArrayList<>();
                                    for (int r = 0; r < 25; r++) {
                                        pages.add(parser.parsePage(text));
                                    }
                                    return pages;
                                }));
            }
            // Each thread parses its own page: every result equals that page's single-thread
            // result.
            for (int i = 0; i < texts.size(); i++) {
                assertThat(futures.get(i).get(50, TimeUnit.SECONDS)).containsOnly(expected.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
