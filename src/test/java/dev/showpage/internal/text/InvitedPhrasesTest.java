package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * "Heute haben wir X eingeladen", "Deze week hebben we X uitgenodigd": the name after the inverted
 * first-person auxiliary, closed by the participle of inviting, with made-up names, pairs and where
 * the guest comes from; and the clauses of another person, tense or verb.
 */
class InvitedPhrasesTest {

    private static List<String> guests(String text) {
        return Names.introduced(text, false).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Heute haben wir Lea Brandt und Jonas Weber eingeladen.|Lea Brandt;Jonas Weber",
                "Für diese Folge habe ich Greta Holm vom Stadtarchiv eingeladen, um über Karten"
                        + " zu sprechen.|Greta Holm",
                "Deze week hebben we Sanne de Wit uitgenodigd om te praten over haar boek.|Sanne"
                        + " de Wit",
                "Vandaag heb ik Joris Bakker uit Delft uitgenodigd.|Joris Bakker",
            })
    void theOneInvitedInTheFirstPersonIsTheGuest(String text, String expected) {
        assertThat(guests(text)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Wir haben Olaf Lind eingeladen, aber er hat abgesagt.",
                "Er hat Lea Brandt eingeladen.",
                "Haben wir Lea Brandt gefragt? Sie wurde eingeladen.",
                "Heute haben wir Hamburg besucht und wurden eingeladen.",
                "Vandaag hebben we de Volkskrant gelezen en zijn we uitgenodigd.",
                "Heute haben wir Lea Brandt getroffen.",
                // the participle of another clause after a comma
                "In dieser Folge haben wir Olaf Scholz zitiert, der die Presse ins Kanzleramt"
                        + " eingeladen hat.",
                "Deze week hebben we Mark Rutte gevolgd, die alle fractieleiders had uitgenodigd.",
                "Heute haben wir Greta Holm besucht, die uns zum Essen eingeladen hat.",
                // an event's invitation, a declined one, a denial and a question
                "Zum Sommerfest im Juli haben wir Lea Brandt und Jonas Weber eingeladen. Heute"
                        + " reden wir über Karten.",
                "Voor ons jubileumfeest hebben we Sanne de Wit uitgenodigd.",
                "Eigentlich haben wir Olaf Lind eingeladen, doch er hat abgesagt.",
                "Waarom hebben we Mark Rutte nooit uitgenodigd?",
                "Für die nächste Folge haben wir Jonas Weber eingeladen.",
            })
    void noGuestWithoutTheFirstPersonsInvitation(String text) {
        assertThat(guests(text)).isEmpty();
    }

    /**
     * A denied or declined invitation, a question and another edition's: this rule reads no guest
     * (a name right before the participle may still be read by the rule of a mention's end).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "In dieser Folge haben wir Olaf Lind eingeladen, doch er hat leider abgesagt.",
                "In deze aflevering hebben we Joris Bakker uitgenodigd, maar hij heeft afgezegd.",
                "In dieser Folge haben wir Lea Brandt nicht eingeladen.",
                "In deze aflevering hebben we Sanne de Wit nooit uitgenodigd.",
                "In dieser Folge haben wir Lea Brandt eingeladen, oder?",
                "In deze aflevering hebben we Sanne de Wit uitgenodigd?",
                "In de vorige aflevering hebben we Sanne de Wit uitgenodigd.",
                "Für die nächste Folge haben wir Jonas Weber eingeladen.",
            })
    void theRuleReadsNoDeniedAskedOrOtherInvitation(String text) {
        List<Names.Mention> found = new ArrayList<>();
        List<String> words = Names.words(text);
        InvitedPhrases.find(words, new boolean[words.size()], found);
        assertThat(found).isEmpty();
    }

    @Test
    void theRuleReadsTheInvitationOfThisEdition() {
        List<Names.Mention> found = new ArrayList<>();
        List<String> words = Names.words("In dieser Folge haben wir Lea Brandt eingeladen.");
        InvitedPhrases.find(words, new boolean[words.size()], found);
        assertThat(found).extracting(Names.Mention::name).containsExactly("Lea Brandt");
    }
}
