package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The guest who visits the hosts ("Mara Quill visits us", "Esta semana nos visita Lucía Pérez"), in
 * made-up sentences of the seven languages; and visits of places, past visits and visits to others,
 * which name no guest.
 */
class VisitPhrasesTest {

    private static List<String> guests(String text) {
        return VisitPhrases.find(text).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "This week Mara Quill visits us to talk about lighthouses.|Mara Quill",
                "Tom Reed visits us with a new record.|Tom Reed",
                "Cette semaine, Claire Dubois nous rend visite pour parler de vin.|Claire Dubois",
                "Heute besucht uns Jonas Weber im Studio.|Jonas Weber",
                "Lea Brandt besucht uns mit ihrer Gitarre.|Lea Brandt",
                "Esta semana nos visita Lucía Pérez, periodista.|Lucía Pérez",
                "Oggi ci fa visita Paolo Neri.|Paolo Neri",
                "Giulia Conti ci visita per parlare di teatro.|Giulia Conti",
                "Ana Lima visita-nos para falar de cinema.|Ana Lima",
                "Sabine Vermeer komt langs met haar nieuwe boek.|Sabine Vermeer",
                "Joris van Dam bezoekt ons in de studio.|Joris van Dam",
                "Heute Abend besucht uns Jonas Weber im Studio.|Jonas Weber",
                "Am Freitag besucht uns Lea Brandt.|Lea Brandt",
                "Diese Woche besucht uns Jonas Weber.|Jonas Weber",
                "Vanavond bezoekt ons Sabine Vermeer.|Sabine Vermeer",
                "Sam Harbour visits us with his banjo.|Sam Harbour",
            })
    void theVisitorIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Mara Quill visits Paris for the first time.",
                "Mara Quill visited us last year.",
                "We visit Mara Quill at her farm.",
                "Claire Dubois rend visite à sa mère.",
                "Jonas Weber besucht seine Großmutter.",
                "Lucía Pérez visita Madrid.",
                "Heute besucht Jonas Weber seine Schwester.",
                "New York stops by nothing.",
                "The book by Mara Quill is out.",
                "Mara Quill stops by the bakery every morning.",
                "Next week Tom Reed visits us to talk about his new boat.",
                "Nächste Woche besucht uns Jonas Weber.",
                "Volgende Week komt langs: Sabine Vermeer.",
                "La semaine prochaine, Claire Dubois nous rend visite.",
                "Am Samstag Abend besucht uns niemand.",
            })
    void noVisitToTheHostsNamesNoGuest(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
