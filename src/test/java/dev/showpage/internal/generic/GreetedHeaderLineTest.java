package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A transcript page prints the episode's title, then the show's name, then the transcript, whose
 * host greets listeners to the show in lower case, as a machine writes speech ("welcome to the
 * harbour talk podcast"): the header line the greeting names, whatever the case, is the show.
 * Made-up pages in the seven languages; the near-misses name no show.
 */
class GreetedHeaderLineTest {

    private static String page(String show, String greeting) {
        return "Yara: Founder of Tide Notes - Reading the tides\n"
                + show
                + "\n0:00\n0:00\n\nFull episode transcript -\n\n"
                + "So the boats were late that morning, and the harbour was quiet for once, which"
                + " never happens. "
                + greeting
                + " Today I spoke with Yara about the tides and the boats.\n";
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Deep Harbour => Welcome to the deep harbour Podcasts.
                    Deep Harbour => welcome back to deep harbour, everyone.
                    Le Grand Large => Bienvenue dans le grand large !
                    Hafen Funk => Willkommen bei hafen funk, schön dass ihr da seid.
                    Voces del Puerto => Bienvenidos a voces del puerto, como cada semana.
                    Voce del Mattino => Benvenuti a voce del mattino.
                    Conversas de Cais => Bem-vindos ao conversas de cais.
                    Haven Radio => Welkom bij haven radio, fijn dat je luistert.
                    """)
    void theHeaderLineTheTranscriptGreetsIsTheShow(String show, String greeting) {
        Page page = EpisodePageParser.parse(page(show, greeting));

        assertThat(page.show().map(Show::title)).as(greeting).contains(show);
    }

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(
            delimiterString = "=>",
            textBlock =
                    """
                    Deep Harbour => We went to the deep harbour again.
                    Deep Harbour => Welcome to the deep harbours of the north.
                    Deep Harbour => Welcome to the deep harbourside, everyone.
                    Harbour => Welcome to harbour life, everyone.
                    """)
    void otherSentencesNameNoShow(String show, String sentence) {
        Page page = EpisodePageParser.parse(page(show, sentence));

        assertThat(page.show().map(Show::title))
                .as(sentence)
                .isNotEqualTo(java.util.Optional.of(show));
    }
}
