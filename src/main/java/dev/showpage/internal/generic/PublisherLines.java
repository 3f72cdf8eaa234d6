package dev.showpage.internal.generic;

import java.util.Set;

/**
 * A platform's show header: the show's name, and right under it its publisher's ("Harbour Talk /
 * Podcast by Quay Media", "Hafenfunk / Ein Podcast von Radio Kai"). The line over the publisher's
 * is the show's, unless it is an episode's title (an episode's page may credit its show's publisher
 * under the title).
 */
final class PublisherLines {

    /** Words of the show's and the publisher's names at most. */
    private static final int NAME_MAX_WORDS = 6;

    private PublisherLines() {}

    /** Whether {@code text} is "Podcast by" and a publisher's name, and nothing else. */
    static boolean isOne(String text) {
        int phrase = PodcastByPhrases.openingLength(text);
        if (phrase == 0) {
            return false;
        }
        String name = text.substring(phrase).strip();
        return ShortNames.isOne(name, NAME_MAX_WORDS) && !name.contains(" / ");
    }

    /**
     * The show named on the line right over a publisher's line above {@code limit} (no blank line
     * between); null when there is none, or when that line is an episode's title, the site's chrome
     * or a sentence.
     */
    static String showOver(LineTable lines, int limit, Set<Integer> titles) {
        for (int i = 1; i < limit; i++) {
            if (lines.isNote(i) && lines.isShort(i) && isOne(lines.text(i))) {
                int above = i - 1;
                if (lines.isNote(above)
                        && !titles.contains(above)
                        && lines.isTitleLike(above)
                        && !lines.isChrome(above)
                        && !lines.endsSentence(above)
                        && !isOne(lines.text(above))
                        && ShortNames.isOne(lines.text(above), NAME_MAX_WORDS)) {
                    return lines.text(above);
                }
                return null;
            }
        }
        return null;
    }
}
