package dev.showpage;

import static dev.showpage.Pages.episode;
import static dev.showpage.Pages.oneCard;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Who an episode's guests are, on a Goodpods card and on a page of show notes from any site: the
 * guests the notes list or introduce, and none of the hosts, producers, editors, engineers,
 * credited artists, people thanked, sponsors or people merely named. Names, roles and companies are
 * made up.
 */
class GuestPrecisionTest {

    /** A page of show notes from no site in particular: show, title, date line, notes. */
    static Episode showNotes(String title, String notes) {
        dev.showpage.model.Page page =
                EpisodePageParser.parse(
                        "The Night Ferry Hour\n\n"
                                + title
                                + "\nMarch 3, 2024 \u2022 48 min\n\n"
                                + notes
                                + "\n");
        assertThat(page.episodes()).hasSize(1);
        return page.episodes().get(0);
    }

    static List<String> guests(Episode episode) {
        return episode.people().stream()
                .filter(p -> p.role() == Role.GUEST)
                .map(Person::name)
                .toList();
    }

    private static List<String> expected(String names) {
        return names.isEmpty() ? List.of() : List.of(names.split(";"));
    }

    /** Guest lists of many shapes and languages, under a neutral title. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Guests:\nMara Quill, harbour master\nOskar Lind (net maker)",
                "GUESTS\n\n\u2022 Mara Quill - on lamps\n\u2022 Oskar Lind - on nets",
                "Featuring: Mara Quill and Oskar Lind",
                "Our guests:\nDr. Mara Quill\nOskar Lind, founder of Networks",
                "Invités :\nMara Quill, gardienne de phare\nOskar Lind, pêcheur",
                "Gäste:\nMara Quill (Hafenmeisterin)\nOskar Lind (Netzmacher)",
                "Invitados: Mara Quill y Oskar Lind",
                "Ospiti:\nMara Quill, guardiana del faro\nOskar Lind",
                "Convidados: Mara Quill e Oskar Lind",
                "Gasten:\nMara Quill\nOskar Lind, netmaker",
                "In this episode:\nMara Quill\nOskar Lind",
            })
    void guestListsInManyShapes(String notes) {
        String body = "Stories from the quay.\n\n" + notes + "\n\nProduced by Edda Vale.";

        assertThat(guests(episode(oneCard("Harbour nights", body))))
                .containsExactly("Mara Quill", "Oskar Lind");
        assertThat(guests(showNotes("Harbour nights", body)))
                .containsExactly("Mara Quill", "Oskar Lind");
    }

    /** The first sentence after a guest heading may describe the guest rather than list them. */
    @Test
    void aGuestHeadingThenASentenceThatDescribesTheGuest() {
        Episode episode =
                showNotes(
                        "Salt and iron",
                        "Guest:\nTarek Oduya is the founder of Saltworks and a smith.\n\n"
                                + "Music by Rory Quint.");

        assertThat(guests(episode)).containsExactly("Tarek Oduya");
    }

