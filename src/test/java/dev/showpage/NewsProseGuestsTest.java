package dev.showpage;

import static dev.showpage.GuestPrecisionTest.guests;
import static dev.showpage.GuestPrecisionTest.showNotes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The people news speaks of are no guests: a news round-up names public figures with the verbs and
 * time words that introduce guests elsewhere ("Today, X says ...", "X is back", "X returns to the
 * programme"), and a guest phrase counts only where it says the person comes onto this show. All
 * names and sentences are made up.
 */
class NewsProseGuestsTest {

    private static final String TITLE = "The week in harbours";

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a time word alone opens news as often as an interview
                "Today, Marten Olsby says the harbour fees will stay high.",
                "This week, Dana Whitcombe joins the board of a shipping company.",
                "Esta semana, Pedro Lavandeira cuenta con el apoyo de sus socios.",
                "Esta semana, Rita Caldeira conta com o apoio do partido.",
                "Oggi Giulia Ferrante parla al Senato della riforma dei porti.",
                "Heute, Jonas Albrecht erklärt im Bundestag seinen Plan.",
                // coming back, but not onto the show
                "Tobias Lunde is back, and we look at his second term.",
                "Mireille Caron est de retour, et nous regardons son bilan.",
                "Marcus Oyelaran returns to the basketball program he left in 2019.",
                "Lina Verhoef keert terug naar de voetbal academie van haar jeugd.",
                // a guest of an occasion
                "Clara Mendelin is the guest of honour at tonight's state dinner.",
                "Elena Rosati è l'ospite d'onore della serata di gala.",
            })
    void aPublicFigureInTheNewsIsNoGuest(String sentence) {
        // Past the notes' opening, where a "Name is the ..." line would be the guest's role line.
        String notes = "Our round-up of the week. " + sentence + " More on that after the break.";
        assertThat(guests(showNotes(TITLE, notes))).as(sentence).isEmpty();
    }

    /** The same people and verbs, said of this show and this episode, name guests. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "In this episode, Marten Olsby explains how harbour fees are set.|Marten Olsby",
                "Dana Whitcombe joins us to talk about shipping.|Dana Whitcombe",
                "En este episodio, Pedro Lavandeira nos cuenta cómo empezó.|Pedro Lavandeira",
                "Tobias Lunde is back on the show to talk about ferries.|Tobias Lunde",
                "Marcus Oyelaran returns to the show for a second conversation.|Marcus Oyelaran",
                "Clara Mendelin is our guest this week.|Clara Mendelin",
                "Elena Rosati è l'ospite di questa puntata.|Elena Rosati",
            })
    void theSameVerbsSaidOfTheShowNameGuests(String sentence, String guest) {
        assertThat(guests(showNotes(TITLE, sentence))).as(sentence).containsExactly(guest);
    }
}
