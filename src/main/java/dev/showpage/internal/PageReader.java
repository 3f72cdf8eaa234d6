package dev.showpage.internal;

import dev.showpage.EpisodePageParseException;
import dev.showpage.internal.antlr.TokenWindow;
import dev.showpage.internal.antlr.TwoStageParse;
import dev.showpage.internal.session.Columns;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.Layout;
import dev.showpage.internal.session.PageParts;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.ParseSettings;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.session.SyntaxErrorListener;
import dev.showpage.internal.text.Utf8Text;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import java.util.List;
import java.util.Optional;

/**
 * One parse of one page: lexes, parses in two stages, and builds the model.
 *
 * <p>The parse itself is {@link TwoStageParse}; the page's layout ({@link Layouts}) is told from
 * its tokens, and that layout parses the page by its own start rule and builds the model.
 *
 * <p>Not part of the public API: use {@code dev.showpage.EpisodePageParser}.
 */
public final class PageReader {

    private final ParseSettings settings;

    public PageReader(ParseSettings settings) {
        this.settings = settings;
    }

    /**
     * Parses the bytes of a file: UTF-8, with what is not UTF-8 reported. In strict mode the page
     * is parsed all the same, so that the error thrown is the first in page order, which may be on
     * a line before the bytes.
     */
    public Page read(byte[] bytes) {
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes);
        if (decoded.valid()) {
            return read(decoded.text());
        }
        Diagnostic invalid =
                DiagnosticCode.INVALID_UTF8.at(
                        decoded.line(), decoded.column(), decoded.problem() + "; read as U+FFFD");
        return read(decoded.text(), invalid);
    }

    public Page read(String text) {
        return read(text, null);
    }

    /** The page of an input past the length limit: one error, nothing parsed (or thrown). */
    public Page tooLarge(String size) {
        Diagnostic tooLarge =
                DiagnosticCode.INPUT_TOO_LARGE.at(
                        1,
                        1,
                        size
                                + ", more than the limit of "
                                + settings.maxInputLength()
                                + " characters; it was not parsed");
        if (settings.strict()) {
            throw new EpisodePageParseException(tooLarge, "");
        }
        return PageParts.of(Optional.empty(), List.of(), List.of())
                .toPage(Layouts.unparsedLayoutName(), List.of(tooLarge));
    }

    private Page read(String text, Diagnostic decodingProblem) {
        if (text.length() > settings.maxInputLength()) {
            return tooLarge("the input has " + text.length() + " characters");
        }
        String input = normalise(text);
        Columns columns = Columns.of(input);
        return TwoStageParse.run(
                input,
                false,
                stage -> {
                    Diagnostics diagnostics = new Diagnostics(settings.maxDiagnostics(), columns);
                    if (decodingProblem != null) {
                        diagnostics.add(decodingProblem);
                    }
                    if (stage.recovering) {
                        stage.parser.addErrorListener(new SyntaxErrorListener(diagnostics));
                    }
                    ParseSession session =
                            new ParseSession(
                                    settings,
                                    diagnostics,
                                    new SourceText(stage.chars, stage.tokens, diagnostics),
                                    stage.recovering);
                    Layout layout = Layouts.of(stage.tokens);
                    PageParts parts = layout.build(stage, session);
                    reportGluedText(stage.tokens, diagnostics);
                    Page page = parts.toPage(layout.name(), diagnostics.sorted());
                    if (settings.strict()) {
                        Optional<Diagnostic> error = diagnostics.firstError();
                        if (error.isPresent()) {
                            Diagnostic d = error.get();
                            throw new EpisodePageParseException(
                                    d, lineRest(input, d.line(), d.column()));
                        }
                    }
                    return page;
                });
    }

    /**
     * The places where the page seems to glue a date, time or length to the text after it and no
     * boundary makes the cut certain ("Jan 28, 20251"): the text is left whole, and the reader is
     * told where. Read once the layout has read every token.
     */
    private static void reportGluedText(TokenWindow tokens, Diagnostics diagnostics) {
        for (TokenWindow.GluedText glued : tokens.gluedText()) {
            diagnostics.report(
                    DiagnosticCode.GLUED_TEXT,
                    glued.at(),
                    "'"
                            + glued.text()
                            + "' seems to join two fields ("
                            + glued.why()
                            + "), and where one ends is not clear; left as one");
        }
    }

    /**
     * Without a byte order mark, and with CRLF and lone CR as '\n': the lexer counts lines by '\n',
     * and the change keeps every line and column as it was.
     */
    private static String normalise(String text) {
        String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
        if (input.indexOf('\r') >= 0) {
            input = input.replace("\r\n", "\n").replace('\r', '\n');
        }
        return input;
    }

    /** The input from line:column to the end of that line. */
    private static String lineRest(String input, int line, int column) {
        int start = 0;
        for (int current = 1; current < line && start < input.length(); start++) {
            if (input.charAt(start) == '\n') {
                current++;
            }
        }
        start = Math.min(input.length(), start + column - 1);
        int end = start;
        while (end < input.length() && input.charAt(end) != '\n') {
            end++;
        }
        return input.substring(start, end);
    }
}
