package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.DateOrder;
import java.time.LocalDate;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one day all full dates of a one-episode page name, one of them labelled as its publication
 * ({@link AgreeingDates}); none where a date names another day, where no date is labelled, or where
 * numeric dates alone could name two days.
 */
class AgreeingDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Le journal du lundi 4 mars 2024 Publié le 04/03/2024 08:10 Mis à jour le"
                        + " 04/03/2024 09:00|2024-03-04",
                "Night Talk of Friday, May 9, 2025\\nPublished 05/09/2025\\nWe talk.|2025-05-09",
                "Das Magazin vom 7. Juni 2023\\nVeröffentlicht am 07.06.2023\\nText.|2023-06-07",
                "Radio Mar, 12 de abril de 2024\\nPublicado el 12/04/2024\\nHablamos.|2024-04-12",
                "Rassegna del 3 marzo 2024\\nPubblicato il 03/03/2024\\nParliamo.|2024-03-03",
                "Journaal 14 mei 2022\\nGepubliceerd op 14-05-2022\\nWe praten.|2022-05-14",
                // a numeric date that proves its own order agrees with the other
                "Evening Desk 2024-03-21\\nPublished 21/03/2024\\nWe talk.|2024-03-21",
            })
    void takesTheDayAllDatesName(String page, String day) {
        assertThat(dayOf(page)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a date of another day: a birthday, an event, a related post
                "Le journal du lundi 4 mars 2024 Publié le 04/03/2024 Né le 12 mai 1950",
                "Published March 4, 2024\\nThe concert on March 9, 2024 was sold out.",
                "Veröffentlicht am 7. Juni 2023\\nGegründet am 7. Juni 1998.",
                // one date only, or no labelled one
                "Publié le 4 mars 2024\\nUn entretien.",
                "Le journal du lundi 4 mars 2024\\nLe 4 mars 2024 restera un grand jour.",
                // numeric dates that could each name two days, and nothing tells which
                "Publié le 04/03/2024\\nMis à jour le 04/03/2024",
                // stamps alone, however plain: the post's day, not the edition's
                "Harbour Talk recap: who said what\\nBy Ann Lee, published March 15, 2024 at 8:10"
                        + " am, updated March 15, 2024 at 9:00 am\\nLast night the guests argued.",
                "Rückblick auf die Runde\\nVeröffentlicht am 15. März 2024, aktualisiert am 15."
                        + " März 2024\\nGestern Abend stritten die Gäste.",
                "Ce qu'il fallait retenir\\nPublié le 15 mars 2024 Mis à jour le 15 mars"
                        + " 2024\\nHier soir, les invités.",
                "Lo mejor de anoche\\nPublicado el 15 de marzo de 2024\\nActualizado el 15 de"
                        + " marzo de 2024",
                "Terugblik op de uitzending\\nGepubliceerd op 15 maart 2024\\nBijgewerkt op 15"
                        + " maart 2024",
                // the day in a later line, not in the title
                "Harbour Talk recap\\nPublished 2024-03-21\\nThe show of 21/03/2024 ran late.",
                // a date with no year
                "Publié le 4 mars 2024\\nRendez-vous le 4 mars.",
            })
    void leavesEveryOtherPage(String page) {
        assertThat(dayOf(page)).isEmpty();
    }

    private static Optional<LocalDate> dayOf(String page) {
        return PageSources.read(
                page,
                source -> {
                    Token date = AgreeingDates.of(source);
                    return date == null
                            ? Optional.<LocalDate>empty()
                            : ReleaseDates.of(date, DateOrder.DAY_MONTH_YEAR, Optional.empty());
                });
    }
}
