package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * The show's name quoted after the word "podcast" at the end of an episode's title, as video and
 * news sites title a show's episodes: "Title | Interviewpodcast „Harbour Talk“", "Title – le
 * podcast « Harbour Talk »", "Title - il podcast “Harbour Talk”", "Title | The podcast "Harbour
 * Talk"". The quotation names the show; the title stays as printed.
 */
final class QuotedShowSuffix {

    /** What stands between the episode's title and the show's part. */
    private static final String[] SEPARATORS = {" | ", " - ", " \u2013 ", " \u2014 "};

    /**
     * Articles and the indefinite "a" that may stand before "podcast", in the seven languages the
     * parser reads; lower case.
     */
    private static final Set<String> ARTICLES =
            Set.of(
                    "the", "a", "der", "ein", "le", "un", "el", "il", "lo", "o", "um", "de", "het",
                    "een");

    /** Opening quotation marks, and the mark that closes each at the same position. */
    private static final String OPENING = "\u201E\u201C\u00AB\"\u2018";

    private static final String CLOSING = "\u201C\u201D\u00BB\"\u2019";

    /** Words of a show's name at most. */
    private static final int NAME_MAX_WORDS = 6;

    private QuotedShowSuffix() {}

    /** The show's name the title's last part quotes, or null. */
    static String in(String title) {
        int cut = -1;
        int width = 0;
        for (String separator : SEPARATORS) {
            int at = title.lastIndexOf(separator);
            if (at > cut) {
                cut = at;
                width = separator.length();
            }
        }
        if (cut <= 0) {
            return null;
        }
        String part = title.substring(cut + width).strip();
        int space = part.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String first = part.substring(0, space).toLowerCase(Locale.ROOT);
        String rest = part.substring(space + 1).strip();
        if (ARTICLES.contains(first)) {
            space = rest.indexOf(' ');
            if (space < 0) {
                return null;
            }
            first = rest.substring(0, space).toLowerCase(Locale.ROOT);
            rest = rest.substring(space + 1).strip();
        }
        // "podcast", "pódcast" and German compounds ("Interviewpodcast", "Wissenspodcast")
        if (!first.endsWith("podcast") && !first.endsWith("pódcast")) {
            return null;
        }
        return quoted(rest);
    }

    /**
     * The show's name quoted right after the word "podcast" in a sentence of the page's opening
     * prose ("Per il podcast «Harbour Talk» è stato un anno ...", "Dans le podcast “Harbour Talk”,
     * ..."), or null: an article or an editor's introduction names the show it is about so.
     */
    static String inSentence(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return null; // lower-casing moved the positions: they no longer fit the text
        }
        for (int at = lower.indexOf("podcast "); at >= 0; at = lower.indexOf("podcast ", at + 1)) {
            if (!opensSentence(text, at)) {
                continue; // "Mara Quill, who hosts the podcast “Deep Water”, joins us": hers
            }
            int open = at + "podcast ".length();
            int kind = open < text.length() ? OPENING.indexOf(text.charAt(open)) : -1;
            if (kind < 0) {
                continue;
            }
            int close = text.indexOf(CLOSING.charAt(kind), open + 1);
            if (kind == 0 && close < 0) {
                close = text.indexOf('\u201D', open + 1); // „…”
            }
            if (close > open + 1) {
                String name = quoted(text.substring(open, close + 1));
                if (name != null && Character.isUpperCase(name.codePointAt(0))) {
                    return name;
                }
            }
        }
        return null;
    }

    /** Most words before "podcast" in its sentence: a preposition and an article ("Für den"). */
    private static final int WORDS_BEFORE_MAX = 2;

    /**
     * Whether the word at {@code at} stands among the first words of its sentence, after a
     * preposition and an article at most: an introduction that names the page's show opens with it
     * ("Per il podcast «X» è stato ..."), where a podcast named further on in a sentence is someone
     * else's ("the guest, who hosts the podcast «Y»").
     */
    private static boolean opensSentence(String text, int at) {
        int spaces = 0;
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (i > 0 && ".!?:;".indexOf(text.charAt(i - 1)) >= 0) {
                    return true; // the sentence started after this blank
                }
                if (++spaces > WORDS_BEFORE_MAX) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The text inside the quotation marks that make up all of {@code text}, or null. */
    private static String quoted(String text) {
        if (text.length() < 3) {
            return null;
        }
        int kind = OPENING.indexOf(text.charAt(0));
        if (kind < 0) {
            return null;
        }
        char close = text.charAt(text.length() - 1);
        boolean closes =
                close == CLOSING.charAt(kind) || (kind == 0 && close == '\u201D'); // „…” too
        if (!closes) {
            return null;
        }
        String name = text.substring(1, text.length() - 1).strip();
        int words = name.isEmpty() ? 0 : name.split(" ").length;
        return words == 0 || words > NAME_MAX_WORDS || !Character.isLetterOrDigit(name.charAt(0))
                ? null
                : name;
    }
}
