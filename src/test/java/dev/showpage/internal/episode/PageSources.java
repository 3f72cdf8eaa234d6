package dev.showpage.internal.episode;

import dev.showpage.internal.antlr.TwoStageParse;
import dev.showpage.internal.session.Columns;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.SourceText;
import java.util.function.Function;
import org.antlr.v4.runtime.Token;

/** A made-up page's source text, lexed to its end, as a parse would leave it for a value rule. */
final class PageSources {

    private PageSources() {}

    /** {@code page} with {@code \n} written as the two characters a CSV source can hold. */
    static <T> T read(String page, Function<SourceText, T> rule) {
        String text = page.replace("\\n", "\n");
        return TwoStageParse.run(
                text,
                false,
                stage -> {
                    int end = 0;
                    while (stage.tokens.get(end).getType() != Token.EOF) {
                        end++; // the window lexes as it is read: the rule sees every token
                    }
                    Diagnostics diagnostics = new Diagnostics(100, Columns.of(text));
                    return rule.apply(new SourceText(stage.chars, stage.tokens, diagnostics));
                });
    }
}
