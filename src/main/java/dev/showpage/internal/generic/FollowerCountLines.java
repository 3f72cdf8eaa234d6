package dev.showpage.internal.generic;

/**
 * The lines around a count of followers ("505 abonnés") on a directory's show page: the show's name
 * over it, its subscribe button either side of it, the show's description under it. None of them is
 * an episode's title, nor is the count itself.
 */
final class FollowerCountLines {

    private FollowerCountLines() {}

    /** Whether line {@code i} is a count of followers alone ("1.2K Followers"). */
    static boolean isCount(LineTable lines, int i) {
        return i >= 0 && lines.isShort(i) && FollowerCounts.isOne(lines.lineTokens(i));
    }

    /**
     * Whether line {@code i} stands over a count of followers, or over a button over one ("Name /
     * Subscribe / 12 subscribers"): it names the show, the channel or the person the count is of.
     */
    static boolean isOver(LineTable lines, int i) {
        int next = lines.nextText(i + 1);
        if (next >= 0 && !isCount(lines, next) && lines.isChrome(next)) {
            next = lines.nextText(next + 1);
        }
        return isCount(lines, next);
    }

    /**
     * Whether line {@code i} stands under a count of followers, or under a button under one ("505
     * abonnés / S'abonner / description"): the show's description, which its header prints there.
     */
    static boolean isUnder(LineTable lines, int i) {
        int above = lines.previousText(i - 1, -1);
        if (above >= 0 && !isCount(lines, above) && lines.isChrome(above)) {
            above = lines.previousText(above - 1, -1);
        }
        return isCount(lines, above);
    }
}
