package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name that will be, or is, "our guest", maybe past an apposition, is the guest, in made-up
 * sentences of the seven languages; a guest host, an event's guest and the guest of a later or an
 * earlier edition are none.
 */
class FutureGuestCopulasTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Odile Garnier, du collectif Marée Basse, sera notre invitée ce soir pour parler"
                        + " des ports.|Odile Garnier",
                "Ce soir, Hélène Vasseur sera notre invitée.|Hélène Vasseur",
                "Lucía Navas será nuestra invitada esta noche.|Lucía Navas",
                "Marta Gallo sarà la nostra ospite in studio.|Marta Gallo",
                "Rui Prado, arquiteto do Porto, será o nosso convidado.|Rui Prado",
                "Tom Reed will be our guest tonight.|Tom Reed",
                "Jonas Brandt wird heute unser Gast sein.|Jonas Brandt",
                "Bram de Wit zal vanavond onze gast zijn.|Bram de Wit",
                "Jonas Brandt ist heute unser Gast.|Jonas Brandt",
                "Lea Kern ist unser heutiger Gast.|Lea Kern",
            })
    void theOneWhoWillBeOurGuestIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a guest host stands in for the host
                "Tom Reed is our guest host this week.",
                "Tom Reed will be our guest host tonight.",
                // the guest of a later or an earlier edition
                "Tom Reed will be our guest next week.",
                "Hélène Vasseur sera notre invitée la semaine prochaine.",
                "Lucía Navas será nuestra invitada la próxima semana.",
                "Marta Gallo sarà nostra ospite nella prossima puntata.",
                "Jonas Brandt wird nächste Woche unser Gast sein.",
                "Marta Gallo è stata ospite della puntata scorsa.",
                // an event's guest
                "Tom Reed will be a guest at the harbour festival.",
                "Jonas Brandt wird unser Gast beim Sommerfest sein.",
                "Rui Prado será convidado do festival de Lisboa.",
                // no guest word after the copula, or the future without its infinitive
                "Hélène Vasseur sera notre correspondante à Lyon.",
                "Bram de Wit zal onze gast nooit vergeten.",
                // a future guest without the show's possessive is another programme's
                "Hélène Vasseur sera l'invitée de la matinale de Radio Phare demain.",
                "Tom Reed will be the guest speaker at the annual conference.",
                // an office and a surname are no name
                "Esta noche, el Presidente Varela será nuestro invitado.",
                // a guest phrase followed by what is not this edition's
                "Tom Reed will be our guest at the book fair.",
                "Lucía Navas será nuestra invitada en la feria de Sevilla.",
                "Bram de Wit zal onze gast zijn op het festival in Gent.",
                // another host's guest
                "Jonas Brandt ist der Gast von Lea Kern.",
            })
    void aGuestOfAnotherOccasionOrNoGuestIsNone(String text) {
        assertThat(guests(text)).as(text).isEmpty();
    }
}
