package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The host's "I'm delighted to welcome X" in English, French, Spanish, Italian and Portuguese, with
 * made-up names, intensifiers, "back" and a role before the name; and the near-misses where the one
 * pleased is not the host or the one welcomed is no person.
 */
class JoyfulWelcomesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "This week I am delighted to welcome Ingrid Solberg to the show.|Ingrid Solberg",
                "We're so thrilled to welcome back Tomas Lindqvist, author of Salt Roads.|Tomas"
                        + " Lindqvist",
                "I'm honoured to welcome the historian Ruth Adeyemi.|Ruth Adeyemi",
                "Je suis ravie d'accueillir la romancière Odile Marchal cette semaine.|Odile"
                        + " Marchal",
                "Nous sommes très heureux de recevoir Bastien Leroux.|Bastien Leroux",
                "Hoy estoy encantada de recibir a Lucía Ferrán en el estudio.|Lucía Ferrán",
                "Oggi sono felice di ospitare Marco Pellegrini, chef.|Marco Pellegrini",
                "Estou muito feliz em receber Teresa Almada neste episódio.|Teresa Almada",
            })
    void theOneTheHostIsGladToWelcomeIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The city is happy to welcome Joe Biden next week.",
                "She was delighted to welcome Nora Ekdahl into her home.",
                "I am delighted to welcome you all to the new season.",
                "I am delighted to welcome Le Monde as a partner.",
                "Our sponsor is happy to welcome new customers.",
                "Le maire est ravi d'accueillir Paul Giraud.",
                "I am delighted to see Ingrid Solberg again.",
                "I am delighted. To welcome Ingrid Solberg was a joy.",
                // a prize received, not a guest
                "Je suis très fière de recevoir le Prix Albert Londres.",
                "Estoy orgulloso de recibir el Premio Ondas Juan Carlos.",
                "Estou feliz em receber o Prêmio Jabuti Carlos Drummond.",
                "Nous sommes heureux de recevoir la Médaille Pierre Vidal cette année.",
                "Estamos felices de recibir la Beca Ana María Ruiz.",
                // new staff, co-hosts and sponsors
                "I'm thrilled to welcome Tom Baker as my new co-host.",
                "We are delighted to welcome Nora Ekdahl to the team as our new executive"
                        + " producer.",
                "Sono felice di accogliere Marco Pellegrini nella redazione come nuovo produttore.",
                "Nous sommes ravis d'accueillir Bastien Leroux dans l'équipe comme co-animateur.",
                "We're proud to welcome Acme Coffee Roasters as our new sponsor.",
                "We're so happy to welcome Greta Holm to our crew.",
                "Estamos encantados de recibir a Lucía Ferrán como nueva productora.",
                // a third party's words quoted
                "Mayor Ana Lopez said: \"I am delighted to welcome Pope Francis to our city.\"",
                "The festival wrote: I am thrilled to welcome Ingrid Solberg to Bergen.",
                "Le directeur a dit : « Je suis ravi d'accueillir Paul Giraud ».",
            })
    void noGuestWhenTheHostIsNotTheOneGladOrNoPersonIsWelcomed(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
