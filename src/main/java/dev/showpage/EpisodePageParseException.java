package dev.showpage;

import static java.util.Objects.requireNonNull;

import dev.showpage.model.Diagnostic;

/**
 * Thrown by a strict parser at the first error-severity problem of a page.
 *
 * <p>{@link #getMessage()} is {@code line L:C: message}; the parts are available one by one.
 */
public final class EpisodePageParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Diagnostic diagnostic;
  private final String offendingText;

  /**
   * Creates the exception for one diagnostic.
   *
   * @param diagnostic the error that stopped the parse
   * @param offendingText the text of the input at the diagnostic's position, up to the end of
   *     its line
   */
  public EpisodePageParseException(Diagnostic diagnostic, String offendingText) {
    super("line " + diagnostic.line() + ":" + diagnostic.column() + ": " + diagnostic.message());
    this.diagnostic = requireNonNull(diagnostic, "diagnostic is null");
    this.offendingText = requireNonNull(offendingText, "offendingText is null");
  }

  /** The 1-based line of the problem. */
  public int line() {
    return diagnostic.line();
  }

  /** The 1-based column of the problem. */
  public int column() {
    return diagnostic.column();
  }

  /** The stable code of the problem, such as {@code unrecognised-line}. */
  public String code() {
    return diagnostic.code();
  }

  /** The message without its position. */
  public String errorMessage() {
    return diagnostic.message();
  }

  /** The input from the problem's position to the end of its line. */
  public String offendingText() {
    return offendingText;
  }

  /** The diagnostic that stopped the parse. */
  public Diagnostic diagnostic() {
    return diagnostic;
  }
}
