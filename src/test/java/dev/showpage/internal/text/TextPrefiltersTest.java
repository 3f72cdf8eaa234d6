package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pre-filters find a word of their vocabulary among a text's runs of letters, in any case and
 * any script, and the hash a run is read with finds what the run itself would.
 */
class TextPrefiltersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tonight I TALK with the keeper of the Harbour light.",
                "Ce soir, je vous PRÉSENTE la gardienne du phare",
                "Heute ist die Försterin bei uns zu Gast",
                "Ospite della puntata: la guardiana del faro",
                "(w/ the lighthouse keeper)",
                "—Bem-vinda ao programa!",
            })
    void findsAnIntroducingWordInAnyCaseAndScript(String text) {
        assertThat(TextPrefilters.mayIntroduce(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The harbour light was rebuilt in 1902.",
                "Withering tides, talkative gulls and guesthouses",
                "présenté", // a credit word, not the verb of presenting
                "Gäste-Liste? Nein.",
                "",
                "---",
            })
    void findsNoneWhereEveryRunIsAnotherWord(String text) {
        assertThat(TextPrefilters.mayIntroduce(text)).as(text).isFalse();
    }

    @Test
    void creditAndHostWordsAreFoundAsTheirVocabulariesSay() {
        assertThat(TextPrefilters.mayCredit("Mixed and MASTERED by the tide")).isTrue();
        assertThat(TextPrefilters.mayCredit("Mixedup tides")).isFalse();
        assertThat(TextPrefilters.mayNameHosts("Présenté par Léa")).isTrue();
        assertThat(TextPrefilters.mayNameHosts("Presentable tides")).isFalse();
    }

    /** The one-pass cues say what each look says alone, whichever the text holds first. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Tonight I TALK with the keeper of the Harbour light.",
                "Hosted by Léa Roy. This week I talk with Mara Quill.",
                "This week I talk with Mara Quill. Hosted by Léa Roy.",
                "Présenté par Léa Roy",
                "Moderation: Jonas Weber — heute mit Lea Brandt zu Gast",
                "Presentado por Lucía Pérez; entrevistamos a Mateo Varela",
                "Apresentação de Rita Lopes, com Ana Lima",
                "Presentazione: Marco Sala, con la scrittrice Giulia Conti",
                "Gepresenteerd door Sanne de Wit met Joris Bakker",
                "The harbour light was rebuilt in 1902.",
                "Withering tides, talkative gulls and guesthouses",
                "Presentable tides",
                "«Mara Quill» — ￼ \u212Aelvin İstanbul ǅemal, 2024.",
                "Ｗｉｔｈ ＨＯＳＴ",
                "HOST-WITH",
                "host",
                "with",
                "",
                "---",
            })
    void cuesSayWhatEachLookSays(String text) {
        int cues = TextPrefilters.cues(text);
        assertThat((cues & TextPrefilters.INTRODUCES) != 0)
                .as(text)
                .isEqualTo(TextPrefilters.mayIntroduce(text));
        assertThat((cues & TextPrefilters.NAMES_HOSTS) != 0)
                .as(text)
                .isEqualTo(TextPrefilters.mayNameHosts(text));
    }

    /** On made-up texts of cue words and others, the one pass agrees with the two looks. */
    @Test
    void cuesAgreeOnMadeUpTexts() {
        String[] pieces = {
            "with",
            "HOST",
            "hosted",
            "by",
            "Mara",
            "Quill",
            "présenté",
            "par",
            "mit",
            "zu",
            "Gast",
            "talk",
            "co-host",
            "l'invitée",
            "Léa",
            "ǅemal",
            "-",
            "—",
            ",",
            ".",
            "2024",
            "İ",
            "\u00A0",
            "ospite",
            "moderation",
            "tides"
        };
        Random random = new Random(11);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) > 0) {
                    text.append(' ');
                }
            }
            String t = text.toString();
            int cues = TextPrefilters.cues(t);
            assertThat((cues & TextPrefilters.INTRODUCES) != 0)
                    .as(t)
                    .isEqualTo(TextPrefilters.mayIntroduce(t));
            assertThat((cues & TextPrefilters.NAMES_HOSTS) != 0)
                    .as(t)
                    .isEqualTo(TextPrefilters.mayNameHosts(t));
        }
    }

    /** A run's hash made while reading it finds what the run finds read again. */
    @Test
    void aRunReadWithItsHashAnswersAsTheRunDoes() {
        Vocabulary words = Vocabulary.of("with talk co-host gast k");
        Random random = new Random(7);
        String alphabet = "withTALKcoHOSgs-k";
        for (int n = 0; n < 5_000; n++) {
            StringBuilder run = new StringBuilder();
            int length = 1 + random.nextInt(7);
            int hash = 0;
            for (int i = 0; i < length; i++) {
                char c = alphabet.charAt(random.nextInt(alphabet.length()));
                run.append(c);
                hash = 31 * hash + Character.toLowerCase(c);
            }
            String text = "(" + run + ")";
            assertThat(words.containsAsciiRun(text, 1, 1 + length, hash))
                    .as(text)
                    .isEqualTo(words.containsRun(text, 1, 1 + length));
        }
    }
}
