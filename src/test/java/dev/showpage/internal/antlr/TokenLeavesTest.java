package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.Layouts;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.antlr.v4.runtime.tree.TerminalNodeImpl;
import org.junit.jupiter.api.Test;

/**
 * The page's tokens are the parse tree's leaves themselves: each leaf's symbol is the leaf, its
 * parent the context that holds it, and it reads as ANTLR's own leaf would.
 */
class TokenLeavesTest {

    private static ParserRuleContext tree(String page, List<Boolean> recovering) {
        return TwoStageParse.run(
                page,
                false,
                stage -> {
                    recovering.add(stage.recovering);
                    return Layouts.of(stage.tokens).parse(stage.parser);
                });
    }

    private static void leaves(ParseTree tree, List<TerminalNode> out) {
        if (tree instanceof TerminalNode leaf) {
            out.add(leaf);
            return;
        }
        for (int i = 0; i < tree.getChildCount(); i++) {
            leaves(tree.getChild(i), out);
        }
    }

    @Test
    void everyLeafOfAPageIsItsTokenWithItsParent() {
        List<Boolean> stages = new ArrayList<>();
        ParserRuleContext root =
                tree(
                        "Le podcast du jardin\n\n"
                                + "Folge 7: Tomaten im Herbst\n"
                                + "03/11/24 • 41 min\n"
                                + "Wir sprechen über Tomaten.\n",
                        stages);
        List<TerminalNode> leaves = new ArrayList<>();
        leaves(root, leaves);

        assertThat(leaves).hasSizeGreaterThan(10);
        for (TerminalNode leaf : leaves) {
            assertThat(leaf).isInstanceOf(PageToken.class);
            assertThat(leaf.getSymbol()).isSameAs(leaf);
            assertThat(leaf.getPayload()).isSameAs(leaf);
            assertThat(leaf.getChildCount()).isZero();
            assertThat(leaf.getChild(0)).isNull();
            assertThat(((ParserRuleContext) leaf.getParent()).children).contains(leaf);
            int index = leaf.getSymbol().getTokenIndex();
            assertThat(leaf.getSourceInterval().a).isEqualTo(index);
            assertThat(leaf.getSourceInterval().b).isEqualTo(index);
        }
        assertThat(leaves).extracting(ParseTree::getText).contains("Tomaten", "41 min", "Herbst");
    }

    @Test
    void aLeafReadsAsAnAntlrLeafWouldAndItsTokenAsAToken() {
        List<TerminalNode> leaves = new ArrayList<>();
        leaves(tree("Kurze Notiz\n", new ArrayList<>()), leaves);
        TerminalNode word = leaves.get(0);
        TerminalNode end = leaves.get(leaves.size() - 1);

        assertThat(word.toStringTree())
                .isEqualTo(new TerminalNodeImpl(word.getSymbol()).toString())
                .isEqualTo("Kurze");
        assertThat(end.getSymbol().getType()).isEqualTo(Token.EOF);
        assertThat(end.toStringTree()).isEqualTo("<EOF>");
        // as a token, it prints as ANTLR's tokens do (type, place and text)
        assertThat(word.toString()).contains("'Kurze'").contains("1:0");
    }

    @Test
    void aTokenAlreadyALeafIsNotMadeTheLeafOfASecondParent() {
        TwoStageParse.run(
                "Wort und Wort\n",
                false,
                stage -> {
                    Token token = stage.tokens.get(0);
                    ParserRuleContext first = new ParserRuleContext();
                    ParserRuleContext second = new ParserRuleContext();

                    TerminalNode leaf = stage.parser.createTerminalNode(first, token);
                    first.addChild(leaf);
                    TerminalNode again = stage.parser.createTerminalNode(second, token);
                    second.addChild(again);

                    assertThat(leaf).isSameAs(token);
                    assertThat(again).isNotSameAs(token);
                    assertThat(again.getSymbol()).isSameAs(token);
                    assertThat(leaf.getParent()).isSameAs(first);
                    assertThat(again.getParent()).isSameAs(second);
                    return null;
                });
    }

    @Test
    void aDamagedPageKeepsItsSkippedTokensAsErrorLeaves() {
        // a line the layout has no place for, between two Goodpods cards: stage two recovers
        String page =
                "Show\n\n1 Listener\nTop 2 Episodes\n\nFirst\nShow\n02/17/25 • 84 min\nBody.\n"
                        + "1 Listener\nTop 5 x\nSecond\n02/18/25 • 10 min\nMore.\n1 Listener\n";
        List<Boolean> stages = new ArrayList<>();
        List<TerminalNode> leaves = new ArrayList<>();
        leaves(tree(page, stages), leaves);

        assertThat(stages).containsExactly(false, true);
        assertThat(leaves).anyMatch(leaf -> leaf instanceof ErrorNode);
        assertThat(leaves)
                .filteredOn(leaf -> !(leaf instanceof ErrorNode))
                .allMatch(leaf -> leaf instanceof PageToken);
    }
}
