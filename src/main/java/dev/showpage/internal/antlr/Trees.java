package dev.showpage.internal.antlr;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Reading a parse tree's tokens, the same way for every layout. */
public final class Trees {

    private Trees() {}

    /** The tokens under {@code tree}, in page order. */
    public static List<Token> terminals(ParseTree tree) {
        List<Token> tokens = new ArrayList<>();
        collect(tree, tokens, false);
        return tokens;
    }

    /** The tokens the recovering parser skipped under {@code tree}, in page order. */
    public static List<Token> skipped(ParseTree tree) {
        List<Token> tokens = new ArrayList<>();
        collect(tree, tokens, true);
        return tokens;
    }

    private static void collect(ParseTree tree, List<Token> tokens, boolean skippedOnly) {
        if (tree instanceof TerminalNode terminal) {
            if (!skippedOnly || tree instanceof ErrorNode) {
                tokens.add(terminal.getSymbol());
            }
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            collect(tree.getChild(i), tokens, skippedOnly);
        }
    }

    /**
     * The line's last token before its line break. Blanks are skipped by the lexer, so that is the
     * token just before the break in the token stream.
     */
    public static Token lastBeforeNewline(ParserRuleContext line, TokenStream tokens) {
        Token stop = line.getStop();
        if (stop.getType() != EpisodePageLexer.NL
                || stop.getTokenIndex() <= line.getStart().getTokenIndex()) {
            return stop;
        }
        return tokens.get(stop.getTokenIndex() - 1);
    }
}
