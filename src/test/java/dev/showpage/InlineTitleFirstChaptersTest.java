package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chapter lists a scraper ran into one line of prose, with the title before each time ({@code "...
 * belong. Ana - Why? (00:36) Ben – How? (17:30) ..."}, the last time ending the line) or after it
 * ({@code "...quiz.Chapters(00:00) Intro(04:13) ..."}, text after the last time), in several
 * languages, bracket kinds and separators, with or without blanks around the times; the last title
 * glued to the next heading or to a time cut off where the copy ends. And what is no such list: a
 * year or a score in brackets, times of day, two times in a sentence, and a transcript's cues with
 * the time glued to the speech.
 *
 * <p>Every page here is made up: an episode's title (line 1), its date and length (line 2), a blank
 * line, and the notes from line 4.
 */
class InlineTitleFirstChaptersTest {

    /** Ten titles in each of six languages; some hold a dash, brackets, a question or a colon. */
    private static final String[][] TITLES = {
        {
            "Ana - Why do lighthouses blink?",
            "Ben (email) \u2013 How are ropes made?",
            "Cleo - My son wants to sail. Is he too young?",
            "Dev \u2013 What is a spring tide",
            "Eli - Knots: which one first?",
            "Fay - The harbour master's log",
            "Gus \u2013 Where do the gulls go in winter?",
            "Hal - Fog signals, then and now",
            "Ivy - Buoys and their colours",
            "Jo \u2013 Thanks for the show!"
        },
        {
            "Anna - Warum blinken Leuchttürme?",
            "Bernd \u2013 Wie entsteht ein Tau?",
            "Clara - Mein Sohn will segeln. Ist er zu jung?",
            "Dieter \u2013 Was ist eine Springflut",
            "Emil - Knoten: welcher zuerst?",
            "Frieda - Das Logbuch des Hafenmeisters",
            "Gerd \u2013 Wohin fliegen die Möwen im Winter?",
            "Hanna - Nebelsignale früher und heute",
            "Ines - Bojen und ihre Farben",
            "Jörg \u2013 Danke für die Sendung!"
        },
        {
            "Amélie - Pourquoi les phares clignotent-ils ?",
            "Bruno \u2013 Comment fabrique-t-on une corde ?",
            "Chloé - Mon fils veut naviguer. Est-il trop jeune ?",
            "Denis \u2013 Qu'est-ce qu'une marée de vives-eaux",
            "Élise - Les nœuds : lequel d'abord ?",
            "Fanny - Le journal du capitaine de port",
            "Gaël \u2013 Où vont les mouettes en hiver ?",
            "Hugo - Les signaux de brume",
            "Inès - Les bouées et leurs couleurs",
            "Jules \u2013 Merci pour l'émission !"
        },
        {
            "Ana - ¿Por qué parpadean los faros?",
            "Beto \u2013 ¿Cómo se hace una cuerda?",
            "Carla - Mi hijo quiere navegar. ¿Es muy joven?",
            "Diego \u2013 Qué es una marea viva",
            "Elena - Nudos: ¿cuál primero?",
            "Fede - El diario del capitán de puerto",
            "Gema \u2013 ¿Adónde van las gaviotas en invierno?",
            "Hugo - Señales de niebla",
            "Inés - Las boyas y sus colores",
            "Juan \u2013 ¡Gracias por el programa!"
        },
        {
            "Alba - Perché i fari lampeggiano?",
            "Bruno \u2013 Come si fa una cima?",
            "Carla - Mio figlio vuole navigare. È troppo giovane?",
            "Dario \u2013 Che cos'è una marea sizigiale",
            "Elisa - Nodi: quale prima?",
            "Fabio - Il giornale del capitano di porto",
            "Gina \u2013 Dove vanno i gabbiani d'inverno?",
            "Ugo - Segnali di nebbia",
            "Irene - Le boe e i loro colori",
            "Luca \u2013 Grazie per la trasmissione!"
        },
        {
            "Anouk - Waarom knipperen vuurtorens?",
            "Bram \u2013 Hoe maak je een touw?",
            "Carla - Mijn zoon wil zeilen. Is hij te jong?",
            "Daan \u2013 Wat is springtij",
            "Eva - Knopen: welke eerst?",
            "Floor - Het logboek van de havenmeester",
            "Gijs \u2013 Waar gaan de meeuwen in de winter heen?",
            "Hanna - Mistsignalen vroeger en nu",
            "Iris - Boeien en hun kleuren",
            "Joep \u2013 Bedankt voor de uitzending!"
        },
    };

    /** The sentence before each list, in the titles' language. */
    private static final String[] LEAD = {
        "This hour we take your questions about the sea.",
        "In dieser Stunde beantworten wir eure Fragen zum Meer.",
        "Cette heure, nous répondons à vos questions sur la mer.",
        "En esta hora respondemos a vuestras preguntas sobre el mar.",
        "In quest'ora rispondiamo alle vostre domande sul mare.",
        "Dit uur beantwoorden we jullie vragen over de zee."
    };

    /** Starts that go up, in seconds; some past an hour. */
    private static final long[] STARTS = {36, 1050, 1252, 1840, 2432, 2645, 2893, 3700, 4105, 5400};

    /**
     * How one title and its time are written when the title comes first: %1$s the title, %2$s the
     * time; the blank after the form separates it from the next.
     */
    private static final String[] TITLE_FIRST_FORMS = {
        "%1$s (%2$s) ",
        "%1$s(%2$s) ",
        "%1$s (%2$s)",
        "%1$s [%2$s] ",
        "%1$s[%2$s]",
        "%1$s {%2$s} ",
        "%1$s <%2$s> ",
        "%1$s \u3010%2$s\u3011 ",
        "%1$s ( %2$s ) ",
        "%1$s - %2$s ",
        "%1$s \u2013 %2$s ",
        "%1$s | %2$s ",
    };

    static Stream<Arguments> titleFirstLists() {
        List<Arguments> cases = new ArrayList<>();
        for (int language = 0; language < TITLES.length; language++) {
            for (String form : TITLE_FIRST_FORMS) {
                for (int count = 3; count <= 10; count += 7 - language % 3) {
                    cases.add(Arguments.of(language, form, count, language % 2 == 0));
                }
            }
        }
        return cases.stream();
    }

    private static Episode episode(String notes) {
        String page = "Harbour Hour\nMarch 4, 2025 \u2022 95 min\n\n" + notes + "\n";
        return EpisodePageParser.parse(page).episodes().get(0);
    }

    /** 36 gives "00:36" or "0:00:36"; 3700 gives "1:01:40" either way. */
    private static String time(long seconds, boolean hours) {
        if (hours || seconds >= 3600) {
            return String.format("%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
        }
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    private static List<String> startsAndTitles(Episode episode) {
        return episode.chapters().stream()
                .map(c -> c.start().getSeconds() + " " + c.title())
                .toList();
    }

    @ParameterizedTest(name = "language {0}: \"{1}\" x{2}, hours {3}")
    @MethodSource("titleFirstLists")
    void titlesBeforeTheirTimesOnOneLineAreAChapterList(
            int language, String form, int count, boolean hours) {
        StringBuilder line = new StringBuilder(LEAD[language]).append(' ');
        List<String> want = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            line.append(String.format(form, TITLES[language][i], time(STARTS[i], hours)));
            want.add(STARTS[i] + " " + TITLES[language][i]);
        }
        Episode episode = episode(line.toString().strip());

        assertThat(startsAndTitles(episode)).isEqualTo(want);
        assertThat(episode.description()).contains(LEAD[language]);
        assertThat(episode.description().orElseThrow()).doesNotContain(TITLES[language][1]);
    }

    @Test
    void theFirstTitleStartsAfterTheLastSentenceBeforeIt() {
        Episode episode =
                episode(
                        "We read your letters. Ana asked twice! Ana - Why? (00:36) Ben - How? Why"
                                + " not? (17:30) Cy - When? (20:52)");

        assertThat(startsAndTitles(episode))
                .containsExactly("36 Ana - Why?", "1050 Ben - How? Why not?", "1252 Cy - When?");
        assertThat(episode.description()).contains("We read your letters. Ana asked twice!");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // the times glued to the words on both sides, a heading glued before the first
                "Our partner this week is a sail maker.Chapters(00:00) Moorings(06:40) Signal"
                        + " flags(21:05) Night watchTakeaways**Keep a log**Our guest thinks that"
                        + " a written log is the best tool a skipper has, and that every crew"
                        + " should keep one on every trip.",
                // blanks, square brackets, the next heading after a sentence
                "Our partner this week is a sail maker. Kapitel [00:00] Moorings [06:40] Signal"
                        + " flags [21:05] Night watch. Our guest thinks that a written log is the"
                        + " best tool a skipper has, and that every crew should keep one on every"
                        + " trip they make.",
                // a tracklist: a dash after each time, each time glued to the title before
                "Our partner this week is a sail maker...00:00 - Moorings ('02)06:40 - Signal"
                        + " flags ('15)21:05 - Night watch",
                // the same, with hours, and a time cut off where the copy ends
                "Our partner this week is a sail maker...0:00:00 - Moorings ('02)0:06:40 - Signal"
                        + " flags ('15)0:21:05 - Night watch ('21)00:0",
                // bare times, from a time of zero on
                "Our partner this week is a sail maker. 00:00 Moorings 06:40 Signal flags 21:05"
                        + " Night watch",
                "Our partner this week is a sail maker! 0:00:00 Moorings 0:06:40 Signal"
                        + " flags 0:21:05 Night watch",
                // braces, a pipe after each time
                "Our partner this week is a sail maker: {00:00} | Moorings {06:40} | Signal"
                        + " flags {21:05} | Night watch"
            })
    void titlesAfterTheirTimesInsideALineAreAChapterList(String notes) {
        Episode episode = episode(notes);

        assertThat(episode.chapters())
                .extracting(Chapter::start)
                .extracting(d -> d.getSeconds())
                .containsExactly(0L, 400L, 1265L);
        assertThat(episode.chapters())
                .extracting(Chapter::title)
                .satisfiesExactly(
                        t -> assertThat(t).startsWith("Moorings"),
                        t -> assertThat(t).startsWith("Signal flags"),
                        t -> assertThat(t).startsWith("Night watch"));
        assertThat(episode.chapters().get(2).title()).doesNotContain("00:0").hasSizeLessThan(20);
        assertThat(episode.description().orElseThrow()).contains("sail maker");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Our chapters this week. Moorings 0:00 Signal flags 6:40 Night watch 21:05",
                "Unsere Kapitel. Moorings(00:00) Signal flags(06:40) Night watch(21:05).",
                "Nos chapitres : Moorings [0:00:00] Signal flags [0:06:40] Night watch"
                        + " [0:21:05]"
            })
    void titlesBeforeBareOrBracketedTimesFromZero(String notes) {
        Episode episode = episode(notes);

        assertThat(startsAndTitles(episode))
                .containsExactly("0 Moorings", "400 Signal flags", "1265 Night watch");
    }

    @Test
    void aColonInsideTheFirstTitleStaysWhenOtherTitlesHaveOne() {
        Episode episode =
                episode("Dear listeners, Ana: why? (00:36) Ben: how? (17:30) Cy: when? (20:52)");

        assertThat(startsAndTitles(episode))
                .containsExactly(
                        "36 Dear listeners, Ana: why?", "1050 Ben: how?", "1252 Cy: when?");
    }

    @Test
    void theLastTitleEndsWhereTheNextHeadingIsGluedToIt() {
        Episode episode =
                episode(
                        "Ad copy.Kapitel(00:00) Einstieg(04:13) Die Rolle der Häfen(12:02) Die"
                                + " beste IdeeErkenntnisse**Häfen neu denken**Aus Sicht unseres"
                                + " Gastes reicht das heutige System nicht aus, er wünscht sich"
                                + " eine gemeinsame Verwaltung aller Häfen an der Küste.");

        assertThat(startsAndTitles(episode))
                .containsExactly("0 Einstieg", "253 Die Rolle der Häfen", "722 Die beste Idee");
        assertThat(episode.description().orElseThrow())
                .contains("Erkenntnisse")
                .contains("gemeinsame Verwaltung");
    }

    @Test
    void aShortLastTitleWithABrandNameStaysWhole() {
        Episode episode =
                episode(
                        "Topics. (00:00) Welcome (04:13) Moving to PowerShell (12:02) Our"
                                + " YouTube channel and the JavaScript tools");

        assertThat(episode.chapters())
                .extracting(Chapter::title)
                .containsExactly(
                        "Welcome",
                        "Moving to PowerShell",
                        "Our YouTube channel and the JavaScript tools");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                // years and scores in brackets
                "The club was founded (2021) and won the cup (3:2) after a draw (1:1) and a loss"
                        + " (0:2).",
                // times of day in brackets
                "Doors open (1:30 pm), the talks start (2:45 pm) and dinner is served (6:15 pm).",
                "Einlass (19:30 Uhr), Beginn (20:15 Uhr), Ende (22:45 Uhr).",
                // two times are no list without a heading
                "Ana asks about tides (00:36) and Ben about knots (17:30) in this hour.",
                // bare times in a sentence
                "We sailed at 10:30, anchored 12:15, and were back by 16:45 after a long day.",
                // a player's position and length
                "Now playing (00:36) / (45:12) Ana - Why do lighthouses blink? (01:10) Next (02:00)"
            })
    void timesInProseAreNoChapters(String notes) {
        Episode episode = episode(notes);

        assertThat(episode.chapters()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "00:00Welcome to the harbour stories, a podcast made from old radio archives.\n"
                        + "00:11On a Monday in September, a constable of the central station"
                        + " calls the owner of a stolen car\n"
                        + "00:24so that he comes to identify it, found in a street at the edge"
                        + " of town.\n"
                        + "00:33He arrives. It is his car indeed.\n"
                        + "00:37It has suffered a little. The front wing is dented.\n"
                        + "00:42Worse still, the boot shows marks of a break-in.",
                "00:00Bienvenue dans les histoires du port, tirées des archives de la radio.\n"
                        + "00:11Le lundi, un agent du commissariat appelle le propriétaire d'une"
                        + " voiture volée\n"
                        + "00:24pour qu'il vienne l'identifier, retrouvée dans une rue de la"
                        + " périphérie.\n"
                        + "00:33Il arrive. C'est bien elle.\n"
                        + "00:37Elle a un peu souffert.",
                "[00:00]Willkommen bei den Hafengeschichten aus dem Radioarchiv.\n"
                        + "[00:09]Am Montag ruft ein Polizist den Besitzer eines gestohlenen"
                        + " Wagens an.\n"
                        + "[00:18]Er kommt. Es ist sein Wagen.\n"
                        + "[00:25]Der Kotflügel ist verbeult."
            })
    void transcriptCuesGluedToTheirTextAreNoChapters(String notes) {
        Episode episode = episode("Transcript\n" + notes);

        assertThat(episode.chapters()).isEmpty();
        assertThat(episode.description().orElseThrow()).contains("arch");
    }

    @Test
    void shortTitlesGluedToTheirTimesAreStillAList() {
        Episode episode = episode("00:00Moorings\n06:40Signal flags\n21:05Night watch");

        assertThat(startsAndTitles(episode))
                .containsExactly("0 Moorings", "400 Signal flags", "1265 Night watch");
    }
}
