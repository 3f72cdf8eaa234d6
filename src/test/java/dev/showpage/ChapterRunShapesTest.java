package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs of lines that each start with a time, told apart by how their times fall: a chapter list
 * (entries minutes apart, whatever their titles look like: long, asking, ending with a full stop)
 * and a transcript's cues (a few seconds apart, sentences, texts said twice), in several languages
 * and ways of writing the time; and a chapter list under a heading word alone on its line, without
 * a colon ("Kapitel", "Sommaire"), which heads it and is no chapter of it.
 *
 * <p>Every page here is made up: an episode's title (line 1), its date and length (line 2), a blank
 * line, and the notes from line 4, so the chapters expected come from the lines from 4 on.
 */
class ChapterRunShapesTest {

    /** Speech, a line each, in six languages; some lines repeat and some end with "..." or "?". */
    private static final String[][] SPEECH = {
        {
            "Is the microphone on? I think it is.",
            "Great start, a long silence.",
            "Right.",
            "We really are new at this, aren't we?",
            "Anyway, we'll see later.",
            "No, seriously, this is a serious show.",
            "Very serious, I mean, this already...",
            "Another silence.",
            "Another silence.",
            "It's just nerves, that's all."
        },
        {
            "Läuft das Mikro? Ich glaube schon.",
            "Toller Anfang, eine lange Stille.",
            "Genau.",
            "Wir sind wirklich neu darin, oder?",
            "Egal, das sehen wir später.",
            "Nein, im Ernst, das ist eine ernste Sendung.",
            "Sehr ernst, also, das ist schon...",
            "Wieder eine Stille.",
            "Wieder eine Stille.",
            "Das ist nur die Nervosität, mehr nicht."
        },
        {
            "Le micro marche ? Je crois que oui.",
            "Super début, un long silence.",
            "Voilà.",
            "On débute vraiment, non ?",
            "Bon, on verra plus tard.",
            "Non, sérieusement, c'est une émission sérieuse.",
            "Très sérieuse, enfin, ça déjà...",
            "Encore un silence.",
            "Encore un silence.",
            "C'est juste le trac, rien de plus."
        },
        {
            "¿Funciona el micro? Creo que sí.",
            "Qué buen comienzo, un silencio largo.",
            "Claro.",
            "De verdad somos nuevos en esto, ¿no?",
            "Bueno, ya lo veremos.",
            "No, en serio, este es un programa serio.",
            "Muy serio, o sea, esto ya...",
            "Otro silencio.",
            "Otro silencio.",
            "Son los nervios, nada más."
        },
        {
            "Il microfono va? Credo di sì.",
            "Bell'inizio, un lungo silenzio.",
            "Esatto.",
            "Siamo proprio alle prime armi, vero?",
            "Va be', lo vediamo dopo.",
            "No, sul serio, è un programma serio.",
            "Serissimo, cioè, questo già...",
            "Un altro silenzio.",
            "Un altro silenzio.",
            "È solo l'emozione, niente di più."
        },
        {
            "O microfone está ligado? Acho que sim.",
            "Que começo, um silêncio longo.",
            "Pois é.",
            "Somos mesmo novatos nisto, não?",
            "Bom, depois vemos.",
            "Não, a sério, este é um programa sério.",
            "Muito sério, quer dizer, isto já...",
            "Outro silêncio.",
            "Outro silêncio.",
            "São só os nervos, mais nada."
        }
    };

    /** Seconds from the start: a few apart, as cues fall. */
    private static final long[] CUES = {0, 11, 15, 19, 26, 30, 35, 42, 47, 58};

