package dev.showpage.internal.session;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Severity;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import org.antlr.v4.runtime.Token;

/**
 * Collects the diagnostics of one parse, and which lines they cover. Only the first {@code max} in
 * page order are held, whatever order they are found in (a page of a million bad lines holds no
 * more than a clean one); of the rest, only how many there are, where the first of them is, and the
 * first error among them, which a strict parse throws.
 */
public final class Diagnostics {

    /** A diagnostic and when it was reported: reports at one place keep their order. */
    private record Held(Diagnostic diagnostic, long seq) {}

    private static final Comparator<Diagnostic> PAGE_ORDER =
            Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);

    private static final Comparator<Held> HELD_ORDER =
            Comparator.comparing(Held::diagnostic, PAGE_ORDER).thenComparingLong(Held::seq);

    /** The first {@code max} in page order, the last of them at the head. */
    private final PriorityQueue<Held> held;

    private final BitSet lines = new BitSet();
    private final int max;
    private final Columns columns;
    private long reported;
    private long leftOut;
    private Held firstLeftOut;
    private Held firstErrorLeftOut;

    public Diagnostics(int max, Columns columns) {
        this.max = max;
        this.columns = columns;
        this.held = new PriorityQueue<>(Math.min(max, 64) + 1, HELD_ORDER.reversed());
    }

    /** The token's 1-based column in UTF-16 code units. */
    public int column(Token token) {
        return columns.of(token);
    }

    /** Reports {@code code} at the token's start. */
    public void report(DiagnosticCode code, Token at, String message) {
        report(code, at.getLine(), column(at), message);
    }

    public void report(DiagnosticCode code, int line, int column, String message) {
        add(code.at(Math.max(1, line), Math.max(1, column), message));
    }

    /**
     * Reports a token the recovering parser skipped, as the line it stands on, unless that line
     * already has a diagnostic.
     */
    public void reportSkipped(Token token) {
        if (token.getTokenIndex() >= 0
                && token.getType() != Token.EOF
                && token.getType() != EpisodePageLexer.NL
                && !coversLine(token.getLine())) {
            report(
                    DiagnosticCode.UNRECOGNISED_LINE,
                    token,
                    "this line does not fit the page's layout and was skipped");
        }
    }

    public void add(Diagnostic diagnostic) {
        lines.set(diagnostic.line());
        held.add(new Held(diagnostic, reported++));
        if (held.size() > max) {
            leaveOut(held.poll());
        }
    }

    private void leaveOut(Held last) {
        leftOut++;
        if (firstLeftOut == null || HELD_ORDER.compare(last, firstLeftOut) < 0) {
            firstLeftOut = last;
        }
        if (last.diagnostic().severity() == Severity.ERROR
                && (firstErrorLeftOut == null || HELD_ORDER.compare(last, firstErrorLeftOut) < 0)) {
            firstErrorLeftOut = last;
        }
    }

    /** The first error in page order, the one a strict parse throws. */
    public Optional<Diagnostic> firstError() {
        Optional<Diagnostic> kept =
                held.stream()
                        .filter(h -> h.diagnostic().severity() == Severity.ERROR)
                        .min(HELD_ORDER)
                        .map(Held::diagnostic);
        // Every one held comes before every one left out.
        return kept.isPresent()
                ? kept
                : Optional.ofNullable(firstErrorLeftOut).map(Held::diagnostic);
    }

    /** How many diagnostics are held in memory. */
    int held() {
        return held.size();
    }

    public boolean coversLine(int line) {
        return line >= 0 && lines.get(line);
    }

    /**
     * In page order, so that the first error is the first one a reader meets; past the limit, the
     * first ones and a last warning that says how many were left out.
     */
    public List<Diagnostic> sorted() {
        List<Held> order = new ArrayList<>(held);
        order.sort(HELD_ORDER);
        List<Diagnostic> sorted = new ArrayList<>(order.size() + 1);
        order.forEach(h -> sorted.add(h.diagnostic()));
        if (leftOut == 0) {
            return sorted;
        }
        Diagnostic first = firstLeftOut.diagnostic();
        sorted.add(
                DiagnosticCode.TOO_MANY_DIAGNOSTICS.at(
                        first.line(),
                        first.column(),
                        leftOut
                                + " more diagnostics from here on were left"
                                + " out (the limit is "
                                + max
                                + ")"));
        return sorted;
    }
}
