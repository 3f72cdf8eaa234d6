package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A notes opening of a name, a role between commas and a verb of analysing or commenting ("Mara
 * Quill, historian at Harbour University, analyses ...") introduces the expert the episode speaks
 * with, in the seven languages; without a role, or with a host's, it does not.
 */
class AnalysingSpeakerTest {

    private static List<String> described(String text) {
        return Names.describedAtStart(text).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Mara Quill, historian at Harbour University, analyses the war.|Mara Quill",
                "Tom Reed, economist at the central bank, analyzes the budget.|Tom Reed",
                "Jonas Weber, Historiker an der Uni Kiel, analysiert die Wahl.|Jonas Weber",
                "Claire Dubois, chercheuse, analyse le scrutin de dimanche.|Claire Dubois",
                "Lucía Pérez, profesora de historia, analiza la campaña.|Lucía Pérez",
                "Paolo Neri, economista, analizza la manovra.|Paolo Neri",
                "Ana Lima, professora e cientista política, analisa a eleição.|Ana Lima",
                "Joris van Dam, onderzoeker bij de bank, analyseert de cijfers.|Joris van Dam",
                "Rui Costa, jornalista, comenta a semana política.|Rui Costa",
                "Giulia Conti, giornalista, commenta le notizie.|Giulia Conti",
            })
    void theExpertIsNamed(String text, String guest) {
        assertThat(described(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbour Radio, a station in the north, analyses the war.",
                "Mara Quill analyses the war in this episode.",
                "Mara Quill, host of the show, analyses the war.",
                "New York, a city of many, analyses its budget.",
            })
    void noExpertWithoutARole(String text) {
        assertThat(described(text)).isEmpty();
    }
}
