package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An amount of time closed by a sentence's full stop is a sentence's end (a wrapped sentence's
 * tail, an answer, a list's value, a festival's or a film's length in prose), and no length of the
 * episode's: a length's label opening a sentence does not make it one ("Durata 90 minuti." of a
 * match, "Runtime 2 hours 35 minutes." of a film). Only an abbreviated unit takes its stop ("45
 * Min."). In the rows, "|" stands for a line break.
 */
class LengthSentenceStopTest {

    private static Page page(String text) {
        return EpisodePageParser.builder()
                .referenceDate(LocalDate.of(2025, 5, 1))
                .build()
                .parsePage(text);
    }

    private static Episode card(String line) {
        Page page = page("Die Fähre im Sturm\n3 March 2024\n" + line + "\nDer Kapitän erzählt.\n");
        assertThat(page.episodes()).as(line).isNotEmpty();
        return page.episodes().get(0);
    }

    /** A line of only an amount and a stop, in a card that has no length otherwise. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Wir sprachen 41 Minuten über das Wetter.",
                "We sailed for 26 minutes.",
                "Il a attendu 17 minutes.",
                "Laufzeit 41 Minuten 7 Sekunden. Danach folgt Musik.",
                "Das Spiel endete 3:1.",
                "Die Überfahrt dauert\n35 Minuten.",
                "Wie lange dauert die Fahrt?\n35 Minuten.",
                "„Und zurück?“\n2 Stunden.",
                "Noch\n4 Tage.",
                "¿Cuánto dura la travesía?\n40 minutos.",
                "Vorbereitung:\n15 Minuten.\nBacken:\n30 Minuten.",
                "We stopped for\n90 seconds.",
                "Quanto dura?\n20 minuti.",
                "Das Schiff legt an. Wir warten 41 Minuten.",
                "Laufzeit der Fähre, sagt er, dauert 41 Minuten.",
                "Das Festival beginnt im Juni. Dauer 3 Tage.",
                "Le festival ouvre ses portes. Durée 2 heures.",
                "Una partita epica. Durata 90 minuti.",
                "We review the new film. Runtime 2 hours 35 minutes.",
                "Wir sprechen über den Film. Laufzeit 155 Minuten.",
                "Watch the trailer. Length 2 minutes 30 seconds.",
                "Ouvimos o concerto. Duração 9 minutos e 12 segundos.",
            })
    void aBareAmountClosedByAFullStopIsNoLength(String line) {
        assertThat(card(line).duration()).as(line).isEmpty();
    }

    /** The tail of a wrapped sentence must not replace the card's labelled length. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "The crossing to the island takes|35 minutes.;Duration: 52 min;3120",
                "La traversata dura|35 minuti.;Durata: 52 min;3120",
                "De overtocht duurt|35 minuten.;Duur: 52 min;3120",
                "La visite a duré|2 heures 10 minutes.;Durée : 52 min;3120",
                "A travessia demora|35 minutos.;Duração: 52 min;3120",
                "La travesía dura|35 minutos.;Duración: 52 min;3120",
                "Die Überfahrt dauert|35 Minuten.;Dauer: 52 Min.;3120",
                "We waited at the pier for|90 seconds.;Duration: 52 min;3120",
                "How long is the ride back?|35 minutes.;Duration: 52 min;3120",
                "Prep:|15 minutes.|Bake:|30 minutes.;Duration: 52 min;3120",
            })
    void aBareAmountClosedByAFullStopLeavesTheLabelledLength(
            String lines, String labelled, long seconds) {
        String text =
                "Harbour Nights\n4 April 2024\nWe meet the ferry crew at dawn. "
                        + lines.replace('|', '\n')
                        + "\nThen the captain shows us the bridge.\n"
                        + labelled
                        + "\n";
        Page page = page(text);
        assertThat(page.episodes()).as(lines).isNotEmpty();
        assertThat(page.episodes().get(0).duration())
                .as(lines)
                .contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Harbour Nights\n4 April 2024\nThe walk back from the pier took\n40 minutes.",
                "Harbour Nights\n4 April 2024\nFerry times\nAnswer:\n25 minutes.",
            })
    void aBareAmountClosedByAFullStopAtThePagesEndIsNoLength(String text) {
        Page page = page(text);
        assertThat(page.episodes()).as(text).isNotEmpty();
        assertThat(page.episodes().get(0).duration()).as(text).isEmpty();
    }
}
