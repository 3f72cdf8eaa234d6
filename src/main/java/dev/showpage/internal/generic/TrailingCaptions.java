package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An image's alternative text that names the show before the words for a cover ("Harbour Nights
 * Cover Art", "Harbour Nights artwork"), as English templates write it; the other languages put the
 * words first ({@link TitleText#captionedName}). An episode's cover is captioned so too, and an
 * episode's page prints its title alone as a show's page prints the show's name: the caption is
 * read only over a listing of episodes, whose first line prints the name alone and titles none.
 */
final class TrailingCaptions {

    /** The words for a cover after the name, lower case, with the blank before them. */
    private static final List<String> CAPTIONS =
            List.of(
                    " podcast cover art",
                    " cover art",
                    " cover image",
                    " podcast artwork",
                    " artwork",
                    " podcast cover");

    /** Episodes a listing has at least. */
    private static final int MIN_EPISODES = 2;

    private TrailingCaptions() {}

    /**
     * The show's name a caption above {@code limit} gives, when the page lists {@code episodes}
     * episodes under it and its first line, no title ({@code titles}), is the name alone; else
     * null. The caption's line is used.
     */
    static String overListing(LineTable lines, int limit, int episodes, Set<Integer> titles) {
        int first = lines.nextText(0);
        if (episodes < MIN_EPISODES || first < 0 || titles.contains(first)) {
            return null;
        }
        for (int i = lines.nextText(first + 1); i >= 0 && i < limit; i = lines.nextText(i + 1)) {
            String name = lines.isNote(i) ? name(lines.text(i)) : null;
            if (name != null && lines.isNote(first) && lines.text(first).equals(name)) {
                lines.markUsed(i);
                return name;
            }
        }
        return null;
    }

    /** The name before a cover's words in {@code text}, or null. */
    static String name(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) {
            return null; // positions in the lower-case text would not be the text's
        }
        for (String caption : CAPTIONS) {
            if (lower.endsWith(caption) && text.length() > caption.length()) {
                return text.substring(0, text.length() - caption.length()).strip();
            }
        }
        return null;
    }
}
