package dev.showpage.internal.generic;

import java.util.List;

/**
 * A link back to the show's page, as sites print it over an episode: the show's name after an arrow
 * or a "back to" ("« Harbour Talk", "‹ Harbour Talk", "← Harbour Talk", "Back to Harbour Talk",
 * "Retour à Harbour Talk"). The arrow and the words are the link's decoration, not the name's.
 */
final class BackLinks {

    /** The arrows sites print before a back link, each followed by a blank. */
    private static final List<String> ARROWS =
            List.of("\u00AB ", "\u2039 ", "\u2190 ", "<< ", "< ", "\u276E ", "\u27F5 ");

    /** "Back to" in the seven languages the parser reads, as back links word it. */
    private static final List<String> BACK_TO =
            List.of(
                    "Back to ",
                    "Retour à ",
                    "Retour au ",
                    "Zurück zu ",
                    "Zurück zum ",
                    "Zurück zur ",
                    "Volver a ",
                    "Torna a ",
                    "Voltar para ",
                    "Voltar a ",
                    "Terug naar ");

    private BackLinks() {}

    /** The name without the back link's decoration before it; the text itself when it has none. */
    static String undecorated(String text) {
        String rest = text;
        for (String arrow : ARROWS) {
            if (rest.startsWith(arrow)) {
                rest = rest.substring(arrow.length()).strip();
                break;
            }
        }
        for (String back : BACK_TO) {
            if (rest.regionMatches(true, 0, back, 0, back.length())) {
                rest = rest.substring(back.length()).strip();
                break;
            }
        }
        return !rest.isEmpty() && Character.isLetterOrDigit(rest.codePointAt(0)) ? rest : text;
    }
}
