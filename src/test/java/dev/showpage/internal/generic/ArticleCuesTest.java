package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cues that let a shape of {@link ArticlePhrases} run only on the lines and at the places that
 * hold its words: on any line, the shapes' matches and whether the line recommends are those the
 * patterns give when run on the whole line, in every case and with letters that fold to the cues'.
 */
class ArticleCuesTest {

    /** Lines the shapes take, and near misses, in the seven languages. */
    private static final String[] ROWS = {
        "Mara Quill starts the podcast ‘Tides and Tales’ with a sailor",
        "Jan Visser begint podcast ‘Zolang de zon schijnt’ met een gast",
        "De podcastreeks „Havenpraat“ is terug",
        "O programa “Conversa de Cais”, apresentado por Rita, estreou ontem.",
        "Lundi, l'émission « Les Quais du Soir » reçoit un marin.",
        "Heute läuft die Sendung „Hafen am Abend“ im Radio.",
        "Die Talksendung \"Hafen\" und die Radiosendung \"Kai\" laufen.",
        "Mara tiene ahora un pódcast, 'Marea Alta', sobre el mar.",
        "La trasmissione *Voci dal molo* e il tv-programma 'Molo' tornano.",
        "Het radioprogramma ‚De Kade‘ en de talk-show «Kade»",
        "Sabato è andata in onda la puntata di *Voci dal molo* con tre ospiti.",
        "EPISODE 12 of 'Quay Songs' opens with a fiddle tune.",
        "Gisteren was de aflevering van Havenpraat, met een visser.",
        "De uitzending van Havenpraat; de instalment of Quay Songs.",
        "Im Episodio di Molo, entrega de Marea Alta, episódio do Cais Aberto.",
        "“Il Molo”, il format radiofonico di Marco, torna lunedì.",
        "« Quai Nord » le podcast des marins revient.",
        "\"Harbour Hours\", the show of the quay",
        "In this episode of Harbour Hours, Mara talks to a sailor.",
        "En este episodio de Marea Alta, Rita habla con un pescador.",
        "Neste episódio do Cais Aberto, juntámos quatro vozes à mesa.",
        "In deze aflevering van ‘De Kade’ praten we met een visser.",
        "In questa puntata di Voci dal Molo; quest'episodio di Molo.",
        "Dans cet épisode de Quai Nord, in dieser Folge von Hafen am Abend.",
        "Mara, who once appeared in an episode of “Doctor Who”, tells.",
        "L'actrice qui a joué dans un épisode de « Quai Nord » parle.",
        "Bienvenue dans « Quai Nord ! » le rendez-vous des marins.",
        "Welkom bij ‘De Kade’, vandaag met een visser.",
        "Welcome back to ‘Harbour Hours’ and you're listening to “Quay Songs”",
        "Herzlich willkommen bei „Hafen am Abend“, willkommen im „Kai“",
        "Bienvenidos a 'Marea Alta', benvenuti su *Molo*, bem-vindos ao “Cais”",
        "“Welcome to ‘Paris’,” says the mayor.",
        "Hafen heute, Sendung vom 3.4.2019: Wer fährt noch zur See?",
        "Quai Nord, émission du 2 octobre 2021",
        "Marea Alta, programa del 3 de mayo",
        "Berlin, Ausgabe vom 4.5.2020",
        "After ten years of the talk show ‘Night Port’ he left.",
        "Podcast-Tipps: drei Sendungen für den Herbst",
        "Hör-Tipp: Hafen am Abend",
        "Mara Quill recommends",
        "Anna Rossi consiglia",
        "Recommended podcasts for the week",
        "Podcasts consigliati e podcast aanbevolen",
        "The harbour was quiet that morning, and the boats slept.",
        "21:59 Dit zijn de afvallers van de vijfde aflevering van De Kade"
    };

    /** Pieces of made-up lines: the shapes' words, quotes, names and other words. */
    private static final String[] PIECES = {
        "podcast",
        "pódcast",
        "show",
        "talkshow",
        "programme",
        "program",
        "émission",
        "sendung",
        "programa",
        "programma",
        "trasmissione",
        "format",
        "segment",
        "episode",
        "épisode",
        "folge",
        "episodio",
        "entrega",
        "puntata",
        "episódio",
        "aflevering",
        "uitzending",
        "instalment",
        "this",
        "cet",
        "cette",
        "dieser",
        "questa",
        "quest'",
        "neste",
        "deze",
        "dit",
        "an",
        "une",
        "first",
        "eerste",
        "of",
        "de",
        "von",
        "vom",
        "di",
        "do",
        "van",
        "the",
        "le",
        "il",
        "her",
        "son",
        "ihrem",
        "new",
        "welcome to",
        "welcome back to",
        "bienvenue dans",
        "bienvenue à",
        "willkommen bei",
        "bem-vindos ao",
        "welkom bij",
        "you're listening to",
        "sendung vom",
        "émission du",
        "broadcast of",
        "podcast-tipps",
        "tipps",
        "empfehlungen",
        "recommends",
        "consiglia",
        "recommended podcasts",
        "podcasts consigliati",
        "after",
        "former",
        "nach",
        "12",
        "#3",
        "3.4.2019",
        "Harbour Hours",
        "Quai Nord",
        "Hafen",
        "Season",
        "Radio 4",
        "“",
        "”",
        "„",
        "«",
        "»",
        "\"",
        "‘",
        "’",
        "‚",
        "'",
        "*",
        ",",
        ".",
        ":",
        " ",
        " ",
        " ",
        "  "
    };

