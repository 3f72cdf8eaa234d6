package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.text.Names.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Titles that say who was questioned by whom name no guest by that shape alone: courts, the police
 * and outlets question people too, and a news tag reports someone else's interview. Read through
 * {@link Names#inTitle} with notes that never name the people; made-up titles in the seven
 * languages.
 */
class InterviewedByTitlesRefusedTest {

    private static final List<String> NOTES = List.of("A long talk about the sea and ropes.");

    private static List<String> guests(String title) {
        return Names.inTitle(title, NOTES).stream().map(Mention::name).toList();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Prozesstag 3: Jonas Weber befragt von Lea Brandt",
                "Zeugin Lea Brandt befragt von Jonas Weber",
                "Der Angeklagte Jonas Weber befragt von Lea Brandt",
                "Episode 4: Mara Quill interviewed by Detective Tom Reed",
                "Mara Quill interviewed by Rolling Stone",
                "Mara Quill interviewed by Sky News",
                "Lea Brandt befragt von Der Spiegel",
                "Claire Dubois interviewée par Paris Match",
                "Breaking: Vladimir Petrov interviewed by Tucker Carlson",
                "Reaction: Mara Quill interviewed by Tom Reed",
                "Witness Mara Quill interviewed by Tom Reed",
                "Suspect Tom Reed interviewed by Mara Quill",
                "L'écrivaine Claire Dubois interviewée par Paul Martin",
                "Anchorwoman Mara Quill interviewed by Tom Reed",
                "Testigo Lucía Pérez entrevistada por Jorge Ruiz",
                "Getuige Sabine Vermeer geïnterviewd door Joris van Dam",
                "Ultim'ora: Giulia Conti intervistata da Paolo Neri",
                "Mara Quill interviewed by Tom Reed",
                "Lucía Pérez entrevistada por Jorge Ruiz",
                "Vladimir Petrov interviewed by Tucker Carlson: what we learned",
                "Claire Dubois interrogée par Paul Martin",
            })
    void namesNoGuest(String title) {
        assertThat(guests(title)).isEmpty();
    }
}
