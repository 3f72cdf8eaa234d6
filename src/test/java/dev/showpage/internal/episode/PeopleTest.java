package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.episode;
import static dev.showpage.internal.episode.NotePages.link;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who an episode names, as {@link People} finds them, and which links are theirs: "Follow X:"
 * groups, "X on Twitter:" labels, a link labelled with a name, guest lists and names in sentences.
 * The notes start on line 14 of a page of {@link NotePages}; each expected value is read from the
 * notes written in the test.
 */
class PeopleTest {

    private static final String IDA_ON_TWITTER = "https://twitter.com/idabrenner";

    private static Person guest(String name, Link... links) {
        return new Person(name, Role.GUEST, List.of(links));
    }

    private static List<String> names(Episode episode) {
        return episode.people().stream().map(Person::name).toList();
    }

    @Test
    void aFollowGroupGivesAPersonWithTheLinksUnderIt() {
        Episode episode =
                episode(
                        "Follow Ida:\nTwitter: "
                                + IDA_ON_TWITTER
                                + "\nWebsite: https://ida.example.org");

        assertThat(episode.people())
                .containsExactly(
                        guest(
                                "Ida",
                                link("Twitter", IDA_ON_TWITTER, LinkKind.TWITTER),
                                link("Website", "https://ida.example.org")));
        assertThat(episode.links()).as("the person's links are not the episode's").isEmpty();
    }

    @Test
    void aFollowGroupEndsAtALineWithoutUrl() {
        Episode episode =
                episode(
                        "Follow Ida:\nTwitter: "
                                + IDA_ON_TWITTER
                                + "\nThanks for listening.\nShop: https://shop.example.com");

        assertThat(episode.people())
                .containsExactly(guest("Ida", link("Twitter", IDA_ON_TWITTER, LinkKind.TWITTER)));
        assertThat(episode.links()).containsExactly(link("Shop", "https://shop.example.com"));
    }

    @Test
    void theFullNameTheNotesGiveNamesTheFollowedPerson() {
        Episode episode =
                episode(
                        "This week I talk with Ida Brenner about foghorns.\nFollow Ida:\n"
                                + "Twitter: "
                                + IDA_ON_TWITTER);

        assertThat(episode.people())
                .containsExactly(
                        guest("Ida Brenner", link("Twitter", IDA_ON_TWITTER, LinkKind.TWITTER)));
    }

    @Test
    void inAGroupOfTwoEachLinkGoesToThePersonItsLabelNamesElseToTheFirst() {
        Episode episode =
                episode(
                        "Follow Ida & Tomas:\n"
                                + "Tomas on Instagram: https://instagram.com/tomasvik\n"
                                + "Tomas: https://tomas.example.net\n"
                                + "Twitter: "
                                + IDA_ON_TWITTER);

        assertThat(episode.people())
                .containsExactly(
                        guest("Ida", link("Twitter", IDA_ON_TWITTER, LinkKind.TWITTER)),
                        guest(
                                "Tomas",
                                link(
                                        "Instagram",
                                        "https://instagram.com/tomasvik",
                                        LinkKind.INSTAGRAM),
                                link(null, "https://tomas.example.net")));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ida Brenner on Twitter: https://twitter.com/idabrenner | Twitter | TWITTER",
                "Ida Brenner on GitHub: https://github.com/idabrenner   | GitHub  | GITHUB",
                "Ida Brenner on website: https://ida.example.org        | website | WEBSITE",
            })
    void aNameOnAPlatformLabelsThatPersonsLink(String notes, String label, LinkKind kind) {
        Episode episode = episode(notes);

        String url = notes.substring(notes.indexOf("https://"));
        assertThat(episode.people()).containsExactly(guest("Ida Brenner", link(label, url, kind)));
        assertThat(episode.links()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ida Brenner", "Ida"})
    void aLinkLabelledWithTheNameOfAPersonOfTheEpisodeIsTheirs(String label) {
        Episode episode =
                episode(
                        "This week I talk with Ida Brenner about foghorns.\n"
                                + label
                                + ": https://ida.example.org");

        assertThat(episode.people())
                .containsExactly(guest("Ida Brenner", link(null, "https://ida.example.org")));
        assertThat(episode.links()).isEmpty();
    }

    @Test
    void aLinkLabelledWithANameNoOneElseGivesIsTheEpisodes() {
        Episode episode = episode("Tomas Vik: https://tomas.example.net");

        assertThat(episode.people()).isEmpty();
        assertThat(episode.links()).containsExactly(link("Tomas Vik", "https://tomas.example.net"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Guests:\nIda Brenner, harbour master\nTomas Vik",
                "In this episode: Ida Brenner\nTomas Vik, net maker",
                "Featuring:\nIda Brenner\nTomas Vik",
                // Two lines or more that are each a name are a list even without a heading.
                "Ida Brenner\nTomas Vik",
            })
    void aGuestListNamesPeopleWithoutTheirRoles(String notes) {
        Episode episode = episode(notes);

        assertThat(episode.people()).containsExactly(guest("Ida Brenner"), guest("Tomas Vik"));
        assertThat(episode.description()).as("the list stays in the text").contains(notes);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // One line with a name alone may be anything: a title, a sign-off.
                "Ida Brenner",
                // A numbered line is another episode's title, not a guest of this one.
                "More episodes:\n2. Night fishing with Tomas Vik",
                // A rank before a show's name, printed without its dot, is another list entry.
                "Our picks:\n4 How I Fish with Tomas Vik",
                "Unsere Liste:\n7 Wie ich mit Tomas Vik rede",
                "Nos favoris :\n12 Conversations avec Tomas Vik",
            })
    void aNameAloneOrInANumberedLineIsNoGuest(String notes) {
        assertThat(episode(notes).people()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "12 years ago I talked with Ida Brenner about foghorns.",
                "2 Stunden spreche ich mit Ida Brenner über Nebelhörner.",
                "3 horas conversamos con Ida Brenner sobre faros!",
            })
    void aSentenceThatStartsWithANumberStillIntroducesItsGuest(String notes) {
        assertThat(names(episode(notes))).containsExactly("Ida Brenner");
    }

    @Test
    void peopleComeInTheOrderTheEpisodeFirstNamesThem() {
        Episode episode =
                episode(
                        "This week I talk with Tomas Vik about nets.\n"
                                + "Ida Brenner joins us later.\nFollow Ida:\nTwitter: "
                                + IDA_ON_TWITTER);

        assertThat(names(episode)).containsExactly("Tomas Vik", "Ida Brenner");
    }

    @Test
    void theFullestNameWinsWhereverTheNotesGiveIt() {
        Episode episode =
                episode(
                        "Ida on Twitter: "
                                + IDA_ON_TWITTER
                                + "\nLater I talk with Ida Brenner about the lamps.");

        assertThat(episode.people())
                .containsExactly(
                        guest("Ida Brenner", link("Twitter", IDA_ON_TWITTER, LinkKind.TWITTER)));
    }
}
