package dev.showpage.cli;

import static dev.showpage.cli.ConvertCommandTest.AMBIGUOUS_DATE_PAGE;
import static dev.showpage.cli.ConvertCommandTest.BROKEN_URL_PAGE;
import static dev.showpage.cli.ConvertCommandTest.CHAPTER_ERROR_PAGE;
import static dev.showpage.cli.ConvertCommandTest.EXAMPLE;
import static dev.showpage.cli.ConvertCommandTest.GOOD_PAGE;
import static dev.showpage.cli.ConvertCommandTest.SUMMARY;
import static dev.showpage.cli.ConvertCommandTest.allNames;
import static dev.showpage.cli.ConvertCommandTest.assertNoStackTrace;
import static dev.showpage.cli.ConvertCommandTest.bytes;
import static dev.showpage.cli.ConvertCommandTest.copyExample;
import static dev.showpage.cli.ConvertCommandTest.danglingLink;
import static dev.showpage.cli.ConvertCommandTest.manyPages;
import static dev.showpage.cli.ConvertCommandTest.notUtf8Example;
import static dev.showpage.cli.ConvertCommandTest.run;
import static dev.showpage.cli.ConvertCommandTest.summary;
import static dev.showpage.cli.ConvertCommandTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.showpage.cli.ConvertCommandTest.Run;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate}, run in process: diagnostics on standard error, nothing on standard output, no
 * file written; exit 1 on an error-severity diagnostic or an unreadable input, else 0. An
 * unreadable input given alone: {@link UnreadableInputTest}, for both commands.
 */
class ValidateCommandTest {

    @Test
    void warningsOnlyExit0PrintDiagnosticsAndWriteNothingToStdout() {
        Run run = run("validate", EXAMPLE.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes()).as("%s", run).isEmpty();
        assertThat(run.linesAbout(EXAMPLE)).hasSize(2);
        assertThat(run.linesAbout(EXAMPLE).get(0))
                .matches(Pattern.quote(EXAMPLE + ":121:1: warning: ") + ".+");
        assertThat(run.linesAbout(EXAMPLE).get(1))
                .matches(Pattern.quote(EXAMPLE + ":163:1: warning: ") + ".+");
        assertThat(summary(run, "validated")).containsExactly(1, 1, 10, 2, 0, 0);
    }

