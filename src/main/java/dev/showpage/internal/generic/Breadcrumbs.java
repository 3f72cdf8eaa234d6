package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A breadcrumb trail, the site's path to the page printed over its headline ("Home > Podcasts >
 * Harbour Talk", "Accueil / Émissions / Les Phares"): passed over on the way to a one-episode
 * page's title (its last step may still name the show, which {@link ShowHeading} reads). It opens
 * with the site's home link or a menu word of {@link SiteChrome}, followed by the trail's sign; a
 * title that only holds such a sign ("Rivers / Roads") opens with other words.
 */
final class Breadcrumbs {

    /**
     * The signs between a trail's steps, with the blanks around them, as site themes print them.
     */
    private static final String[] SIGNS = {" > ", " \u203A ", " \u00BB ", " / ", " \u2192 "};

    /**
     * The words of a site's home link in the seven languages, lower case: the first step of a
     * trail.
     */
    private static final Set<String> HOME_WORDS =
            Set.of(
                    "home",
                    "homepage",
                    "start",
                    "startseite",
                    "accueil",
                    "inicio",
                    "início",
                    "inizio",
                    "portada",
                    "voorpagina",
                    "hoofdpagina");

    private Breadcrumbs() {}

    /** Whether the text, a line's with blanks collapsed, opens with a trail's first step. */
    static boolean isOne(String text) {
        for (String sign : SIGNS) {
            int at = text.indexOf(sign);
            if (at > 0) {
                String first = text.substring(0, at).strip();
                String rest = text.substring(at + sign.length()).strip();
                // The first step before the first sign: "Home", "Podcasts", "Startseite"; and a
                // trail of three steps or a second step of chrome, since "Home / Away" and
                // "Start / Ziel" are titles.
                return !rest.isEmpty()
                        && first.indexOf(' ') < 0
                        && (HOME_WORDS.contains(first.toLowerCase(Locale.ROOT))
                                || SiteChrome.isChrome(first))
                        && (rest.contains(sign) || SiteChrome.isChrome(rest));
            }
        }
        return false;
    }
}
