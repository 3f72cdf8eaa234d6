package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A teaser the site cut short and offers to open: text, an ellipsis, then the word or link that
 * expands it ("... more", "…mehr", "... Lire la suite", "… Read more"). It is an episode's notes,
 * never its title: on a card the title stands over it. A title may end in an ellipsis and a word of
 * "more" too ("Weniger ist manchmal wirklich… mehr", "Back for... More"), so a mere "more" is read
 * only after a cut text longer than titles run, and not written in title case: a long title that
 * lists its topics ("Lamps, Kilns, Ferries, Harbour Cranes, ... and... More") capitalizes every
 * long word, a teaser's prose does not. A link that says "read more" is no title's.
 */
final class CutTeasers {

    /**
     * The links that open a cut teaser and say so, lower case, in the seven languages the parser
     * reads: the labels sites print after the ellipsis ("read more", "lire la suite").
     */
    private static final Set<String> OPENERS =
            Set.of(
                    "read more",
                    "see more",
                    "show more",
                    "lire la suite",
                    "voir plus",
                    "weiterlesen",
                    "mehr lesen",
                    "leer más",
                    "ver más",
                    "seguir leyendo",
                    "leggi tutto",
                    "leggi di più",
                    "ler mais",
                    "ver mais",
                    "lees meer",
                    "lees verder");

    /**
     * The links that say only "more" (or "the rest"), lower case, in the same languages: a title
     * may end in them after an ellipsis too.
     */
    private static final Set<String> MORE =
            Set.of(
                    "more",
                    "plus",
                    "la suite",
                    "mehr",
                    "más",
                    "mas",
                    "altro",
                    "di più",
                    "mais",
                    "meer");

    /** The ellipses sites cut a teaser with: three dots or the one sign. */
    private static final String[] ELLIPSES = {"...", "\u2026"};

    /** Characters of a teaser before its ellipsis at least: a cut sentence, not a word. */
    private static final int TEXT_MIN_CHARS = 20;

    /** Words of a teaser before its ellipsis at least, when the opener says only "more". */
    private static final int MORE_MIN_WORDS = 12;

    private CutTeasers() {}

    /** Whether {@code text}, a line's text with blanks collapsed, is a cut teaser. */
    static boolean isOne(String text) {
        for (String ellipsis : ELLIPSES) {
            int at = text.lastIndexOf(ellipsis);
            if (at < TEXT_MIN_CHARS) {
                continue;
            }
            String opener = text.substring(at + ellipsis.length()).strip();
            String lower = opener.toLowerCase(Locale.ROOT);
            String[] cutWords = text.substring(0, at).strip().split(" ");
            if (OPENERS.contains(lower)
                    || MORE.contains(lower)
                            && cutWords.length >= MORE_MIN_WORDS
                            && TitleCaseSentences.longWordsInTitleCase(cutWords) < 0) {
                return true;
            }
        }
        return false;
    }
}
