package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What keeps the shapes of {@link ArticleShowNames} from a wrong show: a greeting quoted from
 * someone's speech, a town or a station before a broadcast's label, a date's or a station's words
 * after "this episode of", a show framed as past, a station after a word for a programme, a
 * segment's name, and a guest's show after a possessive and an adjective.
 */
class ArticleShowNamesGuardsTest {

    private static final String FILLER = "The harbour was quiet that morning, and the boats slept.";

    private static String find(String... texts) {
        return ArticleShowNames.find(Arrays.asList(texts), Set.of());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // a greeting quoted from someone's speech
                "\"Welcome to 'Harbour Town',\" says the mayor, greeting tourists off the ferry.",
                "« Bienvenue dans « Cap Sizun » », lance le guide aux touristes.",
                "„Willkommen im ‚Alten Hafen‘“, sagt die Wirtin zu den Gästen.",
                "Dan laughs: “Welcome to ‘Rope City’, my workshop.”",
                // a greeting's one word may be a town's
                "Welcome to 'Lisbon', the sign at the quay says.",
                // a town or a station before a broadcast's label, and a name lower on the page
                "Deutschlandfunk, Sendung vom 3.4.2019",
                "Berlin, Sendung vom 3.4.2019: Wer fährt noch zur See?",
                "Marseille, émission du 2 octobre 2021",
                // a date's, a season's or a station's words after "this episode of"
                "In this episode of Season 3, Mara talks to a rigger.",
                "In dieser Folge vom Montag, sprechen wir mit einem Kapitän.",
                "Dans cet épisode de Radio France, on parle de mer avec un pêcheur.",
                "In this episode of Monday Night, Mara talks to a rigger.",
                "En este episodio de Temporada 2, Rita habla con un pescador.",
                "In deze aflevering van Kanal Zuid, praten we met een visser."
            })
    void aNameGivenOnceIsNoShow(String text) {
        assertThat(find(text, FILLER, FILLER)).isNull();
    }

    @Test
    void aBroadcastsLabelNamesTheShowOnlyAtThePagesHead() {
        assertThat(find("Hafen heute, Sendung vom 3.4.2019: Wer fährt noch zur See?", FILLER))
                .isEqualTo("Hafen heute");
        assertThat(
                        find(
                                FILLER,
                                FILLER,
                                FILLER,
                                "Hafen heute, Sendung vom 3.4.2019: Wer fährt noch zur See?"))
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // printed twice, and still no show
                "In this episode of Season 3, Mara talks to a rigger.|Season 3",
                "Berlin, Sendung vom 3.4.2019: Wer fährt noch zur See?|Berlin",
                // a show framed as past: a career's, an obituary's
                "After ten years of the talk show ‘Late Harbour’, Mara Quill now hosts the news."
                        + "|Late Harbour",
                "Après douze ans à la tête de l'émission « Le Grand Large », Sylvie part.|Le Grand"
                        + " Large",
                "Die ehemalige Sendung „Hafen am Abend“ lief dreißig Jahre.|Hafen am Abend",
                "Dopo il programma “Voci dal molo”, Rita passa alla televisione.|Voci dal molo",
                // a station after a word for a programme
                "The programme 'Radio 4' has carried the forecast since 1967.|Radio 4",
                "Die Sendung „Kanal Nord“ läuft seit 1990.|Kanal Nord",
                "O programa “Rádio Cais” estreou ontem.|Rádio Cais",
                // a segment of a show
                "Then comes the show 'Ask Me Anything' segment, with questions.|Ask Me Anything",
                "Le podcast « Quai Nord » rubrique météo commence.|Quai Nord",
                // a guest's show, an adjective after the possessive
                "Dan Reef talks about her new podcast ‘Deep Water’ today.|Deep Water",
                "Sie erzählt in ihrem neuen Podcast „Hafen am Abend“ von der See.|Hafen am Abend",
                "Il en parle dans son nouveau podcast « Quai Nord » le lundi.|Quai Nord"
            })
    void aNamePrintedTwiceIsNoShow(String text, String name) {
        assertThat(find(text, FILLER, name + " is on again next week, same time.")).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Il programma ‘L’autostoppista’ torna lunedì.|L’autostoppista",
                "The podcast ‘Mara’s Harbour’ starts today.|Mara’s Harbour",
                "Le podcast 'L'Heure Bleue' revient.|L'Heure Bleue"
            })
    void anApostropheInsideSingleQuotesKeepsTheName(String text, String name) {
        assertThat(find(text, FILLER, name + " is on again next week.")).isEqualTo(name);
    }

    @Test
    void aHostsGreetingStillNamesTheShowOnce() {
        assertThat(find(FILLER, "Welcome to ‘Harbour Hours’, with me, Mara.", FILLER))
                .isEqualTo("Harbour Hours");
    }

    @Test
    void aGreetedNameCountsTowardsTheLimitOfNames() {
        assertThat(
                        find(
                                "Bienvenue dans « Quai Nord » le rendez-vous des marins.",
                                "Le podcast « Salt Lines » et le podcast « Deck Notes » aussi.",
                                "L'émission « Cap Vert » enfin.",
                                "Salt Lines, Deck Notes, Cap Vert."))
                .isNull();
    }

    @Test
    void aNameInsideAnotherIsNotPrintedAgain() {
        assertThat(find("Mara starts the podcast ‘Port’ today.", FILLER, "Night Port is on."))
                .isNull();
        assertThat(find("Mara starts the podcast ‘Port’ today.", FILLER, "Port Radio is on."))
                .isNull();
        assertThat(find("Mara starts the podcast ‘Port’ today.", FILLER, "Airport is far."))
                .isNull();
        assertThat(find("Mara starts the podcast ‘Port’ today.", FILLER, "Port is on Mondays."))
                .isEqualTo("Port");
    }
}
