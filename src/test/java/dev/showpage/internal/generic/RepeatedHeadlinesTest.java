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
        // " ~ " parts the player's lines
        return EpisodePageParser.parse(
                show
                        + "\n"
                        + show
                        + "\n"
                        + headline
                        + "\n"
                        + player.replace(" ~ ", "\n")
                        + "\n\n"
                        + headline
                        + "\n\n"
                        + NOTES
                        + "\n");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbour Notes | Harbour Notes #7: Lamps at low tide. With Mara Quist. | 0:00 ~"
                        + " -41:12",
                "Hafennotizen | Hafennotizen #7: Lampen bei Ebbe. Mit Mara Quist. | 0:00 ~ -41:12",
                "Notes du port | Notes du port n°7 : les lampes à marée basse. Avec Mara Quist."
                        + " | 00:00 / 41:12",
                "Notas del puerto | Notas del puerto #7: Faros en marea baja. Con Mara Quist."
                        + " | Hora actual: 0:00 / Tiempo total: -41:12 ~ -41:12",
                "Note dal porto | Le lampade con la bassa marea. Ospite Mara Quist. | 0:00 ~"
                        + " -41:12",
                "Havennotities | De lampen bij eb. Met Mara Quist. | 0:00:00 ~ -0:41:12",
                "Harbour Notes | Lamps at low tide. The keeper's year. | 0:00 ~ -41:12",
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
            })
    void aSentenceAroundAStampIsNoTitle(String sentence, String between) {
        Page page =
                EpisodePageParser.parse(
                        "Harbour Notes\n\n"
                                + sentence
                                + "\n"
                                + between
                                + "\n"
                                + sentence
                                + "\n\n"
                                + NOTES
                                + "\n");
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
                        show
                                + "\n"
                                + sentence
                                + "\n"
                                + show
                                + " cover\n"
                                + sentence
                                + "\n\n"
                                + NOTES
                                + "\n");
        assertThat(DatedPages.titles(page)).doesNotContain(sentence);
    }
}
