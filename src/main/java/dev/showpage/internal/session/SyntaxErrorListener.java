package dev.showpage.internal.session;

import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;

/**
 * Turns the parser's syntax errors into diagnostics that name the line the page has, not the
 * grammar's token names.
 */
public final class SyntaxErrorListener extends BaseErrorListener {

    private final Diagnostics diagnostics;

    public SyntaxErrorListener(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    @Override
    public void syntaxError(
            Recognizer<?, ?> recognizer,
            Object offendingSymbol,
            int line,
            int charPositionInLine,
            String msg,
            RecognitionException e) {
        String found = "the end of the page";
        if (offendingSymbol instanceof Token token && token.getType() != Token.EOF) {
            found =
                    token.getType() == dev.showpage.internal.grammar.EpisodePageLexer.NL
                            ? "a line break"
                            : "'" + token.getText() + "'";
        }
        String message = "this line does not fit the page's layout here (found " + found + ")";
        if (offendingSymbol instanceof Token token) {
            diagnostics.report(DiagnosticCode.UNEXPECTED_LINE, token, message);
        } else {
            diagnostics.report(
                    DiagnosticCode.UNEXPECTED_LINE, line, charPositionInLine + 1, message);
        }
    }
}
