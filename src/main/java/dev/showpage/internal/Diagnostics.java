package dev.showpage.internal;

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
final class Diagnostics {

  private final List<Diagnostic> list = new ArrayList<>();
  private final Set<Integer> lines = new HashSet<>();
  private final int max;
  private final Columns columns;

  Diagnostics(int max, Columns columns) {
    this.max = max;
    this.columns = columns;
  }

  /** The token's 1-based column in UTF-16 code units. */
  int column(Token token) {
    return columns.of(token);
  }

  void warn(String code, Token at, String message) {
    add(Severity.WARNING, code, at.getLine(), column(at), message);
  }

  void error(String code, Token at, String message) {
    add(Severity.ERROR, code, at.getLine(), column(at), message);
  }

  void add(Severity severity, String code, int line, int column, String message) {
    add(new Diagnostic(severity, code, Math.max(1, line), Math.max(1, column), message));
  }

  void add(Diagnostic diagnostic) {
    list.add(diagnostic);
    lines.add(diagnostic.line());
  }

  /** The first error in page order, the one a strict parse throws. */
  Optional<Diagnostic> firstError() {
    return list.stream()
        .filter(d -> d.severity() == Severity.ERROR)
        .min(PAGE_ORDER);
  }

  boolean coversLine(int line) {
    return lines.contains(line);
  }

  /**
   * In page order, so that the first error is the first one a reader meets; past the limit, the
   * first ones and a last warning that says how many were left out.
   */
  List<Diagnostic> sorted() {
    List<Diagnostic> sorted = new ArrayList<>(list);
    sorted.sort(PAGE_ORDER);
    if (sorted.size() <= max) {
      return sorted;
    }
    Diagnostic firstLeftOut = sorted.get(max);
    List<Diagnostic> kept = new ArrayList<>(sorted.subList(0, max));
    kept.add(new Diagnostic(Severity.WARNING, "too-many-diagnostics", firstLeftOut.line(),
        firstLeftOut.column(), (sorted.size() - max) + " more diagnostics from here on were left"
            + " out (the limit is " + max + ")"));
    return kept;
  }

  private static final Comparator<Diagnostic> PAGE_ORDER =
      Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column);
}
