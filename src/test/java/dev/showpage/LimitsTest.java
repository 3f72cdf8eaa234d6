package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The parser's limits: {@code maxInputLength} (nothing is parsed past it), {@code maxDiagnostics}
 * (the first ones in page order are kept, with a last warning), bytes that are not UTF-8 read
 * through {@code parse(Path)}, and the default values of both limits.
 */
class LimitsTest {

    @TempDir Path dir;

    // ---------------------------------------------------------------- maxInputLength

    /**
     * A page with nothing in it but the one error, at 1:1; no layout was recognised, so it has the
     * layout that takes any page.
     */
    private static void assertNotParsed(Page page, int length, int limit) {
        assertThat(page.layout()).isEqualTo("generic");
        assertThat(page.show()).isEmpty();
        assertThat(page.navigation()).isEmpty();
        assertThat(page.heading()).isEmpty();
        assertThat(page.summary()).isEmpty();
        assertThat(page.episodes()).isEmpty();
        assertThat(page.faq()).isEmpty();
        assertThat(page.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.ERROR);
                            assertThat(d.code()).isEqualTo("input-too-large");
                            assertThat(d.line()).isEqualTo(1);
                            assertThat(d.column()).isEqualTo(1);
                            assertThat(d.message())
                                    .contains(String.valueOf(length))
                                    .contains(String.valueOf(limit));
                        });
    }

    @Test
    void inputOneCharacterOverTheLimitIsNotParsed() throws IOException {
        String text = Corpus.example();
        int limit = text.length() - 1;
        EpisodePageParser parser = EpisodePageParser.builder().maxInputLength(limit).build();

        assertNotParsed(parser.parsePage(text), text.length(), limit);
        assertNotParsed(parser.parsePage(new StringReader(text)), text.length(), limit);
        assertNotParsed(parser.parsePage(Corpus.EXAMPLE), text.length(), limit);
        assertNotParsed(
                parser.parsePage(new ByteArrayInputStream(Files.readAllBytes(Corpus.EXAMPLE))),
                text.length(),
                limit);
    }

    @Test
    void streamOfMoreThanFourBytesPerAllowedCharacterIsRefusedUnreadAndLeftOpen()
            throws IOException {
        // A UTF-8 character is at most 4 bytes: 41 bytes cannot be 10 characters or fewer.
        int[] closed = {0};
        ByteArrayInputStream in =
                new ByteArrayInputStream("x".repeat(100).getBytes(StandardCharsets.UTF_8)) {
                    @Override
                    public void close() {
                        closed[0]++;
                    }
                };
        EpisodePageParser parser = EpisodePageParser.builder().maxInputLength(10).build();

        Page page = parser.parsePage(in);

        assertNotParsed(page, 40, 10);
        assertThat(in.available()).as("bytes past the 41st are not read").isEqualTo(59);
        assertThat(closed[0]).as("the caller's stream is not closed").isZero();
    }

    @Test
    void inputAtTheLimitIsParsedAsWithoutOne() throws IOException {
        String text = Corpus.example();
        EpisodePageParser parser =
                EpisodePageParser.builder().maxInputLength(text.length()).build();

        Page page = parser.parsePage(text);

        assertThat(page).isEqualTo(EpisodePageParser.parse(text));
        assertThat(page.episodes()).hasSize(10);
        assertThat(parser.parsePage(new StringReader(text))).isEqualTo(page);
        assertThat(parser.parsePage(new ByteArrayInputStream(Files.readAllBytes(Corpus.EXAMPLE))))
                .isEqualTo(page);
    }

    @Test
    void theLimitCountsCharactersNotBytes() throws IOException {
        // The example page has "Søren", "they’ve", "—": more UTF-8 bytes than characters.
        String text = Corpus.example();
        long bytes = Files.size(Corpus.EXAMPLE);
        assertThat(bytes).isGreaterThan(text.length());
        EpisodePageParser parser =
                EpisodePageParser.builder().maxInputLength(text.length()).build();

        assertThat(parser.parsePage(Corpus.EXAMPLE).episodes()).hasSize(10);
    }

    @Test
    void strictParserThrowsInputTooLargeAtOneOne() {
        EpisodePageParser strict =
                EpisodePageParser.builder().strict(true).maxInputLength(10).build();

        EpisodePageParseException e =
                catchThrowableOfType(
                        EpisodePageParseException.class, () -> strict.parsePage("x".repeat(11)));

        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo("input-too-large");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.offendingText()).isEmpty();
        assertThat(e.diagnostic().severity()).isEqualTo(Severity.ERROR);
        assertThat(e.getMessage()).isEqualTo("line 1:1: " + e.errorMessage());
    }

    @Test
    void tooLargeWinsOverInvalidUtf8() throws IOException {
        Path file = dir.resolve("bad.txt");
        Files.write(file, bytes("abc", 0xFF, "defghij\n"));
        EpisodePageParser parser = EpisodePageParser.builder().maxInputLength(5).build();

        assertNotParsed(parser.parsePage(file), 12, 5);
    }

    @ParameterizedTest(name = "limit {0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void limitsBelowOneAreRejected(int limit) {
        assertThatThrownBy(() -> EpisodePageParser.builder().maxInputLength(limit))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpisodePageParser.builder().maxDiagnostics(limit))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void limitOfOneIsAllowed() {
        EpisodePageParser parser =
                EpisodePageParser.builder().maxInputLength(1).maxDiagnostics(1).build();

        assertThat(parser.parsePage("\n").episodes()).isEmpty();
        assertNotParsed(parser.parsePage("\n\n"), 2, 1);
    }

    // ---------------------------------------------------------------- maxDiagnostics

    /**
     * The example page with "Top 3" for "Top 10" (a heading-count warning on line 8, which the
     * parser finds only after it has read every card) and Aaron's Twitter URL cut to "https://" (a
     * broken-url error in each of the six cards that has it), besides the page's own two
     * missing-title warnings: diagnostics that are found out of page order.
     */
    static String manyDiagnosticsPage() {
        return Corpus.example()
                .replace("Top 10 Database", "Top 3 Database")
                .replace("https://twitter.com/aarondfrancis", "https://");
    }

    @Test
    void diagnosticsPastTheLimitAreCutAfterTheFirstOnesInPageOrder() {
        String text = manyDiagnosticsPage();
        List<Diagnostic> all = EpisodePageParser.parse(text).diagnostics();
        assertThat(all).hasSizeGreaterThanOrEqualTo(8);
        assertThat(all.get(0).code()).isEqualTo("heading-count");
        assertThat(all)
                .isSortedAccordingTo(
                        (a, b) ->
                                a.line() != b.line()
                                        ? Integer.compare(a.line(), b.line())
                                        : Integer.compare(a.column(), b.column()));

        for (int limit = 1; limit < all.size(); limit++) {
            List<Diagnostic> kept =
                    EpisodePageParser.builder()
                            .maxDiagnostics(limit)
                            .build()
                            .parsePage(text)
                            .diagnostics();

            assertThat(kept).as("limit %d", limit).hasSize(limit + 1);
            assertThat(kept.subList(0, limit))
                    .as("limit %d", limit)
                    .isEqualTo(all.subList(0, limit));
            Diagnostic last = kept.get(limit);
            Diagnostic firstLeftOut = all.get(limit);
            assertThat(last.severity()).as("limit %d", limit).isEqualTo(Severity.WARNING);
            assertThat(last.code()).as("limit %d", limit).isEqualTo("too-many-diagnostics");
            assertThat(last.position()).as("limit %d", limit).isEqualTo(firstLeftOut.position());
            assertThat(last.message())
                    .as("limit %d", limit)
                    .contains(String.valueOf(all.size() - limit))
                    .contains(String.valueOf(limit));
        }
    }

    @Test
    void diagnosticsAtOrUnderTheLimitAreAllKept() {
        String text = manyDiagnosticsPage();
        List<Diagnostic> all = EpisodePageParser.parse(text).diagnostics();

        for (int limit : new int[] {all.size(), all.size() + 1, 1000}) {
            assertThat(
                            EpisodePageParser.builder()
                                    .maxDiagnostics(limit)
                                    .build()
                                    .parsePage(text)
                                    .diagnostics())
                    .as("limit %d", limit)
                    .isEqualTo(all);
        }
    }

    @Test
    void theLimitLeavesTheRestOfThePageAlone() {
        String text = manyDiagnosticsPage();
        Page all = EpisodePageParser.parse(text);
        Page cut = EpisodePageParser.builder().maxDiagnostics(1).build().parsePage(text);

        assertThat(cut.episodes()).isEqualTo(all.episodes());
        assertThat(cut.show()).isEqualTo(all.show());
        assertThat(cut.faq()).isEqualTo(all.faq());
    }

    @Test
    void strictParserThrowsTheFirstErrorWhateverTheLimit() {
        String text = manyDiagnosticsPage();
        Diagnostic firstError =
                EpisodePageParser.parse(text).diagnostics().stream()
                        .filter(d -> d.severity() == Severity.ERROR)
                        .findFirst()
                        .orElseThrow();
        EpisodePageParser strict =
                EpisodePageParser.builder().strict(true).maxDiagnostics(1).build();

        EpisodePageParseException e =
                catchThrowableOfType(EpisodePageParseException.class, () -> strict.parsePage(text));

        assertThat(e).isNotNull();
        assertThat(e.diagnostic()).isEqualTo(firstError);
    }

    // ---------------------------------------------------------------- default values

    @Test
    void defaultLimitValues() {
        assertThat(EpisodePageParser.DEFAULT_MAX_INPUT_LENGTH).isEqualTo(64 * 1024 * 1024);
        assertThat(EpisodePageParser.DEFAULT_MAX_DIAGNOSTICS).isEqualTo(1000);
    }

    @Test
    void defaultParserRefusesOneCharacterOverSixtyFourMebi() {
        String text = "x".repeat(EpisodePageParser.DEFAULT_MAX_INPUT_LENGTH + 1);

        assertNotParsed(
                EpisodePageParser.parse(text),
                text.length(),
                EpisodePageParser.DEFAULT_MAX_INPUT_LENGTH);
        assertNotParsed(
                EpisodePageParser.builder().build().parsePage(text),
                text.length(),
                EpisodePageParser.DEFAULT_MAX_INPUT_LENGTH);
    }

    @Test
    void defaultParserKeepsAThousandDiagnostics() {
        // Each of lines 1-1005 has one error, a link cut to its scheme (loose words alone are the
        // show notes of a generic page, with nothing to report).
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 1005; i++) {
            text.append("Loose words on line ").append(i).append(" of no page: https://\n");
        }

        for (Page page :
                new Page[] {
                    EpisodePageParser.parse(text.toString()),
                    EpisodePageParser.builder().build().parsePage(text.toString())
                }) {
            List<Diagnostic> diagnostics = page.diagnostics();
            assertThat(diagnostics).hasSize(1001);
            assertThat(diagnostics.subList(0, 1000))
                    .extracting(Diagnostic::line)
                    .containsExactlyElementsOf(Stream.iterate(1, i -> i + 1).limit(1000).toList());
            assertThat(diagnostics.get(1000).code()).isEqualTo("too-many-diagnostics");
            assertThat(diagnostics.get(1000).line()).isEqualTo(1001);
            assertThat(diagnostics.get(1000).message()).contains("5 more").contains("1000");
        }
    }

    // ---------------------------------------------------------------- bytes that are not UTF-8

    /** Bytes of the strings (as UTF-8) and of the ints (as single bytes), in order. */
    static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    static final String HEADER = "Database School\nTry Hard Studios\n\n1 Listener\n";

    /** Malformed UTF-8, each placed after "Søren says h" on line 8 of a one-card page. */
    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("0xFF, never UTF-8", new int[] {0xFF}, 0xFF),
                Arguments.of("a lone continuation byte", new int[] {0x80}, 0x80),
                Arguments.of("an overlong NUL (C0 80)", new int[] {0xC0, 0x80}, 0xC0),
                Arguments.of("an encoded surrogate (ED A0 80)", new int[] {0xED, 0xA0, 0x80}, 0xED),
                Arguments.of("a sequence cut short (E2 82)", new int[] {0xE2, 0x82}, 0xE2),
                Arguments.of("Latin-1 e acute (E9)", new int[] {0xE9}, 0xE9));
    }

    /** Lines 1 to 7 and the start of line 8, up to the first bad byte. */
    private static String beforeBadBytes(String lineEnd) {
        return (HEADER + "Title\nDatabase School\n02/17/25 \u2022 84 min\n").replace("\n", lineEnd)
                + "S\u00f8ren says h";
    }

    /** The byte offset of the first bad byte: the UTF-8 length of what comes before it. */
    private static int badOffset(String lineEnd) {
        return beforeBadBytes(lineEnd).getBytes(StandardCharsets.UTF_8).length;
    }

    private static byte[] pageWithBadBytes(int[] bad, String lineEnd) {
        List<Object> parts = new ArrayList<>();
        parts.add(beforeBadBytes(lineEnd));
        for (int b : bad) {
            parts.add(b);
        }
        parts.add(("llo to everyone" + "\n\n1 Listener\n").replace("\n", lineEnd));
        return bytes(parts.toArray());
    }

    @ParameterizedTest(name = "{0}, line ends {3}")
    @MethodSource("malformedWithLineEnds")
    void lenientParseReportsTheFirstBadByteAndReadsOn(
            String what, int[] bad, int firstBad, String lineEndName, String lineEnd)
            throws IOException {
        byte[] content = pageWithBadBytes(bad, lineEnd);
        Path file = dir.resolve("page.txt");
        Files.write(file, content);
        int offset = badOffset(lineEnd);
        assertThat(content[offset] & 0xFF).isEqualTo(firstBad);

        for (Page page :
                new Page[] {
                    EpisodePageParser.parse(file),
                    EpisodePageParser.builder().build().parsePage(file),
                    EpisodePageParser.builder().build().parsePage(new ByteArrayInputStream(content))
                }) {
            Diagnostic invalid =
                    page.diagnostics().stream()
                            .filter(d -> d.code().equals("invalid-utf8"))
                            .findFirst()
                            .orElseThrow(
                                    () ->
                                            new AssertionError(
                                                    what
                                                            + ": no invalid-utf8 in "
                                                            + page.diagnostics()));
            assertThat(invalid.severity()).isEqualTo(Severity.ERROR);
            assertThat(invalid.line()).as(what).isEqualTo(8);
            // Columns count UTF-16 code units: "Søren says h" is 12 of them.
            assertThat(invalid.column()).as(what).isEqualTo(13);
            assertThat(invalid.message())
                    .as(what)
                    .contains("byte offset " + offset)
                    .contains(String.format("0x%02X", firstBad));
            assertThat(page.diagnostics())
                    .as(what)
                    .filteredOn(d -> d.code().equals("invalid-utf8"))
                    .hasSize(1);
            // The rest of the page is read, with U+FFFD for what is not UTF-8.
            assertThat(page.show())
                    .as(what)
                    .hasValueSatisfying(
                            show -> assertThat(show.title()).isEqualTo("Database School"));
            assertThat(page.episodes())
                    .as(what)
                    .singleElement()
                    .satisfies(
                            e -> {
                                assertThat(e.title()).hasValue("Title");
                                assertThat(e.listeners()).hasValue(1);
                                assertThat(e.description())
                                        .hasValueSatisfying(
                                                d ->
                                                        assertThat(d)
                                                                .startsWith(
                                                                        "S\u00f8ren says h\uFFFD")
                                                                .endsWith("llo to everyone"));
                            });
        }
    }

    static Stream<Arguments> malformedWithLineEnds() {
        return malformed()
                .flatMap(
                        a ->
                                Stream.of(
                                        Arguments.of(
                                                a.get()[0], a.get()[1], a.get()[2], "LF", "\n"),
                                        Arguments.of(
                                                a.get()[0], a.get()[1], a.get()[2], "CRLF", "\r\n"),
                                        Arguments.of(
                                                a.get()[0], a.get()[1], a.get()[2], "CR", "\r")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void strictParseThrowsAtTheFirstBadByte(String what, int[] bad, int firstBad)
            throws IOException {
        byte[] content = pageWithBadBytes(bad, "\n");
        Path file = dir.resolve("page.txt");
        Files.write(file, content);
        EpisodePageParser strict = EpisodePageParser.builder().strict(true).build();

        EpisodePageParseException e =
                catchThrowableOfType(EpisodePageParseException.class, () -> strict.parsePage(file));

        assertThat(e).as(what).isNotNull();
        assertThat(e.code()).isEqualTo("invalid-utf8");
        assertThat(e.line()).isEqualTo(8);
        assertThat(e.column()).isEqualTo(13);
        assertThat(e.errorMessage())
                .contains("byte offset " + badOffset("\n"))
                .contains(String.format("0x%02X", firstBad));
        assertThat(e.offendingText()).startsWith("\uFFFD").endsWith("llo to everyone");
    }

    @Test
    void onlyTheFirstBadByteIsNamed() throws IOException {
        Path file = dir.resolve("two.txt");
        Files.write(file, bytes("ab", 0xFF, "cd\nef", 0xFE, "gh\n"));

        Page page = EpisodePageParser.parse(file);

        assertThat(page.diagnostics())
                .filteredOn(d -> d.code().equals("invalid-utf8"))
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.position()).hasToString("1:3");
                            assertThat(d.message()).contains("byte offset 2").contains("0xFF");
                        });
    }

    @Test
    void badByteAtTheVeryEndOfTheFile() throws IOException {
        Path file = dir.resolve("end.txt");
        // The first two bytes of a four-byte sequence (an emoji), then the end of the file.
        Files.write(file, bytes(HEADER, "x", 0xF0, 0x9F));

        Page page = EpisodePageParser.parse(file);

        assertThat(page.diagnostics())
                .filteredOn(d -> d.code().equals("invalid-utf8"))
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.position()).hasToString("5:2");
                            assertThat(d.message())
                                    .contains("byte offset " + (HEADER.length() + 1));
                        });
    }

    @Test
    void validUtf8WithAByteOrderMarkReadsAsTheTextWithoutIt() throws IOException {
        String text = Corpus.example();
        Path file = dir.resolve("bom.txt");
        Files.write(file, bytes(0xEF, 0xBB, 0xBF, text));

        assertThat(EpisodePageParser.parse(file)).isEqualTo(EpisodePageParser.parse(text));
    }
}
