package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A headline printed over and under a post's player is its title, a closing full stop or two
 * sentences notwithstanding; a sentence printed twice with no player between, or with a
 * transcript's stamp between, is not. The pages are made up.
 */
class RepeatedHeadlinesTest {

    private static final String NOTES =
            "Mara Quist keeps the lamps of the old harbour and tells us how the ferries found"
                    + " their way before the radar came.";

    private static Page aroundPlayer(String show, String headline, String player) {
        // " ~ " parts the player's lines; the show's name, one word, is printed twice over them as
        // a platform prints it (a name of more words printed twice is the base's title and stands)
        return EpisodePageParser.parse(
                MadeUpPages.ofLines(
                        show,
                        show,
                        headline,
                        MadeUpPages.fromRow(player, " ~ "),
                        "",
                        headline,
                        "",
                        NOTES));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbournotes | Harbournotes #7: Lamps at low tide. With Mara Quist. | 0:00 ~"
                        + " -41:12",
                "Hafennotizen | Hafennotizen #7: Lampen bei Ebbe. Mit Mara Quist. | 0:00 ~ -41:12",
                "Portuaires | Portuaires n°7 : les lampes à marée basse. Avec Mara Quist."
                        + " | 00:00 / 41:12",
                "Muelle | Muelle #7: Faros en marea baja. Con Mara Quist."
                        + " | Hora actual: 0:00 / Tiempo total: -41:12 ~ -41:12",
                "Portolano | Le lampade con la bassa marea. Ospite Mara Quist. | 0:00 ~"
                        + " -41:12",
                "Havennotities | De lampen bij eb. Met Mara Quist. | 0:00:00 ~ -0:41:12",
                "Harbournotes | Lamps at low tide. The keeper's year. | 0:00 ~ -41:12",
            })
    void aHeadlineOnBothSidesOfThePlayerIsTheTitle(String show, String headline, String player) {
        assertThat(DatedPages.titles(aroundPlayer(show, headline, player)))
                .containsExactly(headline);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // A transcript's stamp between two prints of a short sentence
                "Thank you for coming in today. | 12:30",
                "Danke, dass du da bist. | 4:05",
                // A list's running times
                "We talk about the harbour. | 41:12",
                // A clock range is an evening's hours, not a player's remaining time
                "Live from the harbour hall tonight. | 19:00-22:00",
                "Live aus der Hafenhalle am Abend. | 19:00-22:00",
            })
    void aSentenceAroundAStampIsNoTitle(String sentence, String between) {
        Page page =
                EpisodePageParser.parse(
                        MadeUpPages.ofLines(
                                "Harbour Notes", "", sentence, between, sentence, "", NOTES));
        assertThat(DatedPages.titles(page)).doesNotContain(sentence);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // A show's description over and under its cover
                "Harbour Notes | Weekly talks with the people who keep the harbour running.",
                "Hafennotizen | Jede Woche Gespräche mit den Menschen am Hafen.",
                "Notes du port | Chaque semaine, les gens du port racontent leur métier.",
            })
    void aSentencePrintedTwiceWithoutAPlayerIsNoTitle(String show, String sentence) {
        Page page =
                EpisodePageParser.parse(
                        MadeUpPages.ofLines(show, sentence, show + " cover", sentence, "", NOTES));
        assertThat(DatedPages.titles(page)).doesNotContain(sentence);
    }

    /**
     * A show's description or a sponsor's read printed on both sides of the player ("0:00" over
     * "-41:12"): the show's or the sponsor's sentence, never the episode's title.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbour Notes | This episode is brought to you by Saltbox. Use code HARBOUR for"
                        + " 20 percent off.",
                "Harbour Notes | A podcast about the sea and the people on it. Hosted by Tom"
                        + " Reyes.",
                "Hafennotizen | Ein Podcast über das Meer und die Menschen daran. Moderiert von"
                        + " Tom Reyes.",
                "Hafennotizen | Diese Folge wird gesponsert von Salzkiste. Mit dem Code HAFEN"
                        + " gibt es 20 Prozent Rabatt.",
                "Notes du port | Un podcast sur la mer et les gens qui y vivent. Présenté par"
                        + " Tom Reyes.",
                "Notas del puerto | Este episodio está patrocinado por Caja de Sal. Usa el código"
                        + " PUERTO.",
                "Notas del puerto | Conversaciones sobre el mar y su gente. Presentado por Tom"
                        + " Reyes.",
                "Havennotities | Gesprekken over de zee en de mensen erop. Gepresenteerd door"
                        + " Tom Reyes.",
                "Note dal porto | Un podcast sul mare e sulla sua gente. Condotto da Tom Reyes.",
            })
    void aShowsOrSponsorsSentenceAroundThePlayerIsNoTitle(String show, String sentence) {
        Page page =
                EpisodePageParser.parse(
                        MadeUpPages.ofLines(
                                show, show, sentence, "0:00", "-41:12", "", sentence, "", NOTES));
        assertThat(DatedPages.titles(page)).doesNotContain(sentence);
    }

    /**
     * A title printed twice over a description that the page prints on both sides of the player:
     * the title stands, not the longer description.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Podcasts / Hafennotizen | Die Leuchtturmwärter | Ein Podcast über das Meer und"
                        + " die Menschen daran. Moderiert von Tom Reyes. | 12.03.2024",
                "Podcasts / Notes du port | Les gardiens de phare | Un podcast sur la mer et les"
                        + " gens qui y vivent. Présenté par Tom Reyes. | 12/03/2024",
                "Podcasts / Harbour Notes | The lighthouse keepers | A show about the sea and the"
                        + " people on it. Hosted by Tom Reyes. | March 12, 2024",
                "Podcasts / Notas del puerto | Los fareros | Conversaciones sobre el mar y su"
                        + " gente. Cada semana, una historia del muelle. | 12/03/2024",
                "Podcasts / Havennotities | De vuurtorenwachters | Gesprekken over de zee en de"
                        + " mensen erop. Elke week een verhaal van de kade. | 12-03-2024",
            })
    void theTitleStandsOverADescriptionAroundThePlayer(
            String crumbs, String title, String description, String date) {
        Page page =
                EpisodePageParser.parse(
                        MadeUpPages.ofLines(
                                crumbs,
                                title,
                                title,
                                description,
                                "0:00 / 41:12",
                                description,
                                date,
                                NOTES));
        assertThat(DatedPages.titles(page)).containsExactly(title);
    }
}
