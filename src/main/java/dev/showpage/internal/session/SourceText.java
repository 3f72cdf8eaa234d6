package dev.showpage.internal.session;

import dev.showpage.internal.antlr.RepairedChars;
import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.text.Blanks;
import dev.showpage.internal.text.HtmlEntities;
import dev.showpage.internal.text.TextDamage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Reads text back from the input by token positions, with runs of blanks collapsed. Where the
 * page's text was repaired, the input gives the repaired text without the fill that keeps the
 * tokens in their places (see {@code PageChars}).
 */
public final class SourceText {

    private final CharStream input;
    private final TokenStream tokens;
    private final Diagnostics diagnostics;

    /** Lines already reported as double-encoded: a line's text is read in more than one piece. */
    private final Set<Integer> reported = new HashSet<>();

    /** Whether the input's text was repaired: blank space between tokens may then be a fill. */
    private final boolean repaired;

    /**
     * Reads {@code input}; when its characters were repaired ({@link RepairedChars}), reports each
     * line's repairs, so that the text the model shows is never changed unsaid.
     */
    public SourceText(CharStream input, TokenStream tokens, Diagnostics diagnostics) {
        this.input = input;
        this.tokens = tokens;
        this.diagnostics = diagnostics;
        TextDamage damage = input instanceof RepairedChars chars ? chars.damage() : TextDamage.NONE;
        repaired = !damage.isEmpty();
        for (TextDamage.Report report : damage.reports()) {
            DiagnosticCode code =
                    switch (report.kind()) {
                        case MOJIBAKE -> DiagnosticCode.MOJIBAKE;
                        case HTML_REMNANT -> DiagnosticCode.HTML_REMNANT;
                    };
            diagnostics.report(code, report.line(), report.column(), report.message());
        }
    }

    /** How many tokens the stream holds, EOF included. */
    public int tokenCount() {
        return tokens.size();
    }

    /** The page's tokens. */
    public TokenStream tokens() {
        return tokens;
    }

    /** The token at an index of the token stream. */
    public Token token(int index) {
        return tokens.get(index);
    }

    /**
     * The input from the start of {@code first} to the end of {@code last}, HTML entities decoded
     * (scraped text often keeps {@code &amp;} or {@code &#39;}), blanks collapsed. Text encoded
     * twice ({@code &amp;#39;}) is decoded fully and reported.
     */
    public String between(Token first, Token last) {
        // One token's text is read from the page once and kept by the token: not read again.
        String raw =
                first == last && first.getInputStream() == input
                        ? first.getText()
                        : input.getText(Interval.of(first.getStartIndex(), last.getStopIndex()));
        if (raw.indexOf('&') >= 0) {
            HtmlEntities.Decoded decoded = HtmlEntities.decode(raw);
            if (decoded.doubleEncoded() && reported.add(first.getLine())) {
                diagnostics.report(
                        DiagnosticCode.DOUBLE_ENCODED,
                        first,
                        "HTML entities encoded twice ('" + raw + "'); decoded both times");
            }
            raw = decoded.text();
        }
        return collapse(raw);
    }

    /** A line's text without its line break, blanks collapsed; empty for a blank line. */
    public String lineText(ParserRuleContext line) {
        if (line.getStart().getType() == EpisodePageLexer.NL) {
            return "";
        }
        return between(line.getStart(), Trees.lastBeforeNewline(line, tokens));
    }

    /** The text of a run of tokens on one line; empty for no tokens. */
    public String of(List<Token> tokens) {
        return tokens.isEmpty() ? "" : between(tokens.get(0), tokens.get(tokens.size() - 1));
    }

    /** Whether blank space separates {@code token} from the token after it. */
    public boolean spaceAfter(Token token, Token next) {
        if (next.getStartIndex() <= token.getStopIndex() + 1) {
            return false;
        }
        if (!repaired) {
            return true;
        }
        // What separates them may be the fill of a repair, which the input's text leaves out.
        return input.getText(Interval.of(token.getStopIndex() + 1, next.getStartIndex() - 1))
                        .length()
                > 0;
    }

    /** Whether the text has no blank at either end and no blank but single spaces inside. */
    private static boolean isCollapsed(String text) {
        int length = text.length();
        if (length == 0) {
            return true;
        }
        if (Blanks.isBlank(text.charAt(0)) || Blanks.isBlank(text.charAt(length - 1))) {
            return false;
        }
        for (int i = 1; i < length - 1; i++) {
            char c = text.charAt(i);
            if (c == ' ' ? text.charAt(i + 1) == ' ' : (c < ' ' || c > '~') && Blanks.isBlank(c)) {
                return false;
            }
        }
        return true;
    }

    public static String collapse(String text) {
        if (isCollapsed(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean blank = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Blanks.isBlank(c)) {
                blank = out.length() > 0;
            } else {
                if (blank) {
                    out.append(' ');
                    blank = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
