package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
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
                "Zur Seite: Folge „Die kalte Quelle“|Die kalte Quelle",
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
                // a label that is no link word: a pointer to another episode, or a show
                "Previously: Episode \"The Long Night\"",
                "Next: Folge „Die kalte Quelle“",
                "Zur Sendung: Folge „Die kalte Quelle“",
                "Précédemment : Épisode « Les marées basses »",
                "Anteriormente: Episodio \"Las viejas minas\"",
                // a link word, but to the previous or next episode
                "Previous page: Episode \"The Long Night\"",
                "Pagina successiva: Puntata “Il ponte sul fiume”",
                "Volgende pagina: Aflevering \"De verloren haven\"",
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
                        + card(
                                "HT11 - The pilot boat",
                                "The harbour at dawn",
                                date.replace("12.03", "05.03"),
                                label.replace(title, "HT11 - The pilot boat"));
        Page parsed = EpisodePageParser.parse(page);
        List<String> titles =
                parsed.episodes().stream().map(e -> e.title().orElse("(none)")).toList();
        assertThat(titles).containsExactly(title, "HT11 - The pilot boat");
        assertThat(parsed.episodes().get(0).released()).isPresent();
        assertThat(parsed.episodes().get(1).released()).isPresent();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // the label quotes words no line above prints: no line is its title so
                "Site: Episode \"Another night entirely\"|Another night entirely|true",
                // a link quoting the show's heading: the show is no episode's title
                "Site: Episode \"Harbour Talk\"|Harbour Talk|true",
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

    private static final String SINGLE =
            "Harbour Talk\n\nA weekly show about harbours and the people who work in them.\n\n"
                    + "The Long Night\n\n"
                    + "We spend a whole night on the pilot boat and listen to the radio calls of"
                    + " the ships that wait for the tide.\n\n"
                    + "12.03.2024 · 45 min\n"
                    + "Website: Episode \"The Long Night\"\n\n";

    private static final String TAIL_PROSE =
            "\n\nEvery week we write to you about the harbour, the boats and the people we meet,"
                    + " and you can read it on the way to work.";

    /** Whatever a page prints after its only card's label opens no episode. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Never miss an episode",
                "About Harbour Talk",
                "Anna Berg",
                "The Frozen Harbour",
                "Tom Weber",
                "The film: Night Harbour (1998)",
                "Unser Newsletter",
                "Vous aimerez aussi",
                "Sobre la presentadora",
                "Il ponte sul fiume - un altro podcast di Radio Porto",
                "Geef een reactie",
                "Assine a nossa newsletter",
            })
    void opensNoEpisodeAfterTheLastLabel(String heading) {
        Page parsed = EpisodePageParser.parse(SINGLE + heading + TAIL_PROSE);
        assertThat(parsed.episodes())
                .extracting(e -> e.title().orElse("(none)"))
                .containsExactly("The Long Night");
    }

    @Test
    void opensNoEpisodeAfterAListingsLastLabel() {
        String page =
                "Harbour Talk\n\nA show about harbours.\n\n\n"
                        + card(
                                "HT12 - Fog over the bay",
                                "A quiet morning",
                                "Published: 12.03.2024",
                                "Site: Episode \"HT12 - Fog over the bay\"")
                        + card(
                                "HT11 - The pilot boat",
                                "The harbour at dawn",
                                "Published: 05.03.2024",
                                "Site: Episode \"HT11 - The pilot boat\"")
                        + "Support the show"
                        + TAIL_PROSE;
        assertThat(EpisodePageParser.parse(page).episodes())
                .extracting(e -> e.title().orElse("(none)"))
                .containsExactly("HT12 - Fog over the bay", "HT11 - The pilot boat");
    }

    /** A label quoting the show's name names no title: the card keeps its own. */
    @Test
    void takesNotTheShowsNameTheLabelQuotes() {
        String page =
                "Harbour Talk\n\n"
                    + "The Long Night\n\n"
                    + "We spend a whole night on the pilot boat and listen to the radio calls of"
                    + " the ships that wait for the tide.\n\n"
                    + "12.03.2024 · 45 min\n"
                    + "Website: Episode \"Harbour Talk\"\n\n"
                    + "The Frozen Harbour"
                        + TAIL_PROSE;
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title())
                .isNotEqualTo(java.util.Optional.of("Harbour Talk"));
    }

    /**
     * A quoted line that is not the card's first title-like line still titles the card, and the
     * label under the date joins neither the title nor the notes.
     */
    @Test
    void keepsTheNotesAboveALowerQuotedTitle() {
        String page =
                "Harbour Talk\n\n"
                    + "The Long Night\n\n"
                    + "We spend a whole night on the pilot boat and listen to the radio calls of"
                    + " the ships that wait for the tide.\n\n"
                    + "Fog over the bay\n\n"
                    + "12.03.2024 · 45 min\n"
                    + "Website: Episode \"Fog over the bay\"\n";
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).contains("Fog over the bay");
        assertThat(parsed.episodes().get(0).description().orElse("")).doesNotContain("Website:");
    }
}
