package dev.showpage.internal.generic;

import dev.showpage.internal.antlr.TokenWindow;
import dev.showpage.internal.antlr.TwoStageParse;
import dev.showpage.internal.grammar.EpisodePageParser;
import dev.showpage.internal.grammar.EpisodePageParser.GenericPageContext;
import dev.showpage.internal.session.Layout;
import dev.showpage.internal.session.PageParts;
import dev.showpage.internal.session.ParseSession;

/**
 * The show notes of any site, one episode or many: the layout of every page that no other layout
 * recognises. Which lines make up an episode is decided from the whole page, so its tree is read
 * once the parse is done.
 */
public final class GenericLayout extends Layout {

    public GenericLayout() {
        super("generic", EpisodePageParser::genericPage);
    }

    /** Any page: this layout is the last one tried. */
    @Override
    public boolean recognises(TokenWindow tokens) {
        return true;
    }

    @Override
    public PageParts build(TwoStageParse.Stage stage, ParseSession session) {
        return new GenericPageBuilder(session).build((GenericPageContext) parse(stage.parser));
    }
}
