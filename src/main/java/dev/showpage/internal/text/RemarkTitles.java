package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.join;
import static dev.showpage.internal.text.Names.words;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;
import java.util.Optional;

/**
 * The guest of an interview title that names the person, then a comma, then what the talk is about
 * in the person's words or as a question put to them: "Mara Quill, „Das war knapp!“", "#12 Jan de
 * Vries (Teil 2), «On ne lâche rien»", "Lucía Prado, ¿cómo se escribe una novela?", "Tom Ekberg,
 * wie baut man ein Boot?". Interview series of newspapers and of talk podcasts title their episodes
 * so; one of the title shapes of {@link TitleGuests}.
 *
 * <p>The comma right after the name and the quotation or the question after it are what make a name
 * of the capitalised words: "Deep Learning, a primer" has neither, and a place ("New York, wie geht
 * das?") is never a person's name ({@link Names#personAt}).
 */
final class RemarkTitles {

    /** Words of a quotation or a question at least: a sentence, not a word. */
    private static final int REMARK_MIN_WORDS = 2;

    /** Marks that open a quotation: German low, English and French quotation marks. */
    private static final String OPENING = "\u201E\u201C\u00AB\u2018\u201A\"";

    /** Marks that close a quotation (and the French guillemet's closing). */
    private static final String CLOSING = "\u201C\u201D\u00BB\u2019\u2018\"";

    /**
     * The words a question put to a person opens with, lower case, in the seven languages the
     * parser reads (English, German, French, Spanish, Italian, Portuguese, Dutch): question words
     * and the verbs a yes-or-no question opens with. "Buenos Aires, ¿ciudad de la furia?" asks no
     * one.
     */
    private static final Vocabulary QUESTION_OPENERS =
            Vocabulary.of(
                    "what how why who when where which is are do does did can could should would"
                            + " will was were has have"
                            + " wie was warum wieso weshalb wer wann wo welche welcher welches"
                            + " ist sind kann können soll sollte darf muss hat haben"
                            + " comment pourquoi qui quand où quel quelle quels quelles que qu"
                            + " est-ce peut-on faut-il combien"
                            + " cómo qué por quién quiénes cuándo dónde cuál cuáles cuánto es"
                            + " puede se hay"
                            + " come cosa perché chi quando dove quale quanto è si può"
                            + " como o porque quem onde qual quanto pode há"
                            + " hoe wat waarom wie wanneer waar welke hoeveel kan moet heeft");

    private RemarkTitles() {}

    /**
     * The guest of {@code words} (a title's, its episode number left in front) when they open with
     * a name, a comma and a remark; empty otherwise.
     */
    static Optional<Mention> find(List<String> words) {
        int start = 0;
        if (!words.isEmpty() && isNumberLabel(words.get(0))) {
            start = 1; // "#104 Mara Quill, ..."
        }
        Span span = words.size() > start ? Names.personAt(words, start) : null;
        if (span == null || span.from() > start + 1) {
            return Optional.empty();
        }
        int at = span.to();
        String last = words.get(at - 1);
        if (!last.endsWith(",")) {
            // "Mara Quill (Teil 2), ...": one bracket of a few words between name and comma
            int close = at;
            while (close < words.size()
                    && close < at + 3
                    && !words.get(close).endsWith(")")
                    && !words.get(close).endsWith("),")) {
                close++;
            }
            if (at >= words.size()
                    || !words.get(at).startsWith("(")
                    || close >= words.size()
                    || !words.get(close).endsWith("),")) {
                return Optional.empty();
            }
            at = close + 1;
        } else if (Names.isPossessive(last)) {
            return Optional.empty();
        }
        return isRemark(words, at)
                ? Optional.of(new Mention(join(words, span.from(), span.to()), span.from()))
                : Optional.empty();
    }

    /** "#104", "Nr. 12" glued: a number label before the name. */
    private static boolean isNumberLabel(String raw) {
        String c = core(raw);
        return !c.isEmpty() && c.chars().allMatch(Character::isDigit);
    }

    /**
     * Whether the words from {@code at} on are a quotation ("„Das war knapp!“", two words or more,
     * closed) or a question (two words or more, opening in lower case with a question's word, up to
     * a "?" in the title's first part).
     */
    private static boolean isRemark(List<String> words, int at) {
        if (at >= words.size()) {
            return false;
        }
        String first = words.get(at);
        if (OPENING.indexOf(first.charAt(0)) >= 0) {
            for (int k = at; k < words.size(); k++) {
                String w = words.get(k);
                String trimmed = trimEnd(w);
                boolean closes =
                        (k > at || trimmed.length() > 1)
                                && !trimmed.isEmpty()
                                && CLOSING.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0;
                if (closes) {
                    return k - at + 1 >= REMARK_MIN_WORDS;
                }
            }
            return false;
        }
        String opener = first.startsWith("\u00BF") ? first.substring(1) : first;
        int apostrophe = Math.max(opener.indexOf('\''), opener.indexOf('\u2019'));
        if (apostrophe > 0) {
            opener = opener.substring(0, apostrophe); // "qu'est-ce", "qu'on"
        }
        boolean opensQuestion =
                !opener.isEmpty()
                        && Character.isLowerCase(opener.codePointAt(0))
                        && QUESTION_OPENERS.containsCore(opener);
        if (!opensQuestion) {
            return false;
        }
        for (int k = at; k < words.size(); k++) {
            String w = words.get(k);
            if (w.equals("|") || w.equals("-") || w.equals("\u2013") || w.equals("\u2014")) {
                return false; // the title's next part came before any question mark
            }
            if (w.endsWith("?")) {
                return k - at + 1 >= REMARK_MIN_WORDS;
            }
        }
        return false;
    }

    /**
     * The word without the sentence's punctuation after a closing mark ("knapp!“," → "knapp!“").
     */
    private static String trimEnd(String w) {
        int end = w.length();
        while (end > 0 && ",.;:!?".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        return w.substring(0, end);
    }
}
