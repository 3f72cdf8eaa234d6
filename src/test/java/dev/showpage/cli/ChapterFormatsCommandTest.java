package dev.showpage.cli;

import static dev.showpage.cli.ConvertCommandTest.EXAMPLE;
import static dev.showpage.cli.ConvertCommandTest.assertNoStackTrace;
import static dev.showpage.cli.ConvertCommandTest.assertNoTempFiles;
import static dev.showpage.cli.ConvertCommandTest.bytes;
import static dev.showpage.cli.ConvertCommandTest.parse;
import static dev.showpage.cli.ConvertCommandTest.run;
import static dev.showpage.cli.ConvertCommandTest.summary;
import static dev.showpage.cli.ConvertCommandTest.tree;
import static dev.showpage.cli.ConvertCommandTest.utf8;
import static dev.showpage.cli.ConvertCommandTest.write;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.Pages;
import dev.showpage.cli.ConvertCommandTest.Run;
import dev.showpage.json.ChapterFile;
import dev.showpage.json.ChapterTestPages;
import dev.showpage.json.FfMetadataChapters;
import dev.showpage.json.PodloveSimpleChapters;
import dev.showpage.json.WebVttChapters;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code convert --format webvtt|ffmetadata|psc}: one file per episode with chapters, named like
 * the {@code chapters} format's, holding the library's rendering byte for byte; what a file leaves
 * out is a warning in the diagnostics' shape.
 */
class ChapterFormatsCommandTest {

