package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A teaser the site cut short and offers to open: text, an ellipsis, then the word or link that
 * expands it ("... more", "…mehr", "... Lire la suite", "… Read more"). It is an episode's notes,
 * never its title: on a card the title stands over it.
 */
final class CutTeasers {

    /**
     * The words of the link that opens a cut teaser, lower case, in the seven languages the parser
     * reads: the labels sites print after the ellipsis.
     */
    private static final Set<String> OPENERS =
            Set.of(
                    "more",
                    "read more",
                    "see more",
                    "show more",
                    "plus",
                    "lire la suite",
                    "voir plus",
                    "la suite",
                    "mehr",
                    "weiterlesen",
                    "mehr lesen",
                    "más",
                    "mas",
                    "leer más",
                    "ver más",
                    "seguir leyendo",
                    "altro",
                    "di più",
                    "leggi tutto",
                    "leggi di più",
                    "mais",
                    "ler mais",
                    "ver mais",
                    "meer",
                    "lees meer",
                    "lees verder");

    /** The ellipses sites cut a teaser with: three dots or the one sign. */
    private static final String[] ELLIPSES = {"...", "\u2026"};

    /** Characters of a teaser before its ellipsis at least: a cut sentence, not a word. */
    private static final int TEXT_MIN_CHARS = 20;

    private CutTeasers() {}

    /** Whether {@code text}, a line's text with blanks collapsed, is a cut teaser. */
    static boolean isOne(String text) {
        for (String ellipsis : ELLIPSES) {
            int at = text.lastIndexOf(ellipsis);
            if (at < TEXT_MIN_CHARS) {
                continue;
            }
            String opener = text.substring(at + ellipsis.length()).strip();
            if (OPENERS.contains(opener.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
