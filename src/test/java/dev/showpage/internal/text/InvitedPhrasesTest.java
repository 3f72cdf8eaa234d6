package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
            })
    void noGuestWithoutTheFirstPersonsInvitation(String text) {
        assertThat(guests(text)).isEmpty();
    }
}
