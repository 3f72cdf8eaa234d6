package dev.showpage.internal.generic;

import java.util.Set;

/**
 * A platform's show header: the show's name, and right under it its publisher's ("Harbour Talk /
 * Podcast by Quay Media", "Hafenfunk / Ein Podcast von Radio Kai"). The line over the publisher's
 * is the show's, unless it is an episode's title (an episode's page may credit its show's publisher
 * under the title).
 */
final class PublisherLines {

    private PublisherLines() {}

    /** Whether {@code text} is "Podcast by" and a publisher's name, and nothing else. */
    static boolean isOne(String text) {
        int phrase = PodcastByPhrases.openingLength(text);
        if (phrase == 0) {
            return false;
        }
        String name = text.substring(phrase).strip();
        return ShortNames.isOne(name, ShowName.MAX_WORDS) && !name.contains(" / ");
    }

    /**
     * The show named on the line right over the page's one publisher's line above {@code limit} (no
     * blank line between); null when there is none, when the page prints more than one or one right
     * over a date (a listing credits the publisher on each card), or when the line over it is an
     * episode's title or part of one, the site's chrome or a sentence.
     */
    static String showOver(LineTable lines, int limit, Set<Integer> titles) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.isNote(i) && lines.isShort(i) && isOne(lines.text(i))) {
                if (found >= 0) {
                    return null; // a publisher's line on each card: the cards' names are titles
                }
                found = i;
            }
        }
        int next = found < 1 ? -1 : lines.nextText(found + 1);
        if (found < 1 || found >= limit || next >= 0 && lines.isRelease(next)) {
            return null; // a card's: its name, its publisher, its date ("X / Podcast by Y / 3 May")
        }
        int above = found - 1;
        return EpisodeTitleNames.isShowLine(lines, above, titles) && !isOne(lines.text(above))
                ? lines.text(above)
                : null;
    }
}
