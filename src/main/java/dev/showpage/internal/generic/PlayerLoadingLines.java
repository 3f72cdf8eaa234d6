package dev.showpage.internal.generic;

import java.util.List;
import java.util.Set;

/**
 * An embedded player's placeholder while its script loads ("The player is loading ...", "Der Player
 * wird geladen …") or its label over its frame ("Video player", "Lecteur vidéo"): the site's
 * chrome, never a title. The line under it is not read as the show's name: sites print a guest's
 * credit, a labelled title or a trailer's heading there as often.
 */
final class PlayerLoadingLines {

    /**
     * What players print while they load, and the labels over their frames, lower case, in the
     * seven languages the parser reads, as the common player scripts word them.
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
                    "speler wordt geladen",
                    // the player's own label over its frame
                    "player video",
                    "video player",
                    "lecteur vidéo",
                    "videoplayer",
                    "reproductor de vídeo",
                    "reproductor de video",
                    "lettore video",
                    "player di video",
                    "player de vídeo",
                    "reprodutor de vídeo",
                    "videospeler");

    /** The signs a placeholder may close with. */
    private static final Set<Character> CLOSING = Set.of('.', '\u2026', ' ');

    private PlayerLoadingLines() {}

    /** Whether {@code text} is a player's placeholder and nothing else. */
    static boolean isOne(String text) {
        // compared in place: this is asked of every title-like line, most of which open otherwise
        for (String loading : LOADING) {
            if (text.regionMatches(true, 0, loading, 0, loading.length())) {
                for (int k = loading.length(); k < text.length(); k++) {
                    if (!CLOSING.contains(text.charAt(k))) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }
}
