package dev.showpage.internal.goodpods;

import dev.showpage.internal.antlr.TokenWindow;
import dev.showpage.internal.antlr.TwoStageParse;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser;
import dev.showpage.internal.grammar.EpisodePageParser.GoodpodsPageContext;
import dev.showpage.internal.session.Layout;
import dev.showpage.internal.session.PageParts;
import dev.showpage.internal.session.ParseSession;

/**
 * A Goodpods show page: a show header, a ranking of episode cards that each close with a listener
 * count, and an FAQ. Its cards are built as the parser ends them, so that the tree and the tokens
 * of a page of any length are never held whole.
 */
public final class GoodpodsLayout extends Layout {

    public GoodpodsLayout() {
        super("goodpods", EpisodePageParser::goodpodsPage);
    }

    /**
     * A Goodpods page closes its header and every card with a listener count on a line of its own
     * ("1 Listener"). A card's date line ("02/17/25 • 84 min") is not enough: other sites print a
     * numeric date and a bullet before a length too, and their cards are the generic layout's. The
     * tokens are lexed only as far as the first listener line: on a Goodpods page, its header.
     */
    @Override
    public boolean recognises(TokenWindow tokens) {
        int previous = EpisodePageLexer.NL;
        for (int i = 0; tokens.get(i).getType() != EpisodePageLexer.EOF; i++) {
            int type = tokens.get(i).getType();
            if (previous == EpisodePageLexer.NL) {
                int next = tokens.get(i + 1).getType();
                if (type == EpisodePageLexer.LISTENERS && next == EpisodePageLexer.NL) {
                    return true;
                }
            }
            previous = type;
        }
        return false;
    }

    @Override
    public PageParts build(TwoStageParse.Stage stage, ParseSession session) {
        GoodpodsPageBuilder builder = new GoodpodsPageBuilder(session);
        stage.onRuleEnd(builder.cardsAsTheyEnd(stage.tokens));
        return builder.visitGoodpodsPage((GoodpodsPageContext) parse(stage.parser));
    }
}
