package dev.showpage.internal;

import dev.showpage.internal.grammar.EpisodePageLexer;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;

/**
 * The recovering strategy of the second parse stage. A card whose listener-count line is
 * missing is reported by the model builder, which knows which card it is; everything else is
 * reported as usual.
 */
final class PageErrorStrategy extends DefaultErrorStrategy {

  @Override
  protected void reportMissingToken(Parser recognizer) {
    if (recognizer.getExpectedTokens().contains(EpisodePageLexer.LISTENERS)) {
      beginErrorCondition(recognizer);
      return;
    }
    super.reportMissingToken(recognizer);
  }
}
