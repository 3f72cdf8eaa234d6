package dev.showpage.cli;

import static dev.showpage.cli.ConvertCommandTest.assertNoStackTrace;
import static dev.showpage.cli.ConvertCommandTest.danglingLink;
import static dev.showpage.cli.ConvertCommandTest.notUtf8Example;
import static dev.showpage.cli.ConvertCommandTest.notUtf8Offset;
import static dev.showpage.cli.ConvertCommandTest.run;
import static dev.showpage.cli.ConvertCommandTest.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.showpage.cli.ConvertCommandTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An input that {@code convert} and {@code validate} cannot read, given alone: both exit 1, write
 * nothing to standard output, print one message about the input and no stack trace.
 */
class UnreadableInputTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"convert", "validate"})
    void notUtf8InputExits1WithOneMessageNamingTheByteOffset(String command, @TempDir Path dir) {
        Path damaged = write(dir.resolve("damaged.txt"), notUtf8Example());

        Run run = run(command, damaged.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.linesAbout(damaged))
                .singleElement(STRING)
                .containsIgnoringCase("UTF-8")
                .containsPattern("\\b" + notUtf8Offset() + "\\b");
        assertNoStackTrace(run);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"convert", "validate"})
    void unreadableInputExits1WithOneMessage(String command, @TempDir Path dir) {
        Path link = danglingLink(dir.resolve("unreadable.txt"));

        Run run = run(command, link.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.linesAbout(link)).hasSize(1);
        assertNoStackTrace(run);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"convert", "validate"})
    void missingFileExits1WithOneMessageSayingSo(String command, @TempDir Path dir) {
        Path missing = dir.resolve("missing.txt");

        Run run = run(command, missing.toString());

        assertThat(run.exit()).as("%s", run).isEqualTo(1);
        assertThat(run.stdoutBytes()).isEmpty();
        assertThat(run.linesAbout(missing))
                .singleElement(STRING)
                .containsIgnoringCase("no such file");
        assertNoStackTrace(run);
    }
}
