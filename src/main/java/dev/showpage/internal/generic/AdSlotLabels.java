package dev.showpage.internal.generic;

import java.util.List;
import java.util.Set;

/**
 * The label a news site prints over or beside an ad slot in its copy ("Publicité", "Anzeige",
 * "Advertisement", "La suite sous cette publicité", "Continue reading below"): the site's chrome,
 * never a title, so never where an episode starts. A headline that only opens with such a word
 * ("Advertising in the Age of Podcasts") is no label: the line must be the label and nothing else.
 */
final class AdSlotLabels {

    /**
     * The ad labels and the "the article goes on under the ad" lines of news sites, lower case, in
     * the seven languages the parser reads, as the common ad slots and publishing systems word
     * them. The bare "read on" lines ("Lire la suite", "Sigue leyendo", "Continua a leggere") stay
     * although they name no ad: a site prints them at an ad slot inside the copy, and this list is
     * what keeps them out of the notes, where a cut teaser's and the chrome's words do not reach.
     */
    private static final List<String> LABELS =
            List.of(
                    "advertisement",
                    "advertising",
                    "sponsored content",
                    "continue reading below",
                    "continue reading below the advertisement",
                    "story continues below advertisement",
                    "article continues below advertisement",
                    "article continues below",
                    "publicité",
                    "la suite sous cette publicité",
                    "la suite après cette publicité",
                    "la suite après la publicité",
                    "lire la suite",
                    "lire la suite ci-dessous",
                    "anzeige",
                    "werbung",
                    "weiterlesen nach der anzeige",
                    "weiter nach der anzeige",
                    "artikel wird unterhalb fortgesetzt",
                    "publicidad",
                    "sigue leyendo",
                    "sigue leyendo debajo",
                    "continúa después de la publicidad",
                    "la noticia continúa después de la publicidad",
                    "pubblicità",
                    "continua a leggere",
                    "continua a leggere dopo la pubblicità",
                    "l'articolo continua dopo la pubblicità",
                    "publicidade",
                    "continua após a publicidade",
                    "continue lendo após o anúncio",
                    "anúncio",
                    "advertentie",
                    "lees verder onder de advertentie",
                    "lees verder na de advertentie");

    /** The signs a label may close with ("Advertisement:", "Lire la suite …"). */
    private static final Set<Character> CLOSING = Set.of('.', ':', '\u2026', ' ', '>', '\u203a');

    private AdSlotLabels() {}

    /** Whether {@code text} is an ad slot's label and nothing else. */
    static boolean isOne(String text) {
        // compared in place: this is asked of every title-like line, most of which open otherwise
        for (String label : LABELS) {
            if (text.regionMatches(true, 0, label, 0, label.length())
                    && closesAt(text, label.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean closesAt(String text, int from) {
        for (int k = from; k < text.length(); k++) {
            if (!CLOSING.contains(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
