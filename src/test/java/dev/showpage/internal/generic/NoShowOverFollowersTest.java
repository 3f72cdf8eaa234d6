package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A name over a follower count names the show only as a directory's show page heads it: on the
 * page's first line, and not a person's name nor a platform's. Further down an episode's page, it
 * is a byline's author, a host under a people label, or a platform's widget; a count line is never
 * a card's title. The pages are made up, one line per "|"; the comment before each assertion names
 * the 1-based page lines it reads.
 */
class NoShowOverFollowersTest {

    private static Page parse(String lines) {
        return EpisodePageParser.parse(lines.replace("|", "\n") + "\n");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a guest's card on an episode's page
                "Episode 12: The Long Winter|March 3, 2024|Maria Lopez|3,402 followers|Maria Lopez"
                        + " tells us about the winter the ice closed the bay for six weeks.",
                // a platform's widget
                "Episode 12: The Long Winter|March 3, 2024|Instagram|12.3K followers|We walk the"
                        + " cliffs at dawn and talk about the winter the ice closed the bay.",
                // a byline with its follow button
                "Episode 12: The Long Winter|March 3, 2024|Ana Ruiz|1.2K Followers|Follow|We walk"
                        + " the cliffs at dawn and talk about the winter the ice closed the bay.",
                // under a people label
                "Episode 12: The Long Winter|March 3, 2024|Hosted by|Ana Ruiz|505 followers|We walk"
                        + " the cliffs at dawn and talk about the winter the ice closed the bay.",
                "Episodio 12: El largo invierno|3 de marzo de 2024|Presentado por|Ana Ruiz|87"
                        + " seguidores|Caminamos por los acantilados y hablamos del invierno en"
                        + " que el hielo cerró la bahía.",
                "Aflevering 12: De lange winter|3 maart 2024|Gepresenteerd door|Ana Ruiz|640"
                        + " volgers|We lopen langs de kliffen en praten over de winter waarin het"
                        + " ijs de baai sloot.",
                "Episódio 12: O longo inverno|3 de março de 2024|Apresentado por|Ana Ruiz|9 mil"
                        + " seguidores|Caminhamos pelas falésias e falamos do inverno em que o gelo"
                        + " fechou a baía.",
                // a person's name or a platform's heading the page
                "Maria Lopez|3,402 followers|We walk the cliffs at dawn and talk about the winter"
                        + " the ice closed the bay.",
                "Giulia Romano|1,204 iscritti|Camminiamo sulle scogliere all'alba e parliamo"
                        + " dell'inverno in cui il ghiaccio chiuse la baia.",
                "Ana Ruiz|Subscribe|12 subscribers|We walk the cliffs at dawn and talk about the"
                        + " winter the ice closed the bay.",
                "Instagram|12.3K followers|We walk the cliffs at dawn and talk about the winter the"
                        + " ice closed the bay."
            })
    void aNameOverACountThatDoesNotHeadTheShowsPageIsNoShow(String lines) {
        Page parsed = parse(lines);

        // The name over the count is not on line 1, or is a person's or a platform's: no show.
        assertThat(parsed.show()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Unser Gast; Lena Berg; 3,4K Abonnenten",
                "Zu Gast; Jonas Weber; 812 Abonnenten",
                "Invitée; Claire Morel; 505 abonnés"
            })
    void aGuestOverHerFollowerCountStaysTheGuest(String label, String name, String followers) {
        Page parsed =
                parse(
                        "Folge 12: Der lange Winter|3. März 2024|"
                                + label
                                + "|"
                                + name
                                + "|"
                                + followers
                                + "|Wir wandern bei Tagesanbruch über die Klippen und sprechen"
                                + " über den Winter, in dem das Eis die Bucht schloss.");

        // Lines 3-4 name the guest over her count (line 5): she is no show and stays the guest.
        assertThat(parsed.show()).isEmpty();
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).people())
                .extracting(Person::name, Person::role)
                .contains(tuple(name, Role.GUEST));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Harbour Nights|Episode 12: The Long Winter|March 3, 2024|Ana Ruiz|1.2K"
                        + " Followers|Follow|We walk the cliffs at dawn and talk about the winter"
                        + " the ice closed the bay.",
                "Harbour Nights|Folge 12: Der lange Winter|3. März 2024|Lena Berg|3,4K"
                        + " Abonnenten|Abonnieren|Wir wandern bei Tagesanbruch über die Klippen und"
                        + " sprechen über den Winter, in dem das Eis die Bucht schloss.",
                "Harbour Nights|Épisode 12 : Le long hiver|3 mars 2024|Claire Morel|505"
                        + " abonnés|S'abonner|Nous marchons sur les falaises à l'aube et parlons de"
                        + " l'hiver où la glace ferma la baie."
            })
    void aBylineOverItsCountLeavesTheShowTheHeaderNames(String lines) {
        Page parsed = parse(lines);

        // Line 1 heads the page over the episode's title (line 2): the show, not the author on
        // line 4 over her count.
        assertThat(parsed.show()).map(Show::title).contains("Harbour Nights");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Nights; 505 followers; 3 March 2024",
                "Harbour Nights; 505 abonnés; 3 mars 2024",
                "Harbour Nights; 3,4K Abonnenten; 3. März 2024",
                "Harbour Nights; 87 suscriptores; 3 de marzo de 2024",
                "Harbour Nights; 640 volgers; 3 maart 2024"
            })
    void aFollowerCountIsNeverACardsTitle(String name, String followers, String date) {
        Page parsed =
                parse(
                        name
                                + "|"
                                + followers
                                + "|"
                                + date
                                + "|We walk the cliffs at dawn and talk about the winter the ice"
                                + " closed the bay.");

        // Line 2 is the show's count over the card's date (line 3), line 1 the name over it:
        // neither is the card's title.
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).isEmpty();
    }
}