    /** Long titles that ask or end with a full stop, as chapter lists print them too. */
    private static final String[][] LONG_TITLES = {
        {
            "We begin with how the storm changed the harbour, and she talks about her new book.",
            "Why is the north pier the busiest in the region, and who keeps it running?",
            "The ferry timetable debate: should the winter boats run at all?",
            "How a small crew rebuilt the lighthouse lens by hand.",
            "Listener questions, and where to find the show next week."
        },
        {
            "Wir beginnen damit, wie der Sturm den Hafen verändert hat.",
            "Warum ist die Nordmole die belebteste der Gegend?",
            "Der Streit um den Fahrplan: sollen die Winterfähren fahren?",
            "Wie eine kleine Crew die Linse des Leuchtturms von Hand erneuerte.",
            "Fragen der Hörer, und wo ihr uns nächste Woche findet."
        },
        {
            "On commence par la tempête et ce qu'elle a changé au port.",
            "Pourquoi la jetée nord est-elle la plus fréquentée ?",
            "Le débat sur les horaires : faut-il garder les bateaux d'hiver ?",
            "Comment une petite équipe a refait la lentille du phare.",
            "Vos questions, et où nous retrouver la semaine prochaine."
        }
    };

    /** Seconds from the start: minutes apart, as chapters fall. */
    private static final long[] CHAPTER_STARTS = {0, 690, 1335, 2210, 3005};

    private static final String[] TIME_FORMS = {"%s - %s", "[%s] %s", "%s %s", "%s: %s"};

    static Stream<Arguments> transcripts() {
        List<Arguments> cases = new ArrayList<>();
        for (int language = 0; language < SPEECH.length; language++) {
            for (int form = 0; form < TIME_FORMS.length; form++) {
                cases.add(Arguments.of(language, form, (language + form) % 2 == 0));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "language {0}, form {1}, hours {2}")
    @MethodSource("transcripts")
    void cuesSecondsApartAreATranscriptNotChapters(int language, int form, boolean hours) {
        StringBuilder notes = new StringBuilder("What we said on our first day.\n\n");
        for (int i = 0; i < CUES.length; i++) {
            notes.append(String.format(TIME_FORMS[form], time(CUES[i], hours), SPEECH[language][i]))
                    .append(i % 2 == 0 ? "\n\n" : "\n");
        }
        String text = page(notes.toString());
        Page page = EpisodePageParser.parse(text);
        Episode episode = page.episodes().get(0);

        assertThat(episode.chapters()).isEmpty();
        // The cues stay in the notes, every line of them (notes lines 6 on).
        assertThat(episode.description().orElseThrow())
                .contains(SPEECH[language][2])
                .contains(SPEECH[language][9]);
        assertThat(LineAccounting.unaccountedLines(text, page)).isEmpty();
    }

    @Test
    void repeatedCuesWithoutPunctuationAreATranscript() {
        // Notes lines 4-10: one-word answers a few seconds apart, two said again.
        String text =
                page(
                        "00:00:02 - yeah\n00:00:04 - right\n00:00:07 - okay so\n00:00:09 - yeah\n"
                                + "00:00:12 - right\n00:00:15 - and then\n00:00:18 - sure\n");
        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes().get(0).chapters()).isEmpty();
        assertThat(LineAccounting.unaccountedLines(text, page)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "so today we're going to|talk about the harbour|and what the storm did|to the north"
                    + " pier|and the boats that|were tied up there|all winter long|and then some",
                "also heute reden wir|über den Hafen und|was der Sturm mit|der Nordmole gemacht"
                    + " hat|und mit den Booten|die dort den ganzen|Winter lagen|und noch länger",
                "alors aujourd'hui on parle|du port et de ce|que la tempête a fait|à la jetée"
                        + " nord|et aux bateaux qui|étaient amarrés là|tout l'hiver|et même plus"
            })
    void captionsCutEveryFewSecondsAreATranscriptWhateverTheirText(String captions) {
        // Notes lines 4-19: eight captions without punctuation, each under its time, three to six
        // seconds apart.
        String[] texts = captions.split("\\|");
        StringBuilder notes = new StringBuilder();
        long start = 0;
        for (int i = 0; i < texts.length; i++) {
            notes.append(time(start, false)).append('\n').append(texts[i]).append('\n');
            start += 3 + i % 4;
        }
        String text = page(notes.toString());
        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes().get(0).chapters()).isEmpty();
        assertThat(LineAccounting.unaccountedLines(text, page)).isEmpty();
    }

