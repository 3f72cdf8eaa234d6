package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The show's name where the page's prose presents it as a podcast: "X, un podcast con ...", "X is a
 * weekly podcast", "'X' es un podcast de ...", "O podcast X é produzido por ...". The name is taken
 * so only when the page also prints it as a line of its own at its top (the heading of a blog's
 * category, a news page's kicker), or quotes it at the start of a paragraph that opens the page,
 * with nothing but chrome above it (a directory's description of the show): the presentation alone
 * may be of another podcast (a guest's), as it is in an episode's notes under its title.
 */
final class PodcastPresentations {

    /** Lines with text from the page's top among which the show's line is looked for. */
    private static final int HEADER_LINES = 3;

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 6;

    /** The word "podcast" as the seven languages write it, lower case. */
    private static final Set<String> PODCAST_WORDS = Set.of("podcast", "pódcast");

    /**
     * The verb "is" of the seven languages, lower case, which may stand between the name and its
     * presentation ("X ist ein Podcast").
     */
    private static final Set<String> COPULAS = Set.of("is", "est", "ist", "es", "è", "é");

    /**
     * The articles that stand before "podcast" in the seven languages, lower case: the indefinite
     * ones of a presentation after the name, the definite ones before it ("le podcast X").
     */
    private static final Set<String> ARTICLES =
            Set.of(
                    "a", "an", "the", "un", "le", "ein", "der", "el", "il", "um", "o", "een", "de",
                    "het");

    /** Characters from a paragraph's start within which the quoted name closes. */
    private static final int QUOTED_MAX_CHARS = 80;

    /** Opening quotation marks, with the straight single quote a copy may also quote a name in. */
    private static final String OPENING = "'" + QuoteMarks.OPENING;

    /** Closing quotation marks, likewise with the straight single quote. */
    private static final String CLOSING = "'" + QuoteMarks.CLOSING;

    private final LineTable lines;

    PodcastPresentations(LineTable lines) {
        this.lines = lines;
    }

    /** The show's name the page presents as a podcast, or null. */
    String name() {
        String header = presentedHeaderLine();
        return header != null ? header : quotedAtFirstParagraph();
    }

    /**
     * Whether line {@code i} is a paragraph that opens by presenting the show {@code name}, quoted,
     * as a podcast: the show's description, not the episode's.
     */
    boolean presentsAtStart(int i, String name) {
        String text = lines.text(i);
        return lines.hasProseLength(i) && name != null && name.equals(quotedAtStart(text));
    }

    /** A short line at the page's top that a paragraph presents as a podcast, or null. */
    private String presentedHeaderLine() {
        int seen = 0;
        for (int i = lines.nextText(0); i >= 0 && seen < HEADER_LINES; i = lines.nextText(i + 1)) {
            if (lines.isChrome(i)) {
                continue;
            }
            seen++;
            if (!lines.isNote(i)
                    || !lines.isShort(i)
                    || lines.hasProseLength(i)
                    || lines.words(i) > MAX_WORDS
                    || lines.endsSentence(i)) {
                continue;
            }
            String name = lines.text(i);
            for (int p = 0; p < lines.size() && p < HeaderLines.PROSE_LINES; p++) {
                if (p != i
                        && lines.isNote(p)
                        && lines.hasProseLength(p)
                        && presents(lines.text(p), name)) {
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * The name the paragraph that opens the page (only chrome above it) opens with, quoted,
     * presenting it; or null.
     */
    private String quotedAtFirstParagraph() {
        for (int i = lines.nextText(0); i >= 0; i = lines.nextText(i + 1)) {
            if (lines.isChrome(i)) {
                continue;
            }
            return lines.isNote(i) && lines.hasProseLength(i) ? quotedAtStart(lines.text(i)) : null;
        }
        return null;
    }

    /**
     * The name that opens {@code text} in quotation marks when a presentation as a podcast follows
     * it ("'Harbour Talk' es un podcast de ..."), else null.
     */
    static String quotedAtStart(String text) {
        if (text.isEmpty() || OPENING.indexOf(text.charAt(0)) < 0) {
            return null;
        }
        int within = Math.min(text.length(), QUOTED_MAX_CHARS);
        for (int close = 2; close < within; close++) {
            if (CLOSING.indexOf(text.charAt(close)) >= 0
                    && (close + 1 == text.length()
                            || !Character.isLetter(text.charAt(close + 1)))) {
                String name = text.substring(1, close).strip();
                boolean fits =
                        !name.isEmpty()
                                && Character.isUpperCase(name.codePointAt(0))
                                && name.split(" ").length <= MAX_WORDS;
                return fits && presentedAfter(text, close + 1) ? name : null;
            }
        }
        return null;
    }

    /** Whether {@code text} presents {@code name}, as whole words, as a podcast. */
    static boolean presents(String text, String name) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startsWord
                    && endsWord
                    && (presentedAfter(text, end) || presentedBefore(text, at))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words from {@code from} present what stands before as a podcast: a closing
     * quotation mark and a comma maybe, the verb "is" maybe, an article and "podcast", with one
     * word between them at most ("is a weekly podcast").
     */
    private static boolean presentedAfter(String text, int from) {
        String[] words = text.substring(from).strip().split(" +", 6);
        int k = 0;
        if (k < words.length && (words[k].equals(",") || isSigns(words[k]))) {
            k++; // "X » , un podcast"
        }
        if (k < words.length && COPULAS.contains(lower(words[k]))) {
            k++;
        }
        if (k >= words.length || !ARTICLES.contains(lower(words[k]))) {
            return false;
        }
        k++;
        if (k + 1 < words.length
                && Character.isLowerCase(words[k].codePointAt(0))
                && isPodcastWord(words[k + 1])) {
            k++; // "a weekly podcast"
        }
        return k < words.length && isPodcastWord(words[k]) && endsPresentation(words, k + 1);
    }

    /**
     * Whether the presentation ends at word {@code k}: the text ends, or a sign or a word that
     * opens what the podcast is about or by whom follows ("un podcast con ...", "a podcast about
     * ..."). A noun there makes "podcast" part of another ("a podcast host": a person).
     */
    private static boolean endsPresentation(String[] words, int k) {
        if (k >= words.length || words[k - 1].endsWith(",") || words[k - 1].endsWith(".")) {
            return true;
        }
        String next = lower(words[k]);
        return next.isEmpty() || FOLLOWERS.contains(next);
    }

    /**
     * The prepositions and relative words that follow "podcast" in a presentation, in the seven
     * languages, lower case: what it is about, with or by whom, where it is made, and which.
     */
    private static final Set<String> FOLLOWERS =
            Set.copyOf( // the languages share some words
                    List.of(
                            // English
                            "about",
                            "on",
                            "with",
                            "by",
                            "from",
                            "for",
                            "in",
                            "that",
                            "which",
                            "where",
                            "hosted",
                            // French
                            "sur",
                            "de",
                            "du",
                            "des",
                            "avec",
                            "par",
                            "pour",
                            "qui",
                            "dans",
                            "où",
                            // German
                            "über",
                            "mit",
                            "von",
                            "aus",
                            "für",
                            "der",
                            "das",
                            "in",
                            "zum",
                            "zur",
                            // Spanish
                            "sobre",
                            "con",
                            "del",
                            "para",
                            "que",
                            "en",
                            "donde",
                            // Italian
                            "su",
                            "di",
                            "con",
                            "della",
                            "per",
                            "che",
                            "dove",
                            // Portuguese
                            "sobre",
                            "com",
                            "do",
                            "da",
                            "para",
                            "que",
                            "em",
                            "onde",
                            // Dutch
                            "over",
                            "met",
                            "van",
                            "voor",
                            "dat",
                            "die",
                            "waarin",
                            "uit"));

    /**
     * Whether the words before {@code at} are a sentence's first, an article and "podcast", with an
     * opening quotation mark maybe: "O podcast X é ...", "Le podcast « X »". Further into a
     * sentence, a name after the word may be a person's ("In the podcast Mara Quill tells ...").
     */
    private static boolean presentedBefore(String text, int at) {
        String before = text.substring(0, at).strip();
        while (!before.isEmpty() && OPENING.indexOf(before.charAt(before.length() - 1)) >= 0) {
            before = before.substring(0, before.length() - 1).strip();
        }
        String[] words = before.split(" +");
        int last = words.length - 1;
        if (last < 0 || !isPodcastWord(words[last])) {
            return false;
        }
        if (last < 1 || !ARTICLES.contains(lower(words[last - 1]))) {
            return false;
        }
        String previous = words[last - 2 < 0 ? 0 : last - 2];
        return last == 1 || ".!?:".indexOf(previous.charAt(previous.length() - 1)) >= 0;
    }

    /** Whether the word is "podcast", with the signs after it ("podcast,", "podcast."). */
    private static boolean isPodcastWord(String word) {
        String core = lower(word);
        while (!core.isEmpty() && !Character.isLetter(core.charAt(core.length() - 1))) {
            core = core.substring(0, core.length() - 1);
        }
        return PODCAST_WORDS.contains(core);
    }

    /** Whether the word is only signs ("»,", "’,"). */
    private static boolean isSigns(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetterOrDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** The word in lower case, without a comma or a quotation mark glued to its start or end. */
    private static String lower(String word) {
        String core = word;
        while (!core.isEmpty() && !Character.isLetter(core.charAt(0))) {
            core = core.substring(1);
        }
        while (!core.isEmpty() && core.endsWith(",")) {
            core = core.substring(0, core.length() - 1);
        }
        return core.toLowerCase(Locale.ROOT);
    }
}
