package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An embedded player's placeholder while its script loads ("The player is loading ...", "Der Player
 * wird geladen …"), which show sites print with the show's name on the line right under it, where
 * the player shows it once loaded.
 */
final class PlayerLoadingLines {

    /**
     * What players print while they load, lower case, in the seven languages the parser reads, as
     * the common player scripts word it.
     */
    private static final List<String> LOADING =
            List.of(
                    "the player is loading",
                    "player is loading",
                    "loading player",
                    "le lecteur est en cours de chargement",
                    "le lecteur se charge",
                    "chargement du lecteur",
                    "der player wird geladen",
                    "player wird geladen",
                    "el reproductor se está cargando",
                    "cargando reproductor",
                    "il player è in caricamento",
                    "caricamento del player",
                    "o player está carregando",
                    "carregando o player",
                    "de speler wordt geladen",
                    "de player wordt geladen",
                    "speler wordt geladen");

    /** The signs a placeholder may close with. */
    private static final Set<Character> CLOSING = Set.of('.', '\u2026', ' ');

    private PlayerLoadingLines() {}

    /** Whether {@code text} is a player's placeholder and nothing else. */
    static boolean isOne(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String loading : LOADING) {
            if (lower.startsWith(loading)) {
                for (int k = loading.length(); k < lower.length(); k++) {
                    if (!CLOSING.contains(lower.charAt(k))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * The show's name on the line right under a player's placeholder above {@code limit}: a short
     * line of a name's shape that is no episode's title nor part of one, and no site chrome; null
     * when there is none.
     */
    static String showUnder(LineTable lines, int limit, Set<Integer> titles) {
        for (int i = 0; i < limit; i++) {
            if (lines.isNote(i) && isOne(lines.text(i))) {
                int next = i + 1;
                if (EpisodeTitleNames.isShowLine(lines, next, titles)) {
                    return lines.text(next);
                }
                return null;
            }
        }
        return null;
    }
}
