package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A named person as the subject of a verb of coming to this edition ("sera de la partie", "passera
 * sur le plateau", "pasará por el plató", "kommt heute ins Studio", "sarà ospite", "will be
 * tonight's guest"), in made-up sentences of six languages; and past visits, the presenters, a
 * habit, another show's or another time's guest, a presentation elsewhere, people merely mentioned.
 */
class ComingToTheSetTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Paul Morel sera aussi de la partie pour présenter son livre.|Paul Morel",
                "Paul Morel viendra présenter son nouveau film.|Paul Morel",
                "Le rappeur Luc Bardin passera sur le plateau.|Luc Bardin",
                "Le youtubeur Luc Bardin passera lui aussi sur le grill.|Luc Bardin",
                "Le médecin Luc Bardin viendra lui aussi témoigner sur le plateau : il raconte"
                        + " tout.|Luc Bardin",
                "Lucía Ferro pasará por el plató esta noche.|Lucía Ferro",
                "Lucía Ferro visita esta noche el programa.|Lucía Ferro",
                "Jonas Weber kommt heute ins Studio.|Jonas Weber",
                "Marco Sala sarà ospite stasera.|Marco Sala",
                "Giulia Conti passerà in studio per parlare del suo disco.|Giulia Conti",
                "Mara Quill will be tonight's guest.|Mara Quill",
                "Ana Lima será a entrevistada desta noite.|Ana Lima",
                "Sanne de Wit komt vanavond naar de studio.|Sanne de Wit",
            })
    void theOneComingToTheEditionIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // past visits
                "Paul Morel était venu en 2019 sur le plateau.",
                "Paul Morel est passé sur le plateau en mars.",
                "Lucía Ferro pasó por el plató el año pasado.",
                // a habit, a place, a presentation elsewhere
                "Jonas Weber kommt jeden Freitag ins Studio.",
                "Lucía Ferro visita Madrid esta noche.",
                "Paul Morel viendra présenter son livre à la Fnac de Lyon.",
                "Paul Morel sera à Lyon ce soir.",
                "Paul Morel viendra parler aux agriculteurs.",
                // another show's, another time's or an occasion's guest
                "Paul Morel sera l'invité de Harbour Lights la semaine prochaine.",
                "Paul Morel sera l'invité de la semaine prochaine.",
                "Marco Sala sarà ospite di Porta Aperta domani.",
                "Mara Quill will be the guest of honour at the gala.",
                // the presenters
                "Paul Morel et Anne Viret présenteront l'émission. Anne Viret sera de la partie.",
                "Moderiert von Jonas Weber. Jonas Weber kommt heute ins Studio.",
                // people merely mentioned
                "Le film réunit Marie Chauvet, qui viendra à Cannes.",
                "Il cita Marco Sala, che sarà candidato alle elezioni.",
            })
    void noGuestFromPastVisitsPresentersOrOtherShows(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
