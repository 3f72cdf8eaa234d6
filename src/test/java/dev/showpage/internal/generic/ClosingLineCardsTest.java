package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A broadcaster's listing that dates each broadcast over its cards, each card closing with its
 * length and date ({@link ClosingLineCards}); one broadcast holds a second card under the same date
 * line. The pages are made up; the comment before each assertion names the 1-based page lines it
 * reads. In the rows, "|" stands for a line break.
 */
class ClosingLineCardsTest {

    private static final String NOTES_A =
            "Our reporter spends a night with the keepers of the last lamp on the coast and hears"
                    + " what the town said when it went electric.";
    private static final String NOTES_B =
            "A potter explains how a wood kiln is fired for three days without a break in the heat,"
                    + " and why nobody sleeps.";
    private static final String NOTES_C =
            "Our storyteller reads the letters two ferrymen wrote each other across the river for"
                    + " forty years of crossings.";
    private static final String NOTES_D =
            "Two deckhands tell what the crossing looks like from below the deck, in the dark, with"
                    + " the engine running hot.";

    /** Broadcast label, then four cards; the third under the second broadcast's date line. */
    private static String listing(String label, String closingA, String closingB, String closingC) {
        return MadeUpPages.fromRow(
                "The Evening Desk PODCAST||"
                        + label
                        + " 12/03/2024||Lamps at low tide||"
                        + NOTES_A
                        + "||"
                        + closingA
                        + "||"
                        + label
                        + " 05/03/2024||The kiln keepers||"
                        + NOTES_B
                        + "||"
                        + closingB
                        + "|Letters across the river – told by Ana Lobo||"
                        + NOTES_C
                        + "||"
                        + closingC
                        + "||"
                        + label
                        + " 27/02/2024||Below the deck||"
                        + NOTES_D
                        + "||",
                "|");
    }

