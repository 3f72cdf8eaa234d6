package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title that is an episode number and a bare name ("Episode 12: Mara Quill") names the guest when
 * the notes show that person interviewed: the surname speaking ("Quill tells ..."), or an unnamed
 * speaker who talks with the host by first name; not when the notes name the person otherwise, or
 * name someone else who talks, or when no one talks with the host.
 */
class InterviewCuesTest {

    private static List<String> guests(String title, String notes) {
        return Names.inTitle(title, List.of(notes)).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Episode 7: Orla Benning|The founder of a small seed bank talks with Priya about"
                        + " soil and patience.",
                "Episode 31: Wes Calder|A drummer for thirty years, he sits down with Jo to talk"
                        + " about rhythm and doubt.",
                "Ep. 9: Hanne Lund|The explorer crossed the ice twice. Here she tells Sam how she"
                        + " chose her routes.",
                "#112: Tobias Ferrant|A chef with three restaurants. Ferrant explains how a"
                        + " kitchen is run.",
            })
    void anInterviewedPersonOfABareTitleIsTheGuest(String title, String notes) {
        String name = title.substring(title.indexOf(':') + 2);
        assertThat(guests(title, notes)).containsExactly(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the person is the subject: the notes name her, and someone else talks
                "Episode 12: Ada Byrne|Historian Kit Marsh talks with Priya about Ada Byrne and"
                        + " her machines.",
                "Episode 12: Ada Byrne|The historian talks with Priya about the life of Byrne in"
                        + " the city.",
                // no one talks with the host
                "Episode 12: Ada Byrne|A look at the life and work of a pioneer of the engine.",
                // the number is not all that stands before the name
                "Episode 12: Notes - Ada Byrne|The historian talks with Priya about engines.",
            })
    void aBareTitleWithoutAnInterviewNamesNoGuest(String title, String notes) {
        assertThat(guests(title, notes)).doesNotContain("Ada Byrne");
    }
}