    @Test
    void aPageWithoutDiagnosticsExits0(@TempDir Path dir) {
        Path good = write(dir.resolve("good.txt"), GOOD_PAGE);

        Run run = run("validate", good.toString());

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.linesAbout(good)).isEmpty();
    }

    @Test
    void chapterErrorExits1AtItsPosition(@TempDir Path dir) {
        Path page = write(dir.resolve("chapters.txt"), CHAPTER_ERROR_PAGE);

        Run run = run("validate", page.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.linesAbout(page))
                .singleElement(STRING)
                .matches(Pattern.quote(page + ":18:1: error: ") + ".+");
        assertThat(summary(run, "validated")).containsExactly(1, 1, 1, 0, 1, 0);
        assertThat(allNames(dir)).containsExactly("", "chapters.txt");
    }

    @Test
    void brokenUrlErrorExits1AtItsPosition(@TempDir Path dir) {
        Path page = write(dir.resolve("url.txt"), BROKEN_URL_PAGE);

        Run run = run("validate", page.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.linesAbout(page))
                .singleElement(STRING)
                .matches(Pattern.quote(page + ":16:10: error: ") + ".+");
    }

    @Test
    void aDirectoryIsValidatedPageByPageAndNothingIsWritten(@TempDir Path dir) {
        Path pages = dir.resolve("pages");
        Path example = copyExample(pages.resolve("a/database-school.txt"));
        Path chapters = write(pages.resolve("b/chapters.txt"), CHAPTER_ERROR_PAGE);
        Path damaged = write(pages.resolve("c/damaged.txt"), notUtf8Example());
        Path link = danglingLink(pages.resolve("d/unreadable.txt"));
        List<String> before = allNames(dir);

        Run run = run("validate", pages.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(allNames(dir)).as("no file written").isEqualTo(before);
        assertThat(run.linesAbout(example)).hasSize(2);
        assertThat(run.linesAbout(chapters))
                .singleElement(STRING)
                .startsWith(chapters + ":18:1: error: ");
        assertThat(run.linesAbout(damaged)).hasSize(1);
        assertThat(run.linesAbout(link)).hasSize(1);
        assertThat(summary(run, "validated")).containsExactly(4, 2, 11, 2, 1, 2);
        assertNoStackTrace(run);
    }

    @Test
    void standardInputIsValidatedForTheInputDash() {
        Run run = run(bytes(EXAMPLE), false, "validate", "-");

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.linesAbout("-")).hasSize(2);
        assertThat(run.linesAbout("-").get(0)).startsWith("-:121:1: warning: ");
    }

    @Test
    void quietPrintsNoSummaryButStillPrintsDiagnostics(@TempDir Path dir) {
        Path page = write(dir.resolve("chapters.txt"), CHAPTER_ERROR_PAGE);

        Run run = run("validate", "--quiet", page.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.errLines()).singleElement(STRING).startsWith(page + ":18:1: error: ");
    }

    @Test
    void thePagesOwnDatesSettleTheOrderWhateverDateOrderSays() {
        Run mdy = run("validate", "--date-order", "mdy", EXAMPLE.toString());
        Run dmy = run("validate", "--date-order", "dmy", EXAMPLE.toString());

        // 02/17/25 (line 13) has no month 17, so the page writes month first: no date is an error
        // under either option, and both print the same diagnostics.
        assertThat(mdy.exit()).as("%s", mdy).isZero();
        assertThat(dmy.exit()).as("%s", dmy).isZero();
        assertThat(dmy.linesAbout(EXAMPLE)).noneMatch(l -> l.contains(": error: "));
        assertThat(dmy.linesAbout(EXAMPLE)).isEqualTo(mdy.linesAbout(EXAMPLE));
    }

    @Test
    void aDateThePageCannotSettleIsAWarningAtItsPlace(@TempDir Path dir) {
        Path page = write(dir.resolve("ambiguous.txt"), AMBIGUOUS_DATE_PAGE);

        Run run = run("validate", "--date-order", "dmy", page.toString());

        // Line 13: "03/04/25", the page's only date, reads both ways.
        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.linesAbout(page))
                .singleElement(STRING)
                .startsWith(page + ":13:1: warning: '03/04/25' could be read with day or month");
    }

    @Test
    void jobsPrintTheSameMessagesInTheSameOrderAsOneJob(@TempDir Path dir) {
        Path pages = manyPages(dir.resolve("pages"));

        Run one = run("validate", "--jobs", "1", pages.toString());
        Run four = run("validate", "--jobs", "4", pages.toString());

        assertThat(one.exit()).as("%s", one).isEqualTo(1);
        assertThat(four.exit()).isEqualTo(1);
        assertThat(four.errLinesWithoutSummary()).isEqualTo(one.errLinesWithoutSummary());
        assertThat(four.stdoutBytes()).isEmpty();
    }

    @Test
    void strictFailsAPageWithAnError(@TempDir Path dir) {
        Path page = write(dir.resolve("chapters.txt"), CHAPTER_ERROR_PAGE);
        Path good = copyExample(dir.resolve("good.txt"));

        Run errorPage = run("validate", "--strict", page.toString());
        Run warningsOnly = run("validate", "--strict", good.toString());

        assertThat(errorPage.exit()).as("%s", errorPage).isEqualTo(1);
        assertThat(warningsOnly.exit()).as("%s", warningsOnly).isZero();
    }

    static Stream<Arguments> usageErrors() {
        String page = EXAMPLE.toString();
        return Stream.of(
                Arguments.of("unknown option", List.of("validate", "--bogus", page)),
                Arguments.of("no input", List.of("validate")),
                Arguments.of("--jobs 0", List.of("validate", "--jobs", "0", page)),
                Arguments.of("bad --date-order", List.of("validate", "--date-order", "x", page)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("usageErrors")
    void usageErrorsExitWith2(String name, List<String> args) {
        Run run = run(args.toArray(String[]::new));

        assertThat(run.exit()).as("%s", run).isEqualTo(2);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.err()).isNotBlank();
        assertThat(run.errLines()).noneMatch(l -> SUMMARY.matcher(l).matches());
        assertNoStackTrace(run);
    }
}
