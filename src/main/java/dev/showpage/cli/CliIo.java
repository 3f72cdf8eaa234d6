package dev.showpage.cli;

import java.io.InputStream;
import java.io.PrintStream;

/**
 * Where a run of the command line reads and writes: the process's streams, or a test's.
 *
 * @param in standard input, for the input {@code -}
 * @param out standard output, for JSON
 * @param err standard error, for diagnostics, progress and the summary
 * @param interactive whether a person is watching, so that a progress bar helps
 */
public record CliIo(InputStream in, PrintStream out, PrintStream err, boolean interactive) {

  /** The process's own streams. */
  static CliIo system() {
    return new CliIo(System.in, System.out, System.err, System.console() != null);
  }
}
