package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Person;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A phrase around a guest ("X zu Gast", "com X") may take a run of capitals that names no person: a
 * time ("Letzte Woche", "This Week"), a public service and its place ("Feuerwehr Nordheim",
 * "Brandweer Zuidstad"), or a name glued to the next line's first programme noun ("Beatriz Moura
 * Programa"). None is a guest, nor is a run that opens with a service's word ("Bomberos San
 * Sebastián" names a place, "Bomberos Juan Pérez" a person: the run cannot tell). The people, bands
 * and clubs such phrases name are still guests, a week's noun inside a name ("Mara Week", "Vampire
 * Weekend") too. The pages are made up.
 */
class NoPersonNamesTest {

    private static List<String> people(String text) {
        return EpisodePageParser.parse(text).episodes().stream()
                .flatMap(e -> e.people().stream())
                .map(Person::name)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Vor kurzem war die Feuerwehr Nordheim zu Gast im Podcast „Mut im Alltag“. Es war"
                        + " ein schöner Abend.\n",
                "Letzte Woche war die Polizei Oberdorf zu Gast bei uns im Studio.\n",
                "Nächste Woche ist die Wasserwacht Seedorf zu Gast im Podcast „Mut im Alltag“.\n",
                "Vorige week was de Brandweer Zuidstad te gast bij Radio Oost.\n",
                "O programa Roda Cultural volta, agora com Beatriz Moura Programa de entrevistas"
                        + " vai ao ar na quarta\n\nA jornalista Beatriz Moura passa a apresentar o"
                        + " programa.\n",
                "Il talk show Notte Aperta torna lunedì con Marco Rossi Programma di interviste in"
                        + " onda alle 22\n\nIl giornalista Marco Rossi condurrà il programma.\n",
                "This Week Mara Quill joins us to talk about lighthouses.\n",
                // after a service's word a place reads like a name: neither is taken
                "Heute ist die Feuerwehr Bad Homburg zu Gast im Studio.\n",
                "Zu Gast ist die Polizei Bad Tölz. Sie erzählt vom Winter.\n",
                "Nuestro invitado es el cuerpo de Bomberos San Sebastián. Hablamos del verano.\n",
                "Notre invitée est la Gendarmerie Saint Malo. Elle parle de la côte.\n",
                "Nuestro invitado es el jefe de Bomberos Juan Pérez.\n",
                "Notre invité est le chef des Pompiers Marc Dubois.\n"
            })
    void noOneIsNamed(String text) {
        assertThat(people(text)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Zu Gast ist die Archäologin Dr. Maria Keller. Sie erzählt von den Römern. | Maria"
                        + " Keller",
                "Te gast: schrijfster Eva de Vries. Ze vertelt over dromen. | Eva de Vries",
                "This week host Tom Berger talks with oceanographer Lena Fischer about storm"
                        + " surges. | Lena Fischer",
                "Nuestra invitada es la neurocientífica Laura Gómez. Hablamos del cerebro. | Laura"
                        + " Gómez",
                "Recebemos o ex-jogador Carlos Mendes para falar da Copa. | Carlos Mendes",
                "Diese Woche ist der Sportreporter Jan Freitag zu Gast im Studio. | Jan Freitag",
                // a week's noun inside a name
                "Our guest is Mara Week, a touring drummer. | Mara Week",
                "Unser Gast ist Lena Woche, eine Tourmusikerin. | Lena Woche",
                "Nuestra invitada es Sara Semana, baterista de gira. | Sara Semana",
                "This week our guests are Vampire Weekend. | Vampire Weekend",
                "Our guest is Dana Weekend Holt, a touring drummer. | Dana Weekend Holt",
                // a band or a club is a guest
                "Zu Gast ist der Musikverein Oberdorf. | Musikverein Oberdorf",
                "Te gast is de Harmonievereniging Zuidstad. | Harmonievereniging Zuidstad"
            })
    void theGuestAloneIsNamed(String text, String guest) {
        assertThat(people(text)).containsExactly(guest);
    }
}
