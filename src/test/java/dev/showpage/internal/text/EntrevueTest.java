package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Entrevue", the interview of Quebec French, opens a conversation with a guest as "entretien" and
 * "interview" do; in made-up segment lists and sentences, with near misses that name an outlet, a
 * place or no one.
 */
class EntrevueTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "-Météo. -Entrevue avec Claire Dubois, historienne. -Sports.|Claire Dubois",
                "Entrevue avec la chercheuse Chantal Roy sur le logement.|Chantal Roy",
                "Notre entrevue de la semaine est avec Paul Martin.|Paul Martin",
                "En entrevue avec Marc Tremblay, nous parlons de hockey.|Marc Tremblay",
                "Une entrevue avec Julie Gagnon et Louis Côté.|Julie Gagnon;Louis Côté",
            })
    void namesThePersonInterviewed(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Entrevue avec Le Devoir sur la grève.",
                "Entrevue réalisée avec le soutien de Radio-Canada.",
                "Une entrevue avec Montréal en toile de fond.",
                "Entrevue avec La Presse et Le Soleil.",
                "Revue de presse avec Claire Dubois.",
            })
    void namesNoOneButAPerson(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
