package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An overview's field line that gives a programme's length after its label and a colon, then a
 * remark in a sentence of its own on the same line ("Dauer: 45 Minuten. Danach folgt ..."): the
 * length is the edition's. Without the colon, or where the label does not open its line, the amount
 * stays a sentence's ("Laufzeit 41 Minuten. Danach ..."); a reading time's label is no length's,
 * and a further field after the stop ("Genre: ...") makes the line a card of something else.
 */
class LabelledLengthBeforeRemarkTest {

    private static Page page(String line) {
        String text =
                "Die Abende dieser Woche\n\nSpätes Gespräch\n\nSender: Kanal Neun\n\n"
                        + line
                        + "\n\nGäste: noch nicht bekannt.\n";
        return EpisodePageParser.builder()
                .referenceDate(LocalDate.of(2025, 5, 1))
                .build()
                .parsePage(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "Duur: 55 minuten. Daarna volgt het journaal.;3300",
                "Dauer: 45 Minuten. Die Sendung läuft live.;2700",
                "Duration: 50 minutes. The host keeps it short.;3000",
                "Durée : 40 minutes. Le plateau change chaque soir.;2400",
                "Duración: 90 minutos. El programa se emite en directo.;5400",
                "Durata: 35 minuti. Il conduttore apre con le notizie.;2100",
                "Duração: 60 minutos. O programa vai ao ar ao vivo.;3600",
                "Dauer: 2 Stunden. Wer will, schaut bis zum Ende.;7200",
                // a decimal comma, as the languages other than English print it
                "Duur: 1,5 uur. Daarna volgt het journaal.;5400",
                "Dauer: 2,5 Stunden. Wer will, schaut bis zum Ende.;9000",
                "Duración: 1,5 horas. El programa se emite en directo.;5400",
                "Durata: 1,5 ore. Il conduttore apre con le notizie.;5400",
                "Duração: 1,5 horas. O programa vai ao ar ao vivo.;5400",
                // a remark that says what follows the programme
                "Dauer: 45 Minuten. Danach folgt das Wetter.;2700",
                "Duration: 2 hours. The news follows after.;7200",
            })
    void takesTheLengthBeforeTheRemark(String line, long seconds) {
        Page page = page(line);
        assertThat(page.episodes()).as(line).isNotEmpty();
        assertThat(page.episodes().get(0).duration())
                .as(line)
                .contains(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // no colon: a sentence that names a length
                "Laufzeit 45 Minuten. Danach folgt Musik.",
                "Duur 55 minuten. Daarna volgt het journaal.",
                // the label mid-line, after a sentence
                "Der Film kommt im Juni. Dauer: 95 Minuten. Er spielt in Rom.",
                // a reading time
                "Leestijd: 4 minuten. Daarna volgt het journaal.",
                "Lesezeit: 6 Minuten. Viel Spaß beim Lesen.",
                // a further field after the stop
                "Duration: 128 minutes. Genre: Drama",
                // the sentence goes on in small letters
                "Dauer: 45 Minuten. und danach Musik.",
                // a thousands comma, and a decimal amount of something else
                "Duration: 1,500 seconds. The host keeps it short.",
                "Dauer: 1,5 Punkte. Danach folgt Musik.",
                // a length in metres after a label that measures things as well
                "Länge: 1,5 m. Das Blech passt in jeden Ofen.",
                "Lengte: 2,5 m. De kast past onder de trap.",
                "Länge: 1,5 m",
                "Länge: 2 m. Das Blech passt in jeden Ofen.",
                "Length: 3 m. The table seats eight.",
                "Longueur : 4 m. La barque tient sur le toit.",
                // an event's span in days or weeks
                "Dauer: 3 Tage. Das Festival beginnt am Freitag.",
                "Durée : 2 semaines. Le stage commence lundi.",
                "Duration: 4 days. The camp opens in June.",
                // a film's running time, the remark about the film
                "Dauer: 95 Minuten. Der Film von Ada Wirth läuft danach.",
                "Durée : 110 minutes. Le film sort en salles mercredi.",
                "Duración: 100 minutos. La película se estrena el viernes.",
                // a broadcast time with a decimal comma
                "Beginn: 21,30 h",
                "21,30 h",
                "Dauer: 20,15 h. Danach folgt Musik.",
            })
    void leavesWhatIsNoFieldOfTheEdition(String line) {
        Page page = page(line);
        assertThat(page.episodes())
                .as(line)
                .allSatisfy(episode -> assertThat(episode.duration()).as(line).isEmpty());
    }
}