    @Test
    void theRowsGiveTheMatchesThePatternsGive() {
        for (String row : ROWS) {
            for (String text : variants(row)) {
                assertSame(text);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void madeUpLinesGiveTheMatchesThePatternsGive(long seed) {
        Random random = new Random(seed);
        for (int line = 0; line < 4000; line++) {
            StringBuilder text = new StringBuilder();
            int pieces = 2 + random.nextInt(10);
            for (int p = 0; p < pieces; p++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                List<String> forms = variants(piece);
                text.append(forms.get(random.nextInt(forms.size())));
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            assertSame(text.toString());
        }
    }

    @Test
    void aLineWithoutCuesIsTurnedAwayAtOnce() {
        String text = "The harbour was quiet that morning, and the boats slept.";
        assertThat(ArticlePhrases.mayMatch(text, ArticlePhrases.cuesIn(text))).isZero();
        assertThat(ArticlePhrases.mayRecommend(ArticlePhrases.cuesIn(text))).isFalse();
    }

    /** The row as printed, in capitals, in lower case, and with letters that fold to others. */
    private static List<String> variants(String row) {
        List<String> variants = new ArrayList<>();
        variants.add(row);
        variants.add(row.toUpperCase(Locale.ROOT));
        variants.add(row.toLowerCase(Locale.ROOT));
        variants.add(row.replace('s', 'ſ')); // long s
        variants.add(row.replace('i', 'ı').replace('I', 'İ')); // dotless and dotted i
        variants.add(row.replace('k', '\u212A')); // Kelvin sign
        variants.add(row.replace('é', 'É').replace('ó', 'Ó').replace('à', 'À'));
        return variants;
    }

    private static void assertSame(String text) {
        int cues = ArticlePhrases.cuesIn(text);
        assertThat(
                        ArticlePhrases.mayRecommend(cues)
                                || !ArticlePhrases.RECOMMENDS.matcher(text).find())
                .as("recommends: %s", text)
                .isTrue();
        int shapes = ArticlePhrases.mayMatch(text, cues);
        for (int shape = 0; shape < ArticlePhrases.SHAPES.length; shape++) {
            List<String> cued = new ArrayList<>();
            if ((shapes & 1 << shape) != 0) {
                CuedMatches matches =
                        new CuedMatches(
                                ArticlePhrases.SHAPES[shape], ArticlePhrases.OPENERS[shape], text);
                while (matches.find()) {
                    cued.add(described(matches.matcher()));
                }
            }
            List<String> all = new ArrayList<>();
            Matcher m = ArticlePhrases.SHAPES[shape].matcher(text);
            while (m.find()) {
                all.add(described(m));
            }
            assertThat(cued).as("shape %d on %s", shape, text).isEqualTo(all);
        }
    }

    /** A match's place and groups. */
    private static String described(Matcher m) {
        StringBuilder described = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            described.append('|').append(m.group(g));
        }
        return described.toString();
    }

    /**
     * Every character that opens a quoted name, tried before a name and each sign of Latin-1 and
     * General Punctuation as its close, is one of the quote cues: a quote added to the pattern and
     * not to the cues would fail here.
     */
    @Test
    void everyQuoteThatOpensANameIsACue() {
        int shape = 2;
        assertThat(ArticlePhrases.OPENERS[shape]).isNotNull();
        StringBuilder closers = new StringBuilder();
        for (char c = '!'; c <= '\u206F'; c++) {
            if ((c <= '\u00FF' || c >= '\u2000') && !Character.isLetterOrDigit(c)) {
                closers.append(c);
            }
        }
        Matcher m = ArticlePhrases.SHAPES[shape].matcher("");
        java.util.Set<Character> openers = new java.util.TreeSet<>();
        for (int c = 0; c < 0x10000; c++) {
            for (int k = 0; k < closers.length(); k++) {
                String line = (char) c + "Ab" + closers.charAt(k) + " the podcast";
                if (m.reset(line).lookingAt()) {
                    openers.add((char) c);
                    assertThat(ArticlePhrases.OPENERS[shape].at(line, 0)).as(line).isTrue();
                    assertThat(
                                    ArticlePhrases.mayMatch(line, ArticlePhrases.cuesIn(line))
                                            & 1 << shape)
                            .as(line)
                            .isNotZero();
                }
            }
        }
        assertThat(openers).contains('"', '\'', '*', '\u201C', '\u00AB');
    }
}
