package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One who will be in the studio, or comes to talk, is the guest, in made-up sentences of the seven
 * languages; a studio that is not where the person is, or coming without talking, names no one.
 */
class PresencePhrasesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Et ensuite, Hélène Vasseur sera dans le studio pour vos questions.|Hélène Vasseur",
                "After the news Tom Reed will be in the studio.|Tom Reed",
                "Esta noche Lucía Navas estará en el estudio.|Lucía Navas",
                "Dopo le notizie Marta Gallo sarà in studio.|Marta Gallo",
                "Jonas Brandt wird im Studio sein.|Jonas Brandt",
                "Rui Prado, arquiteto, estará no estúdio.|Rui Prado",
                "Hélène Vasseur, historienne, viendra nous parler des ports.|Hélène Vasseur",
                "Tom Reed will come and talk to us about bees.|Tom Reed",
                "Puis Odile Garnier viendra nous parler de ses abeilles.|Odile Garnier",
                "Later Ivo Marsh will be in the studio.|Ivo Marsh",
                "Demain Hélène Vasseur sera dans le studio.|Hélène Vasseur",
                "Mañana Lucía Navas estará en el estudio.|Lucía Navas",
                // a first name that is an adverb elsewhere ("dan" in Dutch) is no adverb here
                "This week, Dan Holt joins us to talk about trust.|Dan Holt",
                "Later Dan Holt will be in the studio.|Dan Holt",
            })
    void thePersonInTheStudioIsTheGuest(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tom Reed is building a new studio in Leeds.",
                "Tom Reed will be back in the autumn with a studio album.",
                "Hélène Vasseur viendra à Lyon en mai.",
                "Tom Reed comes from Leeds, where he talks to bees.",
                "Lucía Navas está en Madrid y el estudio cerró.",
                // the present says where someone works: a host, the crew, a star recording
                "Jonas Brandt ist im Studio.",
                "Bram de Wit is in de studio.",
                "Nina Castell is in the studio working on a new album, sources say.",
                "As always, Tom Reed is in the studio, and this week he looks at bees.",
                "Sam Ode is our studio manager and reads your letters.",
                "Die Band Kieler Funken ist im Studio, heißt es.",
                // a coming to talk to others than the show is news
                "Hugo Marchetti viendra parler aux agriculteurs au salon samedi.",
                "Pere Vidal viene a hablar de la amnistía al Congreso.",
                "Tom Reed will come to talk about bees.",
                // the show's own crew
                "Our producer Sam Ode will be in the studio to read your letters.",
                "Interview: la productrice Julie Martin sera dans le studio jeudi.",
                "Notre technicien Hugo Lemaire sera dans le studio.",
            })
    void aStudioOrAComingElsewhereNamesNoOne(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
