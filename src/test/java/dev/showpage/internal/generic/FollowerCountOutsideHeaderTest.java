package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A name over a follower count is a directory's show header only on a page that also states the
 * show's episode count. Without one, the first line is a paper's, a platform's, a person's or a
 * menu's profile, and the line under the count is an episode's title. The pages are made up; the
 * comment before each assertion names the 1-based page lines it reads.
 */
class FollowerCountOutsideHeaderTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Radio; 505 subscribers; The Winter the Ice Came",
                "Radio Faro; 87 suscriptores; El invierno del hielo",
                "Leuchtfeuer; 3.4K Abonnenten; Der Winter, als das Eis kam",
                "De Vuurtoren; 640 volgers; De winter van het ijs",
                "Il Faro; 1.204 iscritti; L'inverno del ghiaccio"
            })
    void theLineUnderACountIsATitleOnAPageWithoutAnEpisodeCount(
            String name, String followers, String title) {
        String page =
                name
                        + "\n"
                        + followers
                        + "\n"
                        + title
                        + "\n"
                        + "12 March 2024 · 32 min\n"
                        + "A keeper remembers the winter the harbour mouth froze for six weeks.\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 3, over the date and length of line 4, is the card's title; no line states an
        // episode count, so lines 1-2 are no directory's header.
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).contains(title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "The Guardian; 1.2K followers",
                "Substack; 12K followers",
                "Dr. Maria Lopez; 3,402 followers",
                "@marialopez; 505 followers",
                "Profile; 87 seguidores",
                "Radio France; 1 204 abonnés"
            })
    void aFirstLineOverACountIsNoShowOnAPageWithoutAnEpisodeCount(String first, String followers) {
        String page =
                first
                        + "\n"
                        + followers
                        + "\nFollow\n\n"
                        + "Episode 12: The Long Winter\n"
                        + "March 3, 2024\n"
                        + "A keeper remembers the winter the harbour mouth froze for six weeks.\n";

        Page parsed = EpisodePageParser.parse(page);

        // Lines 1-2 are a profile's name and count, not a show's header: no line states an
        // episode count. Line 5 titles the card line 6 dates.
        assertThat(parsed.show()).isEmpty();
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).contains("Episode 12: The Long Winter");
    }
}
