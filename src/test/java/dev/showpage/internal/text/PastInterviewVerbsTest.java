package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A past form of interviewing heads a guest list only alone ({@link PastInterviewVerbs}): inside a
 * clause the one interviewed may be anyone's. Made-up sentences of the seven languages.
 */
class PastInterviewVerbsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Intervistata: Giulia Conti|Giulia Conti",
                "Entrevistado: Rui Paz|Rui Paz",
                "Entrevistada: Lucía Pérez|Lucía Pérez",
            })
    void readsTheHeading(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Paolo Neri ha intervistato Giulia Conti sul porto.",
                "Le journaliste Paul Martin a interviewé Claire Dubois, chercheuse, pour Le Monde.",
                "Jorge Ruiz entrevistó a Lucía Pérez, periodista, en Sevilla.",
                "Joris van Dam interviewde Sanne de Vries, onderzoeker bij de haven.",
                "We have interviewed Ben Okoro, economist, in last week's episode.",
                "Ana Lima entrevistou Rui Paz no porto.",
            })
    void readsNoVerbInsideAClause(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
