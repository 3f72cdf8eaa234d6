package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The show an article's prose names: after a word for a programme, as the show an episode is of, in
 * an apposition, in a quoted greeting, or before a broadcast's label and date; printed twice, or
 * named once in a shape that names the page's own show; and more often than any other name so
 * given.
 */
class ArticleShowNamesTest {

    /** Lines of an article that name no show, to stand between the lines a test is about. */
    private static final String FILLER = "The harbour was quiet that morning, and the boats slept.";

    private static String find(String... texts) {
        return ArticleShowNames.find(Arrays.asList(texts), Set.of());
    }

    /** The page of a test: its line, filler, and a later line that prints the name again. */
    private static String findPrintedAgain(String text, String name) {
        return find(text, FILLER, name + " is on again next week, same time.", FILLER);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // a word for a programme before the quoted name
                "Mara Quill starts the podcast ‘Tides and Tales’ with a sailor|Tides and Tales",
                "Jan Visser begint podcast ‘Zolang de zon schijnt’ met een gast|Zolang de zon"
                        + " schijnt",
                "O programa “Conversa de Cais”, apresentado por Rita, estreou ontem.|Conversa de"
                        + " Cais",
                "Lundi, l'émission « Les Quais du Soir » reçoit un marin.|Les Quais du Soir",
                "Heute läuft die Sendung „Hafen am Abend“ im Radio.|Hafen am Abend",
                // the word in the plural or the German genitive
                "Das Prinzip des Podcasts „Kai Nord“ ist ein langes Gespräch.|Kai Nord",
                "Die Idee des Formats „Hafen am Abend“ ist einfach.|Hafen am Abend",
                "Der Gast eines neuen Podcasts „Kai Nord“ war der Lotse.|Kai Nord",
                "Mara tiene ahora un podcast, 'Marea Alta', sobre el mar.|Marea Alta",
                // an episode of the show
                "Sabato è andata in onda la puntata di *Voci dal molo* con tre ospiti.|Voci dal"
                        + " molo",
                "EPISODE 12 of 'Quay Songs' opens with a fiddle tune.|Quay Songs",
                "Gisteren was de aflevering van Havenpraat, met een visser.|Havenpraat",
                // an apposition
                "“Il Molo”, il format radiofonico di Marco, torna lunedì.|Il Molo",
                "« Quai Nord » le podcast des marins revient.|Quai Nord"
            })
    void aShapeNamesTheShowThePagePrintsAgain(String text, String name) {
        assertThat(findPrintedAgain(text, name)).isEqualTo(name);
        assertThat(find(text, FILLER, FILLER)).isNull(); // printed once: maybe another show
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // this episode of the show
                "In this episode of Harbour Hours, Mara talks to a sailor.|Harbour Hours",
                "En este episodio de Marea Alta, Rita habla con un pescador.|Marea Alta",
                "Neste episódio do Cais Aberto, juntámos quatro vozes à mesa.|Cais Aberto",
                "In deze aflevering van ‘De Kade’ praten we met een visser.|De Kade",
                // a quoted greeting
                "Bienvenue dans « Quai Nord ! » le rendez-vous des marins.|Quai Nord !",
                "Welkom bij ‘De Kade’, vandaag met een visser.|De Kade",
                // before a broadcast's label and its date
                "Hafen heute, Sendung vom 3.4.2019: Wer fährt noch zur See?|Hafen heute",
                "Quai Nord, émission du 2 octobre 2021|Quai Nord"
            })
    void aShapeOfThePagesOwnShowNamesItOnce(String text, String name) {
        assertThat(find(FILLER, text, FILLER)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // quoted titles after words that name no programme
                "Then came the song ‘Harbour Lights’, sung by a choir.|Harbour Lights",
                "Elle publie le livre « Les Quais du Soir » chez un éditeur.|Les Quais du Soir",
                "He starred in the film 'Salt Lines', shot in a week.|Salt Lines",
                "Ascolta la canzone “Voci dal molo”, uscita ieri.|Voci dal molo",
                // an episode's quoted title, not the show an episode is of
                "In the episode ‘The Long Tide’ Mara talks to a sailor.|The Long Tide",
                "Welcome to episode ‘The Long Tide’ of our show.|The Long Tide",
                // one episode of many, or the first: most often another show's
                "Mara, who once appeared in an episode of “Doctor Who”, tells.|Doctor Who",
                "L'actrice qui a joué dans un épisode de « Quai Nord » parle.|Quai Nord",
                "Sie spielte in einer Folge von „Hafen am Abend“ eine Fischerin.|Hafen am Abend",
                "Six mois après, elle publie le premier épisode de Quai Nord, son podcast.|Quai"
                        + " Nord",
                // a station after a word for a programme
                "La trasmissione ‘Radio 24’ va in onda il sabato.|Radio 24",
                // a name without quotes that runs on into the sentence
                "De podcast Zolang de zon schijnt is terug.|Zolang",
                "In this episode of the podcast we talk about ships.|the podcast",
                // an edition of a newspaper
                "In today's edition of The Harbour Times, a storm.|The Harbour Times",
                // a capital "Show" ends a name, it opens none
                "The Late Show, Mara Quill.|Mara Quill",
                // a person's apposition is no programme's
                "Mara Quill, the podcaster, lives by the sea.|Mara Quill",
                // a name without quotes before an apposition may start mid-sentence
                "Heute Radio Pier, der Podcast vom Hafen, hat eine neue Folge.|Radio Pier",
                // a word between the episode and the show's name
                "Para o centésimo episódio especial do Cais Aberto, juntámos vozes.|Cais Aberto",
                // a guest's own show
                "Sie erzählt auch in ihrem Podcast „Hafen am Abend“ von der See.|Hafen am Abend",
                "Il en parle dans son émission « Les Quais du Soir » le lundi.|Les Quais du Soir",
                // a word for a programme glued into another word
                "Das Satire-Format «Hafen am Abend» lacht über alles.|Hafen am Abend",
                // a news ticker's item about another programme
                "21:59Dit zijn de afvallers van de vijfde aflevering van De Kade|De Kade"
            })
    void otherShapesNameNoShow(String text, String name) {
        assertThat(findPrintedAgain(text, name)).isNull();
    }

    @Test
    void anEpisodesTitleIsNeverTheShow() {
        List<String> texts =
                List.of(
                        "Episode 12: Tides and Tales",
                        "In the new episode, the podcast ‘Tides and Tales’ walks the quay.",
                        "Tides and Tales is on again next week.");
        assertThat(ArticleShowNames.find(texts, Set.of("Episode 12: Tides and Tales"))).isNull();
        assertThat(ArticleShowNames.find(texts, Set.of())).isEqualTo("Tides and Tales");
    }

    @Test
    void aNameThePagePrintsAloneIsATagsNotTheShow() {
        assertThat(
                        find(
                                "Mara Quill, host of the podcast “Deep Water”, joins us.",
                                FILLER,
                                "More from our network",
                                "Deep Water"))
                .isNull();
        assertThat(
                        find(
                                "Mara Quill, host of the podcast “Deep Water”, joins us.",
                                FILLER,
                                "Deep Water is on again next week."))
                .isEqualTo("Deep Water");
    }

    @Test
    void theNamePrintedMostOftenWinsOverAnotherShowNamedOnce() {
        assertThat(
                        find(
                                "Mara Quill starts the podcast ‘Tides and Tales’.",
                                "Before that she made the podcast ‘Salt Lines’ for years.",
                                FILLER,
                                "Tides and Tales airs on Mondays."))
                .isEqualTo("Tides and Tales");
    }

    @Test
    void twoShowsNamedTwiceEachGiveNone() {
        assertThat(
                        find(
                                "Mara Quill starts the podcast ‘Tides and Tales’.",
                                "Rita answers with the podcast ‘Salt Lines’.",
                                "Tides and Tales and Salt Lines both air on Mondays."))
                .isNull();
    }

    @Test
    void aListOfRecommendedPodcastsGivesNone() {
        assertThat(
                        find(
                                "Five podcasts for the summer: Tides and Tales, Salt Lines and"
                                        + " more",
                                "First, the podcast ‘Tides and Tales’: stories of the sea.",
                                "Then the podcast ‘Salt Lines’, about fishermen.",
                                "And the podcast ‘Deck Notes’, for sailors. Deck Notes is new."))
                .isNull();
    }

    @Test
    void aPageOfTipsGivesNone() {
        assertThat(
                        find(
                                "Unsere Podcast-Tipps der Woche",
                                "Das Format „Hafen am Abend“ erzählt von der See.",
                                "Hafen am Abend gibt es jeden Montag."))
                .isNull();
        assertThat(
                        find(
                                "Rita Ferri consiglia",
                                "“Voci dal molo”, il podcast di Rita, racconta il porto.",
                                "Voci dal molo esce il lunedì."))
                .isNull();
    }

    @Test
    void aQuotedGreetingOutweighsAnotherShowNamedAsOften() {
        assertThat(
                        find(
                                "Bienvenue dans « Quai Nord » le podcast des marins.",
                                "Aujourd'hui « Salt Lines » le podcast de Rita est notre invité.",
                                "Salt Lines et Quai Nord, deux podcasts."))
                .isEqualTo("Quai Nord");
    }
}
