package dev.showpage.internal.text;

import java.util.Locale;
import java.util.Set;

/**
 * The labels of the date a page was last changed ("Updated:", "Aktualisiert am", "Mis à jour le"),
 * in the seven languages: a date after one is no release. Kept apart from the labels of an
 * episode's length and release ({@link ValueLabels}, which answers for these too) because they
 * label no value the page is read for, only one to pass over.
 */
final class UpdateLabels {

    /**
     * The words with which pages label the date a page was last changed, in the seven languages
     * ("Updated:", "Aktualisiert am", "Actualizado el", "Aggiornato il", "Atualizado em",
     * "Bijgewerkt op", "Modifié le", and the "jour" of "mis à jour"): such a date is no release.
     */
    private static final Set<String> UPDATE_WORDS =
            Set.of(
                    "updated",
                    "update",
                    "modified",
                    "aktualisiert",
                    "aktualisierung",
                    "geändert",
                    "actualizado",
                    "actualizada",
                    "actualización",
                    "aggiornato",
                    "aggiornata",
                    "aggiornamento",
                    "atualizado",
                    "atualizada",
                    "atualização",
                    "bijgewerkt",
                    "gewijzigd",
                    "modifié",
                    "modifiée");

    private UpdateLabels() {}

    /** Whether a word labels the date of a page's last change, as {@link #UPDATE_WORDS} has it. */
    static boolean isUpdateWord(String word) {
        return UPDATE_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the words {@code first}, {@code second} and {@code third} (any may be null) open the
     * label of a page's last change: an update word, "mis à jour" or "mise à jour".
     */
    static boolean opens(String first, String second, String third) {
        if (first == null) {
            return false;
        }
        if (isUpdateWord(first)) {
            return true;
        }
        String lower = first.toLowerCase(Locale.ROOT);
        return (lower.equals("mis") || lower.equals("mise"))
                && "à".equalsIgnoreCase(second)
                && "jour".equalsIgnoreCase(third);
    }
}
