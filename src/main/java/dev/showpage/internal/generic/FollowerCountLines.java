package dev.showpage.internal.generic;

import dev.showpage.internal.episode.EpisodeCounts;

/**
 * The lines of a directory's show header around a count of followers ("505 abonnés"): the show's
 * name on the page's first line, the count on the next (or under a subscribe button there), the
 * show's description under it. None of them is an episode's title. Only that header counts, and
 * only on a page that also states the show's episode count ("1118 épisodes"), as a directory's show
 * page does: elsewhere a name over a count is a person's, a paper's or a platform's profile, and a
 * line under a count is as likely an episode's title. The count itself is never a title.
 */
final class FollowerCountLines {

    private FollowerCountLines() {}

    /**
     * The line of the header's follower count, or -1: the page's second line of text, or its third
     * under a button, on a page that states its episode count on a short line of its own.
     */
    static int headerCount(LineTable lines) {
        int first = lines.nextText(0);
        int count = first < 0 ? -1 : belowSkippingButton(lines, first);
        return isCount(lines, count) && statesEpisodeCount(lines) ? count : -1;
    }

    /**
     * Whether line {@code i} is one of the header's: the name, the count, or the description under
     * it ({@code count} is {@link #headerCount}).
     */
    static boolean isAround(LineTable lines, int count, int i) {
        return count >= 0
                && (i == count || i == lines.nextText(0) || i == belowSkippingButton(lines, count));
    }

    /**
     * Whether line {@code i} is a count of followers alone ("1.2K Followers"): a field of a
     * profile's header wherever it stands, never an episode's title.
     */
    static boolean isCount(LineTable lines, int i) {
        return i >= 0 && lines.isShort(i) && FollowerCounts.isOne(lines.lineTokens(i));
    }

    /** The next line of text under line {@code i}, past one line of chrome (a button) there. */
    private static int belowSkippingButton(LineTable lines, int i) {
        int next = lines.nextText(i + 1);
        if (next >= 0 && !isCount(lines, next) && lines.isChrome(next)) {
            next = lines.nextText(next + 1);
        }
        return next;
    }

    private static boolean statesEpisodeCount(LineTable lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.isBlank(i)
                    && lines.isShort(i)
                    && EpisodeCounts.on(lines.terminals(i)).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
