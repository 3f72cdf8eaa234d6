package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The title a heading naming an edition gives after its day ({@link EditionTitles}): the field
 * after the day, without a writer's short remark after a question; none where the field is prose,
 * absent, or the edition is not one.
 */
class EditionTitlesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Montag, 9. Januar 2023\\nStadtgespräch, Sendung vom 2.1.2023: Wohin mit dem"
                        + " Müll?\\nUnsere Kritik.|Wohin mit dem Müll?",
                // a remark of the writer's after the question is not the edition's
                "Mittwoch, 4. Mai 2022\\n\\nNachtcafé, Sendung vom 29.4.2022: Wer pflegt uns"
                        + " morgen? Gut gemacht.\\nDie Gäste: A und B.|Wer pflegt uns morgen?",
                "Mardi 7 mars 2023\\nÉmission du 4 mars 2023 : la mer monte\\nUn billet.|la mer"
                        + " monte",
                "Le Club, émission du 18 mai 2021 : Faut-il tout réparer ! Vu en direct.\\nTexte."
                        + "|Faut-il tout réparer !",
                "Posted March 9, 2024\\nNight Desk - Puntata del 3 marzo 2024 - Il porto di"
                        + " notte|Il porto di notte",
                "Radio Sur, programa del 12 de abril de 2024: Los ríos que se secan|Los ríos que"
                        + " se secan",
                "9 juni 2022\\nUitzending van 5 juni 2022: Over de dijken\\nTekst.|Over de"
                        + " dijken",
            })
    void takesTheFieldAfterTheEditionsDay(String page, String title) {
        assertThat(PageSources.read(page, EditionTitles::of)).isEqualTo(title);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // the day closes the heading: no title after it
                "Sendung vom 2.1.2023\\nEin Gespräch über Müll.",
                "Le Club, émission du 18 mai 2021.\\nLes invités.",
                "Sendung vom 2.1.2023:\\nDie Gäste.",
                // a field of two sentences, or one past a full stop: where the title ends is not
                // told
                "Sendung vom 2.1.2023: Müll. Wir sprechen mit zwei Fachleuten darüber.",
                "Émission du 4 mars 2023 : Le Dr. Martin répond",
                "Puntata del 3 marzo 2024: Che fare? Ne parliamo con due ospiti in studio oggi.",
                // another edition recalled in prose, two editions, a published label
                "Wie in der Sendung vom 3. März 2024: gesagt, geht es weiter.",
                "Sendung vom 2.1.2023: Müll\\nSendung vom 9.1.2023: Wasser",
                "Published: 3 March 2024: The river",
            })
    void givesNoneWithoutAFieldOfOneTitle(String page) {
        assertThat(PageSources.read(page, EditionTitles::of)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Was bleibt? Live gesehen.|Was bleibt?",
                "Qui paie ? Bof.|Qui paie ?",
                "The price of water|The price of water",
                "Quién paga? Lo vimos en directo con amigos.|",
                "|",
            })
    void cutsAShortRemarkAfterAQuestion(String field, String title) {
        assertThat(EditionTitles.title(field == null ? "" : field)).isEqualTo(title);
    }
}