    @Test
    void shortTitlesTenToTwentySecondsApartStayChapters() {
        // Notes lines 4-9: a trailer's chapters, the shortest a video site allows.
        Episode episode =
                episode(
                        "00:00 Cold open\n00:10 The crew\n00:22 The storm\n00:35 The pier\n"
                                + "00:47 The rescue\n01:00 Coming soon\n");

        assertThat(startsAndTitles(episode))
                .containsExactly(
                        "0 Cold open",
                        "10 The crew",
                        "22 The storm",
                        "35 The pier",
                        "47 The rescue",
                        "60 Coming soon");
    }

    @Test
    void paragraphsStampedEveryHalfMinuteAreATranscript() {
        StringBuilder notes = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            notes.append(time(i * 31L, true))
                    .append(" - So the tide came in at number ")
                    .append(i)
                    .append(" and we waited on the pier.\n");
        }
        String text = page(notes.toString());
        Page page = EpisodePageParser.parse(text);

        assertThat(page.episodes().get(0).chapters()).isEmpty();
        assertThat(LineAccounting.unaccountedLines(text, page)).isEmpty();
    }

    static Stream<Arguments> chapterLists() {
        List<Arguments> cases = new ArrayList<>();
        for (int language = 0; language < LONG_TITLES.length; language++) {
            for (int form = 0; form < TIME_FORMS.length; form++) {
                cases.add(Arguments.of(language, form));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "language {0}, form {1}")
    @MethodSource("chapterLists")
    void longAskingTitlesMinutesApartStayChapters(int language, int form) {
        String[] titles = LONG_TITLES[language];
        StringBuilder notes = new StringBuilder("Show notes.\n\n");
        List<String> want = new ArrayList<>();
        for (int i = 0; i < titles.length; i++) {
            notes.append(String.format(TIME_FORMS[form], time(CHAPTER_STARTS[i], false), titles[i]))
                    .append('\n');
            want.add(CHAPTER_STARTS[i] + " " + titles[i]);
        }
        Episode episode = episode(notes.toString());

        assertThat(startsAndTitles(episode)).isEqualTo(want);
    }

    @ParameterizedTest(name = "gap {0} s")
    @ValueSource(ints = {12, 25, 40})
    void questionsAskedInTurnSecondsApartStayChapters(int gap) {
        // Notes lines 4-15: a dozen questions put to guests in turn, a chapter each.
        String[] questions = {
            "Intro",
            "Who were you five years ago?",
            "What got you started?",
            "Where do you record?",
            "What is your worst take ever?",
            "Which show made you laugh most?",
            "Describe your first microphone",
            "What do your listeners not know?",
            "If not podcasting, then what?",
            "Who should we have on next?",
            "What will you do next year?",
            "How do you want to be remembered?"
        };
        StringBuilder notes = new StringBuilder("Chapters:\n");
        List<String> want = new ArrayList<>();
        for (int i = 0; i < questions.length; i++) {
            long start = i * (long) gap + (i % 3) * 4;
            notes.append(time(start, false)).append(' ').append(questions[i]).append('\n');
            want.add(start + " " + questions[i]);
        }
        Episode episode = episode(notes.toString());

        assertThat(startsAndTitles(episode)).isEqualTo(want);
    }

    @Test
    void aShortEpisodesChaptersSecondsApartButNotSpokenStayChapters() {
        // Notes lines 4-8: a five-minute news bulletin's parts, 40 to 50 seconds apart.
        Episode episode =
                episode(
                        "00:00 Headlines\n00:40 Weather\n01:25 Traffic on the coast road\n"
                                + "02:10 Sport\n03:00 What's on tonight\n");

        assertThat(startsAndTitles(episode))
                .containsExactly(
                        "0 Headlines",
                        "40 Weather",
                        "85 Traffic on the coast road",
                        "130 Sport",
                        "180 What's on tonight");
    }

    @Test
    void aListStartingLateUnderACapitalHeadingBeforeATranscriptIsChapters() {
        // Notes lines 4-13: an all-caps heading, chapters from 01:34 with a dash inside titles,
        // then a transcript heading and its speakers' lines.
        Episode episode =
                episode(
                        "RÉSUMÉ DE L'ÉMISSION\n\n01:34 Ouverture – Le goût du large\n"
                                + "04:10 Le projet – Un port pour tous\n10:05 Les doutes\n"
                                + "16:40 Le grand saut – Partir enfin\n\nTranscription\n\n"
                                + "Marc Dupuis: Bonjour à tous, et bienvenue au port.\n"
                                + "Léa Martin: Merci de m'accueillir, c'est un plaisir.\n");

        assertThat(startsAndTitles(episode))
                .containsExactly(
                        "94 Ouverture – Le goût du large",
                        "250 Le projet – Un port pour tous",
                        "605 Les doutes",
                        "1000 Le grand saut – Partir enfin");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Kapitel",
                "Chapitres",
                "Chapters",
                "Capítulos",
                "Timestamps",
                "Sommaire",
                "CAPITOLI",
                "## Inhalt",
                "Marcas de tiempo",
                "■ Hoofdstukken",
                "📌Sommaire"
            })
    void aHeadingWordAloneHeadsATwoEntryListAndIsNoChapter(String heading) {
        // Notes line 6 is the heading; lines 7-8 the list, starting after 0:00.
        Episode episode =
                episode(
                        "Wir sprechen über Brot und Zeit.\n\n"
                                + heading
                                + "\n01:34 Begrüßung\n04:12 Der Sauerteig\n\nMehr im Blog.\n");

        assertThat(startsAndTitles(episode)).containsExactly("94 Begrüßung", "252 Der Sauerteig");
        assertThat(episode.title()).contains("Harbour Hour");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Kapitel", "Sommaire", "Capítulos", "Chapters"})
    void aHeadingWordUnderALabelIsNoRepairedFirstChapter(String heading) {
        // Notes line 4 ends with a colon; line 5 is the heading word; lines 6-8 the list.
        Episode episode =
                episode(
                        "In this episode:\n"
                                + heading
                                + "\n02:00 Bread\n09:30 Time\n14:45 Questions\n");

        assertThat(startsAndTitles(episode))
                .containsExactly("120 Bread", "570 Time", "885 Questions");
    }

    @Test
    void aShortLineUnderAHeadingWordIsTheFirstChapterWithItsTimeLost() {
        // Notes line 4 is the heading word, line 5 a title without a time, lines 6-7 the rest.
        Episode episode = episode("Kapitel\nBegrüßung\n04:12 Der Sauerteig\n17:40 Fragen\n");

        assertThat(startsAndTitles(episode))
                .containsExactly("0 Begrüßung", "252 Der Sauerteig", "1060 Fragen");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Kapitel 3", "Ein Wort", "Unsere Kapitel heute", "Sommaire du jour"})
    void otherWordsAloneDoNotHeadATwoEntryList(String line) {
        // Notes line 4 holds other words than a heading alone: two times are too few without one.
        Episode episode = episode(line + "\n01:34 Begrüßung\n04:12 Der Sauerteig\n");

        assertThat(episode.chapters()).isEmpty();
    }

    private static String page(String notes) {
        return "Harbour Hour\nMarch 4, 2025 \u2022 95 min\n\n" + notes;
    }

    private static Episode episode(String notes) {
        return EpisodePageParser.parse(page(notes)).episodes().get(0);
    }

    /** 36 gives "00:36" or "00:00:36"; 3700 gives "01:01:40" either way. */
    private static String time(long seconds, boolean hours) {
        if (hours || seconds >= 3600) {
            return String.format(
                    "%02d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
        }
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }

    private static List<String> startsAndTitles(Episode episode) {
        return episode.chapters().stream()
                .map(c -> c.start().getSeconds() + " " + c.title())
                .toList();
    }
}
