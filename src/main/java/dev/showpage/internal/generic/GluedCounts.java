package dev.showpage.internal.generic;

import dev.showpage.internal.episode.EpisodeCounts;
import dev.showpage.internal.text.Counts;
import java.util.OptionalInt;

/**
 * A listing's episode count that a scraper glued to the first entry's title, the count's line and
 * the title's run together ("38 episodesThe Ferryman's Last Crossing", "12 FolgenDie Fähre"): the
 * word for episodes runs straight into the title's capital. The count is the show's; the title is
 * what follows it.
 */
final class GluedCounts {

    /** The show's count and the title it was glued to. */
    record Split(int count, String title) {}

    private GluedCounts() {}

    /** The count and the title {@code text} glues together, or null. */
    static Split of(String text) {
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits >= text.length() || text.charAt(digits) != ' ') {
            return null;
        }
        int wordStart = digits + 1;
        // The word may open with a capital ("Folgen"); the title's capital comes after lower case.
        int wordEnd = Character.isLetter(text.charAt(wordStart)) ? wordStart + 1 : wordStart;
        while (wordEnd < text.length() && Character.isLowerCase(text.charAt(wordEnd))) {
            wordEnd++;
        }
        if (wordEnd == wordStart
                || wordEnd >= text.length()
                || !Character.isUpperCase(text.charAt(wordEnd))
                || !EpisodeCounts.isEpisodesWord(text.substring(wordStart, wordEnd))) {
            return null;
        }
        OptionalInt count = Counts.of(text.substring(0, digits));
        String title = text.substring(wordEnd);
        return count.isPresent() && title.contains(" ") ? new Split(count.getAsInt(), title) : null;
    }
}
