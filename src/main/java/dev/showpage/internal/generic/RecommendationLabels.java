package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A blog's or a paper's heading that recommends a podcast by its name: "Podcast-Empfehlung: X",
 * "Podcast recommendation: X", "Podcast-Tipp: „X“". The name after the label is the show's: the
 * page is about it. Only a label that says "podcast" is read, or one whose quoted name the words
 * just after it call a podcast ("Meine Empfehlung: „X“, der Interview-Podcast von ..."; not "„X“,
 * the podcast episode of the week"): a tip or a pick ("Dica:", "Editor's Pick:") recommends
 * anything. A tip's noun ("Podcast tip", "Podcast-Tipp", "Dica de podcast") is also advice about
 * podcasting ("Podcast tip: Record in a Closet"), so after it only a quoted name is read. Only the
 * page's header, above every episode's title, is read: a label on an episode's title line, or over
 * a sentence ("Podcast-Tipp: Mara Quist erzählt von ihrem ersten Boot."), recommends an episode and
 * names no show; so does one whose name an episode's title carries.
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

    /**
     * The nouns above that also mean a piece of advice ("a tip", "ein Tipp", "uma dica", "un
     * consiglio"), lower case: after them only a quoted name is read.
     */
    private static final Set<String> TIPS = Set.of("tip", "tipp", "dica", "consiglio");

    /**
     * The prepositions that may follow "podcast" in the words after a quoted name ("un podcast de
     * Radio Port", "a podcast by ..."), lower case, in the seven languages the parser reads; any
     * other word there ("the podcast episode of the week"), or one of these before it ("l'épisode
     * de podcast"), makes "podcast" no noun of the name.
     */
    private static final Set<String> AFTER_PODCAST =
            Set.of(
                    "by", "from", "of", "de", "d'", "du", "des", "von", "der", "aus", "di", "del",
                    "della", "da", "do", "dos", "van", "uit");

    /** Words between a quoted name's comma or dash and its "podcast" at most. */
    private static final int PODCAST_MAX_WORD = 4;

    /** The word every label read here says, lower case, in all seven languages alike. */
    private static final String PODCAST = "podcast";

    /** Opening and closing quotation marks around a name. */
    private static final String OPENING = QuoteMarks.OPENING;

    private static final String CLOSING = QuoteMarks.CLOSING;

    private RecommendationLabels() {}

    /**
     * The show's name a heading near the page's top recommends, or null; never a name an episode's
     * title ({@code titles}, line indexes) carries, which the label recommends as an episode.
     */
    static String inHeader(LineTable lines, Set<Integer> titles) {
        int firstTitle = lines.size();
        for (int title : titles) {
            if (title >= 0) {
                firstTitle = Math.min(firstTitle, title);
            }
        }
        // A listing's header ends at its first title; a lone episode's title may be the page's
        // heading only when nothing stands above it: a title under a date or a site's name is the
        // episode's, whatever label it opens with.
        int top = lines.nextText(0);
        int seen = 0;
        for (int i = top; i >= 0 && seen < HEADER_LINES; i = lines.nextText(i + 1)) {
            seen++;
            if (titles.size() > 1 && i >= firstTitle) {
                break;
            }
            if (titles.contains(i) && i != top) {
                continue;
            }
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
                            isLabel(label, true) || callsItPodcast(rest.substring(close + 1));
                    return podcast && isName(name) ? name : null;
                }
            }
            return null;
        }
        // "Dica: ...", "Editor's Pick: ...": a tip, of anything, unless it says "podcast"; and
        // "Podcast tip: ...", advice maybe, unless the name is quoted
        return isLabel(label, true) && !isTip(label) && isName(rest) ? rest : null;
    }

    /** Whether {@code label}, lower case, is a tip's, whose noun means advice too. */
    private static boolean isTip(String label) {
        for (String word : label.split("[ \\-]")) {
            if (TIPS.contains(word)
                    || word.startsWith(PODCAST)
                            && TIPS.contains(word.substring(PODCAST.length()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code after}, the text after a quoted name, calls it a podcast just past its comma
     * or dash (", der lange Gesprächs-Podcast", " – un podcast de Radio Port"), "podcast" being a
     * noun there, not a word before another ("the podcast episode of the week") nor another noun's
     * complement ("l'épisode de podcast du mois").
     */
    private static boolean callsItPodcast(String after) {
        String text = after.strip();
        if (text.isEmpty() || ",-\u2013\u2014".indexOf(text.charAt(0)) < 0) {
            return false;
        }
        String[] words = text.substring(1).strip().toLowerCase(Locale.ROOT).split(" ");
        for (int k = 0; k < words.length && k <= PODCAST_MAX_WORD; k++) {
            String word = words[k].replaceAll("[,.;:!?]+$", "");
            if (word.endsWith(PODCAST)) {
                boolean last = k + 1 == words.length || !word.equals(words[k]);
                boolean complement = k > 0 && AFTER_PODCAST.contains(words[k - 1]);
                return !complement && (last || AFTER_PODCAST.contains(words[k + 1]));
            }
        }
        return false;
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
