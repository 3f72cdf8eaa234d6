package dev.showpage;

import static dev.showpage.Pages.SHOW;
import static dev.showpage.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Goodpods page settles the order of its numeric dates as any page does: one date that reads only
 * day first (or only month first) settles it for every card; a page none of whose dates does reads
 * them in the configured order, and each date that reads both ways is reported.
 */
class GoodpodsDateOrderTest {

    /** Cards from line 11 ({@link Pages#page}); card k's date line is line 11 + 4k + 2. */
    private static String cards(String... dates) {
        StringBuilder cards = new StringBuilder();
        for (int k = 0; k < dates.length; k++) {
            cards.append("Tide table ")
                    .append(k + 1)
                    .append('\n')
                    .append(SHOW)
                    .append('\n')
                    .append(dates[k])
                    .append(" • 40 min\n")
                    .append("1 Listener\n");
        }
        return page(dates.length, cards.toString());
    }

    private static List<LocalDate> released(Page page) {
        return page.episodes().stream().map(Episode::released).map(d -> d.orElse(null)).toList();
    }

    private static List<Object> diagnostics(Page page) {
        return page.diagnostics().stream()
                .map(d -> tuple(d.code(), d.line(), d.column()))
                .map(Object.class::cast)
                .toList();
    }

    @Test
    void aCardLaterOnThePageThatReadsOnlyDayFirstSettlesEveryCard() {
        // Lines 13, 17, 21: the third date has 17 as its first part, so no month comes first.
        Page page = EpisodePageParser.parse(cards("03/02/25", "10/01/25", "17/12/24"));

        assertThat(released(page))
                .containsExactly(
                        LocalDate.of(2025, 2, 3),
                        LocalDate.of(2025, 1, 10),
                        LocalDate.of(2024, 12, 17));
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void aCardThatReadsOnlyMonthFirstSettlesItAgainstAConfiguredDayFirstOrder() {
        Page page =
                EpisodePageParser.builder()
                        .dateOrder(DateOrder.DAY_MONTH_YEAR)
                        .build()
                        .parsePage(cards("03/02/25", "12/24/24"));

        assertThat(released(page))
                .containsExactly(LocalDate.of(2025, 3, 2), LocalDate.of(2024, 12, 24));
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void datesThatReadBothWaysOnAPageThatNeverSettlesTheOrderAreReported() {
        // Line 13 reads both ways; line 17 ("05/05/25") is the same day either way.
        Page page = EpisodePageParser.parse(cards("03/02/25", "05/05/25"));

        assertThat(released(page))
                .containsExactly(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 5, 5));
        assertThat(diagnostics(page)).containsExactly(tuple("ambiguous-date", 13, 1));
        Diagnostic ambiguous = page.diagnostics().get(0);
        assertThat(ambiguous.message()).contains("03/02/25");
    }

    @Test
    void aDateThatReadsNeitherWayIsStillAnInvalidDateAtItsPlace() {
        Page page = EpisodePageParser.parse(cards("17/12/24", "31/31/24"));

        assertThat(released(page)).containsExactly(LocalDate.of(2024, 12, 17), null);
        assertThat(diagnostics(page)).containsExactly(tuple("invalid-date", 17, 1));
    }
}
