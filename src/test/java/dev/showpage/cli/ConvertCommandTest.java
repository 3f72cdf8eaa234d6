package dev.showpage.cli;

import static dev.showpage.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.showpage.DateOrder;
import dev.showpage.EpisodePageParser;
import dev.showpage.json.PageJson;
import dev.showpage.json.PodcastChapters;
import dev.showpage.json.SchemaOrgJsonLd;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code convert}, run in process through {@link Main#run(CliIo, String...)}: every option, every
 * exit code, and the bytes it writes, compared with the library's own rendering and the golden file
 * of the example page.
 */
class ConvertCommandTest {

    // ---------------------------------------------------------------------------------------------
    // Pages, runs and file utilities, shared with ValidateCommandTest, UnreadableInputTest and
    // CliJarIT (same package).
    // ---------------------------------------------------------------------------------------------

    /** The example page: 10 episodes, warnings (missing title) at 121:1 and 163:1. */
    static final Path EXAMPLE = Path.of("testdata/goodpods/database-school.txt");

    /** The example page's golden JSON. */
    static final Path GOLDEN = Path.of("testdata/goodpods/database-school.json");

    /** The summary line: {@code converted N files: P pages, E episodes, W warnings, ...}. */
    static final Pattern SUMMARY =
            Pattern.compile(
                    "(converted|validated) (\\d+) files?: (\\d+) pages?, (\\d+) episodes?, (\\d+)"
                            + " warnings?, (\\d+) errors?, (\\d+) failed in \\d+(\\.\\d+)? s");

    /** One well-formed card. */
    static String card(String title, String date, String description) {
        return title
                + "\n"
                + "Harbour Lights Radio\n"
                + date
                + " • 45 min\n"
                + description
                + "\n"
                + "\n"
                + "1 Listener\n"
                + "\n";
    }

    /** A page with no diagnostic at all: one card released 03/14/25, a date read only one way. */
    static final String GOOD_PAGE =
            page(
                    1,
                    card(
                            "Lanterns on the jetty",
                            "03/14/25",
                            "We talk about the old paraffin lamps."));

    /**
     * One card released 03/04/25: a date that reads day or month first, on a page with no other
     * date to tell, so read in the configured order and reported as ambiguous.
     */
    static final String AMBIGUOUS_DATE_PAGE =
            page(
                    1,
                    card(
                            "Lanterns on the jetty",
                            "03/04/25",
                            "We talk about the old paraffin lamps."));

    /**
     * Line 18 ("15:75 - Back to the harbour"), in the chapter list of lines 15-19, is a time that
     * cannot exist: an invalid-timestamp error (a time out of order is only a warning).
     */
    static final String CHAPTER_ERROR_PAGE =
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
                    15:75 - Back to the harbour
                    30:00 - Home

                    1 Listener
                    """);

    /** Line 16, column 10: "Twitter: https://", a broken-url error. */
    static final String BROKEN_URL_PAGE =
            page(
                    1,
                    """
                    Lost links
                    Harbour Lights Radio
                    03/03/25 • 20 min
                    Some of our show notes were cut short.
                    Follow Ada:
                    Twitter: https://

                    1 Listener
                    """);

    /** The result of one run. */
    record Run(int exit, byte[] stdoutBytes, String err) {
        String out() {
            return new String(stdoutBytes, StandardCharsets.UTF_8);
        }

        List<String> errLines() {
            return err.isEmpty() ? List.of() : Arrays.asList(err.split("\\R"));
        }

        /** The stderr lines that name {@code file} (diagnostics and failure messages). */
        List<String> linesAbout(Object file) {
            String name = file.toString();
            return errLines().stream().filter(l -> l.startsWith(name + ":")).toList();
        }

        /** The stderr lines without the summary (which has the run's time in it). */
        List<String> errLinesWithoutSummary() {
            return errLines().stream().filter(l -> !SUMMARY.matcher(l).matches()).toList();
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out() + "\n--- stderr ---\n" + err;
        }
    }

    static Run run(String... args) {
        return run(new byte[0], false, args);
    }

    static Run run(byte[] stdin, boolean interactive, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = Main.run(new CliIo(new ByteArrayInputStream(stdin), o, e, interactive), args);
        }
        return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** Never a stack trace: no exception's name, no stack frame. */
    static void assertNoStackTrace(Run run) {
        assertThat(run.err())
                .as("stderr of %s", run)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    /** The summary, as {files, pages, episodes, warnings, errors, failed}; it is the last line. */
    static int[] summary(Run run, String verb) {
        List<String> lines = run.errLines();
        assertThat(lines).as("stderr of %s", run).isNotEmpty();
        String last = lines.get(lines.size() - 1);
        Matcher m = SUMMARY.matcher(last);
        assertThat(m.matches()).as("last stderr line is the summary: %s", last).isTrue();
        assertThat(m.group(1)).isEqualTo(verb);
        assertThat(lines.stream().filter(l -> SUMMARY.matcher(l).matches()))
                .as("one summary line")
                .hasSize(1);
        int[] counts = new int[6];
        for (int i = 0; i < 6; i++) {
            counts[i] = Integer.parseInt(m.group(i + 2));
        }
        return counts;
    }

    static Path write(Path file, String text) {
        return write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path copyExample(Path target) {
        return write(target, bytes(EXAMPLE));
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        return new String(bytes(file), StandardCharsets.UTF_8);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The page JSON the library makes of the example page. */
    static String exampleJson() {
        try {
            return PageJson.toJson(EpisodePageParser.parse(EXAMPLE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String json(String pageText) {
        return PageJson.toJson(EpisodePageParser.parse(pageText));
    }

    /**
     * The example page with byte 0xFF put in after its first 14 lines (after multi-byte characters
     * such as '•', so that a character offset would differ from the byte offset).
     */
    static byte[] notUtf8Example() {
        byte[] example = bytes(EXAMPLE);
        int offset = notUtf8Offset();
        byte[] damaged = new byte[example.length + 1];
        System.arraycopy(example, 0, damaged, 0, offset);
        damaged[offset] = (byte) 0xFF;
        System.arraycopy(example, offset, damaged, offset + 1, example.length - offset);
        return damaged;
    }

    /** Where {@link #notUtf8Example()} has its 0xFF: the byte offset of line 15's start. */
    static int notUtf8Offset() {
        byte[] example = bytes(EXAMPLE);
        int lines = 0;
        for (int i = 0; i < example.length; i++) {
            if (example[i] == '\n' && ++lines == 14) {
                int offset = i + 1;
                String before = new String(example, 0, offset, StandardCharsets.UTF_8);
                // The point of the position: characters before it take more than one byte each.
                if (before.length() == offset) {
                    throw new IllegalStateException("no multi-byte character before the 0xFF");
                }
                return offset;
            }
        }
        throw new IllegalStateException("the example page has fewer than 14 lines");
    }

    /** A symbolic link to nothing: a page that exists in the directory but cannot be read. */
    static Path danglingLink(Path link) {
        try {
            Files.createDirectories(link.getParent());
            return Files.createSymbolicLink(link, link.resolveSibling("nothing-here.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file below {@code dir}, by path relative to it, with its bytes. */
    static Map<String, byte[]> tree(Path dir) {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.exists(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.filter(Files::isRegularFile)
                    .forEach(
                            p ->
                                    files.put(
                                            dir.relativize(p).toString().replace('\\', '/'),
                                            bytes(p)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The names of every entry below {@code dir} (files, links, directories, hidden ones too). */
    static List<String> allNames(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.map(p -> dir.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertNoTempFiles(Path dir) {
        assertThat(allNames(dir))
                .as("entries below %s", dir)
                .noneMatch(name -> name.endsWith(".tmp"));
    }

    // ---------------------------------------------------------------------------------------------
    // One input, no --out: standard output.
    // ---------------------------------------------------------------------------------------------

    @Test
    void oneInputWithoutOutWritesTheExamplePageJsonToStdoutByteForByte() {
        Run run = run("convert", EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes())
                .as("stdout vs PageJson.toJson(parse(page))")
                .isEqualTo(utf8(exampleJson()));
        assertThat(run.stdoutBytes()).as("stdout vs the golden file").isEqualTo(bytes(GOLDEN));
        assertNoStackTrace(run);
    }

    @Test
    void formatJsonIsTheDefault() {
        Run run = run("convert", "--format", "json", EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes()).isEqualTo(bytes(GOLDEN));
    }

    @Test
    void diagnosticsArePrintedAsFileLineColumnSeverityMessage() {
        Run run = run("convert", EXAMPLE.toString());

        assertThat(run.linesAbout(EXAMPLE)).as("%s", run).hasSize(2);
        // FILE:LINE:COLUMN: severity: message, with a message after the prefix.
        assertThat(run.linesAbout(EXAMPLE).get(0))
                .matches(Pattern.quote(EXAMPLE + ":121:1: warning: ") + ".+");
        assertThat(run.linesAbout(EXAMPLE).get(1))
                .matches(Pattern.quote(EXAMPLE + ":163:1: warning: ") + ".+");
    }

    @Test
    void errorDiagnosticsCarryTheirPositionAndWithoutStrictThePageIsStillConverted(
            @TempDir Path dir) {
        Path chapters = write(dir.resolve("chapters.txt"), CHAPTER_ERROR_PAGE);
        Path url = write(dir.resolve("url.txt"), BROKEN_URL_PAGE);

        Run chapterRun = run("convert", chapters.toString());
        Run urlRun = run("convert", url.toString());

        assertThat(chapterRun.exit()).as("%s", chapterRun).isZero();
        assertThat(chapterRun.out()).isEqualTo(json(CHAPTER_ERROR_PAGE));
        assertThat(chapterRun.linesAbout(chapters))
                .singleElement(STRING)
                .startsWith(chapters + ":18:1: error: ");
        assertThat(urlRun.exit()).as("%s", urlRun).isZero();
        assertThat(urlRun.out()).isEqualTo(json(BROKEN_URL_PAGE));
        assertThat(urlRun.linesAbout(url))
                .singleElement(STRING)
                .startsWith(url + ":16:10: error: ");
    }

    @Test
    void standardInputIsReadForTheInputDash() {
        Run run = run(bytes(EXAMPLE), false, "convert", "-");

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes()).isEqualTo(bytes(GOLDEN));
        assertThat(run.linesAbout("-")).as("%s", run).hasSize(2);
        assertThat(run.linesAbout("-").get(0)).startsWith("-:121:1: warning: ");
        assertThat(run.linesAbout("-").get(1)).startsWith("-:163:1: warning: ");
    }

    @Test
    void aDirectoryHoldingOnePageIsOneInputAndGoesToStdout(@TempDir Path dir) {
        copyExample(dir.resolve("pages/sub/database-school.txt"));

        Run run = run("convert", dir.resolve("pages").toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes()).isEqualTo(bytes(GOLDEN));
    }

    @Test
    void severalInputsWithoutOutAreAUsageErrorForJson(@TempDir Path dir) {
        Path a = copyExample(dir.resolve("a.txt"));
        Path b = write(dir.resolve("b.txt"), GOOD_PAGE);

        Run twoFiles = run("convert", a.toString(), b.toString());
        Run directoryOfTwo = run("convert", dir.toString());

        for (Run run : List.of(twoFiles, directoryOfTwo)) {
            assertThat(run.exit()).as("%s", run).isEqualTo(2);
            assertThat(run.stdoutBytes()).as("%s", run).isEmpty();
            assertThat(run.err()).contains("--out");
            assertNoStackTrace(run);
        }
    }

    // ---------------------------------------------------------------------------------------------
    // --out DIR
    // ---------------------------------------------------------------------------------------------

    @Test
    void outWritesOneJsonFilePerInputMirroringTheInputTree(@TempDir Path dir) {
        Path pages = dir.resolve("pages");
        copyExample(pages.resolve("shows/database-school.txt"));
        write(pages.resolve("shows/harbour/deep/lanterns.txt"), GOOD_PAGE);
        write(pages.resolve("top.txt"), BROKEN_URL_PAGE);
        write(pages.resolve("notes.md"), "not a page: the default glob is *.txt");
        Path out = dir.resolve("out");

        Run run = run("convert", "--out", out.toString(), pages.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes()).as("nothing on stdout with --out").isEmpty();
        Map<String, byte[]> written = tree(out);
        assertThat(written)
                .containsOnlyKeys(
                        "shows/database-school.json",
                        "shows/harbour/deep/lanterns.json",
                        "top.json");
        assertThat(written.get("shows/database-school.json"))
                .isEqualTo(utf8(exampleJson()))
                .isEqualTo(bytes(GOLDEN));
        assertThat(written.get("shows/harbour/deep/lanterns.json"))
                .isEqualTo(utf8(json(GOOD_PAGE)));
        assertThat(written.get("top.json")).isEqualTo(utf8(json(BROKEN_URL_PAGE)));
        assertNoTempFiles(out);
    }

    @Test
    void outWithAFileInputWritesItsNameWithDotJson(@TempDir Path dir) {
        Path out = dir.resolve("out");

        Run run = run("convert", "--out", out.toString(), EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(tree(out)).containsOnlyKeys("database-school.json");
        assertThat(bytes(out.resolve("database-school.json"))).isEqualTo(bytes(GOLDEN));
        assertNoTempFiles(out);
    }

    @Test
    void outReplacesAnEarlierOutputWholeAndLeavesNoTempFiles(@TempDir Path dir) {
        Path out = dir.resolve("out");
        write(out.resolve("database-school.json"), "{\"stale\": true}\n");

        Run run = run("convert", "--out", out.toString(), EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(bytes(out.resolve("database-school.json"))).isEqualTo(bytes(GOLDEN));
        assertThat(allNames(out)).containsExactly("", "database-school.json");
    }

    @Test
    void standardInputWithOutIsWrittenToo(@TempDir Path dir) {
        Path out = dir.resolve("out");

        Run run = run(bytes(EXAMPLE), false, "convert", "--out", out.toString(), "-");

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(tree(out)).hasSize(1);
        assertThat(tree(out).values().iterator().next()).isEqualTo(bytes(GOLDEN));
        assertNoTempFiles(out);
    }

    // ---------------------------------------------------------------------------------------------
    // --format
    // ---------------------------------------------------------------------------------------------

    @Test
    void jsonlWritesOneCompactLinePerPageToStdoutInInputOrder(@TempDir Path dir) {
        Path good = write(dir.resolve("good.txt"), GOOD_PAGE);

        Run run = run("convert", "--format", "jsonl", EXAMPLE.toString(), good.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        String expected =
                PageJson.toCompactJson(parse(bytes(EXAMPLE)))
                        + "\n"
                        + PageJson.toCompactJson(EpisodePageParser.parse(GOOD_PAGE))
                        + "\n";
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.out().split("\n")).hasSize(2);
        assertThat(allNames(dir)).containsExactly("", "good.txt");
    }

    @Test
    void jsonlWithOutWritesTheWholeStreamToThatFile(@TempDir Path dir) {
        Path pages = dir.resolve("pages");
        copyExample(pages.resolve("a/database-school.txt"));
        write(pages.resolve("b/good.txt"), GOOD_PAGE);
        Path file = dir.resolve("stream/all.jsonl");

        Run toFile =
                run("convert", "--format", "jsonl", "--out", file.toString(), pages.toString());
        Run toStdout = run("convert", "--format", "jsonl", pages.toString());

        assertThat(toFile.exit()).as("%s", toFile).isZero();
        assertThat(toFile.stdoutBytes()).isEmpty();
        String expected =
                PageJson.toCompactJson(parse(bytes(EXAMPLE)))
                        + "\n"
                        + PageJson.toCompactJson(EpisodePageParser.parse(GOOD_PAGE))
                        + "\n";
        assertThat(text(file)).isEqualTo(expected);
        assertThat(bytes(file)).isEqualTo(toStdout.stdoutBytes());
        assertThat(allNames(dir.resolve("stream"))).containsExactly("", "all.jsonl");
    }

    @Test
    void chaptersWritesOneChaptersFilePerEpisodeThatHasChapters(@TempDir Path dir) {
        Path out = dir.resolve("out");
        Page page = parse(bytes(EXAMPLE));

        Run run =
                run("convert", "--format", "chapters", "--out", out.toString(), EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        Map<String, byte[]> expected = new TreeMap<>();
        for (Episode episode : page.episodes()) {
            if (!episode.chapters().isEmpty()) {
                expected.put(
                        "database-school.episode-" + episode.rank() + ".chapters.json",
                        utf8(PodcastChapters.toJson(episode)));
            }
        }
        assertThat(expected)
                .as("the example has episodes with and without chapters")
                .isNotEmpty()
                .hasSizeLessThan(page.episodes().size());
        Map<String, byte[]> written = tree(out);
        assertThat(written).containsOnlyKeys(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(written.get(name)).as(name).isEqualTo(bytes));
        assertNoTempFiles(out);
    }

    @Test
    void chaptersWithoutOutIsAUsageError() {
        Run run = run("convert", "--format", "chapters", EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(2);
        assertThat(run.stdoutBytes()).isEmpty();
        assertNoStackTrace(run);
    }

    @Test
    void jsonldWritesXDotJsonldWithTheSchemaOrgRendering(@TempDir Path dir) {
        Path out = dir.resolve("out");

        Run toDir =
                run("convert", "--format", "jsonld", "--out", out.toString(), EXAMPLE.toString());
        Run toStdout = run("convert", "--format", "jsonld", EXAMPLE.toString());

        String expected = SchemaOrgJsonLd.toJsonLd(parse(bytes(EXAMPLE)));
        assertThat(toDir.exit()).as("%s", toDir).isZero();
        assertThat(tree(out)).containsOnlyKeys("database-school.jsonld");
        assertThat(text(out.resolve("database-school.jsonld"))).isEqualTo(expected);
        assertThat(toStdout.exit()).as("%s", toStdout).isZero();
        assertThat(toStdout.out()).isEqualTo(expected);
        assertNoTempFiles(out);
    }

    // ---------------------------------------------------------------------------------------------
    // --strict
    // ---------------------------------------------------------------------------------------------

    @Test
    void strictFailsAnInputWithAnErrorAndDoesNotWriteItsOutput(@TempDir Path dir) {
        Path pages = dir.resolve("pages");
        Path good = copyExample(pages.resolve("database-school.txt"));
        Path chapters = write(pages.resolve("chapters.txt"), CHAPTER_ERROR_PAGE);
        Path url = write(pages.resolve("url.txt"), BROKEN_URL_PAGE);
        Path out = dir.resolve("out");

        Run run = run("convert", "--strict", "--out", out.toString(), pages.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(tree(out)).containsOnlyKeys("database-school.json");
        assertThat(bytes(out.resolve("database-school.json"))).isEqualTo(bytes(GOLDEN));
        assertThat(run.linesAbout(chapters))
                .as("%s", run)
                .anyMatch(l -> l.startsWith(chapters + ":18:1: error: "));
        assertThat(run.linesAbout(url))
                .as("%s", run)
                .anyMatch(l -> l.startsWith(url + ":16:10: error: "));
        assertThat(run.linesAbout(good)).as("warnings only: no failure").hasSize(2);
        int[] counts = summary(run, "converted");
        assertThat(counts).containsExactly(3, 3, 12, 2, 2, 2);
        assertNoTempFiles(out);
        assertNoStackTrace(run);
    }

    @Test
    void withoutStrictTheSamePagesAreAllConvertedAndTheExitIsZero(@TempDir Path dir) {
        Path pages = dir.resolve("pages");
        copyExample(pages.resolve("database-school.txt"));
        write(pages.resolve("chapters.txt"), CHAPTER_ERROR_PAGE);
        write(pages.resolve("url.txt"), BROKEN_URL_PAGE);
        Path out = dir.resolve("out");

        Run run = run("convert", "--out", out.toString(), pages.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(tree(out)).containsOnlyKeys("database-school.json", "chapters.json", "url.json");
        assertThat(text(out.resolve("chapters.json"))).isEqualTo(json(CHAPTER_ERROR_PAGE));
        assertThat(text(out.resolve("url.json"))).isEqualTo(json(BROKEN_URL_PAGE));
        assertThat(summary(run, "converted")).containsExactly(3, 3, 12, 2, 2, 0);
    }

    @Test
    void strictDoesNotFailOnWarnings() {
        Run run = run("convert", "--strict", EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes()).isEqualTo(bytes(GOLDEN));
    }

    @Test
    void strictWithOneInputAndAnErrorWritesNothingToStdout(@TempDir Path dir) {
        Path chapters = write(dir.resolve("chapters.txt"), CHAPTER_ERROR_PAGE);

        Run run = run("convert", "--strict", chapters.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.stdoutBytes()).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------
    // --jobs
    // ---------------------------------------------------------------------------------------------

    /**
     * 25 pages in three subfolders: copies of the example, pages of 1 to 4 cards, pages with errors
     * and warnings, and one that is not UTF-8.
     */
    static Path manyPages(Path pages) {
        for (int i = 0; i < 25; i++) {
            Path file = pages.resolve("set" + (i % 3)).resolve(String.format("p%02d.txt", i));
            if (i % 8 == 0) {
                copyExample(file);
            } else if (i == 13) {
                write(file, notUtf8Example());
            } else if (i % 5 == 0) {
                write(file, CHAPTER_ERROR_PAGE);
            } else if (i % 7 == 0) {
                write(file, BROKEN_URL_PAGE);
            } else {
                StringBuilder cards = new StringBuilder();
                int n = i % 4 + 1;
                for (int k = 1; k <= n; k++) {
                    cards.append(
                            card(
                                    "Episode " + i + "-" + k,
                                    String.format("%02d/%02d/24", k, i + 1),
                                    "Notes for page " + i + ", card " + k + "."));
                }
                write(file, page(n, cards.toString()));
            }
        }
        return pages;
    }

    @Test
    void jobsGiveTheSameJsonLinesStreamAndMessagesAsOneJob(@TempDir Path dir) {
        Path pages = manyPages(dir.resolve("pages"));

        Run one = run("convert", "--format", "jsonl", "--jobs", "1", pages.toString());
        Run two = run("convert", "--format", "jsonl", "--jobs", "2", pages.toString());
        Run four = run("convert", "--format", "jsonl", "--jobs", "4", pages.toString());

        assertThat(one.exit()).as("one page is not UTF-8: %s", one).isEqualTo(1);
        StringBuilder expected = new StringBuilder();
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (!file.getFileName().toString().equals("p13.txt")) {
                    expected.append(PageJson.toCompactJson(parse(bytes(file)))).append('\n');
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(one.out()).as("--jobs 1, in sorted path order").isEqualTo(expected.toString());
        assertThat(one.out().split("\n")).hasSize(24);
        for (Run run : List.of(two, four)) {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.stdoutBytes()).isEqualTo(one.stdoutBytes());
            assertThat(run.errLinesWithoutSummary()).isEqualTo(one.errLinesWithoutSummary());
            assertThat(summary(run, "converted")).containsExactly(summary(one, "converted"));
        }
    }

    @Test
    void jobsWriteTheSameFilesAsOneJob(@TempDir Path dir) {
        Path pages = manyPages(dir.resolve("pages"));
        Map<String, Map<String, byte[]>> outputs = new TreeMap<>();
        Map<String, List<String>> messages = new TreeMap<>();

        for (String jobs : List.of("1", "2", "4")) {
            Path out = dir.resolve("out" + jobs);
            Run run = run("convert", "--jobs", jobs, "--out", out.toString(), pages.toString());
            assertThat(run.exit()).as("%s", run).isEqualTo(1);
            assertNoTempFiles(out);
            outputs.put(jobs, tree(out));
            messages.put(jobs, run.errLinesWithoutSummary());
        }

        Map<String, byte[]> one = outputs.get("1");
        assertThat(one).hasSize(24).doesNotContainKey("set1/p13.json");
        assertThat(one.get("set0/p00.json")).isEqualTo(bytes(GOLDEN));
        for (String jobs : List.of("2", "4")) {
            assertThat(outputs.get(jobs)).as("--jobs %s", jobs).containsOnlyKeys(one.keySet());
            one.forEach(
                    (name, bytes) ->
                            assertThat(outputs.get(jobs).get(name))
                                    .as("--jobs %s: %s", jobs, name)
                                    .isEqualTo(bytes));
            assertThat(messages.get(jobs)).as("--jobs %s", jobs).isEqualTo(messages.get("1"));
        }
    }

    @ParameterizedTest(name = "--jobs {0}")
    @ValueSource(strings = {"0", "-1", "two"})
    void jobsBelowOneOrNotANumberIsAUsageError(String jobs) {
        Run run = run("convert", "--jobs", jobs, EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(2);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.err()).contains("--jobs");
        assertNoStackTrace(run);
    }

    // ---------------------------------------------------------------------------------------------
    // --date-order
    // ---------------------------------------------------------------------------------------------

    static Stream<Arguments> dateOrders() {
        return Stream.of(
                Arguments.of("mdy", DateOrder.MONTH_DAY_YEAR, "2025-03-04"),
                Arguments.of("dmy", DateOrder.DAY_MONTH_YEAR, "2025-04-03"),
                Arguments.of("ymd", DateOrder.YEAR_MONTH_DAY, "2003-04-25"));
    }

    @ParameterizedTest(name = "--date-order {0}")
    @MethodSource("dateOrders")
    void dateOrderDecidesHowNumericDatesAreRead(
            String option, DateOrder order, String released, @TempDir Path dir) {
        Path ambiguous = write(dir.resolve("ambiguous.txt"), AMBIGUOUS_DATE_PAGE);

        Run run = run("convert", "--date-order", option, ambiguous.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        Page expected =
                EpisodePageParser.builder().dateOrder(order).build().parsePage(AMBIGUOUS_DATE_PAGE);
        assertThat(run.out()).isEqualTo(PageJson.toJson(expected));
        assertThat(run.out()).contains("\"released\": \"" + released + "\"");
    }

    /**
     * A page of the generic layout whose one numeric date has dots (line 2): day first unless
     * {@code --date-order} is given, which is kept even when it names the default.
     */
    @Test
    void dottedDatesAreDayFirstUnlessAnOrderIsGiven(@TempDir Path dir) {
        Path dotted =
                write(
                        dir.resolve("dotted.txt"),
                        "Folge 12: Die Nachtfähre\nVeröffentlicht am 5.4.2019\nNotizen.\n");

        Run byDefault = run("convert", dotted.toString());
        Run mdy = run("convert", "--date-order", "mdy", dotted.toString());

        assertThat(byDefault.out()).contains("\"released\": \"2019-04-05\"");
        assertThat(mdy.out()).contains("\"released\": \"2019-05-04\"");
    }

    @Test
    void dateOrderDefaultsToMonthDayYear(@TempDir Path dir) {
        Path ambiguous = write(dir.resolve("ambiguous.txt"), AMBIGUOUS_DATE_PAGE);

        Run byDefault = run("convert", ambiguous.toString());
        Run mdy = run("convert", "--date-order", "mdy", ambiguous.toString());

        assertThat(byDefault.out()).contains("\"released\": \"2025-03-04\"").isEqualTo(mdy.out());
    }

    @Test
    void dateOrderThatIsNotOneOfTheThreeIsAUsageError() {
        Run run = run("convert", "--date-order", "ydm", EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(2);
        assertThat(run.stdoutBytes()).isEmpty();
        assertNoStackTrace(run);
    }

    // ---------------------------------------------------------------------------------------------
    // --quiet, --glob, the summary
    // ---------------------------------------------------------------------------------------------

    @Test
    void quietPrintsNoSummaryButStillPrintsDiagnostics() {
        Run run = run("convert", "--quiet", EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes()).isEqualTo(bytes(GOLDEN));
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0)).startsWith(EXAMPLE + ":121:1: warning: ");
        assertThat(run.errLines().get(1)).startsWith(EXAMPLE + ":163:1: warning: ");
    }

    @Test
    void quietStillPrintsFailuresButNoSummaryNorProgressOnATerminal(@TempDir Path dir) {
        Path pages = dir.resolve("pages");
        copyExample(pages.resolve("a.txt"));
        Path bad = write(pages.resolve("b.txt"), notUtf8Example());

        Run run =
                run(
                        new byte[0],
                        true,
                        "convert",
                        "-q",
                        "--out",
                        dir.resolve("out").toString(),
                        pages.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.err()).doesNotContain("\r");
        assertThat(run.errLines()).noneMatch(l -> SUMMARY.matcher(l).matches());
        assertThat(run.linesAbout(bad)).hasSize(1);
    }

    @Test
    void globChoosesWhichFilesOfADirectoryArePages(@TempDir Path dir) {
        Path pages = dir.resolve("pages");
        write(pages.resolve("a/lanterns.page"), GOOD_PAGE);
        write(pages.resolve("skipped.txt"), BROKEN_URL_PAGE);
        Path out = dir.resolve("out");

        Run run = run("convert", "--glob", "*.page", "--out", out.toString(), pages.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(tree(out)).containsOnlyKeys("a/lanterns.json");
        assertThat(text(out.resolve("a/lanterns.json"))).isEqualTo(json(GOOD_PAGE));
    }

    @Test
    void summaryIsOneLineAtTheEndCountingFilesPagesEpisodesWarningsErrorsAndFailures(
            @TempDir Path dir) {
        Path pages = dir.resolve("pages");
        copyExample(pages.resolve("a.txt"));
        write(pages.resolve("b.txt"), CHAPTER_ERROR_PAGE);
        write(pages.resolve("c.txt"), notUtf8Example());

        Run run = run("convert", "--out", dir.resolve("out").toString(), pages.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(summary(run, "converted")).containsExactly(3, 2, 11, 2, 1, 1);
        String last = run.errLines().get(run.errLines().size() - 1);
        assertThat(last)
                .startsWith(
                        "converted 3 files: 2 pages, 11 episodes, 2 warnings, 1 error, "
                                + "1 failed in ")
                .endsWith(" s");
    }

    // ---------------------------------------------------------------------------------------------
    // Inputs that fail, outputs that cannot be written
    // ---------------------------------------------------------------------------------------------

    @Test
    void damagedAndUnreadablePagesFailAloneAndTheGoodPageIsStillWritten(@TempDir Path dir) {
        Path pages = dir.resolve("pages");
        copyExample(pages.resolve("good/database-school.txt"));
        Path damaged = write(pages.resolve("damaged.txt"), notUtf8Example());
        Path unreadable = danglingLink(pages.resolve("links/unreadable.txt"));
        Path out = dir.resolve("out");

        Run run = run("convert", "--out", out.toString(), pages.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(tree(out)).containsOnlyKeys("good/database-school.json");
        assertThat(bytes(out.resolve("good/database-school.json")))
                .isEqualTo(utf8(exampleJson()))
                .isEqualTo(bytes(GOLDEN));
        assertThat(run.linesAbout(damaged))
                .as("%s", run)
                .singleElement(STRING)
                .containsIgnoringCase("UTF-8")
                .containsPattern("\\b" + notUtf8Offset() + "\\b");
        assertThat(run.linesAbout(unreadable))
                .as("%s", run)
                .singleElement(STRING)
                .hasSizeGreaterThan(unreadable.toString().length() + 2);
        assertThat(summary(run, "converted")).containsExactly(3, 1, 10, 2, 0, 2);
        assertNoStackTrace(run);
        assertNoTempFiles(out);
    }

    // A damaged, unreadable or missing input given alone: UnreadableInputTest, for both commands.

    @Test
    void missingFileIsOneMessageAndTheOtherInputsAreStillConverted(@TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");
        Path out = dir.resolve("out");

        Run withOthers =
                run("convert", "--out", out.toString(), missing.toString(), EXAMPLE.toString());

        assertThat(withOthers.exit()).as("%s", withOthers).isEqualTo(1);
        assertThat(tree(out)).containsOnlyKeys("database-school.json");
        assertThat(bytes(out.resolve("database-school.json"))).isEqualTo(bytes(GOLDEN));
        assertThat(withOthers.linesAbout(missing)).hasSize(1);
        assertNoStackTrace(withOthers);
    }

    @Test
    void directoryWithNoPagesIsOneMessageAndExit1(@TempDir Path dir) {
        Path empty = dir.resolve("empty");
        write(empty.resolve("notes.md"), "not a page");

        Run run = run("convert", "--out", dir.resolve("out").toString(), empty.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.linesAbout(empty)).singleElement(STRING).containsIgnoringCase("no pages");
        assertThat(dir.resolve("out")).doesNotExist();
        assertNoStackTrace(run);
    }

    @Test
    void outputPathBelowARegularFileIsOneMessageAndExit1(@TempDir Path dir) {
        Path regularFile = write(dir.resolve("regular"), "a file, not a directory");
        Path out = regularFile.resolve("out");

        Run run = run("convert", "--out", out.toString(), EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.errLines())
                .as("%s", run)
                .filteredOn(l -> l.contains(out.toString()))
                .hasSize(1);
        assertThat(allNames(dir)).containsExactly("", "regular");
        assertNoStackTrace(run);
    }

    @Test
    void jsonLinesFileBelowARegularFileIsOneMessageAndExit1(@TempDir Path dir) {
        Path regularFile = write(dir.resolve("regular"), "a file, not a directory");
        Path file = regularFile.resolve("all.jsonl");

        Run run = run("convert", "--format", "jsonl", "--out", file.toString(), EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.errLines())
                .as("%s", run)
                .filteredOn(l -> l.contains(file.toString()))
                .hasSize(1);
        assertThat(allNames(dir)).containsExactly("", "regular");
        assertNoStackTrace(run);
    }

    // ---------------------------------------------------------------------------------------------
    // Usage errors
    // ---------------------------------------------------------------------------------------------

    static Stream<Arguments> usageErrors() {
        String page = EXAMPLE.toString();
        return Stream.of(
                Arguments.of("unknown option", List.of("convert", "--bogus", page)),
                Arguments.of("no input", List.of("convert")),
                Arguments.of("several inputs without --out", List.of("convert", page, page)),
                Arguments.of("bad --format", List.of("convert", "--format", "xml", page)),
                Arguments.of("--jobs 0", List.of("convert", "--jobs", "0", page)),
                Arguments.of(
                        "chapters without --out", List.of("convert", "--format", "chapters", page)),
                Arguments.of("bad --date-order", List.of("convert", "--date-order", "x", page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void usageErrorsExitWith2AndConvertNothing(String name, List<String> args) {
        Run run = run(args.toArray(String[]::new));

        assertThat(run.exit()).as("%s", run).isEqualTo(2);
        assertThat(run.stdoutBytes()).as("%s", run).isEmpty();
        assertThat(run.err()).as("a message").isNotBlank();
        assertThat(run.errLines())
                .as("no page was read")
                .noneMatch(l -> l.startsWith(EXAMPLE + ":"))
                .noneMatch(l -> SUMMARY.matcher(l).matches());
        assertNoStackTrace(run);
    }

    // ---------------------------------------------------------------------------------------------

    static Page parse(byte[] utf8) {
        return EpisodePageParser.parse(new String(utf8, StandardCharsets.UTF_8));
    }
}
