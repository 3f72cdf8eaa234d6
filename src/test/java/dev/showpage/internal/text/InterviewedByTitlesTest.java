package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.text.Names.Mention;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Titles that say who was interviewed by whom ({@link InterviewedByTitles}), read through {@link
 * Names#inTitle} with notes that never name the people, so that the title's shape alone must tell;
 * made-up names in the seven languages, and titles of the same words that name no guest.
 */
class InterviewedByTitlesTest {

    private static final List<String> NOTES = List.of("A long talk about the sea and ropes.");

    private static List<String> guests(String title) {
        return Names.inTitle(title, NOTES).stream().map(Mention::name).toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "Der Bildhauer Jonas Weber befragt von Lea Brandt => Jonas Weber",
                "Die Historikerin Anke Sommerfeld befragt von Tim Roth => Anke Sommerfeld",
                "7 FolgenDie Malerin Ilse Haverkamp befragt von Tim Roth => Ilse Haverkamp",
                "Mara Quill interviewed by Tom Reed => Mara Quill",
                "Season 2: Oskar Lind interviewed by Ana Lima => Oskar Lind",
                "Une autrice, Claire Dubois, interviewée par Paul Martin => Claire Dubois",
                "Lucía Pérez entrevistada por Jorge Ruiz => Lucía Pérez",
                "El periodista Diego Ruiz entrevistado por Ana Gil => Diego Ruiz",
                "Giulia Conti intervistata da Paolo Neri => Giulia Conti",
                "A cantora Joana Ferreira entrevistada por Rui Costa => Joana Ferreira",
                "Sabine Vermeer geïnterviewd door Joris van Dam => Sabine Vermeer",
            })
    void namesTheOneQuestioned(String title, String expected) {
        assertThat(guests(title)).containsExactly(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbour Radio interviewed by the press",
                "Seven questions answered by Mara Quill",
                "Mara Quill interviewed by listeners",
                "Our garden interviewed by Tom Reed",
                "Mara Quill's neighbour interviewed by Tom Reed",
                "Why Mara Quill was never interviewed by Tom Reed",
                "Befragt von Lea Brandt: zehn Fragen zum Meer",
                "Episode 5: Host Tom Reed interviewed by Mara Quill",
                "Ep. 3: Co-host Tom Reed interviewed by Mara Quill",
                "#5 - Presenter Tom Reed interviewed by Mara Quill",
                "Ep. 3: Moderatorin Lea Brandt befragt von Jonas Weber",
                "La conduttrice Giulia Conti intervistata da Paolo Neri",
                "El presentador Diego Ruiz entrevistado por Ana Gil",
                "Presentator Joris van Dam geïnterviewd door Sabine Vermeer",
                "Vladimir Petrov interviewed by Tucker Carlson: what we learned",
                "Kanzler Olaf Scholz befragt von Anne Will – unsere Analyse",
                "Lucía Pérez entrevistada por Jorge Ruiz: lo que sabemos",
                "Trial Day 3: Mara Quill questioned by Tom Reed",
                "Joris van Dam ondervraagd door Sabine Vermeer in de rechtszaal",
                "Claire Dubois interrogée par Paul Martin",
            })
    void namesNoGuestWithoutTheTwoNames(String title) {
        assertThat(guests(title)).isEmpty();
    }
}
