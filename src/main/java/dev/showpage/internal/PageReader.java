package dev.showpage.internal;

import dev.showpage.DateOrder;
import dev.showpage.EpisodePageParseException;
import dev.showpage.internal.grammar.EpisodePageParser.PageContext;
import dev.showpage.internal.grammar.EpisodePageParser.ShowNotesContext;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One parse of one page: lexes, parses in two stages, and builds the model.
 *
 * <p>The parse itself is {@link TwoStageParse}; a Goodpods page's cards are built as the parser
 * ends them ({@link PageModelBuilder#cardsAsTheyEnd}), so that its tree and tokens never need to
 * be held whole.
 *
 * <p>Not part of the public API: use {@code dev.showpage.EpisodePageParser}.
 */
public final class PageReader {

  private final DateOrder dateOrder;
  private final Optional<LocalDate> referenceDate;
  private final boolean strict;
  private final int maxInputLength;
  private final int maxDiagnostics;

  public PageReader(DateOrder dateOrder, Optional<LocalDate> referenceDate, boolean strict,
      int maxInputLength, int maxDiagnostics) {
    this.dateOrder = dateOrder;
    this.referenceDate = referenceDate;
    this.strict = strict;
    this.maxInputLength = maxInputLength;
    this.maxDiagnostics = maxDiagnostics;
  }

  /** Parses the bytes of a file: UTF-8, with what is not UTF-8 reported (or thrown). */
  public Page read(byte[] bytes) {
    Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
    if (decoded.valid()) {
      return read(decoded.text());
    }
    Diagnostic invalid = new Diagnostic(Severity.ERROR, "invalid-utf8", decoded.line(),
        decoded.column(), decoded.problem() + "; read as U+FFFD");
    if (strict) {
      throw new EpisodePageParseException(invalid,
          lineRest(normalise(decoded.text()), decoded.line(), decoded.column()));
    }
    return read(decoded.text(), invalid);
  }

  public Page read(String text) {
    return read(text, null);
  }

  /** The page of an input past the length limit: one error, nothing parsed (or thrown). */
  public Page tooLarge(String size) {
    Diagnostic tooLarge = new Diagnostic(Severity.ERROR, "input-too-large", 1, 1,
        size + ", more than the limit of " + maxInputLength + " characters; it was not parsed");
    if (strict) {
      throw new EpisodePageParseException(tooLarge, "");
    }
    return new Page(PageModelBuilder.LAYOUT, Optional.empty(), List.of(), Optional.empty(),
        Optional.empty(), List.of(), Optional.empty(), List.of(tooLarge));
  }

  private Page read(String text, Diagnostic decodingProblem) {
    if (text.length() > maxInputLength) {
      return tooLarge("the input has " + text.length() + " characters");
    }
    String input = normalise(text);
    Columns columns = Columns.of(input);
    return TwoStageParse.run(input, false, stage -> {
      Diagnostics diagnostics = new Diagnostics(maxDiagnostics, columns);
      if (decodingProblem != null) {
        diagnostics.add(decodingProblem);
      }
      if (stage.recovering) {
        stage.parser.addErrorListener(new SyntaxErrorListener(diagnostics));
      }
      SourceText source = new SourceText(stage.chars, stage.tokens, diagnostics);
      Page page;
      if (stage.goodpods) {
        PageModelBuilder builder = new PageModelBuilder(
            dateOrder, referenceDate, source, diagnostics, stage.recovering);
        stage.onRuleEnd(builder.cardsAsTheyEnd(stage.tokens));
        page = builder.visitPage((PageContext) stage.parse());
      } else {
        ShowNotesContext notes = (ShowNotesContext) stage.parse();
        page = new ShowNotesBuilder(dateOrder, referenceDate, source, diagnostics, stage.recovering)
            .build(notes);
      }
      if (strict) {
        Optional<Diagnostic> error = diagnostics.firstError();
        if (error.isPresent()) {
          Diagnostic d = error.get();
          throw new EpisodePageParseException(d, lineRest(input, d.line(), d.column()));
        }
      }
      return page;
    });
  }

  /**
   * Without a byte order mark, and with CRLF and lone CR as '\n': the lexer counts lines by
   * '\n', and the change keeps every line and column as it was.
   */
  private static String normalise(String text) {
    String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (input.indexOf('\r') >= 0) {
      input = input.replace("\r\n", "\n").replace('\r', '\n');
    }
    return input;
  }

  /** The input from line:column to the end of that line. */
  private static String lineRest(String input, int line, int column) {
    int start = 0;
    for (int current = 1; current < line && start < input.length(); start++) {
      if (input.charAt(start) == '\n') {
        current++;
      }
    }
    start = Math.min(input.length(), start + column - 1);
    int end = start;
    while (end < input.length() && input.charAt(end) != '\n') {
      end++;
    }
    return input.substring(start, end);
  }
}
