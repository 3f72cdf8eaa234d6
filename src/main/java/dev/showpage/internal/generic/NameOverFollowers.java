package dev.showpage.internal.generic;

import java.util.Set;

/**
 * The show's name as a directory's show page heads it: the name on a line of its own, then the
 * count of its followers ("505 abonnés", "12 subscribers"), a subscribe button ("S'abonner",
 * "Subscribe") beside the count, either side of it. The count is the show's, so the line over it
 * (or over the button over it) names the show; the count and the button are the site's.
 */
final class NameOverFollowers {

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 8;

    private final LineTable lines;

    NameOverFollowers(LineTable lines) {
        this.lines = lines;
    }

    /** The name over the first follower count above {@code limit}, or null. */
    String find(int limit, Set<Integer> titles) {
        for (int i = 0; i < limit; i++) {
            if (lines.isNote(i) && FollowerCounts.isOne(lines.lineTokens(i))) {
                return nameOver(i, titles);
            }
        }
        return null;
    }

    private String nameOver(int count, Set<Integer> titles) {
        int above = lines.previousText(count - 1, -1);
        if (above >= 0 && lines.isChrome(above)) {
            above = lines.previousText(above - 1, -1); // "Name / Subscribe / 505 subscribers"
        }
        if (above < 0
                || titles.contains(above)
                || !lines.isNote(above)
                || !lines.isShort(above)
                || lines.isChrome(above)
                || lines.isLabelOrStray(above)
                || lines.words(above) > MAX_WORDS
                || lines.endsSentence(above)) {
            return null;
        }
        // The line is no title for that (LineTable), so the shapes of a name are asked here.
        return lines.text(above).endsWith(":") ? null : lines.text(above);
    }
}
