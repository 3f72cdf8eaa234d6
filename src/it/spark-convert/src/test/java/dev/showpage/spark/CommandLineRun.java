package dev.showpage.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/**
 * One run of the command line, as a user runs it: its executable jar, built from the same sources
 * by the build that runs these tests, in a process of its own.
 *
 * @param exit the exit code
 * @param out what it wrote to standard output
 * @param err what it wrote to standard error
 */
record CommandLineRun(int exit, byte[] out, String err) {

    static CommandLineRun of(String... args) {
        Path jar = LocalSpark.dir("cli.jar");
        Assertions.assertTrue(Files.isRegularFile(jar), jar + " is built before the tests run");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile("cli", ".out");
            Path err = Files.createTempFile("cli", ".err");
            Process process =
                    new ProcessBuilder(command)
                            .redirectOutput(out.toFile())
                            .redirectError(err.toFile())
                            .start();
            process.getOutputStream().close();
            Assertions.assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the command line ends");
            CommandLineRun run =
                    new CommandLineRun(
                            process.exitValue(), Files.readAllBytes(out), Files.readString(err));
            Files.delete(out);
            Files.delete(err);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
