package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The person someone of the show has interviewed, or the people "we heard", each followed by a
 * comma and a role ({@link HeardAndInterviewed}, {@link ApposedLists}); in made-up sentences of the
 * seven languages, with near misses: the interviewer, the passive, an outlet as the one who asked,
 * no role after the name, a photo credit, a host's role.
 */
class HeardAndInterviewedTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Paolo Neri ha intervistato Giulia Conti, fotografa e reporter, che"
                        + " racconta il porto.|Giulia Conti",
                "Tom Reed has interviewed Mara Quill, historian, about the harbour.|Mara Quill",
                "Paul Martin a interviewé Claire Dubois, chercheuse au CNRS.|Claire Dubois",
                "Jorge Ruiz entrevistó a Lucía Pérez, periodista, en Sevilla.|Lucía Pérez",
                "Rui Costa entrevistou Ana Lima, jornalista do Diário.|Ana Lima",
                "Joris van Dam interviewde Sanne de Vries, onderzoeker bij de haven.|Sanne de"
                        + " Vries",
                "Abbiamo intervistato Marco Sala, ricercatore, sul clima.|Marco Sala",
                "We have interviewed Tom Reed, economist at the port.|Tom Reed",
                "Ouvimos Ana Lima, autora do livro Marés, e Rui Paz, investigador da"
                        + " universidade.|Ana Lima;Rui Paz",
                "Escuchamos a Lucía Pérez, periodista, y a Diego Ruiz, actor.|Lucía Pérez;Diego"
                        + " Ruiz",
                "Ascoltiamo Giulia Conti, giornalista, Marco Sala, fotografo di guerra, e Paolo"
                        + " Neri, ricercatore.|Giulia Conti;Marco Sala;Paolo Neri",
            })
    void namesThePersonHeard(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Giulia Conti è stata intervistata da Paolo Neri, giornalista.",
                "Mara Quill was interviewed by Tom Reed, reporter at the port.",
                "The BBC has interviewed Mara Quill, historian, about the harbour.",
                "Le Monde a interviewé Claire Dubois, chercheuse au CNRS.",
                "She has interviewed Mara Quill, historian, about the harbour.",
                "Paolo Neri ha intervistato Giulia Conti sul porto.",
                "Paolo Neri ha visto Giulia Conti, architetta, al porto.",
                "Luca Bianchi, who has interviewed Mara Quill, historian, writes.",
                "Paolo Neri ha intervistato Giulia Conti, conduttrice del programma.",
                "Foto di Giulia Conti, fotografa.",
                "We have interviewed Tom Reed, engineer of this episode.",
                "Ouvimos falar de Ana Lima, autora do livro.",
                "Ontem ouvimos Ana Lima.",
                "Tom Reed interviewed Mara Quill, historian, for his book.",
            })
    void namesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
