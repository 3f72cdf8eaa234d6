package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One rule at a time of where a listing's card puts its title, date and length, each with pages of
 * made-up cards and the shapes that must not be read so.
 */
class CardPlacementTest {

    private static Page parse(String text) {
        return EpisodePageParser.builder()
                .referenceDate(LocalDate.of(2025, 5, 1))
                .build()
                .parsePage(text);
    }

    private static List<String> titles(Page page) {
        return page.episodes().stream().map(e -> e.title().orElse("-")).toList();
    }

    private static List<Optional<Duration>> lengths(Page page) {
        return page.episodes().stream().map(Episode::duration).toList();
    }

    @Test
    void aCardThatClosesWithItsDateIsTitledOverItsNotes() {
        Page page =
                parse(
                        """
                        Orchard Notes
                        Pruning in the cold
                        Why February is the month for apple trees.
                        12 Feb 2025 · 38 min
                        Grafting for beginners
                        A nurseryman shows the whip-and-tongue cut.
                        It takes practice.
                        29 Jan 2025 · 41 min
                        Cider from windfalls
                        What to do with the fruit nobody picks.
                        15 Jan 2025 · 29 min
                        """);
        assertThat(titles(page))
                .containsExactly(
                        "Pruning in the cold", "Grafting for beginners", "Cider from windfalls");
        assertThat(page.episodes().get(1).released()).contains(LocalDate.of(2025, 1, 29));
        assertThat(lengths(page))
                .containsExactly(
                        Optional.of(Duration.ofMinutes(38)),
                        Optional.of(Duration.ofMinutes(41)),
                        Optional.of(Duration.ofMinutes(29)));
        assertThat(page.episodes().get(1).description())
                .hasValueSatisfying(d -> assertThat(d).contains("whip-and-tongue"));
    }

    @Test
    void aLastCardCutOffAfterItsTitleStillMakesTheDatesOpenTheirCards() {
        // Dates open their cards, and the copy ends with the last card's title (line 10): that
        // title is no sign of cards closing with their dates, so the show's line is no title.
        Page page =
                parse(
                        """
                        Tidewater Radio
                        Stories from the estuary, told by the people who work it.
                        3 Mar 2025
                        The eel fishers
                        Two brothers and a boat older than both of them.
                        17 Feb 2025
                        Salt marsh mornings
                        A warden walks the sea wall before dawn.
                        3 Feb 2025
                        When the barrier closes
                        """);
        assertThat(titles(page))
                .containsExactly(
                        "The eel fishers", "Salt marsh mornings", "When the barrier closes");
        assertThat(page.episodes().get(0).released()).contains(LocalDate.of(2025, 3, 3));
    }

    @Test
    void datesThatOpenTheirCardsAreNotReadAsClosingTheCardBefore() {
        // The same lines but the last date has a title and notes under it: each date opens its
        // card, and the show's line over the first date is no title.
        Page page =
                parse(
                        """
                        Orchard Notes
                        A show about fruit trees.
                        12 Feb 2025
                        Pruning in the cold
                        Why February is the month for apple trees.
                        29 Jan 2025
                        Grafting for beginners
                        A nurseryman shows the whip-and-tongue cut.
                        15 Jan 2025
                        Cider from windfalls
                        What to do with the fruit nobody picks.
                        """);
        assertThat(titles(page))
                .containsExactly(
                        "Pruning in the cold", "Grafting for beginners", "Cider from windfalls");
    }

    @Test
    void aSentenceOverADateWithATitleUnderItClosesTheCardBefore() {
        Page page =
                parse(
                        """
                        Épisodes

                        3 mars 2025
                        Le pain au levain
                        On parle de farine et de patience.

                        17 février 2025
                        Les fromages de montagne
                        Un affineur raconte son métier.

                        3 février 2025
                        La cuisine des restes
                        Rien ne se perd.
                        """);
        assertThat(titles(page))
                .containsExactly(
                        "Le pain au levain", "Les fromages de montagne", "La cuisine des restes");
    }

