package dev.showpage.cli;

import static dev.showpage.cli.ConvertCommandTest.SUMMARY;
import static dev.showpage.cli.ConvertCommandTest.assertNoTempFiles;
import static dev.showpage.cli.ConvertCommandTest.notUtf8Example;
import static dev.showpage.cli.ConvertCommandTest.notUtf8Offset;
import static dev.showpage.cli.ConvertCommandTest.tree;
import static dev.showpage.cli.ConvertCommandTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded command-line jar ({@code -cli.jar}) run as a real process with {@code java -jar}: its
 * manifest, its bundled dependencies, {@code System.exit} with the exit code, and the bytes it
 * writes to files and to standard output.
 */
class CliJarIT {

    private static final Path PROJECT =
            Path.of(System.getProperty("project.dir", ".")).toAbsolutePath();
    private static final Path EXAMPLE = PROJECT.resolve("testdata/goodpods/database-school.txt");
    private static final Path GOLDEN = PROJECT.resolve("testdata/goodpods/database-school.json");
    private static final long TIMEOUT_SECONDS = 120;

    /** What one process did. */
    private record Result(int exit, byte[] stdout, String stderr, List<String> command) {
        List<String> errLines() {
            return stderr.isEmpty() ? List.of() : Arrays.asList(stderr.split("\\R"));
        }

        @Override
        public String toString() {
            return String.join(" ", command)
                    + "\nexit "
                    + exit
                    + "\n--- stdout ---\n"
                    + new String(stdout, StandardCharsets.UTF_8)
                    + "\n--- stderr ---\n"
                    + stderr;
        }
    }

