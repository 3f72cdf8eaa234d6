package dev.showpage.internal.session;

import dev.showpage.internal.antlr.TokenWindow;
import dev.showpage.internal.antlr.TwoStageParse;
import dev.showpage.internal.grammar.EpisodePageParser;
import dev.showpage.model.Page;
import java.util.Objects;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * One shape of page: its name, its start rule in the grammar, how its tokens show it, and how its
 * tree becomes a {@link Page}. Each layout is a package of its own under {@code
 * dev.showpage.internal}; {@code Layouts} lists them.
 */
public abstract class Layout {

    private final String name;
    private final Function<EpisodePageParser, ParserRuleContext> startRule;

    /**
     * @param name the layout's name, as {@link Page#layout()} and the JSON give it; its start rule
     *     in the grammar is named after it ({@code goodpods}: {@code goodpodsPage})
     * @param startRule the parser's method for that rule
     */
    protected Layout(String name, Function<EpisodePageParser, ParserRuleContext> startRule) {
        this.name = Objects.requireNonNull(name, "name is null");
        this.startRule = Objects.requireNonNull(startRule, "startRule is null");
    }

    public final String name() {
        return name;
    }

    /** Parses the page by this layout's start rule, and only that. */
    public final ParserRuleContext parse(EpisodePageParser parser) {
        return startRule.apply(parser);
    }

    /**
     * Whether the page's tokens have this layout's shape. Tokens are lexed as they are asked for,
     * so a layout that looks only at a page's first lines costs only those.
     */
    public abstract boolean recognises(TokenWindow tokens);

    /** Parses the stage by this layout's start rule and reads the page's parts. */
    public abstract PageParts build(TwoStageParse.Stage stage, ParseSession session);
}
