package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An office named with a genitive "der" before the person ("Inspecteur-Generaal der Krijgsmacht
 * Mara Quill", "Direktorin der Stadtbibliothek Lea Brandt") is no part of the name; the "der" of a
 * surname after "van" or "von" ("van der Berg", "von der Heide") is. Made-up names and offices in
 * titles of German and Dutch.
 */
class OfficeBeforeNameTest {

    private static List<String> guests(String title) {
        return Names.introduced(title, true).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Het gesprek, met Commandant der Zeestrijdkrachten Joris Bakker|Joris Bakker",
                "Folge 3: mit Direktorin der Stadtbibliothek Lea Brandt|Lea Brandt",
                "Aflevering 9, met Secretaris-Generaal der Marine Sanne de Wit|Sanne de Wit",
                "Gesprek met Joris van der Berg|Joris van der Berg",
                "Gesprek met Joris van der Berg en Sanne de Wit|Joris van der Berg;Sanne de Wit",
                "Im Gespräch mit Greta von der Heide|Greta von der Heide",
            })
    void theOfficeBeforeTheGenitiveIsNoPartOfTheName(String title, String expected) {
        assertThat(guests(title)).containsExactly(expected.split(";"));
    }

    /**
     * An office of two words after "der", or a name of three after an office of one, leaves no
     * telling where the name starts: rather no guest than the office's last word in the name.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Gesprek met Inspecteur-Generaal der Koninklijke Marechaussee Sanne de Wit|Sanne"
                        + " de Wit",
                "Mit Präsidentin der Deutschen Bundesbank Lea Brandt|Lea Brandt",
                "Folge 4: mit Präsident der Europäischen Zentralbank Jonas Weber|Jonas Weber",
                "Aflevering 2, met Commandant der Koninklijke Landmacht Joris Bakker|Joris Bakker",
                "Im Gespräch mit Direktorin der Staatlichen Museen Greta Holm|Greta Holm",
            })
    void aLongerRunAfterTheGenitiveGivesNoOfficeWordInTheName(String title, String name) {
        assertThat(guests(title)).isSubsetOf(name);
    }
}
