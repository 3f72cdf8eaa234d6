package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The host's "we have with us X" in made-up sentences of the seven languages, with words of the
 * day, roles and the Spanish personal "a"; and the sentences of "having" and "with us" that name no
 * guest: another subject, a co-host, a thing, a name elsewhere in the sentence.
 */
class WithUsPhrasesTest {

    private static List<String> guests(String text) {
        return WithUsPhrases.find(text).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Today we have with us Mara Quill, a historian of ships.|Mara Quill",
                "This week we have with us: Tom Reed.|Tom Reed",
                "Ce soir nous avons avec nous Claire Dubois, vigneronne.|Claire Dubois",
                "Hoy tenemos con nosotros a Lucía Pérez.|Lucía Pérez",
                "Esta semana tenemos con nosotras a la periodista Marta Gil.|Marta Gil",
                "Oggi abbiamo con noi lo scrittore Paolo Neri.|Paolo Neri",
                "Hoje temos connosco Ana Lima, atriz.|Ana Lima",
                "Nesta edição temos conosco Rui Costa.|Rui Costa",
                "Heute haben wir Jonas Weber bei uns im Studio.|Jonas Weber",
                "Diesmal haben wir Lea Brandt bei uns zu Gast.|Lea Brandt",
                "Vandaag hebben we Sabine Vermeer bij ons.|Sabine Vermeer",
            })
    void theOneWithUsIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "They have with them Mara Quill and her crew.",
                "Today we have with us our co-host Tom Reed.",
                "Nous avons avec nous la carte que Claire Dubois a dessinée.",
                "We have with us all the notes. Mara Quill wrote them.",
                "Heute haben wir über Jonas Weber bei uns gesprochen.",
                "Wir haben Jonas Weber gestern getroffen, bei uns um die Ecke.",
                "Oggi abbiamo con noi il produttore Paolo Neri.",
                "Hoy tenemos con nosotros el libro de Lucía Pérez.",
                "Next week we have with us Tom Reed, who builds boats.",
                "La semana próxima tenemos con nosotros a Lucía Pérez.",
                "Nächste Woche haben wir Jonas Weber bei uns.",
            })
    void noGuestWithoutTheHostsPhrase(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
