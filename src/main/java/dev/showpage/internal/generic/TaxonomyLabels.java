package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * The label of a post's categories or tags, as blog themes print it over or before the post
 * ("Categories", "Kategorien", "Tags:", "Étiquettes : Culture, Radio"): the site's filing of the
 * post, never its title. Alone on a line, it labels the line right under it too ("Categories /
 * General Meetups"), which lists the categories.
 *
 * <p>The words are a vocabulary, not lines of any one page: the taxonomy labels that blog engines
 * and their themes (WordPress, Ghost, Blogger, Hugo, Jekyll) print in the seven languages whose
 * dates the parser reads.
 */
final class TaxonomyLabels {

    /** The labels, lower case, without their colon. */
    private static final Set<String> LABELS =
            Set.of(
                    // English
                    "categories",
                    "category",
                    "tags",
                    "tag",
                    "topics",
                    "filed under",
                    "posted in",
                    // French
                    "catégories",
                    "catégorie",
                    "étiquettes",
                    "étiquette",
                    "mots-clés",
                    "thèmes",
                    "classé dans",
                    // German
                    "kategorien",
                    "kategorie",
                    "schlagwörter",
                    "schlagworte",
                    "themen",
                    "veröffentlicht in",
                    // Spanish
                    "categorías",
                    "categoría",
                    "etiquetas",
                    "temas",
                    "publicado en",
                    // Italian
                    "categorie",
                    "categoria",
                    "etichette",
                    "argomenti",
                    "pubblicato in",
                    // Portuguese
                    "categorias",
                    "tópicos",
                    "publicado em",
                    // Dutch
                    "categorieën",
                    "onderwerpen",
                    "geplaatst in");

    private TaxonomyLabels() {}

    /**
     * Whether {@code text}, a line's text with blanks collapsed, is a taxonomy label alone
     * ("Kategorien", "Tags:") or a label with its values after the colon ("Categoría: Radio,
     * Entrevistas").
     */
    static boolean isOne(String text) {
        return isLabelAlone(text) || isLabelled(text);
    }

    /** Whether the text is only a taxonomy label, with or without its colon: it labels the next. */
    static boolean isLabelAlone(String text) {
        String label = text.strip();
        if (label.endsWith(":")) {
            label = label.substring(0, label.length() - 1).strip();
        }
        return LABELS.contains(label.toLowerCase(Locale.ROOT));
    }

    /** "Tags: radio, interview": a label, its colon and the values after it. */
    private static boolean isLabelled(String text) {
        int colon = text.indexOf(':');
        return colon > 0
                && colon + 1 < text.length()
                && LABELS.contains(text.substring(0, colon).strip().toLowerCase(Locale.ROOT));
    }
}
