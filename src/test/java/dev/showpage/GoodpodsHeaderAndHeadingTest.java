package dev.showpage;

import static dev.showpage.Pages.SHOW;
import static dev.showpage.Pages.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two kinds of damage to a Goodpods page's ranking and header, on made-up pages: a ranking heading
 * ("Top 3 ...") between two episode cards, which is no card's title; and a show header that lost
 * its listener line ("3 Listeners"), which still gives the show, the section links, the heading and
 * its summary. Both tests of each kind failed before the fix.
 */
class GoodpodsHeaderAndHeadingTest {

    /**
     * Two cards of a show named {@code show}, with {@code between} their two listener lines: "Knots
     * at night" (its first line, then its show and date lines), then "Lamps".
     */
    private static String twoCards(String show, String between) {
        return "Knots at night\n"
                + show
                + "\n02/17/25 • 84 min\nWe tie knots.\n\n1 Listener\n"
                + between
                + "Lamps\n"
                + show
                + "\n02/18/25 • 40 min\nLamps story.\n\n2 Listeners\n";
    }

    // --- A ranking heading between two cards ---------------------------------------------------

    @Test
    void aRankingHeadingBetweenCardsIsNoCardsTitle() {
        // Lines 11-16 the first card, 17 blank, 18 the heading, 19-24 the second card ("Lamps").
        String text = Pages.page(2, twoCards(SHOW, "\nTop 3 Harbour Lights Radio Episodes\n"));
        assertThat(line(text, 18)).isEqualTo("Top 3 Harbour Lights Radio Episodes");
        assertThat(line(text, 19)).isEqualTo("Lamps");

        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null), e -> e.show().orElse(null))
                .containsExactly(tuple("Knots at night", SHOW), tuple("Lamps", SHOW));
        // Line 19 starts the second card; its text is line 22 only.
        assertThat(page.episodes().get(1).source().line()).isEqualTo(19);
        assertThat(page.episodes().get(1).description()).contains("Lamps story.");
        // The page's own heading (line 8) is unchanged; line 18 is reported where it stands.
        assertThat(page.heading()).contains("Top 2 Harbour Lights Radio Episodes");
        assertThat(page.diagnostics())
                .filteredOn(d -> d.code().equals("unrecognised-line"))
                .extracting(Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple(18, 1));
        assertThat(page.diagnostics()).allMatch(d -> d.line() == 18);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // show | the heading | what stands between the cards: blank (B) and heading (H)
                "Copper Kettle Hour | Top 12 Copper Kettle Hour Episodes | BH",
                "Copper Kettle Hour | Top 12 Copper Kettle Hour Episodes | H",
                "Quiet Orchard | Top 7 | BH",
                "Quiet Orchard | Top 40 Quiet Orchard Episodes | HB",
                "Quiet Orchard | Top 5 Orchard Episodes | BHB",
                "Night Ferry Talks | Top 1,000 Ferry Episodes | BH",
            })
    void aRankingHeadingBetweenCardsOfAnyShowIsNoCardsTitle(
            String show, String heading, String between) {
        StringBuilder lines = new StringBuilder();
        for (char c : between.toCharArray()) {
            lines.append(c == 'B' ? "\n" : heading + "\n");
        }
        String text =
                "\n"
                        + show
                        + "\nSome Audio Co.\n\n41 Listeners\nAll episodes\nBest episodes\nTop 2 "
                        + show
                        + " Episodes\nA summary.\n\n"
                        + twoCards(show, lines.toString());
        int headingLine = 17 + between.indexOf('H');
        assertThat(line(text, headingLine)).isEqualTo(heading);

        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null), e -> e.show().orElse(null))
                .containsExactly(tuple("Knots at night", show), tuple("Lamps", show));
        assertThat(page.episodes())
                .allSatisfy(e -> assertThat(e.description().orElseThrow()).doesNotContain("Top"));
        assertThat(page.heading()).contains("Top 2 " + show + " Episodes");
        assertThat(page.diagnostics())
                .filteredOn(d -> d.code().equals("unrecognised-line"))
                .extracting(Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple(headingLine, 1));
    }

    @Test
    void aHeadingBeforeACardWithoutItsShowLineIsNoTitle() {
        // Line 18 the heading; line 19 "Lamps", line 20 its date: no show line.
        String text =
                Pages.page(
                        2,
                        "Knots at night\n"
                                + SHOW
                                + "\n02/17/25 • 84 min\nWe tie knots.\n\n1 Listener\n\n"
                                + "Top 3 Harbour Lights Radio Episodes\nLamps\n"
                                + "02/18/25 • 40 min\nLamps story.\n\n2 Listeners\n");

        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null))
                .containsExactly("Knots at night", "Lamps");
        assertThat(page.episodes().get(1).show()).isEmpty();
    }

    @Test
    void aHeadingBeforeACardWithoutItsDateLineIsNoTitle() {
        // Line 18 the heading; lines 19-21 "Lamps", the show and its text: no date line.
        String text =
                Pages.page(
                        2,
                        twoCards(SHOW, "\nTop 3 Harbour Lights Radio Episodes\n")
                                .replace("02/18/25 • 40 min\n", ""));

        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null), e -> e.show().orElse(null))
                .containsExactly(tuple("Knots at night", SHOW), tuple("Lamps", SHOW));
        assertThat(page.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .contains(tuple("unrecognised-line", 18), tuple("missing-date", 19));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Top 10 Knots of the Year",
                "Top 3 Lamps We Lit",
                "Top 5",
            })
    void anEpisodeCalledTopNStaysItsTitle(String title) {
        // Line 18 the second card's title, line 19 its show line, line 20 its date.
        String text =
                Pages.page(
                        2,
                        "Knots at night\n"
                                + SHOW
                                + "\n02/17/25 • 84 min\nWe tie knots.\n\n1 Listener\n\n"
                                + title
                                + "\n"
                                + SHOW
                                + "\n02/18/25 • 40 min\nLamps story.\n\n2 Listeners\n");

        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null), e -> e.show().orElse(null))
                .containsExactly(tuple("Knots at night", SHOW), tuple(title, SHOW));
        assertThat(page.diagnostics()).noneMatch(d -> d.code().equals("unrecognised-line"));
    }

    // --- A header without its listener line ----------------------------------------------------

    @Test
    void aHeaderWithoutItsListenerLineKeepsShowNavigationHeadingAndSummary() {
        // Pages.page without line 5 ("3 Listeners"): lines 2-3 the show and publisher, 5-6 the
        // section links, 7 the heading, 8 the summary, cards from line 10.
        String text = Pages.page(2, twoCards(SHOW, "\n")).replace("\n3 Listeners\n", "\n");
        assertThat(line(text, 5)).isEqualTo("All episodes");

        Page page = EpisodePageParser.parse(text);

        assertThat(page.show())
                .contains(new Show(SHOW, Optional.of("Saltmarsh Audio Co."), OptionalInt.empty()));
        assertThat(page.navigation()).containsExactly("All episodes", "Best episodes");
        assertThat(page.heading()).contains("Top 2 Harbour Lights Radio Episodes");
        assertThat(page.summary())
                .contains("A weekly walk along the quay with the people who keep the lamps lit.");
        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null), e -> e.show().orElse(null))
                .containsExactly(tuple("Knots at night", SHOW), tuple("Lamps", SHOW));
        assertThat(page.episodes().get(0).source().line()).isEqualTo(10);
        assertThat(page.diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // name | the lines above the heading | publisher | navigation
                "no publisher, no blank line | Copper Kettle Hour\\nAll episodes | | All episodes",
                "publisher, one link | Copper Kettle Hour\\nKettle Works Ltd.\\n\\nBest episodes"
                        + " | Kettle Works Ltd. | Best episodes",
                "no links | Copper Kettle Hour\\nKettle Works Ltd.\\n | Kettle Works Ltd. |",
                "two blank lines | Copper Kettle Hour\\n\\n\\nAll episodes\\nBest episodes | |"
                        + " All episodes;Best episodes",
            })
    void aHeaderWithoutItsListenerLineOfAnyShapeIsRead(
            String name, String above, String publisher, String navigation) {
        String show = "Copper Kettle Hour";
        String text =
                above.replace("\\n", "\n")
                        + "\nTop 2 "
                        + show
                        + " Episodes\nKettles, the people who mend them, and tea.\n\n"
                        + twoCards(show, "\n");

        Page page = EpisodePageParser.parse(text);

        assertThat(page.show())
                .contains(new Show(show, Optional.ofNullable(publisher), OptionalInt.empty()));
        assertThat(page.navigation())
                .containsExactlyElementsOf(
                        navigation == null
                                ? java.util.List.of()
                                : java.util.List.of(navigation.split(";")));
        assertThat(page.heading()).contains("Top 2 " + show + " Episodes");
        assertThat(page.summary()).contains("Kettles, the people who mend them, and tea.");
        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null), e -> e.show().orElse(null))
                .containsExactly(tuple("Knots at night", show), tuple("Lamps", show));
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void aPageThatOpensWithACardHasNoShow() {
        // Line 1 is the first card's title, line 2 its show line, line 3 its date: no header.
        String text = twoCards("Quiet Orchard", "\n");

        Page page = EpisodePageParser.parse(text);

        assertThat(page.show()).isEmpty();
        assertThat(page.heading()).isEmpty();
        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null))
                .containsExactly("Knots at night", "Lamps");
        assertThat(page.diagnostics()).isEmpty();
    }
}
