package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A length's label that says what it is the length of ("Dauer der Folge", "Length of the episode"),
 * and a label a scraper glued to the word before it ("PodcastDuration:"); the near misses that stay
 * words. The lines are made up.
 */
class LabelPhrasesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Dauer der Folge: 41:07\\n => LENGTH[Dauer der Folge] COLON[:] TIMESTAMP[41:07] /
                    Length of the episode 1 h 12 min\\n => LENGTH[Length of the episode] QUANTITY[1 h] QUANTITY[12 min] /
                    Duración del episodio: 33 min\\n => LENGTH[Duración del episodio] COLON[:] QUANTITY[33 min] /
                    Duur van de aflevering: 52 min\\n => LENGTH[Duur van de aflevering] COLON[:] QUANTITY[52 min] /
                    Duração do episódio: 1 h 5 min\\n => LENGTH[Duração do episódio] COLON[:] QUANTITY[1 h] QUANTITY[5 min] /
                    Durata dell'episodio: 27 min\\n => LENGTH[Durata dell'episodio] COLON[:] QUANTITY[27 min] /
                    Voir Durée de la vidéo : 8 min\\n => WORD[Voir] LENGTH[Durée de la vidéo] COLON[:] QUANTITY[8 min] /
                    """)
    void readsALabelThatNamesWhatItMeasures(String text, String expected) {
        assertThat(TypedTokens.of(text.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Download EpisodeDuration: 12:34\\n => WORD[Download] WORD[Episode] LENGTH[Duration] COLON[:] TIMESTAMP[12:34] /
                    ShowDatum: 3. März 2024\\n => WORD[Show] PUBLISHED[Datum] COLON[:] MONTH_DATE[3. März 2024] /
                    Listen nowReleased: Mar 3, 2024\\n => WORD[Listen] WORD[now] PUBLISHED[Released] COLON[:] MONTH_DATE[Mar 3, 2024] /
                    AudioDuración: 33 min\\n => WORD[Audio] LENGTH[Duración] COLON[:] QUANTITY[33 min] /
                    """)
    void cutsALabelGluedToTheWordBefore(String text, String expected) {
        assertThat(TypedTokens.of(text.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Length of the episode matters\\n => WORD[Length] WORD[of] WORD[the] WORD[episode] WORD[matters] /
                    la durée de l'épisode est longue\\n => WORD[la] WORD[durée] WORD[de] WORD[l'épisode] WORD[est] WORD[longue] /
                    McDonald: 3 March 2024\\n => WORD[McDonald] COLON[:] MONTH_DATE[3 March 2024] /
                    PodcastDuration: soon\\n => WORD[PodcastDuration] COLON[:] WORD[soon] /
                    PodcastDuration : 12:34\\n => WORD[PodcastDuration] COLON[:] TIMESTAMP[12:34] /
                    Duration of the trip: 3 days\\n => LENGTH[Duration] WORD[of] WORD[the] WORD[trip] COLON[:] QUANTITY[3 days] /
                    """)
    void leavesNearMissesAsWords(String text, String expected) {
        assertThat(TypedTokens.of(text.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Listen to the audio (2 hours, 3 minutes)\\n => LENGTH[Listen to the audio (] QUANTITY[2 hours] COMMA[,] QUANTITY[3 minutes] OTHER[)] /
                    Écouter l'épisode (45 min)\\n => LENGTH[Écouter l'épisode (] QUANTITY[45 min] OTHER[)] /
                    Anhören (1 Std. 5 Min.)\\n => LENGTH[Anhören (] QUANTITY[1 Std.] QUANTITY[5 Min.] OTHER[)] /
                    Escuchar el episodio (38 min)\\n => LENGTH[Escuchar el episodio (] QUANTITY[38 min] OTHER[)] /
                    """)
    void readsAPlayersBracketedLength(String text, String expected) {
        assertThat(TypedTokens.of(text.replace("\\n", "\n"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Listen to this episode (and more)\\n => WORD[Listen] WORD[to] WORD[this] WORD[episode] OTHER[(] WORD[and] WORD[more] OTHER[)] /
                    Listen to this episode (45 min) today\\n => WORD[Listen] WORD[to] WORD[this] WORD[episode] OTHER[(] QUANTITY[45 min] OTHER[)] WORD[today] /
                    We talked to him (45 min)\\n => WORD[We] WORD[talked] WORD[to] WORD[him] OTHER[(] QUANTITY[45 min] OTHER[)] /
                    """)
    void leavesOtherBracketedLengthsInText(String text, String expected) {
        assertThat(TypedTokens.of(text.replace("\\n", "\n"))).isEqualTo(expected);
    }
}