    private static Page parse(String text) {
        return EpisodePageParser.builder()
                .referenceDate(LocalDate.of(2025, 5, 1))
                .build()
                .parsePage(text);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Sendung vom;47:12 12.03.2024;20:15 07.03.2024;38:05 05.03.2024",
                "Puntata del;47:12 12.03.2024;23:40 06.03.2024;38:05 05.03.2024",
                "Uitzending van;47:12 2024-03-12;21:05 2024-03-08;38:05 2024-03-05"
            })
    void aTimeOfAnotherDayInACardsNotesOpensNoCard(
            String label, String closingA, String otherSlot, String closingB) {
        Page page = parse(listing(label, closingA, otherSlot, closingB));

        // Line 11 prints another day than the broadcast's (line 7) and its closing line 22: a
        // repeat's slot, so line 12 stays in the notes of the card of line 9 and opens no card.
        assertThat(DatedPages.titles(page))
                .containsExactly("Lamps at low tide", "The kiln keepers", "Below the deck");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // Italian, Dutch, German, French, Spanish broadcast labels and date shapes
                "Puntata del;47:12 12.03.2024;38:05 05.03.2024;06:40 05.03.2024",
                "Uitzending van;47:12 2024-03-12;38:05 2024-03-05;06:40 2024-03-05",
                "Sendung vom;47:12 12.03.2024;38:05 05.03.2024;06:40 05.03.2024",
                "Émission du;47:12 12/03/2024;38:05 05/03/2024;06:40 05/03/2024",
                "Programa del;47:12 12.03.2024;38:05 05.03.2024;06:40 05.03.2024"
            })
    void aSecondCardUnderOneDateLineIsAnEpisodeOfItsOwn(
            String label, String closingA, String closingB, String closingC) {
        Page page = parse(listing(label, closingA, closingB, closingC));

        // Lines 5, 13, 18, 24: four titles, each on its own card.
        assertThat(DatedPages.titles(page))
                .containsExactly(
                        "Lamps at low tide",
                        "The kiln keepers",
                        "Letters across the river – told by Ana Lobo",
                        "Below the deck");
        List<Episode> episodes = page.episodes();
        // Line 22 dates the third card; lines 11 and 22 give the second and third lengths, the
        // third's "06:40" a length as the first card's "47:12" on line 9 showed.
        assertThat(DatedPages.dates(page))
                .containsExactly(
                        LocalDate.of(2024, 3, 12),
                        LocalDate.of(2024, 3, 5),
                        LocalDate.of(2024, 3, 5),
                        LocalDate.of(2024, 2, 27));
        assertThat(episodes.get(1).duration()).contains(Duration.ofSeconds(38 * 60 + 5));
        assertThat(episodes.get(2).duration()).contains(Duration.ofSeconds(6 * 60 + 40));
        assertThat(episodes.get(1).description().orElse("")).doesNotContain("Letters across");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // the first card closes with a time of day: no length is shown, none is taken
                "Puntata del;20:15 12.03.2024;38:05 05.03.2024;06:40 05.03.2024",
                "Uitzending van;09:30 2024-03-12;38:05 2024-03-05;06:40 2024-03-05"
            })
    void aClockTimeInTheFirstCardShowsNoLengths(
            String label, String closingA, String closingB, String closingC) {
        Page page = parse(listing(label, closingA, closingB, closingC));

        // Line 9 closes the first card with a time a clock shows: line 22's "06:40" is no length.
        assertThat(page.episodes()).hasSize(4);
        assertThat(page.episodes().get(2).duration()).isEmpty();
        assertThat(page.episodes().get(2).released()).contains(LocalDate.of(2024, 3, 5));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Puntata del;47:12 12.03.2024;Read more about this story.",
                "Sendung vom;47:12 12.03.2024;Mehr dazu in unserem Archiv."
            })
    void aSentenceAfterTheClosingLineOpensNoCard(String label, String closingA, String after) {
        String text =
                listing(label, closingA, "38:05 05.03.2024", "06:40 05.03.2024")
                        .replace("Letters across the river – told by Ana Lobo", after);
        Page page = parse(text);

        // Line 18 is a sentence, no title: the second broadcast keeps one card.
        assertThat(page.episodes()).hasSize(3);
        assertThat(DatedPages.titles(page)).doesNotContain(after);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Puntata del;Ascolta la puntata;38:05 05.03.2024;06:40 05.03.2024",
                "Uitzending van;Luister nu;38:05 2024-03-05;06:40 2024-03-05"
            })
    void aFirstCardThatClosesOtherwiseShowsNoRhythm(
            String label, String closingA, String closingB, String closingC) {
        Page page = parse(listing(label, closingA, closingB, closingC));

        // Line 9 closes the first card with a button, not its fields: no second card is read.
        assertThat(page.episodes()).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Sendung vom;Der Deichgraf",
                "Puntata del;Il guardiano del faro",
                "Programa del;El guardián del faro"
            })
    void everyCardUnderOneDateLineIsAnEpisodeOfItsOwn(String label, String third) {
        String text =
                listing(label, "47:12 12.03.2024", "38:05 05.03.2024", "06:40 05.03.2024")
                        .replace(
                                "06:40 05.03.2024\n",
                                "06:40 05.03.2024\n"
                                        + third
                                        + "\n\n"
                                        + NOTES_D
                                        + "\n\n52:30 05.03.2024\n");
        Page page = parse(text);

        // Lines 18 and 24 open two more cards under line 11's date line, closed by 22 and 28.
        assertThat(DatedPages.titles(page))
                .containsExactly(
                        "Lamps at low tide",
                        "The kiln keepers",
                        "Letters across the river – told by Ana Lobo",
                        third,
                        "Below the deck");
        assertThat(page.episodes().get(2).duration()).contains(Duration.ofSeconds(6 * 60 + 40));
        assertThat(page.episodes().get(3).duration()).contains(Duration.ofSeconds(52 * 60 + 30));
        assertThat(page.episodes().get(3).released()).contains(LocalDate.of(2024, 3, 5));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Sendung vom;Endstand:",
                "Puntata del;Risultato finale:",
                "Uitzending van;Eindstand"
            })
    void aScoreUnderItsLabelIsNoLength(String label, String scoreLabel) {
        String text =
                listing(
                                label,
                                "47:12 12.03.2024",
                                "38:05 05.03.2024",
                                scoreLabel + "\n31:28 05.03.2024")
                        .replace("Letters across the river – told by Ana Lobo", "Das Pokalfinale");
        Page page = parse(text);

        // Line 23 is a match's result under line 22's label: no card's length.
        assertThat(page.episodes())
                .noneMatch(
                        e ->
                                e.duration()
                                        .equals(
                                                java.util.Optional.of(
                                                        Duration.ofSeconds(31 * 60 + 28))));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Wiederholung:;23:10 19.11.2022",
                "Next broadcast:;20:15 24.11.2027",
                "Próxima emisión de la película;22:30 14.12.2024",
                "Próxima emissão do filme;21:45 02.12.2024"
            })
    void aTimeAndDateUnderAnotherLineOfOneEpisodeDateNothing(String before, String closing) {
        String text =
                MadeUpPages.ofLines(
                        "Lamps at low tide", "", NOTES_A, "", NOTES_B, "", before, closing);
        Page page = parse(text);

        // Lines 7 and 8 close the page with no card's rhythm read: no release date.
        assertThat(page.episodes()).allMatch(e -> e.released().isEmpty());
    }
}
