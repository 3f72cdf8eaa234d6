package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import dev.showpage.model.Show;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The show's name on a page of show notes, from each shape sites print it in, and the hosts its
 * lines name. The pages are made up; the comment before each assertion names the 1-based page
 * line(s) it reads.
 */
class ShowNameTest {

    /** The lines of {@code head}, a blank line, then an episode: its title, date and notes. */
    private static Page page(String head) {
        return EpisodePageParser.parse(
                head
                        + "\n\nTides and Timetables\nMay 2, 2025\n"
                        + "Notes about the ferry timetable.\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {" - ", " – "})
    void aPodcastByNamesTheShowAndItsPublisher(String dash) {
        Page page = page("Harbour Lights" + dash + "A podcast by Mara Quist");

        // Line 1: the name, then the publisher after "A podcast by"; the line is the show's.
        assertThat(page.show())
                .contains(
                        new Show("Harbour Lights", Optional.of("Mara Quist"), OptionalInt.empty()));
        assertThat(page.navigation()).isEmpty();
        assertThat(page.episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly("Tides and Timetables");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbour Lights – Episode #12",
                "Harbour Lights - Episode 12",
                "Harbour Lights — episode #12"
            })
    void anEpisodeNumberAfterADashNamesTheShowBeforeIt(String line) {
        Page page = page(line);

        // Line 1: the show's name stands before the dash; the whole line stays the site's.
        assertThat(page.show()).map(Show::title).contains("Harbour Lights");
        assertThat(page.show()).map(Show::publisher).contains(Optional.empty());
        assertThat(page.navigation()).containsExactly(line);
    }

    @Test
    void moreWordsAfterTheEpisodeNumberAreNoShowsName() {
        Page page = page("Harbour Lights – Episode 12 with Mara");

        // Line 1: "Episode 12" is not the end of the line.
        assertThat(page.show()).isEmpty();
        assertThat(page.navigation()).containsExactly("Harbour Lights – Episode 12 with Mara");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The Allotment Podcast", "Allotment podcast"})
    void aShortLineEndingInPodcastIsTheShow(String name) {
        Page page = page(name + "\nHome");

        // Line 1 names the show; line 2 is the site's.
        assertThat(page.show()).map(Show::title).contains(name);
        assertThat(page.navigation()).containsExactly("Home");
    }

    @Test
    void aLongLineEndingInPodcastIsNoShowsName() {
        Page page = page("The Long and Winding Story of the Allotment Podcast");

        // Line 1 has more words than a show's name.
        assertThat(page.show()).isEmpty();
        assertThat(page.navigation())
                .containsExactly("The Long and Winding Story of the Allotment Podcast");
    }

    @Test
    void aTitleAboveADateIsTheEpisodesEvenWhenItEndsInPodcast() {
        Page page = EpisodePageParser.parse("Seed Swap Podcast\nMarch 3, 2025\nNotes.\n");

        // Line 1 stands above the date (line 2): it is the episode's title.
        assertThat(page.show()).isEmpty();
        assertThat(page.episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly("Seed Swap Podcast");
    }

    @Test
    void theNameThePageRepeatsIsTheShowAndLeavesTheNotes() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Night Market Radio
                        Home
                        Night Market Radio

                        Street Food in Taipei
                        March 3, 2025
                        We eat our way down one street.
                        Night Market Radio

                        Dumplings at Dawn
                        February 24, 2025
                        A dumpling shop that opens at four.
                        """);

        // Lines 1, 3 and 8: the show's name in the header and again under the first episode.
        assertThat(page.show()).map(Show::title).contains("Night Market Radio");
        assertThat(page.navigation()).containsExactly("Home");
        // Line 7 alone: line 8 is the show's, not the episode's notes.
        assertThat(page.episodes().get(0).description())
                .contains("We eat our way down one street.");
        assertThat(page.episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly("Street Food in Taipei", "Dumplings at Dawn");
    }

    @Test
    void aNameOfTwoWordsOrMoreIsTheShowBeforeAOneWordCategoryPrintedMoreOften() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Night Market Radio
                        Technology
                        Night Market Radio
                        Technology
                        Technology

                        Street Food in Taipei
                        March 3, 2025
                        We eat our way down one street.
                        """);

        // Lines 1 and 3 against lines 2, 4 and 5.
        assertThat(page.show()).map(Show::title).contains("Night Market Radio");
        assertThat(page.navigation()).containsExactly("Technology", "Technology", "Technology");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Workbench Radio\nHosted by Marta Kowal", "Marta's Workbench Podcast"})
    void thePeopleTheShowsOwnLinesNameAreItsHosts(String head) {
        Page page =
                EpisodePageParser.parse(
                        head
                                + """


                                Sharpening Chisels with Ines Berg
                                March 3, 2025
                                Marta and Ines compare honing guides.
                                Follow Marta:
                                Website: https://marta.example.org
                                Follow Ines:
                                Website: https://ines.example.net
                                """);

        // The head names Marta; Ines is named only by the episode (its title and notes).
        assertThat(page.episodes().get(0).people())
                .extracting(Person::name, Person::role)
                .containsExactlyInAnyOrder(
                        tuple("Marta", Role.HOST), tuple("Ines Berg", Role.GUEST));
    }

    @Test
    void peopleTheShowsLinesDoNotNameAreGuests() {
        Page page =
                EpisodePageParser.parse(
                        """
                        Workbench Radio

                        Sharpening Chisels with Ines Berg
                        March 3, 2025
                        Marta and Ines compare honing guides.
                        Follow Marta:
                        Website: https://marta.example.org
                        """);

        // Line 1 names nobody, so Marta (lines 5-6) is a guest like Ines.
        assertThat(page.episodes().get(0).people())
                .extracting(Person::name, Person::role)
                .containsExactlyInAnyOrder(
                        tuple("Marta", Role.GUEST), tuple("Ines Berg", Role.GUEST));
    }
}
