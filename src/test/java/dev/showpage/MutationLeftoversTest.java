package dev.showpage;

import static dev.showpage.Pages.SHOW;
import static dev.showpage.Pages.episode;
import static dev.showpage.Pages.oneCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Shapes that mutation testing showed no test held: each was read wrongly, and each test here
 * failed before its fix.
 */
class MutationLeftoversTest {

    @Test
    void aUrlAfterAColonWithNoLabelLeavesNoColonInTheText() {
        // Line 15: ": https://example.com/knots", a link with nothing before its colon.
        Episode episode = episode(oneCard("We tie knots.\n: https://example.com/knots\n"));

        assertThat(episode.links())
                .containsExactly(
                        new Link(
                                Optional.empty(),
                                "https://example.com/knots",
                                LinkKind.WEBSITE,
                                Optional.empty()));
        assertThat(episode.description()).contains("We tie knots.");
        assertThat(episode.description().orElseThrow()).doesNotContain(":");
    }

    @Test
    void aLabelInsideABracketStartsAfterTheBracket() {
        // Line 14: the label "Docs" opens just after "[", and "]" closes the link.
        Episode episode =
                episode(oneCard("See [Docs: https://docs.example.com/knots] for more.\n"));

        assertThat(episode.links())
                .extracting(l -> l.label().orElse(null), Link::url)
                .containsExactly(tuple("Docs", "https://docs.example.com/knots"));
        assertThat(episode.description().orElseThrow()).doesNotContain("[").doesNotContain("]");
    }

    @Test
    void aBracketClosedBeforeTheLabelDoesNotCutIt() {
        // Line 14: "(the long list)" is closed before the colon: the label is the whole phrase.
        Episode episode =
                episode(oneCard("Knots (the long list) here: https://knots.example.com/list\n"));

        assertThat(episode.links())
                .extracting(l -> l.label().orElse(null))
                .containsExactly("Knots (the long list) here");
    }

    @Test
    void aPageThatOpensWithABlankLineAndItsRankingHeadingKeepsItsCards() {
        // Line 1 blank, line 2 the heading, line 3 its summary; cards from line 5 and line 12.
        String text =
                "\nTop 2 Harbour Lights Radio Episodes\nA weekly walk.\n\n"
                        + "Knots at night\n"
                        + SHOW
                        + "\n02/17/25 • 84 min\nWe tie knots.\n\n1 Listener\n\n"
                        + "Lamps\n"
                        + SHOW
                        + "\n02/18/25 • 40 min\nLamps story.\n\n2 Listeners\n";

        Page page = EpisodePageParser.parse(text);

        assertThat(page.heading()).contains("Top 2 Harbour Lights Radio Episodes");
        assertThat(page.summary()).contains("A weekly walk.");
        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null))
                .containsExactly("Knots at night", "Lamps");
        assertThat(page.diagnostics()).isEmpty();
    }
}
