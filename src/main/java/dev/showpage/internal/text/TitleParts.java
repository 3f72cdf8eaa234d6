package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.join;
import static dev.showpage.internal.text.Names.words;
import static dev.showpage.internal.text.PersonCues.spokenOfAsPerson;
import static dev.showpage.internal.text.TitleGuests.EPISODE_NUMBER;
import static dev.showpage.internal.text.TitleGuests.NUMBER_PREFIX;
import static dev.showpage.internal.text.TitleGuests.TITLE_PARTS;
import static dev.showpage.internal.text.TitleGuests.mentionedAlone;
import static dev.showpage.internal.text.TitleGuests.ofPlace;
import static dev.showpage.internal.text.TitleGuests.roleInApposition;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A guest named by a part of a title alone: "#979 - Mara Quill - Topic", "Topic | Mara Quill (CPO
 * of Harbour)", "Interview: Mara Quill"; the parts are those between separators outside brackets.
 */
final class TitleParts {

    private TitleParts() {}

    /**
     * "#979 - Mara Quill - Topic", "Topic | Mara Quill (CPO of Harbour)", "EP.188 - GM Mara Quill",
     * "Topic - Mara Quill", "Mara Quill, historian at Harbour: Topic": a part of the title that is
     * only a name, with a role in brackets or after a comma, an honorific, or notes that speak of
     * the name as of a person.
     */
    static Optional<Mention> parts(String title, List<String> notes) {
        // An episode number glued to the first part ("Ep.20-Mara Quill (Role)") is set apart
        // first; separators inside brackets ("(Writer – Harbour)") divide no parts.
        java.util.regex.Matcher number = NUMBER_PREFIX.matcher(title);
        int offset = 0;
        String body = title;
        boolean afterNumber = number.lookingAt();
        if (afterNumber) {
            body = title.substring(number.end());
            offset = words(title.substring(0, number.end())).size();
        }
        String[] parts = partsOutsideBrackets(body);
        // A title of one part names a person only after an episode number.
        boolean onePart = parts.length < 2;
        if (onePart && !afterNumber) {
            return Optional.empty();
        }
        boolean numbersBefore = true; // "Ep 3 - Mara Quill from Harbour": only numbers before
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].trim();
            int partWords = words(part).size();
            boolean leading = numbersBefore;
            numbersBefore = numbersBefore && EPISODE_NUMBER.matcher(part).matches();
            if (i > 0 && i < parts.length && EPISODE_NUMBER.matcher(part).matches()) {
                offset += partWords;
                continue;
            }
            int bracket = part.indexOf(" (");
            boolean withRole =
                    bracket > 0 && part.endsWith(")") && !namesOthers(part.substring(bracket + 2));
            String named = withRole ? part.substring(0, bracket) : part;
            List<String> words = words(named);
            boolean numbered = false;
            if (!words.isEmpty() && EPISODE_NUMBER.matcher(core(words.get(0))).matches()) {
                words = words.subList(1, words.size()); // "EP.164 Mara Quill"
                numbered = true;
            }
            Span span = words.isEmpty() ? null : Names.personAt(words, 0);
            if (span != null && span.from() <= 2 && !Names.isPossessive(words.get(span.to() - 1))) {
                String name = join(words, span.from(), span.to());
                boolean honorific = span.from() > 0;
                boolean roleAfter =
                        span.to() < words.size()
                                && words.get(span.to() - 1).endsWith(",")
                                && roleInApposition(words, span.to());
                boolean whole = span.to() == words.size() && !endsPhrase(words.get(span.to() - 1));
                // A title of one part after a number ("Ep.5-Deep Learning (Part 2)") needs the
                // notes to speak of the person by the first name alone.
                boolean bracketedRole =
                        withRole
                                && (!onePart
                                        || mentionedAlone(
                                                words.subList(span.from(), span.to()), notes));
                boolean interviewed = i > 0 && isInterviewLabel(parts[i - 1]);
                if ((whole
                                && (bracketedRole
                                        || honorific
                                        || interviewed
                                        || (spokenOfAsPerson(name, notes)
                                                && !printedAsPhrase(name, notes))))
                        || roleAfter
                        || (leading && !withRole && ofPlace(words, span, name, notes))) {
                    return Optional.of(
                            new Mention(name, offset + span.from() + (numbered ? 1 : 0)));
                }
            }
            offset += partWords;
        }
        return Optional.empty();
    }

    /**
     * Whether the notes print the name's words in lower case, as a phrase of their prose ("Ep. 7 -
     * Garden Disasters" over "... and of course garden disasters!"): a name is never written so,
     * and a title part of a topic's words is, whatever cue of a person the notes seem to give (a
     * possessive of another name's last word, "Green Disasters' Mara Quill"); never when the notes
     * also print it as the title does ("Mara Quill tells us ..." over "the mara quill tour").
     */
    private static boolean printedAsPhrase(String name, List<String> notes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.equals(name) || Names.printedAsWords(name, notes)) {
            return false; // "Mara Quill tells us ...": a name, whatever a shop's lower case says
        }
        return Names.printedAsWords(lower, notes);
    }

    /**
     * The nouns of an interview that label the part after them as the one interviewed: "Interview:
     * Mara Quill", "Entretien : Mara Quill", "Im Gespräch: Mara Quill", "Entrevista: Mara Quill",
     * "Intervista | Mara Quill", "In gesprek: Mara Quill", "In conversation: ...".
     */
    private static final Vocabulary INTERVIEW_LABELS =
            Vocabulary.of(
                    "interview entretien gespräch entrevista intervista gesprek conversation"
                            + " conversa conversación conversazione");

    /** "In", "Im", "En" before an interview's noun: "Im Gespräch", "In conversation". */
    private static final Vocabulary LABEL_IN_WORDS = Vocabulary.of("in im en");

    /** Whether a title's part is only an interview's label ({@link #INTERVIEW_LABELS}). */
    private static boolean isInterviewLabel(String part) {
        List<String> words = words(part.trim());
        return !words.isEmpty()
                && words.size() <= 2
                && INTERVIEW_LABELS.containsCore(words.get(words.size() - 1))
                && (words.size() == 1 || LABEL_IN_WORDS.containsCore(words.get(0)));
    }

    /**
     * Whether a bracket after a title's words says which part it is or whom it has ("(Part I, with
     * Mara Quill)", "(Teil 2)", "(feat. Mara Quill)"), not what the words before it are: a name
     * before such a bracket is a topic's ("Two Harbours (Part I, with ...)").
     */
    private static boolean namesOthers(String bracket) {
        for (String word : words(bracket)) {
            if (PersonWords.isWithWord(word) || PersonWords.isShortWith(word)) {
                return true;
            }
        }
        String first = core(Names.firstWord(bracket));
        return PART_WORDS.containsCore(first) || EPISODE_NUMBER.matcher(first).matches();
    }

    /** "Part", "Pt", "Teil", "Partie", "Parte", "Deel", "Parte", "Vol", "Volume", "Folge". */
    private static final Vocabulary PART_WORDS =
            Vocabulary.of(
                    "part pt teil partie parte deel vol volume folge episode episodio épisode"
                            + " aflevering season saison staffel temporada stagione seizoen");

    /** The title's parts between {@link TitleGuests#TITLE_PARTS} separators outside brackets. */
    private static String[] partsOutsideBrackets(String title) {
        List<String> parts = new ArrayList<>();
        java.util.regex.Matcher separator = TITLE_PARTS.matcher(title);
        int from = 0;
        while (separator.find()) {
            if (openBrackets(title, from, separator.start()) == 0) {
                parts.add(title.substring(from, separator.start()));
                from = separator.end();
            }
        }
        parts.add(title.substring(from));
        return parts.toArray(String[]::new);
    }

    /** How many round brackets opened between {@code from} and {@code to} are still open. */
    private static int openBrackets(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '(') {
                depth++;
            } else if (text.charAt(i) == ')' && depth > 0) {
                depth--;
            }
        }
        return depth;
    }
}
