package dev.showpage.internal.goodpods;

import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/** Lines of a Goodpods page that belong to none of its parts: each is an error, said one way. */
final class StrayLines {

    private StrayLines() {}

    static void report(ParserRuleContext line, Diagnostics diagnostics) {
        diagnostics.report(
                DiagnosticCode.UNRECOGNISED_LINE,
                line.getStart(),
                "this line is not part of an episode card, the header or the FAQ");
    }

    /** A ranking heading ("Top 3 ...") between two episode cards, where no heading belongs. */
    static void reportHeading(ParserRuleContext line, Diagnostics diagnostics) {
        diagnostics.report(
                DiagnosticCode.UNRECOGNISED_LINE,
                line.getStart(),
                "a ranking heading between episode cards; it belongs to no card");
    }

    static void report(List<ParserRuleContext> lines, Diagnostics diagnostics) {
        for (ParserRuleContext line : lines) {
            report(line, diagnostics);
        }
    }
}
