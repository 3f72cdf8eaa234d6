package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A title that is only an episode number and a name ("Episode 40: Vera Lindqvist") is as often the
 * subject of the episode (a figure of history, a politician, a star the news is about) as its
 * guest: neither a speaker who talks with the host by first name nor the surname before a verb of
 * speech tells the two apart, so such a title names no guest from these cues.
 */
class BareNameTitlesTest {

    private static List<String> guests(String title, String notes) {
        return Names.inTitle(title, List.of(notes)).stream().map(Names.Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // someone described talks with the host about the person of the title
                "Episode 40: Vera Lindqvist|Our Stockholm correspondent talks with Jo about the"
                        + " week's chaos.",
                "Episode 100: Otto Brenner|A tech reporter sits down with Sam to weigh the deal.",
                "Episode 5: Nina Castell|A lifelong fan talks with Priya about the new record.",
                "Ep. 12: Ada Byrne|Our resident historian talks with Priya about the first"
                        + " engineer.",
                "Episode 41: Hugo Marchetti|The minister tells Parliament that the budget holds.",
                // the surname before a verb of speech, in a story told about the person
                "Episode 12: Ada Byrne|In 1843 Byrne explains in her notes how the engine works.",
                "Episode 8: Silas Wendt|Wendt explains natural selection in a letter to a"
                        + " friend.",
                "Episode 9: Léon Ferraud|Ferraud joins the army at sixteen.",
            })
    void aBareNameTitleIsNotMadeAGuestByTheseCues(String title, String notes) {
        String name = title.substring(title.indexOf(':') + 2);
        assertThat(guests(title, notes)).doesNotContain(name);
    }
}
