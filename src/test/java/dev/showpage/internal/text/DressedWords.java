package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * The words of vocabularies as prose dresses them, for tests that a fast path reads a word as the
 * slow one does: lower, title and upper case, a comma after, brackets and guillemets around, an
 * elided article or pronoun glued before, a plural "s", and the word without its first letter.
 */
final class DressedWords {

    private DressedWords() {}

    /**
     * Every word of the vocabularies dressed; {@code elidedBefore} glue to the word as it stands
     * ("d'"), {@code elidedBeforeTitle} to its title case ("D’").
     */
    static List<String> of(
            Collection<Vocabulary> vocabularies,
            List<String> elidedBefore,
            List<String> elidedBeforeTitle) {
        List<String> dressed = new ArrayList<>();
        for (Vocabulary v : vocabularies) {
            for (String w : v.words()) {
                String title = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
                dressed.addAll(
                        List.of(
                                w,
                                title,
                                w.toUpperCase(Locale.ROOT),
                                w + ",",
                                "(" + title + ")",
                                "«" + w + "»",
                                w + "s",
                                w.substring(1)));
                elidedBefore.forEach(e -> dressed.add(e + w));
                elidedBeforeTitle.forEach(e -> dressed.add(e + title));
            }
        }
        return dressed;
    }
}
