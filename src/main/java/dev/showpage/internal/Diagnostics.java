package dev.showpage.internal;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/** Collects the diagnostics of one parse, and which lines they cover. */
final class Diagnostics {

  private final List<Diagnostic> list = new ArrayList<>();
  private final Set<Integer> lines = new HashSet<>();

  void warn(String code, Token at, String message) {
    add(Severity.WARNING, code, at.getLine(), at.getCharPositionInLine() + 1, message);
  }

  void error(String code, Token at, String message) {
    add(Severity.ERROR, code, at.getLine(), at.getCharPositionInLine() + 1, message);
  }

  void add(Severity severity, String code, int line, int column, String message) {
    list.add(new Diagnostic(severity, code, Math.max(1, line), Math.max(1, column), message));
    lines.add(line);
  }

  boolean coversLine(int line) {
    return lines.contains(line);
  }

  /** In page order, so that the first error is the first one a reader meets. */
  List<Diagnostic> sorted() {
    List<Diagnostic> sorted = new ArrayList<>(list);
    sorted.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return sorted;
  }
}
