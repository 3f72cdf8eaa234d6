package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The people "we heard", each followed by a comma and a role ({@link HeardAndInterviewed}); in
 * made-up sentences of the seven languages, with near misses: a performer on a record, a work after
 * the role, the verb inside a sentence, no role after the name, a host's role, and "X has
 * interviewed Y, role", which is not read.
 */
class HeardAndInterviewedTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ouvimos Ana Lima, autora do livro Marés, e Rui Paz, investigador da"
                        + " universidade.|Ana Lima;Rui Paz",
                "Hoje é dia de mar. Escutamos Rui Paz, pescador e autor.|Rui Paz",
                "Escuchamos a Lucía Pérez, periodista, y a Diego Ruiz, actor.|Lucía Pérez;Diego"
                        + " Ruiz",
                "Ascoltiamo Giulia Conti, giornalista, Marco Sala, fotografo di guerra, e Paolo"
                        + " Neri, ricercatore.|Giulia Conti;Marco Sala;Paolo Neri",
                // the guest is named; the one the guest has interviewed is not
                "Our guest Ben Okoro is a reporter. Ben Okoro has interviewed Mara Quill,"
                        + " historian, for the Harbour Gazette|Ben Okoro",
                "Nous écoutons Claire Dubois, chercheuse au CNRS.|Claire Dubois",
                "Sentiamo Marco Sala, ricercatore, sul caldo.|Marco Sala",
            })
    void namesThePersonHeard(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a performer, or a work after the role: the record being played
                "Ascoltiamo Vasco Rossi, cantautore, con Albachiara.",
                "Nous écoutons Jacques Brel, chanteur, dans Ne me quitte pas.",
                "Écoutons Édith Piaf, chanteuse, avec La vie en rose.",
                "Ouvimos Elis Regina, cantora, em Como Nossos Pais.",
                "Escuchamos a Lola Vera, compositora, desde Sevilla.",
                "Ouvimos Rui Paz, pescador, com Mar Alto.",
                "Sentiamo Marco Sala, ricercatore, con Notte Fonda.",
                // the verb inside a sentence
                "Ontem ouvimos Ana Lima, autora do livro.",
                "Poi ascoltiamo Giulia Conti, giornalista, sul porto.",
                // no role, the show's own role, another phrase
                "Ouvimos Ana Lima.",
                "Ouvimos falar de Ana Lima, autora do livro.",
                "Escuchamos a Lucía Pérez, presentadora del programa.",
                // an Italian "a" is "in", no personal "a"
                "Ascoltiamo a Roma Marco Sala, ricercatore, sul clima.",
                // an interviewer before the verb: not read, whoever it is
                "Le journaliste Paul Martin a interviewé Claire Dubois, chercheuse, pour Le Monde.",
                "Tom Host ha intervistato Mara Quill, giornalista, per il Corriere della Sera nel"
                        + " 2010.",
                "We have interviewed Ben Okoro, economist, in last week's episode.",
                "Luca Neri ha intervistato a Roma Marco Sala, ricercatore, sul clima.",
                "Abbiamo intervistato a Roma Marco Sala, ricercatore, sul clima.",
                "Jorge Ruiz entrevistó a Lucía Pérez, periodista, en Sevilla.",
                "Joris van Dam interviewde Sanne de Vries, onderzoeker bij de haven.",
                "Paolo Neri ha intervistato Giulia Conti sul porto.",
            })
    void namesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