    static Stream<Arguments> formats() {
        return Stream.of(
                Arguments.of(
                        "webvtt",
                        ".chapters.vtt",
                        (Function<Episode, ChapterFile>) WebVttChapters::toWebVtt),
                Arguments.of(
                        "ffmetadata",
                        ".chapters.ffmetadata",
                        (Function<Episode, ChapterFile>) FfMetadataChapters::toFfMetadata),
                Arguments.of(
                        "psc",
                        ".chapters.psc.xml",
                        (Function<Episode, ChapterFile>) PodloveSimpleChapters::toXml));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void oneFilePerEpisodeWithChaptersByteForByte(
            String format,
            String extension,
            Function<Episode, ChapterFile> writer,
            @TempDir Path dir) {
        Path out = dir.resolve("out");
        Page page = parse(bytes(EXAMPLE));

        Run run = run("convert", "--format", format, "--out", out.toString(), EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes()).isEmpty();
        Map<String, byte[]> expected = new TreeMap<>();
        for (Episode episode : page.episodes()) {
            if (!episode.chapters().isEmpty()) {
                expected.put(
                        "database-school.episode-" + episode.rank() + extension,
                        utf8(writer.apply(episode).text()));
            }
        }
        // Episodes 1-4 and 6-8 print chapter lists; 5, 9 and 10 do not.
        assertThat(expected.keySet())
                .containsExactlyInAnyOrder(
                        "database-school.episode-1" + extension,
                        "database-school.episode-2" + extension,
                        "database-school.episode-3" + extension,
                        "database-school.episode-4" + extension,
                        "database-school.episode-6" + extension,
                        "database-school.episode-7" + extension,
                        "database-school.episode-8" + extension);
        Map<String, byte[]> written = tree(out);
        assertThat(written).containsOnlyKeys(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(written.get(name)).as(name).isEqualTo(bytes));
        assertNoTempFiles(out);
        // The page's own two warnings (lines 121 and 163), and no more: every chapter is written.
        assertThat(summary(run, "converted")).containsExactly(1, 1, 10, 2, 0, 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"webvtt", "ffmetadata"})
    void aChapterLeftOutIsAWarningAtItsEpisode(String format, @TempDir Path dir) {
        Path pageFile = write(dir.resolve("pages/tricky.txt"), ChapterTestPages.TRICKY);
        Path out = dir.resolve("out");

        Run run = run("convert", "--format", format, "--out", out.toString(), pageFile.toString());

        assertThat(run.exit()).as("warnings do not fail the input: %s", run).isZero();
        // Episode 2 starts at line 24; its chapter 3 (line 31) has no end.
        assertThat(run.linesAbout(pageFile))
                .containsExactly(
                        pageFile
                                + ":"
                                + ChapterTestPages.TRICKY_EPISODE_2_LINE
                                + ":1: warning: episode 2: chapter 3 (\"Dawn --> lamps out\", at"
                                + " 00:25:30.000) has no end: no chapter starts after it, and the"
                                + " episode's length is not known; left out");
        assertThat(summary(run, "converted")).containsExactly(1, 1, 2, 1, 0, 0);
        // Episode 2's file is still written, with its other two chapters.
        Page page = EpisodePageParser.parse(ChapterTestPages.TRICKY);
        Function<Episode, ChapterFile> writer =
                format.equals("webvtt")
                        ? WebVttChapters::toWebVtt
                        : FfMetadataChapters::toFfMetadata;
        String extension = format.equals("webvtt") ? ".vtt" : ".ffmetadata";
        Map<String, byte[]> written = tree(out);
        assertThat(written)
                .containsOnlyKeys(
                        "tricky.episode-1.chapters" + extension,
                        "tricky.episode-2.chapters" + extension);
        assertThat(written.get("tricky.episode-2.chapters" + extension))
                .isEqualTo(utf8(writer.apply(page.episodes().get(1)).text()));
        assertThat(writer.apply(page.episodes().get(1)).chapters()).hasSize(2);
    }

    @Test
    void pscWritesTheLastChapterWithoutAnEndAndWarnsOfNothing(@TempDir Path dir) {
        Path pageFile = write(dir.resolve("tricky.txt"), ChapterTestPages.TRICKY);
        Path out = dir.resolve("out");

        Run run = run("convert", "--format", "psc", "--out", out.toString(), pageFile.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.linesAbout(pageFile)).isEmpty();
        assertThat(tree(out).get("tricky.episode-2.chapters.psc.xml"))
                .asString()
                .contains("title=\"Dawn --&gt; lamps out\"");
    }

    @Test
    void anEpisodeNoneOfWhoseChaptersCanBeWrittenGetsNoFile(@TempDir Path dir) {
        // Lines 16-17: two chapters at 00:00, on a card that gives no length (line 13), so neither
        // has an end.
        String text =
                Pages.page(
                        1,
                        """
                        Fog horn
                        Harbour Lights Radio
                        03/04/25
                        The horn sounds all night.
                        Chapters:
                        00:00 - The horn
                        00:00 - The bell

                        1 Listener
                        """);
        Path pageFile = write(dir.resolve("fog.txt"), text);
        Path out = dir.resolve("out");

        Run run =
                run("convert", "--format", "webvtt", "--out", out.toString(), pageFile.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(tree(out)).isEmpty();
        String at = Pattern.quote(pageFile + ":11:1: warning: episode 1: ");
        assertThat(run.linesAbout(pageFile))
                .anyMatch(l -> l.matches(at + "chapter 1 \\(\"The horn\".*left out"))
                .anyMatch(l -> l.matches(at + "chapter 2 \\(\"The bell\".*left out"))
                .contains(
                        pageFile
                                + ":11:1: warning: episode 1: none of its chapters can be written,"
                                + " so it has no webvtt file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"webvtt", "ffmetadata", "psc"})
    void withoutOutIsAUsageError(String format) {
        Run run = run("convert", "--format", format, EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(2);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.err())
                .contains("--format " + format + " writes one file per episode: give --out DIR");
        assertNoStackTrace(run);
    }

    @Test
    void theHelpNamesTheFormatsAndTheirFiles() {
        Run run = run("convert", "--help");

        assertThat(run.exit()).isZero();
        assertThat(run.out().replaceAll("\\s+", " "))
                .contains("chapters, webvtt, ffmetadata or psc")
                .contains("chapters X.episode-N.chapters.json")
                .contains("webvtt X.episode-N.chapters.vtt")
                .contains("ffmetadata X.episode-N.chapters.ffmetadata")
                .contains("psc X.episode-N.chapters.psc.xml");
    }
}
