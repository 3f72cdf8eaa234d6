package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A blog's or a paper's heading that recommends a podcast by its name: "Podcast-Empfehlung: X",
 * "Meine Empfehlung: „X“, der Interview-Podcast von ...", "Podcast recommendation: X", "Coup de
 * cœur : « X »". The name after the label is the show's: the page is about it. A label over a
 * sentence ("Hör-Tipp: Mara Quist erzählt von ihrem ersten Boot.") recommends an episode, and names
 * no show.
 */
final class RecommendationLabels {

    /** Lines with text from the page's top among which the heading is looked for. */
    private static final int HEADER_LINES = 4;

    /** Characters of the label at most, up to its colon. */
    private static final int LABEL_MAX_CHARS = 32;

    /** Words of the show's name at most. */
    private static final int NAME_MAX_WORDS = 6;

    /**
     * The label's last word, lower case, in the seven languages the parser reads: the nouns of a
     * recommendation as blogs and papers head one.
     */
    private static final Set<String> LABEL_WORDS =
            Set.of(
                    "recommendation",
                    "pick",
                    "recommandation",
                    "cœur",
                    "coeur",
                    "empfehlung",
                    "podcast-empfehlung",
                    "podcastempfehlung",
                    "podcast-tipp",
                    "podcasttipp",
                    "recomendación",
                    "recomendado",
                    "consiglio",
                    "recomendação",
                    "dica",
                    "aanrader",
                    "podcasttip",
                    "podcast-tip");

    /** Opening and closing quotation marks around a name. */
    private static final String OPENING = "\"\u201C\u201E\u00AB\u2018\u201A";

    private static final String CLOSING = "\"\u201D\u201C\u00BB\u2019\u2018";

    private RecommendationLabels() {}

    /** The show's name a heading near the page's top recommends, or null. */
    static String inHeader(LineTable lines) {
        int seen = 0;
        for (int i = lines.nextText(0); i >= 0 && seen < HEADER_LINES; i = lines.nextText(i + 1)) {
            seen++;
            if (lines.isNote(i) && lines.isShort(i)) {
                String name = name(lines.text(i));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** The name after a recommendation's label, or null when the text has not that shape. */
    static String name(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > LABEL_MAX_CHARS || colon + 1 >= text.length()) {
            return null;
        }
        String[] label = text.substring(0, colon).strip().toLowerCase(Locale.ROOT).split(" ");
        if (!LABEL_WORDS.contains(label[label.length - 1])) {
            return null;
        }
        String rest = text.substring(colon + 1).strip();
        if (!rest.isEmpty() && OPENING.indexOf(rest.charAt(0)) >= 0) {
            for (int close = 2; close < rest.length(); close++) {
                if (CLOSING.indexOf(rest.charAt(close)) >= 0) {
                    return isName(rest.substring(1, close).strip())
                            ? rest.substring(1, close).strip()
                            : null;
                }
            }
            return null;
        }
        return isName(rest) ? rest : null;
    }

    /** A few words opening with a capital or a digit, closing no sentence. */
    private static boolean isName(String name) {
        return !name.isEmpty()
                && (Character.isUpperCase(name.codePointAt(0))
                        || Character.isDigit(name.codePointAt(0)))
                && !name.endsWith(".")
                && name.split(" ").length <= NAME_MAX_WORDS;
    }
}
