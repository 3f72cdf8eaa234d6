package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "A podcast by" as platforms word it after a show's or an episode's name and before its
 * publisher's ("Harbour Talk - A podcast by Quay Media", "Podcast by Quay Media" on a line of its
 * own): the phrases of the seven languages the parser reads, and of the Scandinavian storefronts
 * that print their chrome over shows in those languages ("en podcast af", "en podcast av").
 */
final class PodcastByPhrases {

    /** The phrases with their article, lower case, each closed by the blank or the elision. */
    static final List<String> WITH_ARTICLE =
            List.of(
                    "a podcast by ",
                    "un podcast de ",
                    "un podcast d'",
                    "un podcast d\u2019",
                    "ein podcast von ",
                    "ein podcast der ",
                    "ein podcast des ",
                    "un pódcast de ",
                    "un podcast di ",
                    "un podcast del ",
                    "um podcast de ",
                    "um podcast da ",
                    "um podcast do ",
                    "een podcast van ",
                    "een podcast door ",
                    "en podcast af ",
                    "en podcast av ");

    /**
     * The words of a period, lower case, in the seven languages the parser reads: after a bare
     * "podcast der/of the" they make a heading ("Podcast der Woche", "Podcast of the week",
     * "Podcast van het jaar"), not a publisher's line.
     */
    private static final Set<String> PERIODS =
            Set.of(
                    "day",
                    "week",
                    "month",
                    "year",
                    "jour",
                    "semaine",
                    "mois",
                    "année",
                    "annee",
                    "tag",
                    "tages",
                    "woche",
                    "monats",
                    "jahres",
                    "jahr",
                    "día",
                    "semana",
                    "mes",
                    "año",
                    "giorno",
                    "settimana",
                    "mese",
                    "anno",
                    "dia",
                    "ano",
                    "dag",
                    "maand",
                    "jaar");

    private PodcastByPhrases() {}

    /**
     * The one phrase read without its article: "by" alone says a credit, while the bare forms of
     * the other languages ("Podcast de Economía", "Podcast der Redaktion") head categories and
     * sections as often as they credit a publisher.
     */
    private static final String BARE = "podcast by ";

    /**
     * The length of the phrase {@code text} opens with ("A podcast by ", "En podcast af ", "Podcast
     * by "), any case, when a name follows it; 0 when it opens with none.
     */
    static int openingLength(String text) {
        // compared in place: this is asked of every title-like line, most of which open otherwise
        for (String phrase : WITH_ARTICLE) {
            if (text.regionMatches(true, 0, phrase, 0, phrase.length())) {
                return namedAfter(text, phrase.length()) ? phrase.length() : 0;
            }
        }
        if (text.regionMatches(true, 0, BARE, 0, BARE.length())) {
            return namedAfter(text, BARE.length()) ? BARE.length() : 0;
        }
        return 0;
    }

    /**
     * Whether a name follows the phrase that ends at {@code end}: a word in capitals that is no
     * period's ("Podcast der Woche" heads a recommendation, "Podcast by Quay Media" credits one).
     */
    private static boolean namedAfter(String text, int end) {
        if (end >= text.length() || !Character.isUpperCase(text.codePointAt(end))) {
            return false;
        }
        int stop = text.indexOf(' ', end);
        String word = text.substring(end, stop < 0 ? text.length() : stop);
        return !PERIODS.contains(SiteChrome.trimSigns(word).toLowerCase(Locale.ROOT));
    }
}
