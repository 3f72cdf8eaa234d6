package dev.showpage.internal.goodpods;

import dev.showpage.internal.antlr.Trees;
import dev.showpage.internal.grammar.EpisodePageParser.FaqEntryContext;
import dev.showpage.internal.grammar.EpisodePageParser.FaqHeadingContext;
import dev.showpage.internal.grammar.EpisodePageParser.FaqSectionContext;
import dev.showpage.internal.grammar.EpisodePageParser.MoreLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.PageEndContext;
import dev.showpage.internal.grammar.EpisodePageParser.TrailingLineContext;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.SourceText;
import dev.showpage.model.Faq;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * What a Goodpods page says below its cards: the "Show more" lines, which join the page's
 * navigation, and the FAQ, whose answers give the show's statistics. Any other line there is
 * reported, so that no text of the page goes unseen.
 */
final class PageEnd {

    private PageEnd() {}

    /**
     * Reads {@code ctx}, adding its "Show more" lines to {@code navigation} in page order.
     *
     * @return the FAQ, if the page has one
     */
    static Optional<Faq> read(PageEndContext ctx, List<String> navigation, ParseSession session) {
        SourceText source = session.source();
        Diagnostics diagnostics = session.diagnostics();
        for (ParseTree child : ctx.children == null ? List.<ParseTree>of() : ctx.children) {
            if (child instanceof MoreLineContext more) {
                navigation.add(source.lineText(more));
            } else if (child instanceof TrailingLineContext trailing) {
                StrayLines.report(trailing, diagnostics);
            }
        }
        FaqSectionContext faq = ctx.faqSection();
        if (faq == null) {
            return Optional.empty();
        }
        List<FaqStatistics.Answered> answered = new ArrayList<>();
        for (ParseTree child : faq.children) {
            if (child instanceof MoreLineContext more) {
                navigation.add(source.lineText(more));
            } else if (child instanceof TrailingLineContext trailing) {
                StrayLines.report(trailing, diagnostics);
            } else if (child instanceof FaqHeadingContext heading && heading != faq.faqHeading(0)) {
                diagnostics.report(
                        DiagnosticCode.REPEATED_HEADING,
                        heading.getStart(),
                        "a second FAQ heading");
            } else if (child instanceof FaqEntryContext entry) {
                String question = source.lineText(entry.faqQuestion());
                if (entry.faqAnswer == null) {
                    diagnostics.report(
                            DiagnosticCode.FAQ_WITHOUT_ANSWER,
                            entry.getStart(),
                            "the question '" + question + "' has no answer");
                    continue;
                }
                answered.add(
                        new FaqStatistics.Answered(
                                question,
                                source.lineText(entry.faqAnswer),
                                Trees.terminals(entry.faqAnswer)));
            }
        }
        return Optional.of(FaqStatistics.of(answered, session.settings().dateOrder()));
    }
}
