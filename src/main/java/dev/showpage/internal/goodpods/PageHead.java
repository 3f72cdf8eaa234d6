package dev.showpage.internal.goodpods;

import dev.showpage.internal.grammar.EpisodePageParser.ContentLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.GoodpodsPageContext;
import dev.showpage.internal.grammar.EpisodePageParser.PageHeadContext;
import dev.showpage.internal.grammar.EpisodePageParser.RankingContext;
import dev.showpage.internal.grammar.EpisodePageParser.SectionLinkLineContext;
import dev.showpage.internal.grammar.EpisodePageParser.ShowHeaderContext;
import dev.showpage.internal.grammar.EpisodePageParser.ShowNameContext;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Counts;
import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What a Goodpods page says above its cards: the show, the section links ("All episodes"), and the
 * ranking's heading ("Top 10 ...", with the count it announces) and summary.
 *
 * @param navigation the section links; the page end adds its "Show more" lines to a copy
 * @param headingStart where the ranking heading starts, or null when there is none
 */
record PageHead(
        Optional<Show> show,
        List<String> navigation,
        Optional<String> heading,
        Optional<String> summary,
        OptionalInt announced,
        Token headingStart) {

    /** Reads the head of {@code page}: it is parsed whole before the first card. */
    static PageHead read(GoodpodsPageContext page, SourceText source) {
        PageHeadContext head = page.pageHead();
        if (head == null) {
            return new PageHead(
                    Optional.empty(),
                    List.of(),
                    Optional.empty(),
                    Optional.empty(),
                    OptionalInt.empty(),
                    null);
        }
        Optional<Show> show =
                head.showHeader() != null
                        ? Optional.of(show(head.showHeader(), source))
                        : Optional.ofNullable(head.showName()).map(ctx -> show(ctx, source));
        List<String> navigation = new ArrayList<>();
        for (SectionLinkLineContext line : head.sectionLinkLine()) {
            navigation.add(source.lineText(line));
        }
        RankingContext ranking = head.ranking();
        return ranking == null
                ? new PageHead(
                        show,
                        navigation,
                        Optional.empty(),
                        Optional.empty(),
                        OptionalInt.empty(),
                        null)
                : new PageHead(
                        show,
                        navigation,
                        Optional.of(source.lineText(ranking.headingLine())),
                        joinLines(ranking.contentLine(), source),
                        Counts.of(ranking.headingLine().NUMBER().getText()),
                        ranking.headingLine().getStart());
    }

    private static Show show(ShowHeaderContext ctx, SourceText source) {
        Optional<String> publisher = Optional.ofNullable(ctx.publisher).map(source::lineText);
        TerminalNode listeners =
                ctx.listenersLine() == null ? null : ctx.listenersLine().LISTENERS();
        return new Show(source.lineText(ctx.showTitle), publisher, listeners(listeners));
    }

    /** A header whose listener line is missing: the show's name and publisher, no count. */
    private static Show show(ShowNameContext ctx, SourceText source) {
        Optional<String> publisher = Optional.ofNullable(ctx.publisher).map(source::lineText);
        return new Show(source.lineText(ctx.showTitle), publisher, OptionalInt.empty());
    }

    private static Optional<String> joinLines(List<ContentLineContext> lines, SourceText source) {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder();
        for (ContentLineContext line : lines) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(source.lineText(line));
        }
        return Optional.of(text.toString());
    }

    /** "1,204 Listeners": the count; none when the line is missing or was made up by recovery. */
    private static OptionalInt listeners(TerminalNode node) {
        if (node == null || node.getSymbol().getTokenIndex() < 0) {
            return OptionalInt.empty();
        }
        String digits = node.getText().substring(0, node.getText().indexOf(' ')).replace(",", "");
        return Counts.of(digits);
    }
}
