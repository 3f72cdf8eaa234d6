package dev.showpage.internal.generic;

import dev.showpage.internal.episode.EpisodeCounts;
import dev.showpage.internal.text.CreditLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The fields a show's header prints under its name, as directories, hosting platforms and shows'
 * own sites print them: a byline ("By Jane Doe", "von Jane Doe"), a host line ("Hosted by Jane
 * Doe", "Moderation: Jane Doe"), the episode count ("48 episodes"), a rating ("4.8 (1,234)"), the
 * publisher beside a category ("Saltmarsh Audio · Technology"), and the show's description, a
 * paragraph. A line over such fields heads the show's part of the page.
 */
final class HeaderFields {

    /** What sites put between a header's fields on one line. */
    private static final String[] FIELD_SEPARATORS = {" \u00B7 ", " \u2022 ", " | "};

    /**
     * The words a rating prints beside its score, in the seven languages ("4.8 (1,234 ratings)",
     * "4,7 · 312 Bewertungen"); lower case.
     */
    private static final Set<String> RATING_WORDS =
            Set.of(
                    "rating",
                    "ratings",
                    "review",
                    "reviews",
                    "avis",
                    "notes",
                    "bewertungen",
                    "valoraciones",
                    "reseñas",
                    "recensioni",
                    "valutazioni",
                    "avaliações",
                    "beoordelingen",
                    "stars",
                    "étoiles",
                    "sterne",
                    "estrellas",
                    "stelle",
                    "estrelas",
                    "sterren");

    /** Words of a show's description at least. */
    private static final int DESCRIPTION_MIN_WORDS = 16;

    /** Words of one field of a separated line at most. */
    private static final int FIELD_MAX_WORDS = 4;

    /** Words of a rating line at most. */
    private static final int RATING_MAX_WORDS = 4;

    /** The highest score of the ratings sites print (five stars). */
    private static final double MAX_SCORE = 5.0;

    private final LineTable lines;

    HeaderFields(LineTable lines) {
        this.lines = lines;
    }

    /** Whether line {@code i} is one of the fields a show's header prints under its name. */
    boolean isField(int i) {
        if (!lines.isNote(i)) {
            return false;
        }
        String text = lines.text(i);
        return isDescription(i)
                || lines.isShort(i)
                        && (Bylines.name(text) != null
                                || CreditLines.isHostLine(text)
                                || EpisodeCounts.on(lines.terminals(i)).isPresent()
                                || isRating(text)
                                || isSeparatedFields(text));
    }

    /**
     * Whether line {@code i} is a show's description: a paragraph of a few sentences' length,
     * longer than a teaser's one line ("On X, two friends talk about the coast every week.").
     */
    private boolean isDescription(int i) {
        return lines.words(i) >= DESCRIPTION_MIN_WORDS && !lines.isChrome(i);
    }

    /**
     * "4.8 (1,234)", "4,7 ★ 312 Bewertungen": a score of at most five with one decimal, and only
     * numbers, signs and rating words after it.
     */
    static boolean isRating(String text) {
        String[] words = text.split(" ");
        if (words.length > RATING_MAX_WORDS || !isScore(words[0])) {
            return false;
        }
        for (int k = 1; k < words.length; k++) {
            String word = words[k];
            boolean hasDigit = word.chars().anyMatch(Character::isDigit);
            boolean hasLetter = word.chars().anyMatch(Character::isLetter);
            String core = letters(word).toLowerCase(Locale.ROOT);
            if (hasLetter && !hasDigit && !RATING_WORDS.contains(core)) {
                return false;
            }
        }
        return true;
    }

    /** "4.8", "4,7": a digit, a decimal sign and a digit, at most five. */
    private static boolean isScore(String word) {
        if (word.length() != 3
                || !Character.isDigit(word.charAt(0))
                || (word.charAt(1) != '.' && word.charAt(1) != ',')
                || !Character.isDigit(word.charAt(2))) {
            return false;
        }
        return Double.parseDouble(word.replace(',', '.')) <= MAX_SCORE;
    }

    /**
     * "Saltmarsh Audio · Technology", "Jane Doe | Society & Culture": two or three short fields
     * between separators, each opening with a capital or a digit, none a sentence.
     */
    static boolean isSeparatedFields(String text) {
        for (String separator : FIELD_SEPARATORS) {
            List<String> fields = split(text, separator);
            if (fields.size() < 2 || fields.size() > 3) {
                continue;
            }
            boolean all = true;
            for (String field : fields) {
                String f = field.strip();
                all &=
                        !f.isEmpty()
                                && f.split(" ").length <= FIELD_MAX_WORDS
                                && (Character.isUpperCase(f.codePointAt(0))
                                        || Character.isDigit(f.codePointAt(0)))
                                && !f.endsWith(".");
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    /** The text's parts between each {@code separator}. */
    static List<String> split(String text, String separator) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, from)) {
            parts.add(text.substring(from, at));
            from = at + separator.length();
        }
        parts.add(text.substring(from));
        return parts;
    }

    /** The word's letters alone ("(ratings)" → "ratings"). */
    private static String letters(String word) {
        StringBuilder kept = new StringBuilder();
        word.codePoints().filter(Character::isLetter).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