    private static Path jar() {
        String jar = System.getProperty("cli.jar");
        assertThat(jar)
                .as("system property cli.jar (set by the failsafe configuration)")
                .isNotNull();
        Path path = Path.of(jar);
        assertThat(path).as("the shaded jar").isRegularFile();
        return path;
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs {@code java -jar cli.jar ARGS} in {@code workDir}, {@code stdin} on its input. */
    private static Result cli(Path workDir, Path scratch, byte[] stdin, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        Files.createDirectories(scratch);
        Path stdout = Files.createTempFile(scratch, "stdout", ".bin");
        Path stderr = Files.createTempFile(scratch, "stderr", ".txt");
        Process process =
                new ProcessBuilder(command)
                        .directory(workDir.toFile())
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile())
                        .start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            fail(
                    "no exit within "
                            + TIMEOUT_SECONDS
                            + " s: "
                            + String.join(" ", command)
                            + "\n--- stderr so far ---\n"
                            + Files.readString(stderr));
        }
        Result result =
                new Result(
                        process.exitValue(),
                        Files.readAllBytes(stdout),
                        new String(Files.readAllBytes(stderr), StandardCharsets.UTF_8),
                        command);
        Files.delete(stdout);
        Files.delete(stderr);
        return result;
    }

    private static void assertNoStackTrace(Result result) {
        assertThat(result.stderr())
                .as("%s", result)
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void convertWithOutAndTwoJobsWritesTheMirroredTreeAndFailsOnlyTheBadPage(@TempDir Path tmp)
            throws Exception {
        Path pages = tmp.resolve("pages");
        write(pages.resolve("first/database-school.txt"), Files.readAllBytes(EXAMPLE));
        write(pages.resolve("second/database-school.txt"), Files.readAllBytes(EXAMPLE));
        Path bad = write(pages.resolve("bad.txt"), notUtf8Example());
        Path out = tmp.resolve("out");

        Result result =
                cli(
                        tmp,
                        tmp.resolve("scratch"),
                        new byte[0],
                        "convert",
                        "--out",
                        out.toString(),
                        "--jobs",
                        "2",
                        pages.toString());

        assertThat(result.exit()).as("%s", result).isEqualTo(1);
        assertThat(result.stdout()).as("%s", result).isEmpty();
        Map<String, byte[]> written = tree(out);
        assertThat(written)
                .as("%s", result)
                .containsOnlyKeys("first/database-school.json", "second/database-school.json");
        byte[] golden = Files.readAllBytes(GOLDEN);
        assertThat(written.get("first/database-school.json")).isEqualTo(golden);
        assertThat(written.get("second/database-school.json")).isEqualTo(golden);
        assertNoTempFiles(out);

        List<String> lines = result.errLines();
        assertThat(lines)
                .as("%s", result)
                .filteredOn(l -> l.startsWith(bad + ":"))
                .singleElement(STRING)
                .containsIgnoringCase("UTF-8")
                .containsPattern("\\b" + notUtf8Offset() + "\\b");
        for (String page : List.of("first", "second")) {
            Path file = pages.resolve(page).resolve("database-school.txt");
            assertThat(lines)
                    .filteredOn(l -> l.startsWith(file + ":"))
                    .hasSize(2)
                    .anyMatch(l -> l.startsWith(file + ":121:1: warning: "))
                    .anyMatch(l -> l.startsWith(file + ":163:1: warning: "));
        }
        String summary = lines.get(lines.size() - 1);
        assertThat(summary)
                .as("the last line of stderr")
                .matches(SUMMARY)
                .startsWith(
                        "converted 3 files: 2 pages, 20 episodes, 4 warnings, 0 errors, 1 failed in"
                                + " ");
        assertNoStackTrace(result);
    }

    @Test
    void convertOfTheExamplePageWritesTheGoldenJsonToStdout(@TempDir Path tmp) throws Exception {
        Result result =
                cli(PROJECT, tmp, new byte[0], "convert", "testdata/goodpods/database-school.txt");

        assertThat(result.exit()).as("%s", result).isZero();
        assertThat(result.stdout()).as("%s", result).isEqualTo(Files.readAllBytes(GOLDEN));
        assertThat(result.errLines()).as("%s", result).hasSize(3);
        assertThat(result.errLines().get(0))
                .startsWith("testdata/goodpods/database-school.txt:121:1: warning: ");
        assertThat(result.errLines().get(1))
                .startsWith("testdata/goodpods/database-school.txt:163:1: warning: ");
        assertThat(result.errLines().get(2))
                .matches(SUMMARY)
                .startsWith(
                        "converted 1 file: 1 page, 10 episodes, 2 warnings, 0 errors, 0 failed in"
                                + " ");
    }

    @Test
    void convertOfStandardInputWritesTheGoldenJsonToStdout(@TempDir Path tmp) throws Exception {
        Result result = cli(tmp, tmp, Files.readAllBytes(EXAMPLE), "convert", "-");

        assertThat(result.exit()).as("%s", result).isZero();
        assertThat(result.stdout()).as("%s", result).isEqualTo(Files.readAllBytes(GOLDEN));
    }

    @Test
    void versionPrintsTheProjectVersion(@TempDir Path tmp) throws Exception {
        Result result = cli(tmp, tmp, new byte[0], "--version");

        assertThat(result.exit()).as("%s", result).isZero();
        String printed = new String(result.stdout(), StandardCharsets.UTF_8).strip();
        assertThat(printed)
                .as("%s", result)
                .matches("episode-page-parser \\d+\\.\\d+\\.\\d+\\S*")
                .doesNotContain("development build");
        String finalName = System.getProperty("final.name");
        if (finalName != null && finalName.startsWith("episode-page-parser-")) {
            assertThat(printed)
                    .isEqualTo(
                            "episode-page-parser "
                                    + finalName.substring("episode-page-parser-".length()));
        }
    }

    @Test
    void usageErrorExitsTheProcessWith2(@TempDir Path tmp) throws Exception {
        Result result = cli(tmp, tmp, new byte[0], "convert", "--bogus", EXAMPLE.toString());

        assertThat(result.exit()).as("%s", result).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).contains("--bogus");
        assertNoStackTrace(result);
    }

    @Test
    void validateWritesNothingAndExits1OnABadPage(@TempDir Path tmp) throws Exception {
        Path pages = tmp.resolve("pages");
        write(pages.resolve("a/database-school.txt"), Files.readAllBytes(EXAMPLE));
        Path bad = write(pages.resolve("bad.txt"), notUtf8Example());

        Result result = cli(tmp, tmp.resolve("scratch"), new byte[0], "validate", pages.toString());

        assertThat(result.exit()).as("%s", result).isEqualTo(1);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.errLines()).filteredOn(l -> l.startsWith(bad + ":")).hasSize(1);
        assertThat(result.errLines().get(result.errLines().size() - 1))
                .matches(
                        Pattern.compile(
                                "validated 2 files: 1 page, 10 episodes, 2 warnings, 0 errors, "
                                        + "1 failed in \\d+(\\.\\d+)? s"));
        assertNoStackTrace(result);
    }
}
