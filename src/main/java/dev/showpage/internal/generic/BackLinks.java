package dev.showpage.internal.generic;

import java.util.List;

/**
 * A link back to the show's page, as sites print it over an episode: the show's name after an arrow
 * ("« Harbour Talk", "‹ Harbour Talk", "← Harbour Talk"). The arrow is the link's decoration, not
 * the name's. Words for "back" are not read: "Back to Work" and "Zurück zur Natur" are names whose
 * words they are (the words alone are the site's, {@link SiteChrome}).
 */
final class BackLinks {

    /** The arrows sites print before a back link, each followed by a blank. */
    private static final List<String> ARROWS =
            List.of("\u00AB ", "\u2039 ", "\u2190 ", "<< ", "< ", "\u276E ", "\u27F5 ");

    private BackLinks() {}

    /** The name without the back link's decoration before it; the text itself when it has none. */
    static String undecorated(String text) {
        for (String arrow : ARROWS) {
            if (text.startsWith(arrow)) {
                String rest = text.substring(arrow.length()).strip();
                return !rest.isEmpty() && Character.isLetterOrDigit(rest.codePointAt(0))
                        ? rest
                        : text;
            }
        }
        return text;
    }

    /** Whether the text opens with a back link's arrow. */
    static boolean isArrowed(String text) {
        return !undecorated(text).equals(text);
    }
}
