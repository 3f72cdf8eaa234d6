package dev.showpage.internal;

import dev.showpage.internal.antlr.TokenWindow;
import dev.showpage.internal.generic.GenericLayout;
import dev.showpage.internal.goodpods.GoodpodsLayout;
import dev.showpage.internal.session.Layout;
import java.util.List;

/** The page layouts the parser knows, in the order they are tried. */
public final class Layouts {

    /**
     * Each is asked in turn whether the page's tokens have its shape; the generic layout takes
     * every page and so comes last. A new layout is a package of its own and a line here.
     */
    private static final List<Layout> ALL = List.of(new GoodpodsLayout(), new GenericLayout());

    private Layouts() {}

    /** The first layout that recognises the page's tokens. */
    public static Layout of(TokenWindow tokens) {
        for (Layout layout : ALL) {
            if (layout.recognises(tokens)) {
                return layout;
            }
        }
        throw new IllegalStateException("no layout recognises the page: the last must take any");
    }

    /** The layout of a page that was never parsed: the one that takes any page. */
    public static String unparsedLayoutName() {
        return ALL.get(ALL.size() - 1).name();
    }
}
