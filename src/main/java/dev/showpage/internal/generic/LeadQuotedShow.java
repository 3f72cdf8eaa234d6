package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The show an article's lead names, marked off as a title in its first sentence: after "podcast"
 * ("Jan Smit heeft een eigen podcast, 'Harbour Talk', waarin ...", "a new podcast “Harbour Talk”")
 * or after "an episode of" ("Radio Port aired an episode of *Harbour Talk* on Sunday", "una puntata
 * di «Harbour Talk»"). An article opens with what it is about; a podcast named later on, or one
 * that the sentence gives to someone ("her podcast “Deep Water”"), is another show.
 */
final class LeadQuotedShow {

    /** Lines with text from the page's top within which the lead is looked for. */
    private static final int OPENING_LINES = 6;

    /**
     * "an episode of", lower case, in English, French ("une émission de": a broadcast of), German,
     * Italian, Spanish, Portuguese and Dutch, as articles say which show a piece is about.
     */
    private static final List<String> EPISODE_OF =
            List.of(
                    "an episode of ",
                    "une émission de ",
                    "un épisode de ",
                    "eine folge von ",
                    "eine folge der ",
                    "einer folge von ",
                    "una puntata di ",
                    "un episodio di ",
                    "un episodio de ",
                    "een aflevering van ",
                    "um episódio de ");

    /**
     * "under the name", lower case, in the seven languages the parser reads, as an article
     * introduces a series of broadcasts by the name they go under.
     */
    private static final List<String> NAMED_UNDER =
            List.of(
                    "under the name ",
                    "under the title ",
                    "sous le nom de ",
                    "sous le titre ",
                    "unter dem namen ",
                    "unter dem titel ",
                    "bajo el nombre de ",
                    "bajo el título ",
                    "con il nome di ",
                    "sotto il nome di ",
                    "com o nome de ",
                    "sob o nome de ",
                    "onder de noemer ",
                    "onder de naam ",
                    "onder de titel ");

    /**
     * The possessives that give a podcast to someone, lower case, in the seven languages the parser
     * reads: a guest's or an author's podcast, not the show the article is about.
     */
    private static final Set<String> POSSESSIVES =
            Set.of(
                    "his", "her", "their", "its", "my", "our", "your", "son", "sa", "leur", "mon",
                    "notre", "votre", "sein", "seinem", "seinen", "seiner", "ihr", "ihrem", "ihren",
                    "ihrer", "mein", "meinem", "unser", "unserem", "su", "mi", "nuestro", "suo",
                    "sua", "loro", "mio", "nostro", "seu", "meu", "nosso", "zijn", "haar", "hun",
                    "mijn", "onze");

    /**
     * The first person's words, lower case, in the seven languages the parser reads: a show's own
     * notes speak so ("our guest has a new podcast “X”", "the first episode of our new podcast"),
     * and the podcast they name is another's or an episode's; an article's lead about its show
     * speaks of it in the third person.
     */
    private static final Set<String> FIRST_PERSON =
            Set.of(
                    "we",
                    "us",
                    "our",
                    "i",
                    "my",
                    "nous",
                    "notre",
                    "nos",
                    "je",
                    "wir",
                    "uns",
                    "unser",
                    "unsere",
                    "unserem",
                    "unseren",
                    "ich",
                    "nosotros",
                    "nuestro",
                    "nuestra",
                    "noi",
                    "nostro",
                    "nostra",
                    "nós",
                    "nosso",
                    "nossa",
                    "wij",
                    "ons",
                    "onze");

    /** The marks that open a title, and the mark that closes each, at the same position. */
    private static final String OPENING = "*_\u201E\u201C\u00AB\"\u2018'";

    private static final String CLOSING = "*_\u201C\u201D\u00BB\"\u2019'";

    private LeadQuotedShow() {}

    /**
     * The show the lead's first sentence names so, or null. The lead is the first paragraph of
     * prose near the top that is no episode's title (a headline may be as long as prose). A lead
     * marks off other works as well (the series a guest appeared in an episode of, a book, another
     * podcast its listeners like): the name is the show's only when the page prints it on a line of
     * its own too, as a show's header does, and no episode's title holds it.
     */
    static String in(LineTable lines, Set<Integer> titles) {
        int seen = 0;
        for (int i = lines.nextText(0); i >= 0 && seen < OPENING_LINES; i = lines.nextText(i + 1)) {
            seen++;
            if (lines.isNote(i) && lines.hasProseLength(i) && !titles.contains(i)) {
                String sentence = firstSentence(lines.text(i));
                if (inFirstPerson(sentence)) {
                    return null;
                }
                String name = inSentence(sentence);
                // A name "under the name" may be a person's or a book's: it is the show's when the
                // page calls it a podcast too ("De podcast ‘X’ staat in ...").
                if (name == null) {
                    name = namedUnder(sentence);
                    if (name != null && !isCalledPodcast(lines, name)) {
                        return null;
                    }
                }
                return name != null
                                && printedAlone(lines, titles, i, name)
                                && !EpisodeTitleNames.inAnyTitle(lines, titles, name)
                        ? name
                        : null;
            }
        }
        return null;
    }

    /** Whether {@code sentence} has a word of the first person. */
    private static boolean inFirstPerson(String sentence) {
        for (String word : sentence.toLowerCase(Locale.ROOT).split(" ")) {
            if (FIRST_PERSON.contains(SiteChrome.trimSigns(word))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line other than the lead {@code lead} and the titles is {@code name} alone. */
    private static boolean printedAlone(
            LineTable lines, Set<Integer> titles, int lead, String name) {
        for (int k = 0; k < lines.size(); k++) {
            if (k != lead && !titles.contains(k) && lines.isNote(k) && lines.text(k).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The show {@code sentence} names after "podcast" or "an episode of", or null. */
    static String inSentence(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (lower.length() != sentence.length()) {
            return null; // positions in the lower-case text are the text's only where lengths agree
        }
        for (int at = lower.indexOf(" podcast"); at >= 0; at = lower.indexOf(" podcast", at + 1)) {
            int after = at + " podcast".length();
            if (!POSSESSIVES.contains(wordBefore(lower, at))) {
                if (after < lower.length() && lower.charAt(after) == ',') {
                    after++; // "een eigen podcast, 'X', waarin": the name set off by commas
                }
                String name = markedAt(sentence, after);
                if (name != null) {
                    return name;
                }
            }
        }
        return markedAfter(sentence, lower, EPISODE_OF, true);
    }

    /** The name {@code sentence} marks off after "under the name", or null. */
    static String namedUnder(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return lower.length() == sentence.length()
                ? markedAfter(sentence, lower, NAMED_UNDER, false)
                : null;
    }

    /**
     * The name marked off right after the first of {@code phrases} in {@code sentence} that starts
     * a word (and, unless {@code mayOpen}, follows one), or null.
     */
    private static String markedAfter(
            String sentence, String lower, List<String> phrases, boolean mayOpen) {
        for (String phrase : phrases) {
            int at = lower.indexOf(phrase);
            boolean startsWord = at > 0 ? lower.charAt(at - 1) == ' ' : at == 0 && mayOpen;
            if (startsWord) {
                String name = markedAt(sentence, at + phrase.length() - 1);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Whether a line of the page marks {@code name} off right after "podcast". */
    private static boolean isCalledPodcast(LineTable lines, String name) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.text(i);
            String lower = text.toLowerCase(Locale.ROOT);
            if (lines.isNote(i) && text.contains(name) && lower.length() == text.length()) {
                for (int at = lower.indexOf("podcast "); at >= 0; ) {
                    if (name.equals(markedAt(text, at + "podcast".length()))) {
                        return true;
                    }
                    at = lower.indexOf("podcast ", at + 1);
                }
            }
        }
        return false;
    }

    /** The text up to its first sentence's stop. */
    private static String firstSentence(String text) {
        int end = text.length();
        for (String stop : new String[] {". ", "? ", "! "}) {
            int at = text.indexOf(stop);
            if (at > 0 && at < end) {
                end = at + 1;
            }
        }
        return text.substring(0, end);
    }

    /** The word that ends right before the blank at {@code at}, lower case. */
    private static String wordBefore(String lower, int at) {
        int start = lower.lastIndexOf(' ', at - 1) + 1;
        return lower.substring(start, at);
    }

    /**
     * The name marked off right after the blank at {@code blank}: an opening mark, a name's shape,
     * and the closing mark followed by no letter ("'Harbour's Talk'" is not cut at its apostrophe);
     * null when there is none.
     */
    private static String markedAt(String text, int blank) {
        if (blank + 2 >= text.length() || text.charAt(blank) != ' ') {
            return null;
        }
        int kind = OPENING.indexOf(text.charAt(blank + 1));
        if (kind < 0) {
            return null;
        }
        char closing = CLOSING.charAt(kind);
        int close = text.indexOf(closing, blank + 2);
        while (close >= 0
                && close + 1 < text.length()
                && Character.isLetter(text.charAt(close + 1))) {
            close = text.indexOf(closing, close + 1);
        }
        if (close < 0 && kind == 2) {
            close = text.indexOf('\u201D', blank + 2); // „…”
        }
        if (close < 0) {
            return null;
        }
        String name = text.substring(blank + 2, close).strip();
        boolean shaped =
                !name.isEmpty()
                        && Character.isUpperCase(name.codePointAt(0))
                        && name.split(" ").length <= ShowName.MAX_WORDS
                        && !name.endsWith(",")
                        && !name.contains(". ");
        return shaped ? name : null;
    }
}
