package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.join;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The guest of an interview title that is the person's name, a colon and what they said in
 * quotation marks, to the title's end: "Mara Quill: “Ich habe nie aufgegeben, nie.”", "Lucía Prado
 * (parte 2): «No me arrepiento de nada. Volvería a hacerlo»". Newspapers title their interview
 * podcasts so in every language read; the comma form is {@link RemarkTitles}'.
 *
 * <p>A colon also follows a topic ("Star Wars: “The Last Jedi”"), so the quotation must be a
 * person's saying: six words or more, in the first person ("me", "ich", "nos", "-me") or of two
 * sentences; or, in neither, the notes must speak of the name as of one who talks or has a trade
 * ("the writer Mara Quill", "Mara Quill explains").
 */
final class QuotedSayingTitles {

    private QuotedSayingTitles() {}

    /** Fewest words of the saying. */
    private static final int SAYING_MIN_WORDS = 6;

    /** Most words of a bracket between the name and the colon ("(parte 2):", "(Teil 1):"). */
    private static final int BRACKET_MAX_WORDS = 3;

    /** Marks that open a quotation: English, German low and French quotation marks. */
    private static final String OPENING = "\u201C\u201E\u00AB\"";

    /**
     * The words of the first person, singular and plural, subject, object and possessive, in the
     * seven languages: a function-word vocabulary.
     */
    private static final Vocabulary FIRST_PERSON =
            Vocabulary.of(
                    "i me my we us our ich mich mir mein meine wir uns unser je moi mon ma mes"
                            + " nous notre yo mi mis nosotros nos nuestro io mio mia noi eu meu"
                            + " minha nós ik mij mijn wij ons onze");

    /**
     * A title's guest by this shape; {@code words} are the title's {@link Names#words}, {@code
     * notes} the episode's other texts, which must name the person again, as an interview's notes
     * do ("the second half of our conversation with the singer Mara Quill"): a saying quoted in a
     * news title is often someone the notes go on to call by an office, and a company or an
     * institution is quoted in titles too ("Harbour Bank: “We will not raise our rates”").
     */
    static Optional<Mention> find(List<String> words, List<String> notes) {
        int start = !words.isEmpty() && isNumberLabel(words.get(0)) ? 1 : 0;
        Span span = words.size() > start ? Names.personAt(words, start) : null;
        if (span == null || span.from() > start + 1) {
            return Optional.empty();
        }
        String last = words.get(span.to() - 1);
        int at = span.to();
        if (at < words.size() && words.get(at).equals(":")) {
            at++; // "Claire Dubois : « ... »": the French space before the colon
        } else if (!last.endsWith(":")) {
            at = afterBracket(words, at);
        } else if (Names.isPossessive(last.substring(0, last.length() - 1))) {
            return Optional.empty();
        }
        if (at <= 0
                || !isQuotation(words, at)
                || NonPersonNames.isPlaceOrOrganisation(words, span.from(), span.to())) {
            return Optional.empty();
        }
        String name = join(words, span.from(), span.to());
        boolean person =
                isSaying(words, at)
                        ? notes.stream().anyMatch(note -> note.contains(name))
                        : notes.stream().anyMatch(note -> speaksOf(note, name));
        return person ? Optional.of(new Mention(name, span.from())) : Optional.empty();
    }

    /**
     * Whether a note speaks of the name as of a person who talks or has a trade: a role noun right
     * before it ("the writer Mara Quill", "O escritor Mara Quill"), a verb of speaking right after
     * it ("Mara Quill explains", "Mara Quill raconte"). A copula or "has" after the name, which a
     * film or a company takes as well, is not enough, nor a reflexive verb ("X demitiu-se"), which
     * news tells of the person quoted as often as an interview of its guest.
     */
    private static boolean speaksOf(String note, String name) {
        int at = note.indexOf(name);
        if (at < 0) {
            return false;
        }
        List<String> words = Names.words(note);
        List<String> nameWords = Names.words(name);
        for (int i = 0; i + nameWords.size() <= words.size(); i++) {
            if (!words.subList(i, i + nameWords.size()).equals(nameWords)) {
                continue;
            }
            int after = i + nameWords.size();
            String before = i > 0 ? words.get(i - 1) : "";
            if ((i > 0 && !Names.endsPhrase(before) && PersonWords.isRoleNoun(before))
                    || SpeakerVerbs.speaksAt(words, after)) {
                return true;
            }
        }
        return false;
    }

    /** After "(parte 2):" at {@code at}, where the saying starts; -1 when no such bracket. */
    private static int afterBracket(List<String> words, int at) {
        if (at >= words.size() || !words.get(at).startsWith("(")) {
            return -1;
        }
        for (int k = at; k < words.size() && k < at + BRACKET_MAX_WORDS; k++) {
            if (words.get(k).endsWith("):")) {
                return k + 1;
            }
            if (words.get(k).endsWith(")")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the words from {@code at} are a quotation of six words or more that runs to the
     * title's end.
     */
    private static boolean isQuotation(List<String> words, int at) {
        int n = words.size() - at;
        if (n < SAYING_MIN_WORDS || OPENING.indexOf(words.get(at).charAt(0)) < 0) {
            return false;
        }
        // A saying is closed by a double mark ({@link QuotationMarks#closesDouble}); a title that
        // ends in a single one ends in an apostrophe as often
        String end = trimEnd(words.get(words.size() - 1));
        return !end.isEmpty() && QuotationMarks.closesDouble(end.charAt(end.length() - 1));
    }

    /**
     * Whether the quotation from {@code at} ({@link #isQuotation}) reads as a person's saying by
     * itself: in the first person, or of two sentences.
     */
    private static boolean isSaying(List<String> words, int at) {
        boolean sentences = false;
        for (int k = at; k < words.size(); k++) {
            String w = words.get(k);
            if (inFirstPerson(w)) {
                return true;
            }
            String next = k + 1 < words.size() ? core(words.get(k + 1)) : "";
            if (!next.isEmpty()
                    && ".!?".indexOf(w.charAt(w.length() - 1)) >= 0
                    && Character.isUpperCase(next.codePointAt(0))) {
                sentences = true; // "... do chão. Sacudi-me ..."
            }
        }
        return sentences;
    }

    /** "me", "Ich", "j'ai", "m'a", "despedi-me", "rirmo-nos": a word of the first person. */
    private static boolean inFirstPerson(String raw) {
        String c = core(raw).toLowerCase(Locale.ROOT);
        if (c.startsWith("j'") || c.startsWith("j\u2019")) {
            return true;
        }
        int hyphen = c.lastIndexOf('-');
        if (hyphen > 0 && hyphen + 1 < c.length()) {
            String clitic = c.substring(hyphen + 1);
            return clitic.equals("me") || clitic.equals("nos");
        }
        return FIRST_PERSON.contains(c);
    }

    /** "#104", "104.": a number label before the name. */
    private static boolean isNumberLabel(String raw) {
        String c = core(raw);
        return !c.isEmpty() && c.chars().allMatch(Character::isDigit);
    }

    /** The word without the sentence's punctuation after a closing mark ("mais”." → "mais”"). */
    private static String trimEnd(String w) {
        int end = w.length();
        while (end > 0 && ",.;:!?".indexOf(w.charAt(end - 1)) >= 0) {
            end--;
        }
        return w.substring(0, end);
    }
}
