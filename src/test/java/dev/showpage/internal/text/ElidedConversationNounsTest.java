package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "With X" after a noun of conversation behind an elided article ("l'épisode avec", "l'intervista
 * con") or at the end of a hyphened compound ("Podcast-Folge mit", "video-interview met") names the
 * one spoken with, as the plain noun does; a compound or an elided noun that is no conversation
 * leaves "with" to its other readings.
 */
class ElidedConversationNounsTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Écoute l'épisode avec Odile Garnier juste ici.|Odile Garnier",
                "Retrouvez l’entretien avec Hélène Vasseur sur notre site.|Hélène Vasseur",
                "Ascolta l'intervista con Marta Gallo qui sotto.|Marta Gallo",
                "Ecco il link dell'intervista con Marta Gallo.|Marta Gallo",
                "Hört euch die Podcast-Folge mit Jonas Brandt an.|Jonas Brandt",
                "Luister naar het video-interview met Bram de Wit.|Bram de Wit",
            })
    void anElidedOrCompoundConversationNounOpensWith(String text, String guest) {
        assertThat(guests(text)).containsExactly(guest);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Rendez-vous au festival avec l'équipe d'Odile Garnier.",
                "L'équipe avec Odile Garnier a gagné le tournoi.",
                "Das Podcast-Studio mit Jonas Brandt als Tontechniker ist neu.",
                "Il libro dell'autore con Marta Gallo in copertina.",
                "Het muziek-festival met Bram de Wit begint vrijdag.",
                // another outlet's conversation, a past edition, a recommendation of another
                "Das Radio-Interview mit Jonas Brandt gibt es hier.",
                "Im ARD-Gespräch mit Jonas Brandt ging es um Häfen.",
                "Écoute aussi l'épisode avec Odile Garnier.",
                "Ascolta l'intervista con Marta Gallo uscita ieri.",
                "Luister ook naar het video-interview met Bram de Wit.",
            })
    void aNounThatIsNoConversationOpensNoWith(String text) {
        assertThat(guests(text)).as(text).isEmpty();
    }
}
