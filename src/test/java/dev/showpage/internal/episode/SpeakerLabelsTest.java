package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A chapter title's speaker label, read in place, is the one the title's label and speech give when
 * cut out and split: made-up titles with labels of one to four words, blanks of every kind around
 * the colon, empty speech, long speech, labels in lower case, digits and other scripts.
 */
class SpeakerLabelsTest {

    /** The reading by cut strings: the label and the rest stripped, split at single spaces. */
    private static String byStrings(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String label = title.substring(0, colon).strip();
        String[] words = label.split(" ");
        if (words.length > 3) {
            return null;
        }
        for (String word : words) {
            if (word.isEmpty()
                    || !(Character.isUpperCase(word.codePointAt(0))
                            || Character.isDigit(word.codePointAt(0)))) {
                return null;
            }
        }
        String rest = title.substring(colon + 1).strip();
        int count = rest.isEmpty() ? 0 : rest.split(" ").length;
        return rest.isEmpty() || count >= 12 ? label : null;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ana:",
                "Ana: ",
                " Ana :",
                "\tAna\u2003:\u00A0",
                "Ana Gil:",
                "Speaker 2:",
                "Dr. Mara Quill Lind:",
                "Mara Quill Lind:",
                "Mara  Quill:",
                "ana:",
                "Ana: so we began the year with a long walk along the cliffs and then back to town",
                "Ana: so we began the year with a long walk along the cliffs",
                "Ana: so  we began the year with a long walk along the  cliffs and",
                "Ana: so we began.",
                "Ana:: so",
                ":",
                " :",
                "Ana",
                "Part 1: The beginning",
                "Ελένη: καλησπέρα",
                "Ελένη:",
                "Łukasz Nowak:",
                "𝐀na:",
                "🎙 Ana:",
                "The Origins of Prisma: From GraphQL to ORM",
                "Q&A: questions from the audience",
                "12 Uhr:",
            })
    void readsTheLabelAsTheCutStringsDo(String title) {
        assertThat(TranscriptTimes.speakerLabel(title)).isEqualTo(byStrings(title));
    }
}
