package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A link back to the show's page, as sites print it over an episode: the show's name after an arrow
 * ("« Harbour Talk", "‹ Harbour Talk", "← Harbour Talk"). The arrow is the link's decoration, not
 * the name's. Words for "back" are not read: "Back to Work" and "Zurück zur Natur" are names whose
 * words they are (the words alone are the site's, {@link SiteChrome}). An arrow also leads to the
 * site's other pages ("« Older Posts", "< Home", "‹ Artículos anteriores"): what follows it must be
 * neither chrome nor words of navigation.
 */
final class BackLinks {

    /** The arrows sites print before a back link, each followed by a blank. */
    private static final List<String> ARROWS =
            List.of("\u00AB ", "\u2039 ", "\u2190 ", "<< ", "< ", "\u276E ", "\u27F5 ");

    /**
     * The words of a blog's or a site's navigation links, lower case, in the seven languages the
     * parser reads: the site's home, its posts, the previous and next page or posts ("Older Posts",
     * "Articles précédents", "Ältere Beiträge", "Entradas anteriores", "Post più vecchi",
     * "Postagens mais antigas", "Oudere berichten").
     */
    private static final Set<String> NAVIGATION =
            Set.of(
                    "home",
                    "start",
                    "posts",
                    "post",
                    "entries",
                    "articles",
                    "stories",
                    "page",
                    "pages",
                    "older",
                    "newer",
                    "previous",
                    "next",
                    "back",
                    "accueil",
                    "précédents",
                    "précédent",
                    "suivants",
                    "suivant",
                    "anciens",
                    "récents",
                    "startseite",
                    "beiträge",
                    "artikel",
                    "ältere",
                    "neuere",
                    "vorherige",
                    "nächste",
                    "zurück",
                    "inicio",
                    "entradas",
                    "artículos",
                    "anteriores",
                    "anterior",
                    "siguientes",
                    "siguiente",
                    "recientes",
                    "articoli",
                    "precedenti",
                    "precedente",
                    "successivi",
                    "vecchi",
                    "recenti",
                    "início",
                    "postagens",
                    "antigas",
                    "recentes",
                    "próximo",
                    "oudere",
                    "nieuwere",
                    "berichten",
                    "vorige",
                    "volgende",
                    "mais",
                    "più",
                    "the",
                    "les",
                    "des",
                    "to",
                    "zur",
                    "a",
                    "al");

    private BackLinks() {}

    /** The name without the back link's decoration before it; the text itself when it has none. */
    static String undecorated(String text) {
        for (String arrow : ARROWS) {
            if (text.startsWith(arrow)) {
                String rest = text.substring(arrow.length()).strip();
                return !rest.isEmpty()
                                && Character.isLetterOrDigit(rest.codePointAt(0))
                                && !isNavigation(rest)
                        ? rest
                        : text;
            }
        }
        return text;
    }

    /** Whether the text opens with an arrow before the site's chrome or its navigation. */
    static boolean isNavigationLink(String text) {
        for (String arrow : ARROWS) {
            if (text.startsWith(arrow)) {
                return isNavigation(text.substring(arrow.length()).strip());
            }
        }
        return false;
    }

    private static boolean isNavigation(String words) {
        if (SiteChrome.isChrome(words)) {
            return true;
        }
        for (String word : words.toLowerCase(Locale.ROOT).split(" ")) {
            if (!NAVIGATION.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The show's name {@code named}, a line found to name it, gives: the text after a back link's
     * arrow ("« Harbour Talk"), the text itself when it has none, or null when the arrow leads to
     * the site's pages ("« Older Posts", "< Home") or is no link back to the show.
     */
    static String showNamed(LineTable lines, String named) {
        if (isNavigationLink(named)) {
            return null;
        }
        if (isArrowed(named)) {
            // "Harbour Radio / « Mara Quist": an earlier episode's link
            return isBackLink(lines, named) ? undecorated(named) : null;
        }
        return named;
    }

    /**
     * Whether {@code arrowed}, a line opening with an arrow, is the link back to the show: the
     * page's first line, as sites print it over an episode. Under another line (the site's name)
     * the arrow leads to an earlier episode as likely.
     */
    private static boolean isBackLink(LineTable lines, String arrowed) {
        int first = lines.nextText(0);
        return first >= 0 && lines.text(first).equals(arrowed);
    }

    /** Whether the text opens with a back link's arrow. */
    static boolean isArrowed(String text) {
        return !undecorated(text).equals(text);
    }
}
