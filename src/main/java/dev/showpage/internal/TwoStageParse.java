package dev.showpage.internal;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser;
import dev.showpage.internal.grammar.EpisodePageParser.PageContext;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.atn.ParseInfo;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Lexes and parses one page in two stages (the scheme of ANTLR's ParserATNSimulator javadoc,
 * as Trino's SqlParser uses it).
 *
 * <p>Stage one predicts with SLL and gives up at the first syntax error. The grammar takes
 * missing dates, missing listener counts and stray lines, so nearly every page, damaged or not,
 * is done then. Only a page with a line the layout has no place for is parsed again, with
 * error recovery; stage two predicts with SLL too, because full LL prediction on a damaged page
 * can look ahead to its end at every decision.
 */
final class TwoStageParse {

  final CharStream chars;
  final CommonTokenStream tokens;
  final PageContext tree;
  /** Whether stage two ran: the tree may then hold tokens the parser skipped. */
  final boolean recovered;
  /** The parser's profile, when asked for; null otherwise. */
  final ParseInfo profile;

  private TwoStageParse(CharStream chars, CommonTokenStream tokens, PageContext tree,
      boolean recovered, ParseInfo profile) {
    this.chars = chars;
    this.tokens = tokens;
    this.tree = tree;
    this.recovered = recovered;
    this.profile = profile;
  }

  /**
   * Parses {@code input}, which ends with a line break.
   *
   * @param syntaxErrors where stage two reports what it skips
   * @param profile whether to keep ANTLR's per-decision profile (slower; for tests)
   */
  static TwoStageParse run(String input, Diagnostics syntaxErrors, boolean profile) {
    CharStream chars = CharStreams.fromString(input);
    EpisodePageLexer lexer = new EpisodePageLexer(chars);
    lexer.removeErrorListeners(); // OTHER matches any character: the lexer cannot fail
    WideCharLexerSimulator.install(lexer);
    CommonTokenStream tokens = new PresizedTokenStream(lexer, input.length());
    EpisodePageParser parser = new EpisodePageParser(tokens);
    parser.removeErrorListeners();
    parser.setProfile(profile);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      PageContext tree = parser.page();
      return new TwoStageParse(chars, tokens, tree, false, profile ? parser.getParseInfo() : null);
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.addErrorListener(new SyntaxErrorListener(syntaxErrors));
      PageContext tree = parser.page();
      return new TwoStageParse(chars, tokens, tree, true, profile ? parser.getParseInfo() : null);
    }
  }
}
