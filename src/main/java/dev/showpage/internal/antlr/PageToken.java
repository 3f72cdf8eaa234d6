package dev.showpage.internal.antlr;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A token that reads its text from the page by its offsets. {@link CommonToken#getText} asks its
 * stream for an {@code Interval}, which ANTLR allocates for every offset past 1,000, and makes a
 * new string at every read; the builder reads the text of most tokens several times, so the text
 * read once is kept.
 *
 * <p>A token is also its own leaf in the parse tree ({@link TerminalNode}), as ANTLR's {@code
 * TerminalNodeImpl} would be, which holds only the token and its parent: the tree then costs no
 * object per token. The token holds no channel, since the grammar puts every token on the default
 * one, and so is no larger than a {@link CommonToken} with the parent in it.
 */
final class PageToken implements WritableToken, TerminalNode {

    /** Makes the lexer's tokens {@link PageToken}s, as ANTLR's default factory makes its own. */
    static final TokenFactory<PageToken> FACTORY =
            new TokenFactory<>() {
                @Override
                public PageToken create(
                        Pair<TokenSource, CharStream> source,
                        int type,
                        String text,
                        int channel,
                        int start,
                        int stop,
                        int line,
                        int charPositionInLine) {
                    PageToken token = new PageToken(source, type, channel, start, stop);
                    token.line = line;
                    token.charPositionInLine = charPositionInLine;
                    if (text != null) {
                        token.text = text;
                    }
                    return token;
                }

                @Override
                public PageToken create(int type, String text) {
                    PageToken token = new PageToken(NO_SOURCE, type, DEFAULT_CHANNEL, 0, 0);
                    token.text = text;
                    return token;
                }
            };

    private static final Pair<TokenSource, CharStream> NO_SOURCE = new Pair<>(null, null);

    private final Pair<TokenSource, CharStream> source;
    private int type;
    private int line;
    private int charPositionInLine = -1;
    private int index = -1;
    private int start;
    private int stop;

    /** The text, read from the page the first time it is asked for, or given. */
    private String text;

    /** The rule context this token is a leaf of, once the parser has put it in the tree. */
    private ParseTree parent;

    PageToken(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
        requireDefault(channel);
        this.source = source;
        this.type = type;
        this.start = start;
        this.stop = stop;
        if (source.a != null) {
            this.line = source.a.getLine();
            this.charPositionInLine = source.a.getCharPositionInLine();
        }
    }

    /**
     * A token that {@code source} makes of the page from {@code start} to {@code stop}, on the line
     * of {@code at} and placed in it by its offset from {@code at}'s start: a value joined from the
     * lexer's tokens, or a part of one cut apart.
     */
    static PageToken spanning(TokenSource source, int type, Token at, int start, int stop) {
        PageToken token =
                new PageToken(
                        new Pair<>(source, at.getInputStream()),
                        type,
                        DEFAULT_CHANNEL,
                        start,
                        stop);
        token.line = at.getLine();
        token.charPositionInLine = at.getCharPositionInLine() + start - at.getStartIndex();
        return token;
    }

    private static void requireDefault(int channel) {
        if (channel != DEFAULT_CHANNEL) {
            throw new IllegalArgumentException(
                    "the grammar puts every token on the default channel, not " + channel);
        }
    }

    /**
     * The token's text, read from the page the first time and kept: the value reader, the parser's
     * builder and the chapter and word readers each ask for the text of the same token, and the
     * page does not change under it.
     */
    @Override
    public String getText() {
        if (text != null) {
            return text;
        }
        CharStream input = getInputStream();
        if (input == null) {
            return null;
        }
        if (input instanceof PageChars page) {
            text = page.text(start, stop);
            return text;
        }
        int n = input.size();
        return start < n && stop < n ? input.getText(Interval.of(start, stop)) : "<EOF>";
    }

    /**
     * The first character of {@link #getText}, or -1 when it is empty; read in place, without
     * making the text, from a page read back as it was lexed ({@link PageChars#readBackAsLexed}).
     */
    int firstChar() {
        if (text == null && source.b instanceof PageChars page && page.readBackAsLexed()) {
            int end = Math.min(stop + 1, page.size()); // as PageChars#text reads it
            return start < end ? page.charAt(start) : -1;
        }
        String read = getText();
        return read.isEmpty() ? -1 : read.charAt(0);
    }

    @Override
    public void setText(String text) {
        this.text = text;
    }

    @Override
    public int getType() {
        return type;
    }

    @Override
    public void setType(int type) {
        this.type = type;
    }

    @Override
    public int getLine() {
        return line;
    }

    @Override
    public void setLine(int line) {
        this.line = line;
    }

    @Override
    public int getCharPositionInLine() {
        return charPositionInLine;
    }

    @Override
    public void setCharPositionInLine(int charPositionInLine) {
        this.charPositionInLine = charPositionInLine;
    }

    @Override
    public int getChannel() {
        return DEFAULT_CHANNEL;
    }

    @Override
    public void setChannel(int channel) {
        requireDefault(channel);
    }

    @Override
    public int getTokenIndex() {
        return index;
    }

    @Override
    public void setTokenIndex(int index) {
        this.index = index;
    }

    @Override
    public int getStartIndex() {
        return start;
    }

    @Override
    public int getStopIndex() {
        return stop;
    }

    @Override
    public TokenSource getTokenSource() {
        return source.a;
    }

    @Override
    public CharStream getInputStream() {
        return source.b;
    }

    /** As {@link CommonToken#toString()}: index, offsets, text, type, line and column. */
    @Override
    public String toString() {
        return toString(null);
    }

    /** As {@link CommonToken#toString(Recognizer)}, the type by its name when one is given. */
    public String toString(Recognizer<?, ?> recognizer) {
        String txt = getText();
        txt =
                txt == null
                        ? "<no text>"
                        : txt.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
        String typeName =
                recognizer == null
                        ? String.valueOf(type)
                        : recognizer.getVocabulary().getDisplayName(type);
        return "[@"
                + index
                + ","
                + start
                + ":"
                + stop
                + "='"
                + txt
                + "',<"
                + typeName
                + ">,"
                + line
                + ":"
                + charPositionInLine
                + "]";
    }

    /**
     * Whether the parser may use this token as its own leaf: once only, since a leaf has one
     * parent.
     */
    boolean isFreeLeaf() {
        return parent == null;
    }

    @Override
    public Token getSymbol() {
        return this;
    }

    @Override
    public ParseTree getParent() {
        return parent;
    }

    @Override
    public void setParent(RuleContext parent) {
        this.parent = parent;
    }

    @Override
    public Token getPayload() {
        return this;
    }

    @Override
    public ParseTree getChild(int i) {
        return null;
    }

    @Override
    public int getChildCount() {
        return 0;
    }

    @Override
    public Interval getSourceInterval() {
        return Interval.of(index, index);
    }

    @Override
    public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
        return visitor.visitTerminal(this);
    }

    /** As a leaf's: the text, or {@code <EOF>} (the token's own {@link #toString} is kept). */
    @Override
    public String toStringTree(Parser parser) {
        return toStringTree();
    }

    @Override
    public String toStringTree() {
        return type == Token.EOF ? "<EOF>" : getText();
    }
}
