package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A show's name opening a sentence, then a sign and an article with a word for a programme ("Voci
 * dal molo: un podcast per ...", "Havenpraat, de podcast van ..."): at a headline's head it names
 * the page's show once; further down the page must print it twice. Its guards: a preposition or a
 * word of time before the words, a station, a platform, a programme's word alone, a person's role
 * or a business after the word, a person's shape at the headline.
 */
class ApposedShowNameTest {

    private static final String FILLER = "The harbour was quiet that morning, and the boats slept.";

    private static String find(String... texts) {
        return ArticleShowNames.find(Arrays.asList(texts), Set.of());
    }

    private static List<String> names(String text) {
        return ApposedShowName.in(text, ArticlePhrases.cuesIn(text)).stream()
                .map(ApposedShowName.Apposed::name)
                .toList();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Voci dal molo: un podcast per raccontare il porto|Voci dal molo",
                "Quai des brumes, le podcast qui raconte les marins|Quai des brumes",
                "Hafen am Abend: der neue Podcast über Seeleute|Hafen am Abend",
                "Marea de fondo, el programa que cuenta el puerto|Marea de fondo",
                "Conversa de cais: o podcast que conta histórias do porto|Conversa de cais",
                "Praten op de kade: de podcast over vissers|Praten op de kade",
                "The Long Quay: the show about the people of the docks|The Long Quay",
                "Why not?!, the podcast that asks the sea|Why not?!"
            })
    void aHeadlinesApposedNameIsThePagesShowOnce(String headline, String name) {
        assertThat(find(headline, FILLER, FILLER)).isEqualTo(name);
        // further down, a paragraph's head names it only when the page prints it again
        assertThat(find(FILLER, FILLER, FILLER, headline)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Funds were raised. Tidewater, the podcast of the harbour trust, is"
                        + " back.|Tidewater",
                "Es geht weiter. Hafenfunk, der Podcast von Jan Holm, startet neu.|Hafenfunk",
                "Le port bouge. Cap Vent, un podcast de Marie Roux, revient lundi.|Cap Vent",
                "Volvió ayer. Marejada, el programa de Rita Sol, suma oyentes.|Marejada",
                "È tornato. Risacca, il podcast di Lia Neri, arriva su tutte le app.|Risacca",
                "Havenpraat, de podcast van de haven, keert terug.|Havenpraat",
                "Maresia, o programa da rádio local, estreou ontem.|Maresia"
            })
    void aSentencesApposedNameIsTheShowThePagePrintsAgain(String text, String name) {
        assertThat(find(FILLER, FILLER, FILLER, text, "Listen to " + name + " on any app.", FILLER))
                .isEqualTo(name);
        assertThat(find(FILLER, FILLER, FILLER, text, FILLER)).isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // a preposition before a person, a word of time
                "Para Rita Lopes, o podcast é um arquivo do som.",
                "According to Mara, the show will go on.",
                "Selon Marie Roux, le podcast est un journal.",
                "Heute Abend: der Podcast mit Mara Quill",
                "Desde hoy, el programa se emite en directo.",
                // a station, a platform, only a word for a programme
                "Radio Nord, der Podcast-Sender des Nordens, wächst.",
                "Radio Nord, der Sender, startet den Podcast.",
                "YouTube, o podcast mais visto, cresce.",
                "Podcast: the show about the sea",
                // a person's role or a business after the word
                "Mara Quill, the podcast host, walks the quay.",
                "Tidecast, the podcast app, adds chapters.",
                "Hans Holm, de podcast presentator, vertelt.",
                // no article before the word, a quoted name after it, a dash before the article
                "Tidewater, podcast of the trust, is back.",
                "Why knots hold, the podcast ‘Harbour Talk’",
                "Pourquoi les nœuds tiennent, le podcast « Quai Nord »",
                "Warum ich ging – Ein Podcast von Jan Holm"
            })
    void otherWordsBeforeAProgrammeAreNoName(String text) {
        assertThat(names(text)).isEmpty();
    }

    @Test
    void aHeadlinesNameInAPersonsShapeIsNoShowOnce() {
        assertThat(find("Mara Quill: a podcast about her life at sea", FILLER, FILLER)).isNull();
        assertThat(
                        find(
                                "Harbour Nights: a podcast about the port",
                                FILLER,
                                "Listen to Harbour Nights on any app."))
                .isEqualTo("Harbour Nights");
    }

    @Test
    void aNameThePageSpeaksOfAsOfAPersonIsNoShow() {
        assertThat(
                        find(
                                "Rita Sol: a podcast about her years at sea",
                                FILLER,
                                "Rita Sol says the sea taught her patience."))
                .isNull();
    }

    @Test
    void aOneWordHeadlineNameIsALabelUnlessPrintedAgain() {
        assertThat(find("Exklusiv: der Podcast über den Hafen", FILLER, FILLER)).isNull();
        assertThat(find("Jetzt neu: der Podcast über den Hafen", FILLER, FILLER)).isNull();
        assertThat(find("Ora disponibile: il podcast sul porto", FILLER, FILLER)).isNull();
        assertThat(find("Nu te beluisteren: de podcast over de haven", FILLER, FILLER)).isNull();
        assertThat(
                        find(
                                "Sturmflut: der Podcast über den Hafen",
                                FILLER,
                                "Jeden Montag läuft Sturmflut im Radio."))
                .isEqualTo("Sturmflut");
    }

    @Test
    void aNameWithinASentenceTakesTheSentencesHeadWhichThePagePrintsOnce() {
        assertThat(
                        find(
                                FILLER,
                                FILLER,
                                FILLER,
                                "Funds for Tidewater, the podcast of the trust, came in.",
                                "Listen to Tidewater on any app."))
                .isNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Why knots hold: a podcast by Harbour Media",
                "Warum ich ging: Ein Podcast von Jan Holm",
                "Pourquoi je suis parti : un podcast de Marie Roux",
                "Por qué me fui: un podcast de Rita Sol"
            })
    void aHeadlineEndingInAPublisherIsATemplatesTitle(String headline) {
        assertThat(find(headline, FILLER, FILLER)).isNull();
    }

    @Test
    void aOneWordNameAtSentencesHeadsOnlyIsAnAdverb() {
        assertThat(
                        find(
                                FILLER,
                                FILLER,
                                FILLER,
                                "Finally, the podcast of the lock trust is back on the water.",
                                "Finally we can go out again."))
                .isNull();
        assertThat(
                        find(
                                FILLER,
                                FILLER,
                                FILLER,
                                "Intanto, il podcast del porto torna in onda.",
                                "Intanto si prepara la nuova stagione."))
                .isNull();
        assertThat(
                        find(
                                FILLER,
                                FILLER,
                                FILLER,
                                "Tidewater, the podcast of the lock trust, is back on the water.",
                                "Tidewater we can hear again, and the guests of Tidewater agree."))
                .isEqualTo("Tidewater");
    }

    @Test
    void aParagraphsHeadIsNoHeadline() {
        String paragraph =
                "Starting from the founder Jan Holm, the podcast tells the story of the harbour,"
                    + " its cranes, its ferries and the people who kept them running for years.";
        assertThat(find("The harbour at night", paragraph, FILLER)).isNull();
    }

    @Test
    void aHeadlineThatNamesTwoShowsNamesNeither() {
        List<String> texts =
                List.of(
                        "Le podcast « Quai Nord » devance le podcast « Cap Vent »",
                        "« Quai Nord » compte deux millions d'écoutes.",
                        "« Cap Vent » en compte un million et demi.");
        assertThat(ArticleShowNames.find(texts, Set.of(texts.get(0)))).isNull();
    }

    @Test
    void anEpisodesTitleNamesTheShowAfterAWordForAProgramme() {
        List<String> texts =
                List.of(
                        "Le podcast « Quai Nord » fait le plein d'écoutes",
                        FILLER,
                        "Le principe de « Quai Nord » est simple : un invité, une histoire.");
        assertThat(ArticleShowNames.find(texts, Set.of(texts.get(0)))).isEqualTo("Quai Nord");
        // the title's other shapes still name no show
        List<String> episodeOf =
                List.of(
                        "Episode 4 of ‘Quai Nord’: the ferry",
                        FILLER,
                        "Le principe de « Quai Nord » est simple.");
        assertThat(ArticleShowNames.find(episodeOf, Set.of(episodeOf.get(0)))).isNull();
    }
}
