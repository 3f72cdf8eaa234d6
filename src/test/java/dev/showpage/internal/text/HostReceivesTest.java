package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The presenter receiving the guest in the third person ("a apresentadora Rita recebeu X", "No
 * primeiro programa, Rita recebeu X") in the seven languages, with made-up names and roles; and the
 * near-misses where whoever receives is no presenter or what is received is no person.
 */
class HostReceivesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ontem, a apresentadora Marta recebeu Duarte Fonseca, professor e músico.|Duarte"
                        + " Fonseca",
                "Na segunda edição, Rita recebeu a jornalista Sofia Brandão.|Sofia Brandão",
                "No primeiro programa, Inês recebeu a defensora pública Clara Pinto, que trabalha"
                        + " na câmara.|Clara Pinto",
                "La presentadora Ana recibe a Mateo Varela en el estudio.|Mateo Varela",
                "Dans cette émission, Julie reçoit Hélène Marceau.|Hélène Marceau",
                "Oggi la conduttrice Giulia ospita la autrice Chiara Benedetti.|Chiara Benedetti",
                "Presentator Sanne ontvangt Joris Bakker in de studio.|Joris Bakker",
                "Die Moderatorin Lena empfängt Tobias Reuter im Studio.|Tobias Reuter",
                "Our host Tom welcomes Nora Ekdahl.|Nora Ekdahl",
            })
    void theOneThePresenterReceivesIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "O presidente recebeu o ministro Rui Tavares ontem.",
                "The mayor welcomed Nora Ekdahl to the city.",
                "Na edição de ontem do jornal, o presidente recebeu o ministro Rui Tavares.",
                "A apresentadora Vanessa recebeu um prémio da Rádio Nova.",
                "A apresentadora Vanessa recebeu o prémio Pedro Nunes.",
                "Host Tom welcomes listeners back after the break.",
                "La presentadora Ana recibe cartas de Mateo Varela.",
                "Rita recebeu Duarte Fonseca em casa.",
                "Die Moderatorin Lena empfängt den Preis der Stadt Köln.",
                // another show's broadcast
                "This week we react to the news: late-night host Jimmy Kimmel welcomed Taylor"
                        + " Swift on Tuesday.",
                "Ontem, o apresentador Fausto Silva recebeu Anitta Ribeiro no Domingão da TV"
                        + " Globo.",
                "El famoso presentador Pablo Ruiz recibió a Lucía Ferrán.",
                "La presentadora Ana recibe a Mateo Varela en Noches de Radio.",
                "Our host Tom welcomed Nora Ekdahl on Friday.",
                // another edition
                "In last week's episode, Tom welcomed Nora Ekdahl. This week we talk about boats.",
                "Na edição anterior, Rita recebeu o escritor Duarte Fonseca.",
                "Dans la prochaine émission, Julie reçoit Hélène Marceau.",
                "Nella scorsa puntata, Giulia ospita Chiara Benedetti.",
            })
    void noGuestWhenNoPresenterReceivesAPerson(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
