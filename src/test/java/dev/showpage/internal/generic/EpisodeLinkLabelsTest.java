package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A card's link to its episode printed as a label, "Website: Episode "Title"", under its date and
 * length: the quoted words are the card's title, printed at the card's top, and the label is no
 * title. Made-up labels in the seven languages, and near-misses that are no link label.
 */
class EpisodeLinkLabelsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Podcast website: Episode \"The Long Night\"|The Long Night",
                "Zur Sendung: Folge „Die kalte Quelle“|Die kalte Quelle",
                "Site web : Épisode « Les marées basses »|Les marées basses",
                "Página: Episodio \"Las viejas minas\"|Las viejas minas",
                "Sito: Puntata “Il ponte sul fiume”|Il ponte sul fiume",
                "Site: Episódio \"A ilha esquecida\"|A ilha esquecida",
                "Website: Aflevering \"De verloren haven\"|De verloren haven",
            })
    void readsTheQuotedTitle(String line, String title) {
        assertThat(EpisodeLinkLabels.quotedTitle(line)).isEqualTo(title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // a quote from a guest, not a link to an episode
                "Anna Berg: \"We never looked back\"",
                // a show named in quotes, no episode word
                "Podcast: \"Der lange Weg\"",
                // a title that quotes words, with no label before a colon
                "Episode \"Night\" returns",
                // a title with a colon that does not close with a quote
                "Folge 12: Die Suche nach dem Mond",
                // a season, not an episode
                "Website: Season \"Winter tales\"",
            })
    void readsNoOtherLine(String line) {
        assertThat(EpisodeLinkLabels.quotedTitle(line)).isNull();
    }

    private static String card(String title, String subtitle, String date, String label) {
        return title
                + "\n\n"
                + subtitle
                + "\n\n"
                + "Two friends talk about tides, old maps and the harbour master who never slept."
                + " They answer a listener's question about fog.\n\n"
                + date
                + "\n"
                + label
                + "\n\n\n";
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Published: 12.03.2024|Site: Episode \"HT12 - Fog over the bay\"|HT12 - Fog over"
                        + " the bay",
                "Erschienen: 12.03.2024|Zur Webseite: Folge „HT12 - Nebel über der Bucht“|HT12 -"
                        + " Nebel über der Bucht",
                "Publié : 12.03.2024|Site : Épisode « HT12 - Brume sur la baie »|HT12 - Brume sur"
                        + " la baie",
            })
    void titlesTheCardByTheLineTheLabelQuotes(String date, String label, String title) {
        String page =
                "Harbour Talk\n\nA show about harbours.\n\n\n"
                        + card(title, "A quiet morning in March", date, label)
                        + "HT11 - The pilot boat\n\nThe harbour at dawn\n\n"
                        + "Before the ferries run we meet the pilots who guide the ships through"
                        + " the narrow channel, and we learn how they read the water.";
        Page parsed = EpisodePageParser.parse(page);
        List<String> titles =
                parsed.episodes().stream().map(e -> e.title().orElse("(none)")).toList();
        assertThat(titles).containsExactly(title, "HT11 - The pilot boat");
        assertThat(parsed.episodes().get(0).released()).isPresent();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the label quotes words no line above prints: no line is its title so
                "Site: Episode \"Another night entirely\"|Another night entirely|true",
                // a link to a season, not an episode: the show's heading it quotes is no title
                "Site: Season \"Harbour Talk\"|Harbour Talk|false",
            })
    void takesNoLabelAsTitle(String label, String quoted, boolean episodeLink) {
        String page =
                "Harbour Talk\n\nA show about harbours.\n\n\n"
                        + card(
                                "HT12 - Fog over the bay",
                                "A quiet morning",
                                "Published: 12.03.2024",
                                label);
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElse("(none)"))
                .doesNotContain(quoted);
        if (episodeLink) {
            assertThat(parsed.episodes())
                    .extracting(e -> e.title().orElse(""))
                    .doesNotContain(label);
        }
    }
}
