package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence about the page itself that says when it aired ({@link AiredSentenceDates}), read
 * through the whole parser on a made-up page: a title, a line of notes, then the sentence. Another
 * thing's or another edition's airing, a repeat, a first airing, a future, a run and a recording's
 * day give none.
 */
class AiredSentenceDatesTest {

    private static Optional<LocalDate> dateOf(String sentence) {
        Page page =
                EpisodePageParser.parse(
                        "Fields at Dusk\nNotes on the fields and the people in them.\n"
                                + sentence.replace("\\n", "\n")
                                + "\n");
        return page.episodes().stream().findFirst().flatMap(Episode::released);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "This edition aired October 4, 2022.|2022-10-04",
                "Cet entretien a été diffusé le 8 novembre 2021 sur Ondes Claires.|2021-11-08",
                "Diese Sendung wurde am 14. Mai 2022 im Radio ausgestrahlt.|2022-05-14",
                "Deze aflevering is op 3 oktober 2020 uitgezonden.|2020-10-03",
                "Questa intervista è stata trasmessa il 9 marzo 2022.|2022-03-09",
                "Esta entrevista fue emitida el 12 de abril de 2024 a las diez.|2024-04-12",
                "Este episódio foi exibido em 5 de maio de 2021.|2021-05-05",
                // "na" is Portuguese "on the" as often as Dutch "after"
                "Este episódio foi exibido na Rádio Brisa em 5 de maio de 2021.|2021-05-05",
            })
    void takesThePagesAiring(String sentence, String day) {
        assertThat(dateOf(sentence)).contains(LocalDate.parse(day));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a repeat or a first airing, said after the verb
                "This interview aired again on March 10, 2024",
                "Rediffusion : Le Grand Soir\\n"
                        + "Cette émission a été diffusée pour la première fois le 4 mars 2019",
                "Die Sendung wurde am 9. Januar 2013 zum ersten Mal ausgestrahlt",
                "Diese Folge wurde am 9. Januar 2023 erneut ausgestrahlt",
                // a run's start or end
                "L'émission est diffusée depuis le 4 mars 2023",
                "Cette émission est diffusée à partir du 4 mars 2023 chaque mardi",
                "Este programa emitido desde el 12 de abril de 2024",
                "Questa puntata trasmessa dal 7 febbraio 2021",
                "This show aired weekly from March 3, 2024",
                "The show aired from March 3, 2024 through May 10.",
                "The programme aired until March 3, 2024, when it was cancelled.",
                // another thing's airing, or an earlier episode's
                "The pilot episode aired on March 3, 2014.",
                "Her earlier interview aired on March 3, 2019",
                "King George's speech aired on September 3, 1939",
                "El partido fue emitido el 12 de abril de 2024",
                "Il concerto è stato trasmesso su Rai Tre il 7 febbraio 2021",
                "A novela foi exibida em 5 de maio de 1990",
                "De wedstrijd is op 5 juni 2022 uitgezonden",
                "Eine frühere Folge mit ihr wurde am 9. Januar 2020 ausgestrahlt",
                "A longer version of this interview aired on Channel Nine on March 3, 2024",
                // a day the airing was only near: another thing's
                "This interview aired shortly after the March 3, 2024 floods.",
                "This episode aired just before the June 9, 2022 vote.",
                "Cette émission a été diffusée juste après le 4 mars 2023, jour du vote.",
                "Cet entretien a été diffusé peu avant le 2 mai 2021.",
                "Esta entrevista fue emitida justo después del 12 de abril de 2024.",
                "Questa puntata è stata trasmessa subito dopo il 7 febbraio 2021.",
                "Este episódio foi exibido logo depois de 5 de maio de 2021.",
                "Diese Folge wurde ausgestrahlt kurz nach dem 9. Januar 2023.",
                // a future, a modal
                "Die Folge soll am 9. Januar 2027 ausgestrahlt werden.",
                "L'entretien va être diffusé le 4 mars 2027",
                "Diese Folge wird ausgestrahlt am 9. Januar 2027.",
                "This episode is scheduled to be aired on May 2, 2027.",
                // a recording's day before the verb, in a clause of its own
                "Recorded live on March 3, 2024 and aired on Night Desk.",
                "Enregistré le 4 mars 2023 et diffusé sur Radio Brume.",
                "Diese Folge wurde am 2. März 2023 aufgezeichnet und ausgestrahlt.",
            })
    void leavesAnotherAiringsDay(String sentence) {
        assertThat(dateOf(sentence)).isEmpty();
    }

    /**
     * A range that names one full date: the page's lone date may still stand by another rule, so
     * the sentence's rule is asked alone.
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Cette émission a été diffusée du 4 mars 2023 au 8 mars.",
                "Esta entrevista fue emitida el 12 de abril de 2024 a 14 de abril.",
                "This episode aired March 3, 2024 to March 9.",
            })
    void leavesARange(String sentence) {
        assertThat(PageSources.read(sentence, AiredSentenceDates::of)).isNull();
    }
}
