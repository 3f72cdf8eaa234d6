package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A site's banner inviting the reader to look at something else ("Check out the Harbour Map!",
 * "Découvrez notre boutique !", "Schau dir unseren Shop an!"): an imperative of looking or finding
 * out, a few words, and an exclamation mark to close them. It stands over the episode as an ad
 * does, and titles nothing. An episode may be titled so too ("Entdecke Lissabon!"): a banner is
 * only one whose object is a thing sites promote (a podcast, a newsletter, an app, a shop); the
 * site's own alone ("Entdecke unsere Stadt!") may title an episode too.
 */
final class Invitations {

    /** Words of a banner at most. */
    private static final int MAX_WORDS = 8;

    /**
     * The imperatives of looking and finding out banners open with, lower case, in the seven
     * languages the parser reads (the familiar and polite forms).
     */
    private static final List<String> OPENINGS =
            List.of(
                    "check out ",
                    "découvrez ",
                    "découvre ",
                    "schau dir ",
                    "schaut euch ",
                    "schauen sie sich ",
                    "entdecke ",
                    "entdeckt ",
                    "entdecken sie ",
                    "descubre ",
                    "descubra ",
                    "descubrid ",
                    "scopri ",
                    "scoprite ",
                    "confira ",
                    "conheça ",
                    "bekijk ",
                    "ontdek ");

    /** The words of what a site promotes, lower case, in the seven languages the parser reads. */
    private static final Set<String> PROMOTED =
            Set.of(
                    "podcast",
                    "podcasts",
                    "newsletter",
                    "app",
                    "apps",
                    "shop",
                    "store",
                    "merch",
                    "website",
                    "blog",
                    "channel",
                    "playlist",
                    "boutique",
                    "chaîne",
                    "appli",
                    "application",
                    "laden",
                    "kanal",
                    "tienda",
                    "canal",
                    "aplicación",
                    "negozio",
                    "canale",
                    "loja",
                    "aplicativo",
                    "winkel",
                    "kanaal",
                    "nieuwsbrief");

    private Invitations() {}

    /** Whether {@code text}, a line's text with blanks collapsed, is such a banner. */
    static boolean isOne(String text) {
        if (!text.endsWith("!")) {
            return false; // most lines: asked of every title-like line, so asked first
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.split(" ").length > MAX_WORDS) {
            return false;
        }
        for (String opening : OPENINGS) {
            if (lower.startsWith(opening)) {
                return promotes(lower.substring(opening.length()));
            }
        }
        return false;
    }

    /** Whether a word of {@code object} is a thing sites promote. */
    private static boolean promotes(String object) {
        for (String word : object.split(" ")) {
            String core = SiteChrome.trimSigns(word);
            if (PROMOTED.contains(core) || core.startsWith("podcast")) {
                return true; // "Podcastverzeichnis", "podcasts"
            }
        }
        return false;
    }
}
