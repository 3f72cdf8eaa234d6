package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.join;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guest of a numbered interview title that is the episode's number, a dash, the person's name,
 * a colon and a sentence of theirs in quotation marks of any kind: "#214 - Mara Quill: 'Ik was
 * nooit bang'", "87 – Jonas Berg: „Wir müssen reden, jetzt“", "Ep. 12 - Tom Reed: ‘We never
 * planned any of it’". An interview show's list of episodes titles them so in every language read.
 *
 * <p>The number before the dash marks the title as an episode's; the quotation must be a sentence
 * (five words or more, running to the title's end, one of them in lower case), not the title of a
 * work in capitals ("#12 - Star Wars: 'The Last Jedi'"); a place or an organisation before the
 * colon ("Harbour Bank: ...") is no guest.
 */
final class NumberedQuoteTitles {

    private NumberedQuoteTitles() {}

    /**
     * The word for an episode that may stand before its number, in the seven languages ("Ep. 12",
     * "Folge 9", "Aflevering 3"): a vocabulary of episode labels.
     */
    private static final Vocabulary EPISODE_WORDS =
            Vocabulary.of("ep episode épisode folge episodio puntata episódio aflevering");

    /** Fewest words of the quoted sentence. */
    private static final int SENTENCE_MIN_WORDS = 5;

    /** A title's guest by this shape; {@code words} are the title's {@link Names#words}. */
    static Optional<Mention> find(List<String> words) {
        int start = afterNumberAndDash(words);
        if (start < 0 || start >= words.size()) {
            return Optional.empty();
        }
        Span span = Names.personAt(words, start);
        if (span == null || span.from() > start + 1 || span.to() >= words.size()) {
            return Optional.empty();
        }
        String last = words.get(span.to() - 1);
        int at = span.to();
        if (words.get(at).equals(":")) {
            at++; // "Claire Dubois : « ... »"
        } else if (!last.endsWith(":") || Names.isPossessive(last.substring(0, last.length() - 1))) {
            return Optional.empty();
        }
        if (!isQuotedSentence(words, at)
                || NonPersonNames.isPlaceOrOrganisation(words, span.from(), span.to())) {
            return Optional.empty();
        }
        return Optional.of(new Mention(join(words, span.from(), span.to()), span.from()));
    }

    /**
     * Where the name starts after "#214 -", "87 –", "Ep. 12 -", "Folge 9 —": a number, maybe after
     * an episode word, and a dash standing alone; -1 when the title opens otherwise.
     */
    private static int afterNumberAndDash(List<String> words) {
        for (int k = 0; k < words.size() - 1 && k < 2; k++) {
            String w = words.get(k);
            String digits = w.startsWith("#") ? w.substring(1) : w;
            if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) {
                return Names.isDash(words.get(k + 1)) ? k + 2 : -1;
            }
            if (k > 0 || !EPISODE_WORDS.contains(core(w).toLowerCase(Locale.ROOT))) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the words from {@code at} are a quoted sentence that runs to the title's end: opened
     * and closed by a quotation mark, five words or more, and not all capitalised.
     */
    private static boolean isQuotedSentence(List<String> words, int at) {
        if (words.size() - at < SENTENCE_MIN_WORDS || !QuotationMarks.opens(words.get(at))) {
            return false;
        }
        String end = words.get(words.size() - 1);
        int e = end.length();
        while (e > 0 && ",.;!?".indexOf(end.charAt(e - 1)) >= 0) {
            e--;
        }
        if (e == 0 || !QuotationMarks.closes(end.charAt(e - 1))) {
            return false;
        }
        for (int k = at + 1; k < words.size(); k++) {
            String c = core(words.get(k));
            if (!c.isEmpty() && Character.isLowerCase(c.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }
}
