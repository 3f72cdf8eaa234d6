package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line of "from" or "of" and a date ({@code vom 12. März 2019}, {@code du 3 mars 1944}) is no
 * item's date line: it is as often a letter's or a ruling's date in a title, an exhibition's or a
 * tour's first day, or one end of a span whose other end is on the next line, and taking it moves
 * the title onto the line above and opens episodes of its own. A dotted numeric date beside slashed
 * ones, or anywhere an order was set, is read in the configured order like any other, with the
 * warning where the page does not prove it; a page whose numeric dates all have dots is read day
 * first when no order was set, as the languages that write dots do.
 */
class FromDateLinesAndDottedDatesTest {

    private static Page parse(String text) {
        return EpisodePageParser.builder().build().parsePage(text);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Urteil des Bundesgerichtshofs\\nvom 12. März 2019",
                "Une lettre\\ndu 3 mars 1944",
                "A letter\\nfrom 14 March 1962",
                "Exposition\\ndu 3 mars 2024",
                "Legge\\ndel 3 marzo 2024",
                "Brief aan Theo\\nvan 3 maart 2024",
                "Ein Schreiben\\nvom 4.12.2018"
            })
    void aLineFromADayUnderATitleLineIsNoItemsDate(String lines) {
        String text =
                "Episode 41: The Night Ferry\nPosted Jan 2, 2024\n"
                        + lines.replace("\\n", "\n")
                        + "\nMore about the crossing.\n";
        Page page = parse(text);
        assertThat(page.episodes()).hasSize(1);
        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains("Episode 41: The Night Ferry");
        assertThat(episode.released()).contains(LocalDate.of(2024, 1, 2));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Recorded live in Glasgow.\\nFrom 3 May 2023",
                "Recorded in Lyon\\ndu 7 juin 2023",
                "Aufgenommen in Graz\\nvom 7. Juni 2023"
            })
    void aFromLineDoesNotMoveTheTitle(String lines) {
        Page page =
                parse("Episode 41: The Night Ferry\n" + lines.replace("\\n", "\n") + "\nNotes.\n");
        assertThat(page.episodes()).hasSize(1);
        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains("Episode 41: The Night Ferry");
        assertThat(episode.released()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // a span whose other end is on the next line
                "du 3 mars 2024\\nau 5 mars 2024",
                "from 12 March 2024\\nuntil 14 March 2024",
                "del 3 marzo 2024\\nal 5 marzo 2024",
                "vom 3. März 2024\\nbis 5. März 2024",
                // a tour's first night on a ticket page
                "from 12 March 2024\\nTickets £25",
                "van 3 maart 2024\\nKaarten € 18"
            })
    void aSpanOrAnEventsFirstDayIsNoReleaseDate(String lines) {
        Page page = parse("Live Tour 2024\n" + lines.replace("\\n", "\n") + "\nBook now.\n");
        assertThat(page.episodes()).allSatisfy(e -> assertThat(e.released()).isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"from 12 March 2024", "vom 12. März 2024", "du 12 mars 2024"})
    void aFromLineUnderAPostedLineOpensNoSecondEpisode(String line) {
        Page page =
                parse("Episode 41: The Night Ferry\nPosted Jan 2, 2024\n" + line + "\nNotes.\n");
        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).released()).contains(LocalDate.of(2024, 1, 2));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Posted 03/04/2023\\nCall 0.5.2023 now.                => 2023-03-04
                    Posted 03/04/2023\\nFirmware 2.10.2023 is out.        => 2023-03-04
                    Posted 05/06/2022\\nListen at 10.3.2023 again.        => 2022-05-06
                    Posted 12/05/2023\\nSee 3.4.2023 too.                 => 2023-12-05
                    """)
    void dotsBesideSlashesDoNotOverrideTheConfiguredOrder(String lines, LocalDate date) {
        Page page = parse("Tides and Moons\n" + lines.replace("\\n", "\n") + "\n");
        assertThat(page.episodes().get(0).released()).contains(date);
        assertThat(page.diagnostics()).extracting(Diagnostic::code).contains("ambiguous-date");
    }

    /** Lines 2 and 3 of each page: its only numeric dates, all with dots, none proving an order. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Posted 12.05.2023                                     => 2023-05-12
                    Publié le 04.07.2021                                  => 2021-07-04
                    Veröffentlicht am 5.4.2019\\nWiederholung 6.4.2019     => 2019-04-05
                    Pubblicato il 3. 2. 2024                              => 2024-02-03
                    Gepubliceerd 09.10.22                                 => 2022-10-09
                    Sábado, 01.02.2025                                    => 2025-02-01
                    """)
    void aPageOfDottedDatesOnlyIsReadDayFirstWhenNoOrderWasSet(String lines, LocalDate date) {
        Page page = parse("Tides and Moons\n" + lines.replace("\\n", "\n") + "\n");
        assertThat(page.episodes().get(0).released()).contains(date);
        assertThat(page.diagnostics())
                .filteredOn(d -> d.code().equals("ambiguous-date"))
                .isNotEmpty()
                .allSatisfy(d -> assertThat(d.message()).contains("read day first"));
    }

    /** A dotted date that can only be read month first still settles the page that way. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Posted 12.25.2023\\nAgain 03.04.2023                  => 2023-12-25
                    Aired 02.13.2024                                      => 2024-02-13
                    """)
    void aDottedDateThatProvesItsOrderKeepsIt(String lines, LocalDate date) {
        Page page = parse("Tides and Moons\n" + lines.replace("\\n", "\n") + "\n");
        assertThat(page.episodes().get(0).released()).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    YEAR_MONTH_DAY  => Posted 05.04.03     => 2005-04-03
                    MONTH_DAY_YEAR  => Posted 10.12.2018   => 2018-10-12
                    DAY_MONTH_YEAR  => Posted 03/04/2023   => 2023-04-03
                    """)
    void anExplicitlyConfiguredOrderIsKept(DateOrder order, String line, LocalDate date) {
        Page page =
                EpisodePageParser.builder()
                        .dateOrder(order)
                        .build()
                        .parsePage("Tides and Moons\n" + line + "\nNotes.\n");
        assertThat(page.episodes().get(0).released()).contains(date);
        assertThat(page.diagnostics()).extracting(Diagnostic::code).contains("ambiguous-date");
    }
}
