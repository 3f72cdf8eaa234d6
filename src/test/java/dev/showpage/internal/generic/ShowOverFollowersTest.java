package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A directory's show page: the show's name, its follower count and subscribe button, its
 * description, its episode count, then a dated card with no title. The name over the count is the
 * show; the count of episodes is the show's, never the card's title. The pages are made up; the
 * comment before each assertion names the 1-based page lines it reads.
 */
class ShowOverFollowersTest {

    private static final String DESCRIPTION =
            "Stories told by the keepers of small harbours, recorded on the quay at dawn with the"
                    + " boats coming in and the gulls overhead.";

    private static final String NOTES =
            "A keeper remembers the winter the ice closed the harbour mouth for six weeks.";

    private static String page(String name, String followers, String button, String count) {
        return name
                + "\n\n"
                + followers
                + "\n"
                + button
                + "\n"
                + DESCRIPTION
                + "\n\n"
                + count
                + "\n\n"
                + "3 mars 2024 - 00:21:05\n"
                + NOTES
                + "\n";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Radio; 505 abonnés; S'abonner; 1118 épisodes; 1118",
                "Harbour Nights - New Releases; 12 subscribers; Subscribe; 48 episodes; 48",
                "Leuchtfeuer; 3.4K Abonnenten; Abonnieren; 212 Folgen; 212",
                "Radio Faro del Norte; 87 suscriptores; Suscribirse; 30 episodios; 30",
                "Radio Il Faro; 1,204 iscritti; Iscriviti; 77 episodi; 77",
                "O Farol; 9 inscritos; Inscrever-se; 15 episódios; 15",
                "De Vuurtoren Radio; 640 abonnees; Abonneren; 301 afleveringen; 301"
            })
    void theNameOverTheFollowerCountIsTheShow(
            String name, String followers, String button, String count, int episodes) {
        Page parsed = EpisodePageParser.parse(page(name, followers, button, count));

        // Line 1 is the show, over its follower count (line 3); line 7 is its episode count.
        assertThat(parsed.show()).map(Show::title).contains(name);
        assertThat(parsed.show().map(Show::episodeCount)).contains(OptionalInt.of(episodes));
        // Line 9 dates the only card; line 7 over it is the show's count, not the card's title.
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // the button over the count
                "Harbour Radio; Subscribe; 12 subscribers; 48 episodes",
                "Leuchtfeuer; Abonnieren; 3 Abonnenten; 212 Folgen",
                "Radio Il Faro; Iscriviti; 1,204 iscritti; 77 episodi",
                // a dot or a space between the thousands
                "Radio Il Faro; Iscriviti; 1.204 iscritti; 77 puntate",
                "Harbour Radio; S'abonner; 1 204 abonnés; 1118 épisodes",
                "Radio Il Faro; Iscriviti; 12.204.331 iscritti; 77 episodi"
            })
    void theNameOverTheButtonOverTheCountIsTheShow(
            String name, String button, String followers, String count) {
        String page =
                name
                        + "\n"
                        + button
                        + "\n"
                        + followers
                        + "\n\n"
                        + DESCRIPTION
                        + "\n\n"
                        + count
                        + "\n\n"
                        + "3 March 2024 - 00:21:05\n"
                        + NOTES
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the show, over the button (line 2) over the count (line 3); line 7 states the
        // show's episode count, as a directory's show page does.
        assertThat(parsed.show()).map(Show::title).contains(name);
        // Line 5 under the count is the show's description, and line 7 the show's count, not the
        // title of the card that line 9 dates; nothing else on the page titles it.
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // a sentence over the count, not a name
                "We are glad you came by today.; 505 subscribers",
                // the count is prose, not a field of its own
                "Harbour Nights; 505 subscribers and counting every week",
                // a count of something else than followers
                "Harbour Nights; 505 downloads",
                // numbers that are no count of thousands
                "Harbour Radio; 1 20 abonnés",
                "Harbour Radio; 1.2045 iscritti",
                "Harbour Radio; 2024 12 volgers",
                "Harbour Radio; 2024 123 volgers",
                // a menu over the count
                "Subscribe; 505 subscribers"
            })
    void otherLinesOverACountNameNoShow(String over, String count) {
        String page =
                over
                        + "\n\n"
                        + count
                        + "\n\n"
                        + DESCRIPTION
                        + "\n\n"
                        + "3 March 2024 - 00:21:05\n"
                        + NOTES
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is not taken for the show from the line under it (line 3).
        assertThat(parsed.show().map(Show::title)).isNotEqualTo(Optional.of(over));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "48 episodes",
                "212 Folgen",
                "1.234 épisodes",
                "All episodes (63)",
                "30 episodios"
            })
    void aCountOfEpisodesIsNeverACardsTitle(String count) {
        String page = count + "\n3 March 2024\n" + NOTES + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 states the show's count over the card's date (line 2): no title.
        assertThat(parsed.episodes()).map(Episode::title).containsOnly(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Why 48 episodes were not enough",
                "Die 212 Folgen, die wir nie gesendet haben",
                "Harbour Nights and its 505 subscribers"
            })
    void aTitleThatOnlyMentionsACountStaysTheTitle(String title) {
        String page = title + "\n3 March 2024\n" + NOTES + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is prose with a count in it, over the card's date (line 2): the card's title.
        assertThat(parsed.episodes()).map(Episode::title).containsExactly(Optional.of(title));
    }
}
