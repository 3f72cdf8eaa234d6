package dev.showpage.internal.generic;

import dev.showpage.internal.text.DateWords;
import dev.showpage.internal.text.Dates;
import dev.showpage.internal.text.ValueLabels;
import dev.showpage.internal.text.Vocabulary;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Lines a site prints in its header that are never a show's name, however short and name-like they
 * look: a date stamp ("Mis à jour : févr. 12", "Updated: Mar 3", "3 March 2025") and a lone status
 * badge over the page ("Beta", "Neu", "Preview"). Both stand where a show's header prints its name,
 * so the readers of a header's first line ask here first.
 */
final class StampsAndBadges {

    /**
     * The words a site's badge says of itself or of a feature in the seven languages read, lower
     * case: a release stage ("beta", "alpha", "preview", "vorschau", "aperçu", "anteprima",
     * "prévia", "voorproef") and "new" ("neu", "nouveau", "nouvelle", "nuevo", "nueva", "nuovo",
     * "nuova", "novo", "nieuw"). A badge is one of them alone on its line.
     */
    private static final Vocabulary BADGES =
            Vocabulary.of(
                    "beta alpha preview vorschau aperçu anteprima prévia voorproef new neu"
                            + " nouveau nouvelle nuevo nueva nuovo nuova novo nieuw");

    /** The marks a badge may close with ("Neu!", "Beta:"). */
    private static final Pattern BADGE_END = Pattern.compile("[\\s!:.\u2022\u00B7]+$");

    /** The colon or comma a label's word or a date's part closes with ("Updated:", "12,"). */
    private static final Pattern WORD_END = Pattern.compile("[:,]+$");

    /** Blanks between words. */
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private StampsAndBadges() {}

    /** Whether the text is a date stamp or a badge, not a name. */
    static boolean isOne(String text) {
        String stripped = text.strip();
        return isBadge(stripped) || isDateStamp(stripped);
    }

    /** Whether the text is one badge word alone ("Beta", "NEU", "Nouveau !"). */
    static boolean isBadge(String text) {
        String word = BADGE_END.matcher(text).replaceAll("");
        return !word.isEmpty()
                && word.indexOf(' ') < 0
                && BADGES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the text is a stamp of when the page was written: wholly a date ("3 March 2025"), or
     * a date after the label of a page's last change ("Updated: Mar 3", "Mis à jour : févr. 12",
     * "Aktualisiert am 3. März"). A month's name beside a number inside a name ("Mai 68", "March 4
     * Justice") is no stamp.
     */
    static boolean isDateStamp(String text) {
        String[] words = BLANKS.split(text);
        if (Dates.isWrittenAsDate(text) || isDayAndMonthOrMonthAndYear(words)) {
            return true;
        }
        String[] bare = new String[Math.min(3, words.length)];
        for (int k = 0; k < bare.length; k++) {
            bare[k] = WORD_END.matcher(words[k]).replaceAll("");
        }
        if (!ValueLabels.opensUpdateLabel(
                bare[0], bare.length > 1 ? bare[1] : null, bare.length > 2 ? bare[2] : null)) {
            return false;
        }
        // The label's words are followed by the date's: a number or a month's name.
        for (int k = 1; k < words.length; k++) {
            if (words[k].chars().anyMatch(Character::isDigit) || DateWords.month(words[k]) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words are a date without its year or its day: a day before a month ("14 Nov", "3.
     * März") or a month before a year ("sept. 2024"). A month beside any other number ("Mai 68",
     * "March 4 Justice") is a name's.
     */
    private static boolean isDayAndMonthOrMonthAndYear(String[] words) {
        if (words.length != 2) {
            return false;
        }
        String first = WORD_END.matcher(words[0]).replaceAll("");
        if (DateWords.month(words[1]) != 0 && isDay(first)) {
            return true;
        }
        return DateWords.month(first) != 0
                && words[1].length() == 4
                && EpisodeNumbers.isDigits(words[1]);
    }

    private static boolean isDay(String word) {
        String digits = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
        if (digits.length() > 2 || !EpisodeNumbers.isDigits(digits)) {
            return false;
        }
        int day = Integer.parseInt(digits);
        return day >= 1 && day <= 31;
    }
}
