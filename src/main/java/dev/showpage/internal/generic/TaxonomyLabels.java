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

    private static final int LONGEST_LABEL =
            LABELS.stream().mapToInt(String::length).max().orElse(0);

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
        // Lower-casing never shortens a text: a longer one is no label, and is not lower-cased.
        return label.length() <= LONGEST_LABEL && LABELS.contains(label.toLowerCase(Locale.ROOT));
    }

    /** Words of one value after a label at most ("Radio Walks"), and of a value alone. */
    private static final int VALUE_MAX_WORDS = 3;

    private static final int ALONE_VALUE_MAX_WORDS = 2;

    /**
     * "Tags: radio, interview", "Category: Radio Walks": a label, its colon and values after it,
     * several short ones between commas or one of a word or two. A title may open with a label's
     * word and a colon ("Tag: You Are It", "Topics: Why We Argue About Money"): its sentence is no
     * list of values.
     */
    private static boolean isLabelled(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0
                || colon + 1 >= text.length()
                || !LABELS.contains(text.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
            return false;
        }
        String[] values = text.substring(colon + 1).split(",");
        int maxWords = values.length > 1 ? VALUE_MAX_WORDS : ALONE_VALUE_MAX_WORDS;
        for (String value : values) {
            String stripped = value.strip();
            if (stripped.isEmpty() || stripped.split(" ").length > maxWords) {
                return false;
            }
        }
        return true;
    }
}