    /** The notes' opening that describes a person introduces the guest; one on a thing, no one. */
    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "Selma Okafor is a lecturer on tides and an author. I asked her why. => Selma"
                        + " Okafor",
                "Dr. Ivo MacDermot, PhD, is the head of the lamp school. => Ivo MacDermot",
                "Harbour Lamp Works is a company that makes lamps. => ''",
                "We talk about lamps. Selma Okafor is a lecturer on tides. => ''",
            })
    void anOpeningThatDescribesTheGuest(String opening, String names) {
        assertThat(guests(showNotes("Uncorking a lamp", opening + "\n\nMusic by Rory Quint.")))
                .isEqualTo(expected(names));
    }

    /** Lines of notes that name someone who is not a guest, with a guest named elsewhere. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hosted by Edda Vale.",
                "Host: Edda Vale",
                "Hosts Edda Vale and Rafe Calloway walk along the quay.",
                "Co-host: Edda Vale",
                "Produced by Edda Vale.",
                "Producer: Edda Vale",
                "Executive Producer: Edda Vale",
                "Edited by Edda Vale.",
                "Editor: Edda Vale",
                "Engineer: Edda Vale",
                "Mixed and mastered by Edda Vale.",
                "Music by Edda Vale.",
                "Theme Song: Edda Vale",
                "Artwork: Edda Vale",
                "Cover art by Edda Vale.",
                "Special thanks to Edda Vale for the recordings.",
                "Thanks to Edda Vale for talking with us about lamps.",
                "Special Thanks: Edda Vale",
                "This episode is brought to you by Edda Vale Lamps.",
                "Sponsored by Edda Vale.",
                "Merci à Edda Vale pour la musique.",
                "Danke an Edda Vale für den Schnitt.",
                "Gracias a Edda Vale por la edición.",
                "Grazie a Edda Vale per la musica.",
                "Produzido por Edda Vale.",
                "Met dank aan Edda Vale.",
                "Montage : Edda Vale",
                "Musik: Edda Vale",
                // Named in prose: a historical figure, a book's author.
                "We read the logbook Edda Vale kept in 1820.",
                "Her favourite book is Tides of Iron by Edda Vale.",
                "As a boy he got to sail with Edda Vale for a summer.",
            })
    void onlyTheGuestIsReported(String line) {
        String notes = "This week I talk with Mara Quill about harbour lamps.\n" + line;

        assertThat(guests(episode(oneCard("Harbour lamps", notes)))).containsExactly("Mara Quill");
        assertThat(guests(showNotes("Harbour lamps", notes))).containsExactly("Mara Quill");
    }

    /** A host named by a host line stays a host wherever else the episode names them. */
    @Test
    void aHostNamedInAHostLineIsNoGuestElsewhere() {
        Episode episode =
                showNotes(
                        "Harbour lamps",
                        "Edda Vale and I discuss harbour lamps.\n\nHosted by Edda Vale.");

        assertThat(guests(episode)).isEmpty();
        assertThat(episode.people())
                .extracting(Person::name, Person::role)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Edda Vale", Role.HOST));
    }

    /** Hosts who talk with someone are no guests; the one they talk with is. */
    @Test
    void aPairWhoTalkWithSomeoneHosts() {
        Episode episode =
                showNotes(
                        "Walls", "This week, Mason and Rafe talk with chalk artist Naomi Brandt.");

        assertThat(guests(episode)).containsExactly("Naomi Brandt");
    }

    @Test
    void twoPeopleWithOneFirstNameStayTwo() {
        Episode episode =
                showNotes(
                        "Two Maras",
                        "Guests:\nMara Quill, harbour master\nMara Lindqvist, net maker");

        assertThat(guests(episode)).containsExactly("Mara Quill", "Mara Lindqvist");
    }

    @Test
    void aShortFormLaterRefersToThePersonAlreadyNamed() {
        Episode episode =
                showNotes(
                        "Great crews | Lane Harrow (CPO of Beacon)",
                        "Lane Harrow is the CPO of Beacon.\n\nWhere to find Lane:\n"
                                + "https://lane.example.org");

        assertThat(episode.people()).hasSize(1);
        assertThat(episode.people().get(0).name()).isEqualTo("Lane Harrow");
        assertThat(episode.people().get(0).links()).hasSize(1);
    }

    /** A transcript's timed lines read as chapters still introduce the guests. */
    @Test
    void aTimedTranscriptLineIntroducesTheGuests() {
        Episode episode =
                showNotes(
                        "Harbour lamps",
                        "00:00 Edda Vale: Welcome. Today I sit down with Mara Quill and Oskar"
                                + " Lind.\n01:10 Mara Quill: Glad to be here.\n"
                                + "02:30 Edda Vale: Where to find Mara Quill Online is below.");

        assertThat(guests(episode)).containsExactly("Mara Quill", "Oskar Lind");
    }

    /** Titles and the guests they name, on a page of show notes. */
    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "Harbour songs with Mara Quill => Mara Quill",
                "#212 - Oskar Lind - Nets => Oskar Lind",
                "EP.77 - GM Tarek Oduya => Tarek Oduya",
                "Lamps | Lane Harrow (Head of Light at Beacon) => Lane Harrow",
                "Chalk artist Naomi Brandt on walls => Naomi Brandt",
                "Faros, con Lucía Castellano => Lucía Castellano",
                "Leuchttürme mit Ilse Haverkamp => Ilse Haverkamp",
                "#406: Working Solo => ''",
                "Deep Dive on lamps => ''",
            })
    void titlesOnAPageOfShowNotes(String title, String names) {
        String notes =
                "Oskar Lind is a net maker from the north. Today's topic is the quay.\n"
                        + "Produced by Edda Vale.";

        assertThat(guests(showNotes(title, notes.replace("Oskar Lind", "Somebody"))))
                .isEqualTo(names.equals("Oskar Lind") ? List.of() : expected(names));
        if (names.equals("Oskar Lind")) {
            assertThat(guests(showNotes(title, notes))).containsExactly("Oskar Lind");
        }
    }
}
