package dev.showpage;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What must hold for any input at all, lenient and strict. Every failure message starts with the
 * caller's context (the seed, the page and the mutations, or the corpus file).
 */
final class Invariants {

    static final EpisodePageParser LENIENT = EpisodePageParser.builder().build();
    static final EpisodePageParser STRICT = EpisodePageParser.builder().strict(true).build();

    /** What one parse did: a page, or what it threw. */
    record Outcome(Page page, Throwable thrown) {}

    private Invariants() {}

    /**
     * Parses with {@code parser}, catching whatever it throws, with no bound on the time: for the
     * fuzz targets, whose engine bounds each input itself.
     */
    static Outcome parse(EpisodePageParser parser, String text) {
        try {
            return new Outcome(parser.parsePage(text), null);
        } catch (Throwable t) { // the point of the test: anything at all is recorded
            return new Outcome(null, t);
        }
    }

    /**
     * Checks every invariant on {@code text} and returns the problems, each prefixed with {@code
     * context}; an empty list when all hold.
     */
    static List<String> violations(String context, String text) {
        return violations(context, text, null);
    }

    /**
     * As {@link #violations(String, String)}, with the lines lost in a {@link LineAccounting.Known}
     * way added to {@code known} (prefixed with {@code context}) instead of to the problems; with a
     * null {@code known}, they are problems like any other.
     */
    static List<String> violations(
            String context, String text, Map<LineAccounting.Known, List<String>> known) {
        List<String> problems = new ArrayList<>();
        // The parser's work, counted: a time limit would flake on a busy machine.
        double cost = ParseCost.lookaheadPerToken(text);
        if (cost >= ParseCost.MAX_LOOKAHEAD_PER_TOKEN) {
            problems.add(context + ": the grammar looked at " + cost + " tokens per token");
        }
        Outcome lenient = parse(LENIENT, text);
        problems.addAll(lenientViolations(context, text, lenient, known));
        Outcome strict = parse(STRICT, text);
        problems.addAll(strictViolations(context, text, strict, lenient));
        return problems;
    }

    /**
     * The invariants of the lenient parse {@code lenient} of {@code text}: it did not throw, every
     * diagnostic is at a position of the input, every line is accounted for, and the model keeps
     * its contract.
     */
    static List<String> lenientViolations(String context, String text, Outcome lenient) {
        return lenientViolations(context, text, lenient, null);
    }

    /**
     * As {@link #lenientViolations(String, String, Outcome)}, with the lines lost in a known way
     * added to {@code known} when it is not null (see {@link #violations(String, String, Map)}).
     */
    static List<String> lenientViolations(
            String context,
            String text,
            Outcome lenient,
            Map<LineAccounting.Known, List<String>> known) {
        List<String> problems = new ArrayList<>();
        String[] lines = linesAsParsed(text);
        if (lenient.thrown() != null) {
            problems.add(context + ": lenient parse threw " + stackTrace(lenient.thrown()));
        } else {
            Page page = lenient.page();
            for (Diagnostic d : page.diagnostics()) {
                String where = position(d.line(), d.column(), lines);
                if (where != null) {
                    problems.add(context + ": lenient diagnostic " + d + " is " + where);
                }
            }
            LineAccounting.Result accounting = LineAccounting.check(text, page);
            for (String line : accounting.unaccounted()) {
                problems.add(context + ": unaccounted " + line);
            }
            accounting
                    .known()
                    .forEach(
                            (kind, lost) -> {
                                for (String line : lost) {
                                    if (known == null) {
                                        problems.add(context + ": lost (" + kind + ") " + line);
                                    } else {
                                        synchronized (known) {
                                            known.computeIfAbsent(kind, k -> new ArrayList<>())
                                                    .add(context + ": " + line);
                                        }
                                    }
                                }
                            });
            for (String broken : ModelContract.violations(page)) {
                problems.add(context + ": model contract: " + broken);
            }
        }
        return problems;
    }

    /**
     * Checks that the strict parse {@code strict} of {@code text} threw only {@link
     * EpisodePageParseException}, at a position of the input and for the first error of the lenient
     * parse {@code lenient}, and otherwise gives the lenient page.
     */
    static List<String> strictViolations(
            String context, String text, Outcome strict, Outcome lenient) {
        List<String> problems = new ArrayList<>();
        String[] lines = linesAsParsed(text);
        if (strict.thrown() instanceof EpisodePageParseException e) {
            String where = position(e.line(), e.column(), lines);
            if (where != null) {
                problems.add(context + ": strict exception '" + e.getMessage() + "' is " + where);
            } else {
                // Columns count UTF-16 code units (SourcePosition), and the offending text is the
                // input from that column to the end of the line.
                String rest = lines[e.line() - 1].substring(e.column() - 1);
                if (!rest.equals(e.offendingText())) {
                    problems.add(
                            context
                                    + ": strict exception at "
                                    + e.line()
                                    + ":"
                                    + e.column()
                                    + " has offending text \""
                                    + Corpus.escape(e.offendingText(), 80)
                                    + "\" but the input there is \""
                                    + Corpus.escape(rest, 80)
                                    + "\"");
                }
            }
            if (e.diagnostic().severity() != Severity.ERROR) {
                problems.add(context + ": strict parse threw for a " + e.diagnostic().severity());
            }
            if (lenient.page() != null) {
                Optional<Diagnostic> firstError =
                        lenient.page().diagnostics().stream()
                                .filter(d -> d.severity() == Severity.ERROR)
                                .findFirst();
                if (firstError.isEmpty() || !firstError.get().equals(e.diagnostic())) {
                    problems.add(
                            context
                                    + ": strict parse threw "
                                    + e.diagnostic()
                                    + " but the lenient parse's first error is "
                                    + firstError.orElse(null));
                }
            }
        } else if (strict.thrown() != null) {
            problems.add(
                    context
                            + ": strict parse threw something other than "
                            + "EpisodePageParseException: "
                            + stackTrace(strict.thrown()));
        } else if (lenient.page() != null) {
            if (lenient.page().hasErrors()) {
                problems.add(
                        context
                                + ": strict parse did not throw, but the lenient parse has errors "
                                + lenient.page().diagnostics());
            } else if (!strict.page().equals(lenient.page())) {
                problems.add(
                        context + ": strict and lenient parses differ for a page without errors");
            }
        }
        return problems;
    }

    /**
     * The lines of {@code text} as the parser numbers them: a leading byte order mark is not part
     * of line 1, and CRLF, CR and LF each end a line.
     */
    static String[] linesAsParsed(String text) {
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return LineAccounting.LINE_BREAK.split(input, -1);
    }

    /** Null when line:column is a position of the input (or just past a line's end). */
    static String position(int line, int column, String[] lines) {
        if (line < 1 || line > lines.length) {
            return "on line " + line + " of an input of " + lines.length + " lines";
        }
        int length = lines[line - 1].length();
        if (column < 1 || column > length + 1) {
            return "at column "
                    + column
                    + " of line "
                    + line
                    + ", which has "
                    + length
                    + " characters";
        }
        return null;
    }

    static String stackTrace(Throwable t) {
        StringWriter out = new StringWriter();
        t.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
