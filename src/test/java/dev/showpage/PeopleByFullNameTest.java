package dev.showpage;

import static dev.showpage.Pages.SHOW;
import static dev.showpage.Pages.episode;
import static dev.showpage.Pages.oneCard;
import static dev.showpage.Pages.page;
import static dev.showpage.Pages.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import org.junit.jupiter.api.Test;

/**
 * People are told apart by their full names: two guests who share a first name stay two people, and
 * a guest who shares the host's first name stays a guest.
 */
class PeopleByFullNameTest {

    /** A card followed by "Follow Aaron Francis:", with {@code prose} as its text. */
    private static String hostCard(String title, int day, String prose) {
        return title
                + "\n"
                + SHOW
                + "\n02/"
                + day
                + "/25 • 40 min\n"
                + prose
                + "\nFollow Aaron Francis:\nTwitter: https://twitter.com/aarondfrancis\n"
                + "\n1 Listener\n\n";
    }

    @Test
    void twoGuestsWhoShareAFirstNameStayTwoPeople() {
        // Line 14: two full names with one first name.
        Episode episode = episode(oneCard("I talk with Mara Quill and Mara Lind about ropes.\n"));

        assertThat(episode.people())
                .extracting(Person::name, Person::role)
                .containsExactly(tuple("Mara Quill", Role.GUEST), tuple("Mara Lind", Role.GUEST));
    }

    @Test
    void aGuestWhoSharesTheHostsFirstNameStaysAGuest() {
        // Three cards follow Aaron Francis, the host; the third introduces Aaron Patterson.
        Page page =
                parse(
                        page(
                                3,
                                hostCard("Ropes", 17, "A story of ropes.")
                                        + hostCard("Lamps", 18, "A story of lamps.")
                                        + hostCard(
                                                "Rails",
                                                19,
                                                "I talk with Aaron Patterson about rails.")));

        assertThat(page.episodes()).hasSize(3);
        assertThat(page.episodes().get(0).people())
                .extracting(Person::name, Person::role)
                .containsExactly(tuple("Aaron Francis", Role.HOST));
        assertThat(page.episodes().get(2).people())
                .extracting(Person::name, Person::role)
                .containsExactlyInAnyOrder(
                        tuple("Aaron Patterson", Role.GUEST), tuple("Aaron Francis", Role.HOST));
    }
}
