package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A guest label that opens a sentence inside a paragraph, not its line, and the list of names that
 * makes up the rest of that sentence: "Tonight we look back at the vote. Guests: Mara Quill and Tom
 * Reed.", "Die Wahl ist vorbei. Zu Gast: ...", "Les urnes ont parlé. Invités : Claire Dubois et
 * Paul Martin.", "De stemmen zijn geteld. Gasten: Sanne Vermeer, Joris van Dam en Eva Smit."
 * Catch-up guides run a show's items together so, each item a paragraph of its own.
 *
 * <p>The label is one {@link GuestHeadings} reads at a line's start, and the sentence after it must
 * be a list of names alone ({@link GuestHeadings#namesIn}): "Guests: Mara Quill and Tom Reed talk
 * about ..." is a sentence and gives none. A label of another time or edition ("Next week's
 * guests:", "Former guests:") names none of this one's, nor does one after a sentence of another
 * day, week, event or year ("Tomorrow on the show. Guests: ...", "A night to remember in 2019.
 * Guests: ...").
 */
public final class SentenceGuestLabels {

    private SentenceGuestLabels() {}

    /** Most characters a label may take before its colon ("Unsere Gäste heute:"). */
    private static final int LABEL_MAX_CHARS = 40;

    /** The names the labelled sentences of {@code text} list, past its first sentence. */
    public static List<String> names(String text) {
        if (text.indexOf(':') < 0) {
            return List.of();
        }
        List<String> found = new ArrayList<>(0);
        for (int colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
            int start = sentenceStart(text, colon);
            if (start <= 0) {
                continue; // the line's own start is GuestHeadings' to read
            }
            int end = sentenceEnd(text, colon);
            String sentence = text.substring(start, end);
            OptionalInt rest = GuestHeadings.restAfter(sentence);
            if (rest.isEmpty()
                    || rest.getAsInt() != colon - start + 1
                    || elsewhere(sentence.substring(0, sentence.indexOf(':')))
                    || elsewhere(sentenceBefore(text, start))) {
                continue;
            }
            List<String> names = GuestHeadings.namesIn(sentence, rest.getAsInt());
            if (!names.isEmpty() && endsWith(sentence, names.get(names.size() - 1))) {
                found.addAll(names); // the list is the whole rest of the sentence
            }
        }
        return found;
    }

    /**
     * Where the sentence starts whose label the colon at {@code colon} ends: after ". ", "! " or "?
     * " within {@link #LABEL_MAX_CHARS} before it, at a capital; -1 when no sentence opens there.
     */
    private static int sentenceStart(String text, int colon) {
        for (int k = colon - 1; k >= 0 && k >= colon - LABEL_MAX_CHARS; k--) {
            char c = text.charAt(k);
            if (c == ':' || c == ';') {
                return -1;
            }
            if (c == ' '
                    && k >= 1
                    && ".!?".indexOf(text.charAt(k - 1)) >= 0
                    && k + 1 < colon
                    && Character.isUpperCase(text.charAt(k + 1))) {
                return k + 1;
            }
        }
        return -1;
    }

    /** Where the sentence that holds the colon ends: after its full stop, or at the text's end. */
    private static int sentenceEnd(String text, int colon) {
        for (int k = colon + 1; k < text.length(); k++) {
            char c = text.charAt(k);
            if (".!?".indexOf(c) >= 0 && (k + 1 == text.length() || text.charAt(k + 1) == ' ')) {
                String word = text.substring(text.lastIndexOf(' ', k) + 1, k + 1);
                if (CreditLines.endsSentence(word)) {
                    return k + 1;
                }
            }
        }
        return text.length();
    }

    /** Whether the sentence ends with the name, but for its closing mark. */
    private static boolean endsWith(String sentence, String name) {
        String body = sentence.strip();
        while (!body.isEmpty() && ".!?".indexOf(body.charAt(body.length() - 1)) >= 0) {
            body = body.substring(0, body.length() - 1);
        }
        return body.endsWith(name);
    }

    /**
     * The sentence that ends where the label's sentence starts at {@code start}: "Tomorrow on the
     * show." before "Guests: A and B." sets the list on another day.
     */
    private static String sentenceBefore(String text, int start) {
        int end = start - 1;
        int from = 0;
        for (int k = end - 2; k >= 1; k--) {
            if (text.charAt(k) == ' ' && ".!?".indexOf(text.charAt(k - 1)) >= 0) {
                from = k + 1;
                break;
            }
        }
        return text.substring(from, end);
    }

    /**
     * Whether the words place guests at another time or edition: a label of one ("Next week's
     * guests:"), or a sentence before the label of another day, week or event, or of a year ("Last
     * week we spoke about the count.", "Morgen in der Sendung.", "A night to remember in 2019.").
     */
    private static boolean elsewhere(String words) {
        for (String w : Names.words(words)) {
            if (OtherOccasionWords.placesElsewhere(w) || OtherOccasionWords.isYear(w)) {
                return true;
            }
        }
        return false;
    }
}
