package dev.showpage.json;

import static dev.showpage.json.ChapterTestPages.chapter;
import static dev.showpage.json.ChapterTestPages.episode;
import static dev.showpage.json.DatabaseSchoolJsonTest.CARDS;
import static dev.showpage.json.DatabaseSchoolJsonTest.MAPPER;
import static dev.showpage.json.DatabaseSchoolJsonTest.PAGE;
import static dev.showpage.json.DatabaseSchoolJsonTest.PRINTED_CHAPTERS;
import static dev.showpage.json.DatabaseSchoolJsonTest.pageChapters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.json.ChapterTestPages.Expected;
import dev.showpage.json.DatabaseSchoolJsonTest.Card;
import dev.showpage.json.DatabaseSchoolJsonTest.PageChapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The round trip through FFmpeg itself: {@link FfMetadataChapters}' file is embedded into a silent
 * MP3 with the command its documentation gives ({@code ffmpeg -i audio -i chapters -map_metadata 1
 * -map_chapters 1 -c copy out.mp3}), and {@code ffprobe -show_chapters} must read back the starts,
 * ends and titles the page prints.
 *
 * <p>Needs {@code ffmpeg} and {@code ffprobe} on the path: skipped without them, but failed under
 * {@code CI=true}, where {@code .ci/run} installs them.
 */
class FfmpegChaptersRoundTripTest {

    private static final long PROCESS_TIMEOUT_SECONDS = 300;

    @TempDir static Path dir;

    private static Path silence;

    /** Every case: a name, the episode, and the chapters FFmpeg must hold, from the page's text. */
    static Stream<Arguments> episodes() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        Page example = EpisodePageParser.parse(PAGE);
        for (Card card : CARDS) {
            List<PageChapter> printed = pageChapters(PRINTED_CHAPTERS.get(card.rank()));
            if (printed.isEmpty()) {
                continue;
            }
            List<Expected> expected = ChapterTestPages.withEnds(printed, card.durationSeconds());
            cases.add(
                    Arguments.of(
                            "example page, episode " + card.rank() + " (line " + card.line() + ")",
                            example.episodes().get(card.rank() - 1),
                            expected));
        }
        Page tricky = EpisodePageParser.parse(ChapterTestPages.TRICKY);
        cases.add(
                Arguments.of(
                        "invented page, episode 1: escaped titles",
                        tricky.episodes().get(0),
                        ChapterTestPages.TRICKY_EPISODE_1));
        cases.add(
                Arguments.of(
                        "invented page, episode 2: the last chapter has no end and is left out",
                        tricky.episodes().get(1),
                        ChapterTestPages.TRICKY_EPISODE_2.subList(0, 2)));
        cases.add(
                Arguments.of(
                        "built episode: line breaks, backslashes and spaces at the ends",
                        episode(
                                Duration.ofMinutes(3),
                                chapter(0, 60, "One\nTwo\r\nThree \\ four"),
                                chapter(60, 90, "  \\\n;#=[CHAPTER]  "),
                                chapter(90, -1, "Ends with a backslash \\")),
                        List.of(
                                new Expected(0, 60, "One\nTwo\r\nThree \\ four"),
                                new Expected(60, 90, "  \\\n;#=[CHAPTER]  "),
                                // Replaced: FFmpeg would join the next line to the title.
                                new Expected(90, 180, "Ends with a backslash \uFFFD"))));
        return cases.stream();
    }

    @BeforeAll
    static void makeSilence() throws IOException {
        requireTool("ffmpeg");
        requireTool("ffprobe");
        long longest =
                episodes()
                        .map(a -> (Episode) a.get()[1])
                        .flatMap(e -> FfMetadataChapters.toFfMetadata(e).chapters().stream())
                        .mapToLong(c -> c.end().orElseThrow().getSeconds())
                        .max()
                        .orElseThrow();
        silence = dir.resolve("silence.mp3");
        // 8 kHz mono at 8 kbit/s: an hour and a half of silence encodes in seconds.
        run(
                "ffmpeg",
                "-v",
                "error",
                "-nostdin",
                "-f",
                "lavfi",
                "-i",
                "anullsrc=r=8000:cl=mono",
                "-t",
                Long.toString(longest + 1),
                "-c:a",
                "libmp3lame",
                "-b:a",
                "8k",
                silence.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("episodes")
    void ffprobeReadsBackTheChapters(String name, Episode episode, List<Expected> expected)
            throws IOException {
        Path chapters = Files.createTempFile(dir, "chapters", ".ffmetadata");
        Files.writeString(chapters, FfMetadataChapters.toFfMetadata(episode).text());
        Path out = Files.createTempFile(dir, "with-chapters", ".mp3");
        run(
                "ffmpeg",
                "-v",
                "error",
                "-nostdin",
                "-y",
                "-i",
                silence.toString(),
                "-i",
                chapters.toString(),
                "-map_metadata",
                "1",
                "-map_chapters",
                "1",
                "-c",
                "copy",
                out.toString());
        JsonNode probe =
                MAPPER.readTree(
                        run(
                                "ffprobe",
                                "-v",
                                "error",
                                "-show_chapters",
                                "-print_format",
                                "json",
                                out.toString()));

        List<Expected> read = new ArrayList<>();
        for (JsonNode chapter : probe.get("chapters")) {
            assertThat(chapter.get("time_base").stringValue()).as(name).isEqualTo("1/1000");
            long start = chapter.get("start").longValue();
            long end = chapter.get("end").longValue();
            assertThat(start % 1000).as(name).isZero();
            assertThat(end % 1000).as(name).isZero();
            read.add(
                    new Expected(
                            start / 1000, end / 1000, chapter.at("/tags/title").stringValue()));
        }
        assertThat(read).as(name).isEqualTo(expected);
    }

    /** Skips without the tool, or fails under CI=true, where it must be installed. */
    private static void requireTool(String tool) {
        try {
            run(tool, "-version");
        } catch (IOException | AssertionError e) {
            String message = tool + " is not installed (" + e.getMessage() + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + "; CI=true: .ci/run installs it");
            }
            Assumptions.abort(message);
        }
    }

    /** Runs a command to its end; returns its standard output, or fails with its error output. */
    private static String run(String... command) throws IOException {
        Path stderr = Files.createTempFile("ffmpeg", ".err");
        try {
            Process process =
                    new ProcessBuilder(command)
                            .redirectError(stderr.toFile())
                            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                            .start();
            byte[] stdout = process.getInputStream().readAllBytes();
            if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command[0] + " did not end in time");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError(
                        String.join(" ", command)
                                + " exited with "
                                + process.exitValue()
                                + ": "
                                + Files.readString(stderr));
            }
            return new String(stdout, StandardCharsets.UTF_8);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(command[0] + " was interrupted", e);
        } finally {
            Files.deleteIfExists(stderr);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(
                System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
