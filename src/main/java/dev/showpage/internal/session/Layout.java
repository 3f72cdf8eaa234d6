package dev.showpage.internal.session;

import dev.showpage.internal.antlr.TokenWindow;
import dev.showpage.internal.antlr.TwoStageParse;
import dev.showpage.internal.grammar.EpisodePageParser;
import dev.showpage.model.Page;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * One shape of page: how its tokens show it, and how its tree becomes a {@link Page}. Each layout
 * is a package of its own under {@code dev.showpage.internal}; {@code Layouts} lists them.
 */
public interface Layout {

  /** The layout's name, as {@link Page#layout()} and the JSON give it, and its start rule. */
  String name();

  /**
   * Whether the page's tokens have this layout's shape. Tokens are lexed as they are asked
   * for, so a layout that looks only at a page's first lines costs only those.
   */
  boolean recognises(TokenWindow tokens);

  /** Parses the page by this layout's start rule, and only that. */
  ParserRuleContext parse(EpisodePageParser parser);

  /** Parses the stage by this layout's start rule and builds the page's model. */
  Page build(TwoStageParse.Stage stage, ParseSession session);
}
