package dev.showpage.cli;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Severity;
import java.io.PrintStream;
import java.util.Locale;

/**
 * What a run tells on standard error: each diagnostic as {@code FILE:LINE:COLUMN: severity:
 * message} (the shape editors and CI annotators read), each warning about an output (a chapter a
 * chapter file leaves out) in the same shape, each failure as {@code FILE: message}, a progress bar
 * on an interactive terminal, and a one-line summary at the end.
 */
final class Report {

    private static final int BAR_WIDTH = 30;

    private final PrintStream err;
    private final boolean progress;
    private final boolean quiet;
    private final int total;
    private final long started = System.nanoTime();

    private int files;
    private int pages;
    private int episodes;
    private int warnings;
    private int errors;
    private int failed;

    Report(CliIo io, boolean quiet, int total) {
        this.err = io.err();
        this.quiet = quiet;
        this.progress = io.interactive() && !quiet && total > 1;
        this.total = total;
    }

    void add(Outcome outcome) {
        clearBar();
        files++;
        if (outcome.page() != null) {
            pages++;
            episodes += outcome.page().episodes().size();
        }
        for (Diagnostic d : outcome.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                errors++;
            } else {
                warnings++;
            }
            err.println(
                    outcome.input().name()
                            + ":"
                            + d.line()
                            + ":"
                            + d.column()
                            + ": "
                            + d.severity().name().toLowerCase(Locale.ROOT)
                            + ": "
                            + d.message());
        }
        for (Outcome.Warning w : outcome.warnings()) {
            warnings++;
            err.println(
                    outcome.input().name()
                            + ":"
                            + w.at().line()
                            + ":"
                            + w.at().column()
                            + ": warning: "
                            + w.message());
        }
        if (outcome.failed()) {
            failed++;
            err.println(outcome.input().name() + ": " + outcome.failure());
        }
        drawBar();
    }

    /** A problem that is not one input's, such as an argument that names nothing. */
    void problem(String message) {
        clearBar();
        failed++;
        err.println(message);
    }

    /** A problem writing an input's output after it was converted. */
    void writeFailed(PageInput input, String message) {
        clearBar();
        failed++;
        err.println(input.name() + ": " + message);
    }

    int failed() {
        return failed;
    }

    int errors() {
        return errors;
    }

    void summary(String verb) {
        clearBar();
        if (!quiet) {
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf(
                    Locale.ROOT,
                    "%s %d %s: %d %s, %d %s, %d %s, %d %s, %d failed in %.2f s%n",
                    verb,
                    files,
                    plural(files, "file"),
                    pages,
                    plural(pages, "page"),
                    episodes,
                    plural(episodes, "episode"),
                    warnings,
                    plural(warnings, "warning"),
                    errors,
                    plural(errors, "error"),
                    failed,
                    seconds);
        }
    }

    private void drawBar() {
        if (progress) {
            int done = files * BAR_WIDTH / total;
            err.print(
                    "\r["
                            + "#".repeat(done)
                            + " ".repeat(BAR_WIDTH - done)
                            + "] "
                            + files
                            + "/"
                            + total
                            + " files");
            err.flush();
        }
    }

    private void clearBar() {
        if (progress && files > 0) {
            err.print("\r" + " ".repeat(BAR_WIDTH + 30) + "\r");
        }
    }

    private static String plural(int n, String word) {
        return n == 1 ? word : word + "s";
    }
}
