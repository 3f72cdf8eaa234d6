package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Names that a verb of having or a second "with" reaches but that are no guest: whom the episode is
 * about, a sponsor, a place, a book, the show's crew, a backdrop. What follows such a name closes
 * no guest's mention, so no guest is read; made-up sentences of the seven languages.
 */
class GuestMentionEndsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "This week we have Donald Trump threatening new tariffs again.",
                "Today we have Helga Marsh promising lower taxes for everyone.",
                "Esta semana tenemos a Pedro Sánchez en el centro de la polémica.",
                "Esta semana tenemos a Real Madrid en la final.",
                "Hoje temos Marta Correia no meio da polémica.",
                "Today we have Athletic Greens to thank for sponsoring the show.",
                "This week we have Copper Kettle Coffee to thank for the beans.",
                "Today we have Mount Everest, the deadliest climb.",
                "Oggi abbiamo Monte Bianco, la salita più dura.",
                "On the show today we have Harry Potter and the Goblet of Fire.",
                "Aujourd'hui nous avons Arsène Lupin et les secrets du cambrioleur.",
                "Today we have Sarah Mills, our producer, sitting in.",
                "In dieser Folge haben wir Lea Brandt, unsere Produzentin, am Regler.",
                "Today we have Mara Quill and Tom Reed, your hosts, as always.",
                "Esta semana tenemos a Lucía Pérez y Diego Ruiz, vuestros presentadores.",
                "Diese Woche haben wir Besuch von Lea Brandt.",
                "Heute haben wir Hilfe von Lea Brandt beim Schnitt.",
                "Deze week hebben we Kees Bakker die de belastingen wil verhogen.",
                "This week we have Helga Marsh about to raise taxes again.",
                "This week we have Donald Trump, threatening tariffs again.",
                "Hoje temos Rui Costa, o nosso produtor, na mesa.",
                "Today we have Sarah Mills, who is our producer, at the desk.",
                "Esta semana tenemos a Pedro Sánchez, que es el presidente, en apuros.",
                "Esta semana tenemos a Lucía Pérez, que es vuestra presentadora.",
                "This week we have Donald Trump aka 'The Donald' on tariffs.",
            })
    void whatIsHadIsNoGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "We talk with Mara Quill, baker, with help from our producer Tom Reed.|Mara Quill",
                "We talk with Mara Quill, baker, with Tom Reed, our producer, taking notes.|Mara"
                        + " Quill",
                "Wir sprechen mit Jonas Weber, mit Moderatorin Lea Brandt.|Jonas Weber",
                "Wir sprechen mit Jonas Weber, mit Hilfe von Lea Brandt und dem Team.|Jonas Weber",
                "Hablamos con Lucía Pérez, con Pedro Sánchez como telón de fondo.|Lucía Pérez",
                "On parle avec Claire Dubois, avec Emmanuel Macron en toile de fond.|Claire Dubois",
                "I talk with Ines Falk, with Boston Dynamics robots in the background.|Ines Falk",
                "We talk with Mara Quill about bread, with Tom Reed on piano.|Mara Quill",
                "Conversamos com Ana Lima, com Rui Costa ao fundo.|Ana Lima",
                "Parliamo con Paolo Neri, con Giorgia Meloni sullo sfondo.|Paolo Neri",
            })
    void aSecondWithThatNamesNoGuestAddsNone(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "A quick note about this episode: Joe Biden, president at the time, had not left.",
                "Eine Anmerkung zu dieser Folge: Olaf Scholz, Kanzler damals, war noch im Amt.",
                "Recorded before this episode: Mara Quill, baker, left the show.",
                "Grabado antes de este episodio: Lucía Pérez, periodista, dejó el programa.",
                "Enregistré avant cet épisode : Claire Dubois, autrice, a quitté l'émission.",
            })
    void aColonInsideASentenceOpensNoListOfGuests(String text) {
        assertThat(guests(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "This week we have Mara Quill to talk about bread.|Mara Quill",
                "Today we have Tom Reed, a beekeeper from Devon.|Tom Reed",
                "Esta semana tenemos a Lucía Pérez para hablar de cine.|Lucía Pérez",
                "Oggi abbiamo Paolo Neri come ospite.|Paolo Neri",
                "Heute haben wir Jonas Weber im Studio.|Jonas Weber",
                "Deze week hebben we Sabine Vermeer.|Sabine Vermeer",
                "Diese Woche haben wir Jonas Weber über sein neues Buch.|Jonas Weber",
                "Today we have Mara Quill and Tom Reed to talk about bees.|Mara Quill,Tom Reed",
                "Hablamos con Lucía Pérez, periodista, con Diego Ruiz, actor.|Lucía Pérez,Diego"
                        + " Ruiz",
                "We talk with Mara Quill, baker, and with Tom Reed.|Mara Quill,Tom Reed",
                "Hoje temos Rita Sousa, cantora.|Rita Sousa",
                "Parliamo con Sara Ferri, con Marco Bassi, guida di montagna.|Sara Ferri,Marco"
                        + " Bassi",
                "Hablamos con Lucía Pérez, con Diego Ruiz, con Ana Gil.|Lucía Pérez,Diego"
                        + " Ruiz,Ana Gil",
                "On discute avec Claire Dubois, avec Marc Petit et avec Lise Roy.|Claire"
                        + " Dubois,Marc Petit,Lise Roy",
                "Charlamos con Ana Gil, con Marta Soler autora de dos novelas.|Ana Gil,Marta"
                        + " Soler",
                "Esta semana tenemos a Diego Ruiz, que es uno de los grandes actores.|Diego Ruiz",
                "Oggi abbiamo Paolo Neri, che è un giornalista sportivo.|Paolo Neri",
                "Today we have Ines Falk, who is one of the best known sleep researchers.|Ines"
                        + " Falk",
                "Diese Woche haben wir Jonas Weber aka „Der Bäcker“ eingeladen.|Jonas Weber",
                "This week we have Tom Reed aka 'The Beekeeper' invited to the studio.|Tom Reed",
            })
    void aGuestsMentionStillCloses(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(","));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Pedro Sánchez le dijo a Feijóo que no habrá elecciones.",
                "Emmanuel Macron explique à Olaf Scholz pourquoi il refuse.",
                "Giorgia Meloni spiega a Bruxelles il piano.",
                "Donald Trump dijo a Zelenski que no habría ayuda.",
                "La Moncloa explica a Bruselas los presupuestos.",
                "En la novela, Elizabeth Bennet le dice a Darcy que no.",
                "Helga Marsh contou a Rui Costa que não ia votar.",
                "Racconta Sara Ferri a Marco Bassi la sua versione dei fatti.",
            })
    void whoTellsSomeoneIsNoGuestByThatAlone(String text) {
        // the one spoken to may be anyone, in the news as in a novel: no guest is read so
        assertThat(guests(text)).isEmpty();
    }
}
