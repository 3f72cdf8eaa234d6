package dev.showpage.internal;

import dev.showpage.DateOrder;
import dev.showpage.EpisodePageParseException;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser;
import dev.showpage.internal.grammar.EpisodePageParser.PageContext;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import dev.showpage.model.Severity;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * One parse of one page: lexes, parses in two stages, and builds the model.
 *
 * <p>Stage one parses with SLL prediction and gives up at the first syntax error; a page that
 * fits the layout (nearly all of them) is done then. Only a damaged page is parsed again with
 * full LL prediction and error recovery, which reports each problem as a diagnostic.
 *
 * <p>Not part of the public API: use {@code dev.showpage.EpisodePageParser}.
 */
public final class PageReader {

  private final DateOrder dateOrder;
  private final boolean strict;

  public PageReader(DateOrder dateOrder, boolean strict) {
    this.dateOrder = dateOrder;
    this.strict = strict;
  }

  public Page read(String text) {
    String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
    // The lexer counts lines by '\n': CRLF and lone CR become '\n' (lines and columns stay).
    if (input.indexOf('\r') >= 0) {
      input = input.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (!input.isEmpty() && !input.endsWith("\n")) {
      input = input + "\n"; // every line rule ends with a line break
    }
    CharStream chars = CharStreams.fromString(input);
    EpisodePageLexer lexer = new EpisodePageLexer(chars);
    lexer.removeErrorListeners(); // OTHER matches any character: the lexer cannot fail
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    EpisodePageParser parser = new EpisodePageParser(tokens);
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());

    Diagnostics diagnostics = new Diagnostics();
    PageContext tree;
    boolean recovered = false;
    try {
      tree = parser.page();
    } catch (ParseCancellationException e) {
      recovered = true;
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new PageErrorStrategy());
      parser.addErrorListener(new SyntaxErrorListener(diagnostics));
      tree = parser.page();
    }
    SourceText source = new SourceText(chars);
    Page page = new PageModelBuilder(dateOrder, source, diagnostics, recovered)
        .visitPage(tree);
    if (strict) {
      for (Diagnostic d : page.diagnostics()) {
        if (d.severity() == Severity.ERROR) {
          throw new EpisodePageParseException(d, lineRest(input, d.line(), d.column()));
        }
      }
    }
    return page;
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
