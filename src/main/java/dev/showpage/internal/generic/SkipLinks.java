package dev.showpage.internal.generic;

import java.util.Set;

/**
 * The skip links and page anchors of site builders and themes, a kind of the site's chrome ({@link
 * SiteChrome}) that only a whole phrase makes.
 */
final class SkipLinks {

    /**
     * The skip links and page anchors of site builders and themes (WordPress, Squarespace, Wix,
     * Webflow, Ghost), as their copy prints them on a line of their own, in the seven languages:
     * whole lines, lower case, their words joined by one space and without signs ("Skip to content
     * ›", "↑ Back to top"). Their words are also a title's ("Top", "Page", "Content"), so only the
     * whole phrase is chrome.
     */
    private static final Set<String> PHRASES =
            Set.of(
                    // English
                    "top of page",
                    "bottom of page",
                    "back to top",
                    "to top",
                    "go to top",
                    "scroll to top",
                    "return to top",
                    "skip to content",
                    "skip to main content",
                    "skip to navigation",
                    "skip to footer",
                    "skip navigation",
                    "jump to content",
                    "jump to main content",
                    "go to content",
                    "go to main content",
                    // French
                    "aller au contenu",
                    "aller au contenu principal",
                    "passer au contenu",
                    "passer au contenu principal",
                    "aller à la navigation",
                    "haut de page",
                    "bas de page",
                    "retour en haut",
                    "retour en haut de page",
                    "retour vers le haut",
                    // German
                    "zum inhalt springen",
                    "zum hauptinhalt springen",
                    "zum inhalt",
                    "zur navigation springen",
                    "direkt zum inhalt",
                    "nach oben",
                    "zurück nach oben",
                    "seitenanfang",
                    "zum seitenanfang",
                    // Spanish
                    "saltar al contenido",
                    "saltar al contenido principal",
                    "ir al contenido",
                    "ir al contenido principal",
                    "volver arriba",
                    "ir arriba",
                    "principio de página",
                    "inicio de página",
                    // Italian
                    "vai al contenuto",
                    "vai al contenuto principale",
                    "salta al contenuto",
                    "salta al contenuto principale",
                    "torna su",
                    "inizio pagina",
                    // Portuguese
                    "ir para o conteúdo",
                    "ir para o conteúdo principal",
                    "pular para o conteúdo",
                    "saltar para o conteúdo",
                    "voltar ao topo",
                    "topo da página",
                    // Dutch
                    "naar inhoud springen",
                    "spring naar inhoud",
                    "spring naar de inhoud",
                    "ga naar inhoud",
                    "direct naar inhoud",
                    "naar boven",
                    "terug naar boven");

    private SkipLinks() {}

    /** Whether the text is a skip link or a page anchor of {@link #PHRASES}, whole. */
    static boolean isOne(String[] words) {
        StringBuilder phrase = new StringBuilder();
        for (String word : words) {
            String core = SiteChrome.trimSigns(word);
            if (core.isEmpty()) {
                continue;
            }
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            phrase.append(core);
        }
        return PHRASES.contains(phrase.toString());
    }
}
