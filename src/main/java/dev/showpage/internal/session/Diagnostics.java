package dev.showpage.internal.session;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/** Collects the diagnostics of one parse, and which lines they cover. */
public final class Diagnostics {

    private final List<Diagnostic> list = new ArrayList<>();
    private final Set<Integer> lines = new HashSet<>();
    private final int max;
    private final Columns columns;

    public Diagnostics(int max, Columns columns) {
        this.max = max;
        this.columns = columns;
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
        list.add(diagnostic);
        lines.add(diagnostic.line());
    }

    /** The first error in page order, the one a strict parse throws. */
    public Optional<Diagnostic> firstError() {
        return list.stream().filter(d -> d.severity() == Severity.ERROR).min(PAGE_ORDER);
    }

    public boolean coversLine(int line) {
        return lines.contains(line);
    }

    /**
     * In page order, so that the first error is the first one a reader meets; past the limit, the
     * first ones and a last warning that says how many were left out.
     */
    public List<Diagnostic> sorted() {
        List<Diagnostic> sorted = new ArrayList<>(list);
        sorted.sort(PAGE_ORDER);
        if (sorted.size() <= max) {
            return sorted;
        }
        Diagnostic firstLeftOut = sorted.get(max);
        List<Diagnostic> kept = new ArrayList<>(sorted.subList(0, max));
        kept.add(
                DiagnosticCode.TOO_MANY_DIAGNOSTICS.at(
                        firstLeftOut.line(),
                        firstLeftOut.column(),
                        (sorted.size() - max)
                                + " more diagnostics from here on were left"
                                + " out (the limit is "
                                + max
                                + ")"));
        return kept;
    }

    private static final Comparator<Diagnostic> PAGE_ORDER =
            Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);
}
