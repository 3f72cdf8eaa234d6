package dev.showpage;

import static dev.showpage.Pages.episode;
import static dev.showpage.Pages.link;
import static dev.showpage.Pages.oneCard;
import static dev.showpage.Pages.page;
import static dev.showpage.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who a card's people are, in which order, under which name, with which links and role. */
class PeopleTest {

    private static List<String> names(Episode episode) {
        return episode.people().stream().map(Person::name).toList();
    }

    private static Person guest(String name) {
        return new Person(name, Role.GUEST, List.of());
    }

    private static final String MARA_ON_TWITTER =
            "Follow Mara:\nTwitter: https://twitter.com/mara\n";

    // ---------------------------------------------------------------- who is introduced

    /** Prose (line 14) under the title "Knots at night", and the guests it introduces. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "I talk with Mara Quill and Oskar Lind about ropes.  | Mara Quill;Oskar Lind",
                "This week I talk to Mara Quill about ropes.          | Mara Quill",
                "Mara Quill and I discuss ropes.                      | Mara Quill",
                "I talk with Mary-Jane O'Brien about sails.           | Mary-Jane O'Brien",
                "Recorded with Mara Quill, and Harbour Radio thanks her. | Mara Quill",
                // A comma ends a name: "Ferris" alone is not a full name.
                "Recorded with Ferris, Quill and the whole crew.      | \"\"",
                // A place after "sit down in" is not a guest.
                "Each week we sit down in Port Ellen with the harbour master. | \"\"",
                // A capitalised first word and "and talks" are not a pair of people talking.
                "Stories and talks from the quay.                     | \"\"",
                // Only titles introduce guests by "X joins".
                "Oskar Lind joins the crew.                           | \"\"",
                // Lines cut short after a phrase that could introduce a name.
                "Time to sit down.                                    | \"\"",
                "Our guests are Mara Quill and                        | \"\"",
                // "talk about" introduces a subject, not a guest.
                "Each week we talk about Port Ellen and its lamps.    | \"\"",
                // The second name after "and" must be a full name too.
                "I talk with Mara Quill and Oskar about ropes.        | Mara Quill",
            })
    void proseIntroducesGuests(String prose, String expected) {
        Episode episode = episode(oneCard(prose + "\n"));

        List<String> guests = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertThat(names(episode)).isEqualTo(guests);
        assertThat(episode.people()).allMatch(p -> p.role() == Role.GUEST);
        assertThat(episode.description()).contains(prose);
    }

    /** Titles (line 11), and the guests they introduce. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "Mara Quill returns to the quay       | Mara Quill",
                "To the lighthouse                    | \"\"",
                // A single capital letter is not a name, nor a word with digits.
                "Plan B returns to the harbour        | \"\"",
                "Web3 returns to the harbour          | \"\"",
                // "The" starts no name.
                "Evening songs with The Quay Singers  | \"\"",
            })
    void titleIntroducesGuests(String title, String expected) {
        Episode episode = episode(oneCard(title, "A story.\n"));

        assertThat(episode.title()).contains(title);
        List<String> guests = expected.isEmpty() ? List.of() : List.of(expected.split(";"));
        assertThat(names(episode)).isEqualTo(guests);
    }

    // ---------------------------------------------------------------- full names

    @Test
    void wordThatOnlyStartsWithTheFirstNameDoesNotLengthenIt() {
        Episode episode =
                episode(oneCard("Marathon Ropes sponsored this episode.\n" + MARA_ON_TWITTER));

        assertThat(names(episode)).containsExactly("Mara");
    }

    @Test
    void fullNameInBracketsCompletesTheFirstName() {
        Episode episode =
                episode(oneCard("Our guest (Mara Quill) keeps the lamps.\n" + MARA_ON_TWITTER));

        assertThat(names(episode)).containsExactly("Mara Quill");
    }

    @Test
    void fullNameInTheProseWinsOverTheFirstNameAloneInTheTitle() {
        Episode episode =
                episode(
                        oneCard(
                                "Ropes for Mara",
                                "Mara Quill keeps the lamps.\n" + MARA_ON_TWITTER));

        assertThat(names(episode)).containsExactly("Mara Quill");
    }

    @Test
    void firstNameAloneAfterTheFullNameDoesNotShortenIt() {
        Episode episode =
                episode(
                        oneCard(
                                "Mara Quill keeps the lamps.\nThanks to Mara for the tour.\n"
                                        + MARA_ON_TWITTER));

        assertThat(names(episode)).containsExactly("Mara Quill");
    }

    @Test
    void longestFormOfTheNameWinsWhereverItComes() {
        Episode episode =
                episode(
                        oneCard(
                                "We thank Mara Quill today.\nMara Quill Stenning keeps the lamps.\n"
                                        + MARA_ON_TWITTER));

        assertThat(names(episode)).containsExactly("Mara Quill Stenning");
    }

    @Test
    void fullNameOfAFollowHeadingIsKeptWhenALabelUsesTheFirstName() {
        Episode episode =
                episode(oneCard("Follow Mara Quill:\nMara on Twitter: https://twitter.com/mara\n"));

        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Mara Quill",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/mara",
                                                LinkKind.TWITTER))));
    }

    // ---------------------------------------------------------------- order

    @Test
    void peopleAreInPageOrderOfTheirFirstMention() {
        Episode episode =
                episode(
                        oneCard(
                                "Follow Oskar:\nTwitter: https://twitter.com/oskar\n\n"
                                        + "Later I talk with Mara Quill about ropes.\n"));

        // Oskar (line 14) comes before Mara Quill (line 17), though Mara's column is the smaller.
        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Oskar",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/oskar",
                                                LinkKind.TWITTER))),
                        guest("Mara Quill"));
    }

    @Test
    void guestOfTheTitleComesBeforeAGuestOfTheProse() {
        Episode episode =
                episode(oneCard("Lamps with Mara Quill", "I talk with Oskar Lind about ropes.\n"));

        assertThat(episode.people()).containsExactly(guest("Mara Quill"), guest("Oskar Lind"));
    }

    @Test
    void personOfALabelComesBeforeAPersonFollowedOnALaterLine() {
        Episode episode =
                episode(
                        oneCard(
                                "Mara on Twitter: https://twitter.com/mara\n\n"
                                        + "Follow Oskar:\nTwitter: https://twitter.com/oskar\n"));

        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Mara",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/mara",
                                                LinkKind.TWITTER))),
                        new Person(
                                "Oskar",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/oskar",
                                                LinkKind.TWITTER))));
    }

    // ---------------------------------------------------------------- links

    @Test
    void linkLabelledWithAFirstNameOfTheFollowGroupGoesToThatPerson() {
        Episode episode =
                episode(
                        oneCard(
                                "Follow Mara & Oskar:\nOskar: https://oskar.example.com\n"
                                        + "Mara: https://mara.example.com\n"));

        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Mara",
                                Role.GUEST,
                                List.of(link(null, "https://mara.example.com"))),
                        new Person(
                                "Oskar",
                                Role.GUEST,
                                List.of(link(null, "https://oskar.example.com"))));
        assertThat(episode.links()).isEmpty();
    }

    @Test
    void linkLabelledWithAGuestsFullNameIsTheGuestsButALongerLabelIsNot() {
        Episode episode =
                episode(
                        oneCard(
                                "I talk with Mara Quill about ropes.\n"
                                        + "Mara Quill: https://mara.example.com\n"
                                        + "Mara Quill Books: https://books.example.com\n"));

        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Mara Quill",
                                Role.GUEST,
                                List.of(link(null, "https://mara.example.com"))));
        assertThat(episode.links())
                .containsExactly(link("Mara Quill Books", "https://books.example.com"));
    }

    // ---------------------------------------------------------------- hosts

    private static String followCard(String title, int day, String name) {
        String handle = name.toLowerCase(java.util.Locale.ROOT);
        return title
                + "\n"
                + Pages.SHOW
                + "\n02/"
                + day
                + "/25 • 30 min\nA story.\n"
                + "Follow "
                + name
                + ":\nTwitter: https://twitter.com/"
                + handle
                + "\n\n1 Listener\n\n";
    }

    @Test
    void personFollowedInTwoOfFourEpisodesWithFollowGroupsIsNotTheHost() {
        Page page =
                parse(
                        page(
                                4,
                                followCard("Ropes", 11, "Aaron")
                                        + followCard("Lamps", 12, "Aaron")
                                        + followCard("Bells", 13, "Mara")
                                        + followCard("Fog", 14, "Oskar")));

        assertThat(page.episodes()).hasSize(4);
        assertThat(page.episodes())
                .flatExtracting(Episode::people)
                .extracting(Person::name, Person::role)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Aaron", Role.GUEST),
                        org.assertj.core.groups.Tuple.tuple("Aaron", Role.GUEST),
                        org.assertj.core.groups.Tuple.tuple("Mara", Role.GUEST),
                        org.assertj.core.groups.Tuple.tuple("Oskar", Role.GUEST));
    }
}
