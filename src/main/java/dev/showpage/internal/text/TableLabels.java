package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The guests a talk show's panel label lists, at the start of a sentence or line, in the seven
 * languages: "At the table: Mara Quill, Tom Reed and Ana Paz.", "Autour de la table : ...", "Am
 * Tisch: ...", "En la mesa: ...", "Al tavolo: ...", "À mesa: ...", "Aan tafel: ...". Only a label
 * of sitting at the table counts: "On the table:", "Op tafel:", "Auf dem Tisch:" and "Sur la table
 * :" list what is discussed, and a seat named by a noun ("Tafelheer:", the sidekick's chair) is a
 * credit. The whole list must be names and close the sentence: one item that is no name ("Aan
 * tafel: de begroting en ...") and the label names no one.
 */
final class TableLabels {

    private TableLabels() {}

    /** The word for the table in the seven languages: the noun such a label ends on. */
    static final Vocabulary TABLE_NOUNS = Vocabulary.of("table tafel tisch mesa tavolo");

    /**
     * The prepositions of sitting at or around a table, which open the label: "at", "around" (en),
     * "à", "autour" (fr), "am", "an" (de), "en", "a", "alrededor" (es), "al", "attorno", "intorno"
     * (it), "à", "na", "em" (pt), "aan", "rond", "om" (nl). "On", "op", "auf", "sur", "sobre" are
     * not among them: what lies on the table is a topic.
     */
    private static final Vocabulary PREPOSITIONS =
            Vocabulary.of(
                    "at around à autour am an en a alrededor al attorno intorno na em aan rond om");

    /**
     * The words that may stand between the preposition and the noun: articles and the "of" of
     * "autour de", "alrededor de", "em torno da" ("torno" with it).
     */
    private static final Vocabulary ARTICLES = Vocabulary.of("the la de dem del da torno");

    /** Most words of a label before its noun ("em torno da mesa"). */
    private static final int LABEL_MAX_WORDS = 3;

    /** Most names such a list gives; a longer run is no panel. */
    private static final int LIST_MAX_NAMES = 8;

    /**
     * The names the label whose noun is at {@code i} lists, in order; empty when the words there
     * are no such label or the list is not one of names only.
     */
    static List<Span> guests(List<String> words, int i) {
        int start = afterColon(words, i);
        if (start < 0 || start >= words.size() || !opensLabel(words, i)) {
            return List.of();
        }
        List<Span> listed = new ArrayList<>(2);
        boolean full = false; // one name of two words or more at least: single words alone may
        // be a party or a place
        int at = start;
        while (listed.size() < LIST_MAX_NAMES && at < words.size()) {
            Span span = Names.personAt(words, at);
            if (span == null) {
                span = singleName(words, at);
            } else {
                full = true;
            }
            if (span == null || Names.isPossessive(words.get(span.to() - 1))) {
                return List.of();
            }
            listed.add(span);
            String last = words.get(span.to() - 1);
            if (span.to() == words.size() || CreditLines.endsSentence(last)) {
                return full ? listed : List.of();
            }
            if (last.endsWith(",")) {
                at = span.to();
                if (at < words.size() && PersonWords.isAndWord(words.get(at))) {
                    at++; // ", and Ana Paz"
                }
            } else if (!endsPhrase(last) && PersonWords.isAndWord(words.get(span.to()))) {
                at = span.to() + 1;
            } else {
                return List.of(); // "Aan tafel: Mara Quill over ...": no list of names
            }
        }
        return List.of();
    }

    /** Where the list starts after the noun's colon ("tafel:", "table :"); -1 when none. */
    private static int afterColon(List<String> words, int i) {
        String noun = words.get(i);
        if (noun.endsWith(":") && noun.length() > 1) {
            return i + 1;
        }
        return i + 1 < words.size() && words.get(i + 1).equals(":") ? i + 2 : -1;
    }

    /**
     * Whether a preposition of sitting, maybe with an article, stands before the noun at {@code i},
     * and opens its sentence or line.
     */
    private static boolean opensLabel(List<String> words, int i) {
        int k = i - 1;
        while (k >= 0 && i - k <= LABEL_MAX_WORDS && ARTICLES.containsCore(words.get(k))) {
            k--;
        }
        if (k < 0 || i - k > LABEL_MAX_WORDS || !PREPOSITIONS.containsCore(words.get(k))) {
            return false;
        }
        for (int w = k; w < i; w++) {
            if (endsPhrase(words.get(w))) {
                return false;
            }
        }
        return k == 0
                || CreditLines.endsSentence(words.get(k - 1))
                || Names.isDash(words.get(k - 1));
    }

    /**
     * A name of one word that is an item of the list ("Blaxtar," "O-Dog en"): a capitalised name
     * word that ends the item, by a comma, a full stop or an "and" after it.
     */
    private static Span singleName(List<String> words, int at) {
        String word = words.get(at);
        if (!Names.isNameWord(word) || PersonWords.isAndWord(word)) {
            return null;
        }
        boolean ends =
                word.endsWith(",")
                        || at + 1 == words.size()
                        || CreditLines.endsSentence(word)
                        || (!endsPhrase(word) && PersonWords.isAndWord(words.get(at + 1)));
        return ends ? new Span(at, at + 1) : null;
    }
}
