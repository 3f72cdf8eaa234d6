package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sentences of made-up episode pages that name someone near a guest phrase who is not this
 * edition's guest: the guest of a later day, edition or event, one not to be or only wished for, an
 * office before a surname, the one spoken with in a past episode or in another outlet's interview,
 * and one who tells another outlet.
 */
class ProseGuestNearMissesTest {

    private static List<String> guests(String sentence) {
        String page = "Episode 40 / March 3, 2025\n\n" + sentence + "\n";
        return EpisodePageParser.parse(page).episodes().stream()
                .flatMap(e -> e.people().stream())
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a later day or edition
                "Tomorrow Tom Reed will be our guest.",
                "Demain, Hélène Vasseur sera notre invitée.",
                "Mañana Lucía Navas será nuestra invitada.",
                "Domani Marta Gallo sarà nostra ospite.",
                "Tom Reed will be our guest on Friday.",
                "Hélène Vasseur sera notre invitée le 12 avril.",
                "Tom Reed will be our guest in episode 41.",
                "Morgen wird Jonas Brandt unser Gast sein.",
                "In March, Mara Quill will be our guest.",
                "Later this year Mara Quill will be our guest.",
                "En mai, Claire Dubois sera notre invitée.",
                "A maggio Giulia Conti sarà la nostra ospite.",
                // a negation, a wish
                "Jonas Weber wird nicht unser Gast sein.",
                "Sanne Vermeer zal niet onze gast zijn.",
                "Maybe one day Mara Quill will be our guest.",
                "Soon Mara Quill will be our guest.",
                // an event
                "Tom Reed will be our guest for the live recording in Leeds on 4 May.",
                "Marta Gallo sarà nostra ospite al Salone del Libro di Torino.",
                // an office before a surname
                "Kanzlerin Kern wird unser Gast sein.",
                "Senator Varela will be our guest tonight.",
            })
    void theGuestOfAnotherDayEventOrAnOfficeIsNone(String sentence) {
        assertThat(guests(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ascolta anche l'episodio con Marta Gallo della scorsa settimana.",
                "Retrouvez aussi l'épisode avec Odile Garnier, sorti en mars.",
                "Hört auch die letzte Podcast-Folge mit Jonas Brandt.",
                "Ne aveva parlato in un'intervista con Marta Gallo su Radio3.",
                "Der Minister sagte im ZDF-Interview mit Lea Kern, dass alles bleibt.",
                "Im Spiegel-Interview mit Jonas Weber ging es um die Wahl.",
                "Het Volkskrant-interview met Sanne Vermeer ging over havens.",
                "L'entretien avec Claire Dubois publié dans la presse a fait du bruit.",
                "Nell'intervista con Giulia Conti pubblicata dal quotidiano si parla del porto.",
            })
    void theOneSpokenWithInAPastEpisodeOrOnAnotherChannelIsNone(String sentence) {
        assertThat(guests(sentence)).as(sentence).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Lo contó Lucía Navas a Diego Ruiz en una entrevista con El País.",
                "Das verriet Jonas Brandt gegenüber Lea Kern in einem Interview mit der Zeit.",
                "Hélène Vasseur a confié à Léa Garnier, dans un entretien au Monde, son envie.",
                "Explicó Pedro Varela a Lucía Gómez que el programa de vivienda seguirá adelante.",
                "Ha spiegato Carlo Neri a Luca Bassi che il programma del governo cambierà.",
                "Dat vertelde Bram de Wit aan NRC Handelsblad, en in de podcast herhaalt hij het.",
                "Rui Prado contou à Rádio Renascença como tudo começou; neste episódio volta ao"
                        + " tema.",
                "Conduce Piero Landi. Nella puntata di oggi racconta Piero Landi a Marta Gallo la"
                        + " storia del porto.",
            })
    void oneWhoTellsAnotherOutletOrTheHostIsNone(String sentence) {
        assertThat(guests(sentence)).as(sentence).isEmpty();
    }

    /**
     * The one who tells another outlet's interviewer is no guest, nor the interviewer; the outlet's
     * own name after "un'intervista al" is read by another rule, and not asked here.
     */
    @Test
    void oneWhoTellsAnotherOutletsInterviewerIsNone() {
        String sentence =
                "Lo ha raccontato Marta Gallo a Luca Bassi in un'intervista al Corriere della"
                        + " Sera.";
        assertThat(guests(sentence)).doesNotContain("Marta Gallo", "Luca Bassi");
    }
}
