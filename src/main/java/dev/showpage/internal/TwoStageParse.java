package dev.showpage.internal;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
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
  /** The page's tree: a {@code PageContext} (Goodpods) or a {@code ShowNotesContext}. */
  final ParserRuleContext tree;
  /** Whether the tokens are those of a Goodpods page. */
  final boolean goodpods;
  /** Whether stage two ran: the tree may then hold tokens the parser skipped. */
  final boolean recovered;
  /** The parser's profile, when asked for; null otherwise. */
  final ParseInfo profile;

  private TwoStageParse(CharStream chars, CommonTokenStream tokens, ParserRuleContext tree,
      boolean goodpods, boolean recovered, ParseInfo profile) {
    this.chars = chars;
    this.tokens = tokens;
    this.tree = tree;
    this.goodpods = goodpods;
    this.recovered = recovered;
    this.profile = profile;
  }

  /**
   * Parses {@code input}; a line break is added at its end when it has none.
   *
   * @param syntaxErrors where stage two reports what it skips
   * @param profile whether to keep ANTLR's per-decision profile (slower; for tests)
   */
  static TwoStageParse run(String input, Diagnostics syntaxErrors, boolean profile) {
    CharStream chars = PageChars.of(input);
    EpisodePageLexer lexer = new EpisodePageLexer(chars);
    lexer.removeErrorListeners(); // OTHER matches any character: the lexer cannot fail
    WideCharLexerSimulator.install(lexer);
    CommonTokenStream tokens = FilledTokenStream.of(lexer, input.length());
    boolean goodpods = isGoodpods(tokens);
    EpisodePageParser parser = new EpisodePageParser(tokens);
    parser.removeErrorListeners();
    parser.setProfile(profile);
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    parser.setErrorHandler(new BailErrorStrategy());
    try {
      ParserRuleContext tree = goodpods ? parser.page() : parser.showNotes();
      return new TwoStageParse(chars, tokens, tree, goodpods, false,
          profile ? parser.getParseInfo() : null);
    } catch (ParseCancellationException e) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
      parser.setErrorHandler(new DefaultErrorStrategy());
      parser.addErrorListener(new SyntaxErrorListener(syntaxErrors));
      ParserRuleContext tree = goodpods ? parser.page() : parser.showNotes();
      return new TwoStageParse(chars, tokens, tree, goodpods, true,
          profile ? parser.getParseInfo() : null);
    }
  }

  /**
   * The layout, told by the tokens: a Goodpods page closes its header and every card with a
   * listener count on a line of its own ("1 Listener"), and starts a card's date line with a
   * numeric date and a bullet ("02/17/25 • 84 min"). A page with neither is show notes.
   */
  static boolean isGoodpods(CommonTokenStream tokens) {
    int previous = EpisodePageLexer.NL;
    int size = tokens.size();
    for (int i = 0; i < size; i++) {
      int type = tokens.get(i).getType();
      if (previous == EpisodePageLexer.NL && i + 1 < size) {
        int next = tokens.get(i + 1).getType();
        if ((type == EpisodePageLexer.LISTENERS && next == EpisodePageLexer.NL)
            || (type == EpisodePageLexer.NUMERIC_DATE && next == EpisodePageLexer.BULLET)) {
          return true;
        }
      }
      previous = type;
    }
    return false;
  }
}
