package dev.showpage.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where a run of the command line reads and writes: the process's streams, or a test's.
 *
 * @param in standard input, for the input {@code -}
 * @param out standard output, for JSON
 * @param err standard error, for diagnostics, progress and the summary
 * @param interactive whether a person is watching, so that a progress bar helps
 */
public record CliIo(InputStream in, PrintStream out, PrintStream err, boolean interactive) {

    /**
     * The process's own streams, in UTF-8 whatever the platform's encoding: page text in messages
     * is often not ASCII.
     */
    static CliIo system() {
        return new CliIo(
                System.in,
                new PrintStream(
                        new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8),
                new PrintStream(
                        new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8),
                System.console() != null);
    }
}
