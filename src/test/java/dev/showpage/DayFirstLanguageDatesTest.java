package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A slashed numeric date that could be read either way ({@code 07/04/2024}) on a page whose prose
 * is French, German, Spanish, Italian, Portuguese or Dutch is read day first, as those languages
 * write it, with the warning saying why; on an English page, a page that proves its order with
 * another date, or a parser given an order, the reading does not change.
 */
class DayFirstLanguageDatesTest {

    private static Page parse(String text) {
        return EpisodePageParser.builder().build().parsePage(text);
    }

    private static Page parse(String text, DateOrder order) {
        return EpisodePageParser.builder().dateOrder(order).build().parsePage(text);
    }

    /** A one-card page: a show, a title, a slashed date with a length, and a line of notes. */
    private static String card(String show, String title, String notes) {
        return show + "\n" + title + "\n07/04/2024 · 38 min\n" + notes + "\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fr | Le Quai des Brumes | Épisode 9 : Les phares | Dans cet épisode, nous parlons"
                        + " des phares de la côte et de leurs gardiens avec une invitée.",
                "de | Hafenfunk | Folge 9: Leuchttürme | In dieser Folge sprechen wir mit einer"
                        + " Expertin über die Leuchttürme der Küste und ihre Wärter.",
                "es | Muelle Norte | Episodio 9: Los faros | En este episodio hablamos de los faros"
                        + " de la costa y de sus guardianes con una invitada.",
                "it | Molo Nord | Puntata 9: I fari | In questa puntata parliamo dei fari della"
                        + " costa e delle persone che li custodiscono, con gli ospiti.",
                "pt | Cais Norte | Episódio 9: Os faróis | Neste episódio falamos dos faróis da"
                        + " costa e das pessoas que cuidam deles, com uma convidada.",
                "nl | Havenradio | Aflevering 9: De vuurtorens | In deze aflevering praten we met"
                        + " een gast over de vuurtorens van de kust en hun wachters."
            })
    void aPageInADayFirstLanguageReadsTheDayFirst(
            String language, String show, String title, String notes) {
        Page page = parse(card(show, title, notes));
        assertThat(page.episodes()).hasSize(1);
        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains(title);
        assertThat(episode.released()).as(language).contains(LocalDate.of(2024, 4, 7));
        assertThat(page.diagnostics())
                .extracting(Diagnostic::message)
                .anySatisfy(message -> assertThat(message).contains("read day first"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                // English prose: the configured month-first order stands
                "English | Harbour Radio | Episode 9: Lighthouses | In this episode we talk about"
                        + " the lighthouses of the coast and their keepers with our guest.",
                // a French show name and title, but English notes: too few French words to tell
                "borrowed names | Le Petit Café | Episode 9: Les phares | In this episode we talk"
                        + " about the lighthouses of the coast and the keepers of the lamps.",
                // two French words among English ones tell nothing
                "a phrase | Harbour Radio | Episode 9: Lighthouses | We talk about the joie de"
                        + " vivre of the keepers and their coast, with our guest."
            })
    void anEnglishPageKeepsTheConfiguredOrder(String why, String show, String title, String notes) {
        Page page = parse(card(show, title, notes));
        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).released()).as(why).contains(LocalDate.of(2024, 7, 4));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "fr | Dans cet épisode, nous parlons des phares de la côte avec une invitée.",
                "de | In dieser Folge sprechen wir mit einer Expertin über die Leuchttürme."
            })
    void aDateThatProvesMonthFirstOrAChosenOrderWins(String language, String notes) {
        // 04/23/2024 can only be month first: the page's other date is read the same way
        String proven =
                "Quai Nord\nÉpisode 10 : La marée\n04/23/2024 · 41 min\n"
                        + notes
                        + "\n"
                        + "Épisode 9 : Les phares\n07/04/2024 · 38 min\n"
                        + notes
                        + "\n";
        Page page = parse(proven);
        assertThat(page.episodes()).hasSize(2);
        assertThat(page.episodes().get(1).released())
                .as(language)
                .contains(LocalDate.of(2024, 7, 4));

        Page chosen =
                parse(card("Quai Nord", "Épisode 9 : Les phares", notes), DateOrder.MONTH_DAY_YEAR);
        assertThat(chosen.episodes().get(0).released())
                .as(language)
                .contains(LocalDate.of(2024, 7, 4));
    }
}
