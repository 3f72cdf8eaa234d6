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
 * The day of the edition a one-episode page is about ({@link BroadcastDates}): a heading's
 * programme noun and preposition before a full date, in a field of its own; never a date in prose,
 * nor one of two editions.
 */
class BroadcastDatesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Montag, 9. Januar 2023\\nStadtgespräch, Sendung vom 2.1.2023: Wohin mit dem"
                        + " Müll?\\nUnsere Kritik.|2023-01-02",
                "Mardi 7 mars 2023\\n"
                        + "Émission du 4 mars 2023 : la mer monte\\n"
                        + "Un billet.|2023-03-04",
                "Posted March 9, 2024\\n"
                        + "Night Desk - Puntata del 3 marzo 2024 - Il porto|2024-03-03",
                "9 juni 2022\\nUitzending van 5 juni 2022\\nOver de dijken.|2022-06-05",
                "Radio Sur - Programa del 12 de abril de 2024 - Los ríos|2024-04-12",
                "Publié le 20/05/2021\\n"
                        + "Le Club, émission du 18 mai 2021.\\n"
                        + "Les invités.|2021-05-18",
                "Folge vom 11.11.2021\\nEin Gespräch.|2021-11-11",
                // the same edition named twice gives its day, however its date is written
                "Sendung vom 2.1.2023: Müll\\nSendung vom 02.01.2023: Wasser|2023-01-02",
                "Émission du 4 mars 2023 : la mer\\nÉmission du 04.03.2023 : la mer|2023-03-04",
            })
    void takesTheEditionsDay(String page, String day) {
        assertThat(dayOf(page)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // another edition recalled in prose
                "Wie in der Sendung vom 3. März 2024 gesagt, geht es weiter.",
                "Comme dans l'émission du 4 mars 2023 consacrée à la mer.",
                "Come nella puntata del 3 marzo 2024 abbiamo detto.",
                "Zoals in de uitzending van 5 juni 2022 bleek.",
                // a date that runs on into a sentence
                "Sendung vom 3. März 2024 an jeden Montag.",
                // two different editions
                "Sendung vom 2.1.2023: Müll\\nSendung vom 9.1.2023: Wasser",
                // a programme's number, a published label, a date with no year
                "Folge 12: Brücken\\nVeröffentlicht am 3. März 2024",
                "Émission du samedi\\nPublié le 4 mars 2023",
                "Stadtgespräch, Sendung vom 2. Januar: Müll",
                // an edition field below the heading: the next one, a repeat, a link
                "Abendrunde: die Gäste heute\\nVeröffentlicht am 14.12.2015\\nHeute"
                        + " sprechen wir.\\nVorschau: Sendung vom 15.12.2015",
                "Tempo di sera: gli ospiti\\nPubblicato il 03/03/2024\\nStasera"
                        + " ospiti.\\nIn replica - puntata del 25 febbraio 2024",
                "Praatavond - de gasten\\nGepubliceerd op 12 mei 2023\\nVanavond aan"
                        + " tafel.\\nTerugkijken: uitzending van 5 mei 2023",
                "La Hormiga: invitados\\nPublicado el 18/09/2023\\nHoy"
                        + " llega.\\nVer también | Programa del 11 de septiembre de 2023",
                "Le Grand Soir\\nPublié le 7 mars 2023\\nCe soir.\\nProchaine émission :"
                        + " émission du 14 mars 2023",
                "Night Desk\\nPosted March 9, 2024\\nTonight.\\nEpisode from March 2, 2024",
                // a heading field led by a word for another edition
                "Vorschau: Sendung vom 15.12.2015",
                "Abendrunde - Wiederholung: Sendung vom 15.12.2015",
                "Le Grand Soir\\nRediffusion - émission du 14 mars 2023",
                "In replica - puntata del 25 febbraio 2024",
                "Ver también | Programa del 11 de septiembre de 2023",
                "Night Desk\\nNext | Episode of March 2, 2024",
                // two days written two ways
                "Sendung vom 2.1.2023: Müll\\nSendung vom 03.01.2023: Wasser",
                // the next airing, an update stamp
                "Nächste Sendung am 9. Januar 2023",
                "Mis à jour le 4 mars 2023",
            })
    void leavesEveryOtherDate(String page) {
        assertThat(dayOf(page)).isEmpty();
    }

    private static Optional<LocalDate> dayOf(String page) {
        return PageSources.read(
                page,
                source -> {
                    Token date = BroadcastDates.of(source);
                    return date == null
                            ? Optional.<LocalDate>empty()
                            : ReleaseDates.of(date, DateOrder.DAY_MONTH_YEAR, Optional.empty());
                });
    }
}
