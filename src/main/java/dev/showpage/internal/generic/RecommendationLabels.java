package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A blog's or a paper's heading that recommends a podcast by its name: "Podcast-Empfehlung: X",
 * "Podcast recommendation: X", "Podcast-Tipp: „X“". The name after the label is the show's: the
 * page is about it. Only a label that says "podcast" is read, or one whose quoted name the line
 * calls a podcast ("Meine Empfehlung: „X“, der Interview-Podcast von ..."): a tip or a pick
 * ("Dica:", "Editor's Pick:") recommends anything. A label over a sentence ("Podcast-Tipp: Mara
 * Quist erzählt von ihrem ersten Boot.") recommends an episode, and names no show; so does one over
 * an episode's title.
 */
final class RecommendationLabels {

    /** Lines with text from the page's top among which the heading is looked for. */
    private static final int HEADER_LINES = 4;

    /** Characters of the label at most, up to its colon. */
    private static final int LABEL_MAX_CHARS = 32;

    /** Words of the show's name at most. */
    private static final int NAME_MAX_WORDS = 6;

    /**
     * The nouns of a recommendation, lower case, in the seven languages the parser reads, as blogs
     * and papers head one; read in a label that says "podcast" too, apart ("Podcast
     * recommendation", "Recomendación de podcast") or joined ("Podcasttipp", "Podcast-Empfehlung").
     */
    private static final Set<String> NOUNS =
            Set.of(
                    "recommendation",
                    "pick",
                    "recommandation",
                    "cœur",
                    "coeur",
                    "empfehlung",
                    "tipp",
                    "recomendación",
                    "recomendacion",
                    "consiglio",
                    "recomendação",
                    "recomendacao",
                    "dica",
                    "aanrader",
                    "tip");

    /** The word every label read here says, lower case, in all seven languages alike. */
    private static final String PODCAST = "podcast";

    /** Opening and closing quotation marks around a name. */
    private static final String OPENING = "\"\u201C\u201E\u00AB\u2018\u201A";

    private static final String CLOSING = "\"\u201D\u201C\u00BB\u2019\u2018";

    private RecommendationLabels() {}

    /**
     * The show's name a heading near the page's top recommends, or null; never a name an episode's
     * title ({@code titles}, line indexes) carries, which the label recommends as an episode.
     */
    static String inHeader(LineTable lines, Set<Integer> titles) {
        int seen = 0;
        for (int i = lines.nextText(0); i >= 0 && seen < HEADER_LINES; i = lines.nextText(i + 1)) {
            seen++;
            if (lines.isNote(i) && lines.isShort(i)) {
                String name = name(lines.text(i));
                if (name != null) {
                    return inTitle(lines, titles, name, i) ? null : name;
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
        String label = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!isLabel(label, false)) {
            return null;
        }
        String rest = text.substring(colon + 1).strip();
        if (!rest.isEmpty() && OPENING.indexOf(rest.charAt(0)) >= 0) {
            for (int close = 2; close < rest.length(); close++) {
                if (CLOSING.indexOf(rest.charAt(close)) >= 0) {
                    String name = rest.substring(1, close).strip();
                    boolean podcast =
                            isLabel(label, true)
                                    || rest.substring(close)
                                            .toLowerCase(Locale.ROOT)
                                            .contains(PODCAST);
                    return podcast && isName(name) ? name : null;
                }
            }
            return null;
        }
        // "Dica: ...", "Editor's Pick: ...": a tip, of anything, unless it says "podcast"
        return isLabel(label, true) && isName(rest) ? rest : null;
    }

    /**
     * Whether {@code label}, lower case, says a noun of a recommendation, and "podcast" too when
     * {@code podcast}.
     */
    private static boolean isLabel(String label, boolean podcast) {
        boolean said = false;
        boolean noun = false;
        for (String word : label.split("[ \\-]")) {
            if (word.startsWith(PODCAST)) {
                said = true;
                noun |= NOUNS.contains(word.substring(PODCAST.length())); // "podcasttipp"
            } else {
                noun |= NOUNS.contains(word);
            }
        }
        return noun && (said || !podcast);
    }

    /** Whether an episode's title other than the label's line {@code label} carries the name. */
    private static boolean inTitle(LineTable lines, Set<Integer> titles, String name, int label) {
        for (int title : titles) {
            if (title >= 0 && title != label && lines.text(title).contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isName(String name) {
        return ShortNames.isOne(name, NAME_MAX_WORDS);
    }
}
