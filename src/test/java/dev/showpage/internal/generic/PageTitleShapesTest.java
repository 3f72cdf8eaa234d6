package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.OneEpisodePage.PARAGRAPH;
import static dev.showpage.internal.generic.OneEpisodePage.onlyTitle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The title of a page of one episode past what stands where a title would: a site builder's skip
 * link or page anchor, a photo's credit, and the show's name with the episode's number as the only
 * title there is. The pages are made up; the comment before each assertion names the 1-based page
 * lines it reads.
 */
class PageTitleShapesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "top of page",
                "Top of Page",
                "Skip to content",
                "Skip to main content \u203A",
                "\u2191 Back to top",
                "Aller au contenu",
                "Aller au contenu principal",
                "Zum Inhalt springen",
                "Saltar al contenido",
                "Vai al contenuto",
                "Ir para o conteúdo",
                "Naar inhoud springen"
            })
    void aSkipLinkOnTheFirstLineIsNoTitle(String chrome) {
        String page = chrome + "\n\nE12 Lamps, ferries and a long night\n\n\n" + PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the site's; line 3 is the title.
        assertThat(onlyTitle(parsed)).isEqualTo("E12 Lamps, ferries and a long night");
        assertThat(parsed.navigation()).contains(chrome);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Top of the Morning",
                "Back to the Top of the Charts",
                "Content Is King",
                "Top Ten Pages of the Year",
                "Page Turners"
            })
    void titlesWithTheWordsOfSkipLinksAreNoChrome(String title) {
        assertThat(SiteChrome.isChrome(title)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\u2022 Crédits : JEAN DUPONT / AGENCE - Getty",
                "Photo: Ana Ruiz / Reuters",
                "Foto: Lena Berg / dpa",
                "Bild: Lena Berg",
                "Crédito: Ana Ruiz / EFE",
                "Image credit: Ana Ruiz",
                "Crédit photo : Jean Dupont",
                "\u00A9 Jean Dupont / Agence"
            })
    void aPhotosCreditIsNoTitle(String credit) {
        String page = credit + "\n\nLamps at Low Tide\n\n" + PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the credit under the site's photo; line 3 is the title.
        assertThat(onlyTitle(parsed)).isEqualTo("Lamps at Low Tide");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Talk; Episode 39",
                "Harbour Talk; Folge 7",
                "Les Phares; Épisode 12",
                "Faro FM; Episodio 22",
                "Kiln; Ep. 5"
            })
    void theShowsNameAndNumberAloneAreTheTitle(String show, String number) {
        String page =
                "Welcome to "
                        + show
                        + ", "
                        + number
                        + ". Each week we meet someone who keeps an old craft alive and ask them"
                        + " what it takes.\n\n"
                        + show
                        + " "
                        + number
                        + "\n\n"
                        + PARAGRAPH
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 3 is the title: the show's name (also on line 1) and the episode's number.
        assertThat(onlyTitle(parsed)).isEqualTo(show + " " + number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Talk Episode 39", "Folge 7"})
    void aNumberLabelWhoseNameThePageNeverPrintsIsNoTitle(String label) {
        String page =
                "Each week we meet someone who keeps an old craft alive and ask them what it"
                        + " takes to keep going.\n\n"
                        + label
                        + "\n\n"
                        + PARAGRAPH
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 3 names no show that line 1 prints: no title is made of it.
        assertThat(onlyTitle(parsed)).isEqualTo("(none)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Harbour Talk Episode 39"})
    void aTitleBesideTheLabelStaysTheTitle(String label) {
        String page =
                "Welcome to Harbour Talk.\n\n"
                        + label
                        + "\n\nLamps at Low Tide\n\n"
                        + PARAGRAPH
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 5 is the title beside the label on line 3.
        assertThat(onlyTitle(parsed)).isEqualTo("Lamps at Low Tide");
    }

    @ParameterizedTest
    @ValueSource(strings = {" : ", " | ", " - ", " \u2013 "})
    void aTitleRunIntoTheFirstLineIsTakenWhereItStandsAlone(String separator) {
        String title = "Ferry Strike Ends, Harbour Reopens After Nine Days";
        String page =
                title
                        + separator
                        + "The Harbour Talk Podcast The crews went back to work on Monday after a"
                        + " long dispute over the winter timetable and the pay that goes with"
                        + " it.\n\n"
                        + "Also: the new lighthouse lens arrives from the workshop.\n\n"
                        + "Subscribe to the newsletter.\n"
                        + "Email the show.\n\n"
                        + title
                        + "\n\n"
                        + "ANA: Good morning from the quay, where the first boat is leaving.\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 8 prints alone the title that line 1 runs into the show's name and the teaser.
        assertThat(onlyTitle(parsed)).isEqualTo(title);
        // Line 1's teaser stays the episode's notes.
        assertThat(parsed.episodes().get(0).description().orElseThrow())
                .contains("The crews went back to work");
    }

    @ParameterizedTest
    @ValueSource(strings = {" and then ", ", "})
    void aLineThatOnlyOpensWithTheSameWordsIsNoRunTogetherTitle(String join) {
        String words = "Ferry Strike Ends at Last";
        String page =
                words
                        + join
                        + "the crews went back to work on Monday after a long dispute over the"
                        + " winter timetable and the pay that goes with it.\n\n"
                        + words
                        + "\n\n"
                        + PARAGRAPH
                        + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is a sentence that opens with line 3's words: line 3 is not taken for that.
        assertThat(parsed.episodes().get(0).title()).isNotEqualTo(java.util.Optional.of(words));
    }
}