    @Test
    void aLengthBetweenTitleAndDateIsTheCardsAndTheTitleIsOverIt() {
        Page page =
                parse(
                        """
                        Folgen

                        Die Geschichte der Eisenbahn
                        1 Std. 5 Min.
                        4. März 2025
                        Von Dampf bis Hochgeschwindigkeit.

                        Brücken über den Rhein
                        47 Min.
                        18. Februar 2025
                        Ein Ingenieur erzählt.
                        """);
        assertThat(titles(page))
                .containsExactly("Die Geschichte der Eisenbahn", "Brücken über den Rhein");
        assertThat(lengths(page))
                .containsExactly(
                        Optional.of(Duration.ofMinutes(65)), Optional.of(Duration.ofMinutes(47)));
    }

    @Test
    void aParagraphOverALengthAndADateIsNoTitle() {
        Page page =
                parse(
                        """
                        Old rails
                        18 March 2025
                        Notes on the episode.

                        Trains were slow then. Nobody minded the long wait on the cold platform.
                        47 min
                        18 February 2025
                        Notes on the next episode.
                        """);
        assertThat(page.episodes()).hasSize(2);
        assertThat(page.episodes().get(1).title())
                .isNotEqualTo(
                        Optional.of(
                                "Trains were slow then. Nobody minded the long wait on the cold"
                                        + " platform."));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2 avril 2025 · Durée : 45 min",
                "April 2, 2025 | Duration: 45:00",
                "2. April 2025 | Dauer: 45 Min.",
                "2 de abril de 2025 - Duración: 45 min",
                "Apr 2, 2025, 45 mins",
                "2 apr 2025, Duur: 45 min",
                "45 min · Publié le 2 avril 2025",
                "Durata: 45 min | 2 aprile 2025",
                "45 minutos, 2 de abril de 2025",
                "45 Min. · vor 29 Tagen",
                "Duration: 45 minutes - Published: Apr 2, 2025"
            })
    void aDateLineGivesItsLengthLabelledOrAfterAComma(String line) {
        Page page = parse("The tide tables\n" + line + "\nHow the moon moves the sea.\n");
        assertThat(page.episodes()).hasSize(1);
        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains("The tide tables");
        assertThat(episode.released()).contains(LocalDate.of(2025, 4, 2));
        assertThat(episode.duration()).contains(Duration.ofMinutes(45));
    }

    @ParameterizedTest
    @ValueSource(strings = {"02.04.2025 · 45 min", "02/04/2025 | 45 min", "02-04-2025, 45 min"})
    void aNumericDateWithAnotherSitesSignIsNoGoodpodsCard(String line) {
        Page page =
                parse(
                        "The tide tables\n"
                                + line
                                + "\nHow the moon moves the sea.\n\nThe neap tides\n"
                                + line.replaceFirst("^02", "19").replace("45 min", "52 min")
                                + "\nWhy some weeks are calm.\n");
        assertThat(page.layout()).isEqualTo("generic");
        assertThat(titles(page)).containsExactly("The tide tables", "The neap tides");
        assertThat(page.episodes().get(1).released()).contains(LocalDate.of(2025, 4, 19));
        assertThat(lengths(page))
                .containsExactly(
                        Optional.of(Duration.ofMinutes(45)), Optional.of(Duration.ofMinutes(52)));
    }

    /**
     * "04/02/25 • 45 min" is how Goodpods opens a card, and how other sites print a date and a
     * length too: only Goodpods' listener lines make the page Goodpods'.
     */
    @Test
    void aBulletAfterANumericDateIsGoodpodsOnlyUnderItsListenerLines() {
        String cards =
                "The tide tables\n04/02/25 • 45 min\nHow the moon moves the sea.\n\n"
                        + "The neap tides\n04/19/25 • 52 min\nWhy some weeks are calm.\n";

        Page other = parse(cards);
        Page goodpods = parse("Tide Talk\nHarbour Audio\n\n3 Listeners\n" + cards);

        assertThat(other.layout()).isEqualTo("generic");
        assertThat(titles(other)).containsExactly("The tide tables", "The neap tides");
        assertThat(other.episodes().get(1).released()).contains(LocalDate.of(2025, 4, 19));
        assertThat(lengths(other))
                .containsExactly(
                        Optional.of(Duration.ofMinutes(45)), Optional.of(Duration.ofMinutes(52)));
        assertThat(goodpods.layout()).isEqualTo("goodpods");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "April 2, 2025 · 12 min read",
                "2 avril 2025 · 12 min de lecture",
                "2. April 2025 · 12 Min. Lesezeit",
                "2 de abril de 2025 · 12 min de lectura",
                "2 aprile 2025 · 12 min di lettura",
                "2 de abril de 2025 · 12 min de leitura",
                "2 april 2025 · 12 min leestijd",
                "April 2, 2025, 3 comments",
                "April 2, 2025, Lyon"
            })
    void aReadingTimeOrACountAfterTheDateIsNoLength(String line) {
        Page page = parse("The tide tables\n" + line + "\nHow the moon moves the sea.\n");
        Episode episode = page.episodes().get(0);
        assertThat(episode.released()).contains(LocalDate.of(2025, 4, 2));
        assertThat(episode.duration()).isEmpty();
    }

    @Test
    void aDateInTheNotesIsNotTheCardsDate() {
        Page page =
                parse(
                        """
                        Lyon by night
                        May 3, 2024 · 33 min
                        We met on 3 March 2021 in Lyon and walked until dawn.

                        Marseille by boat
                        April 19, 2024 · 40 min
                        In 1998 the harbour was rebuilt.
                        """);
        assertThat(page.episodes())
                .extracting(e -> e.released().orElseThrow())
                .containsExactly(LocalDate.of(2024, 5, 3), LocalDate.of(2024, 4, 19));
        assertThat(titles(page)).containsExactly("Lyon by night", "Marseille by boat");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode released: 2 April 2025",
                "Sendung vom 2. April 2025",
                "Folge vom 2. April 2025",
                "Émission du 2 avril 2025",
                "Puntata del 2 aprile 2025",
                "Programa del 2 de abril de 2025",
                "Uitzending van 2 april 2025",
                "Episódio do 2 de abril de 2025"
            })
    void aDaysBroadcastLabelsItsDate(String line) {
        Page page = parse("The tide tables\n" + line + "\nHow the moon moves the sea.\n");
        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains("The tide tables");
        assertThat(episode.released()).contains(LocalDate.of(2025, 4, 2));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Folge 2025 ist da",
                "Émission spéciale en 2025",
                "Sendung vom Band, April 2025",
                "Puntata 2 aprile"
            })
    void aProgrammesNounWithoutAPrepositionAndADateLabelsNothing(String line) {
        Page page = parse("The tide tables\n" + line + "\nHow the moon moves the sea.\n");
        assertThat(page.episodes()).allSatisfy(e -> assertThat(e.released()).isEmpty());
    }

    /**
     * After a date and a comma, a length must end the field: "45 minutes into the storm" opens a
     * clause of the notes. Lines 2 and 6 are the cards' date lines; line 3 is prose.
     */
    @Test
    void aLengthAfterADatesCommaThatOpensAClauseIsNoLength() {
        Page page =
                parse(
                        """
                        The night of the storm
                        March 3, 2024, 45 minutes into the storm, the harbour lights went out.
                        Keepers remember the dark.

                        The morning after
                        March 10, 2024, 52 mins
                        Boats counted one by one.
                        """);
        assertThat(lengths(page))
                .containsExactly(Optional.empty(), Optional.of(Duration.ofMinutes(52)));
        assertThat(page.episodes().get(0).released()).contains(LocalDate.of(2024, 3, 3));
        assertThat(page.episodes().get(0).description())
                .hasValueSatisfying(d -> assertThat(d).contains("45 minutes into the storm"));
    }

    /**
     * "1 h 12 min read" is one reading time, of which "1 h" is no length either; "read by" names an
     * audiobook's narrator, and the amount before it is the length.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mar 3, 2024 · 1 h 12 min read|0",
                "Mar 3, 2024 · 2 hrs 5 mins read|0",
                "Mar 3, 2024 · 1 Std. 12 Min. Lesezeit|0",
                "Mar 3, 2024 · 3 h 12 min read by the author|11520",
                "Mar 3, 2024 · 45 min read by Ines Marlow|2700",
            })
    void aReadingTimeOfSeveralAmountsIsNoLength(String line, long seconds) {
        Page page = parse("The salt road\n" + line + "\nA walk along the old trade route.\n");
        assertThat(lengths(page))
                .containsExactly(
                        seconds == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds)));
    }
}
