package dev.showpage.internal.generic;

/**
 * The heading of a listing's entry as listings print it: a short title-like line, no chrome, not
 * closed by a full stop; the titles may be in sentence case, as most languages write headlines, and
 * may ask ("Immobile o coraggiosa?"). The listings that read their entries by such headings share
 * this one test of what a heading is.
 */
final class Headlines {

    private Headlines() {}

    /** A short title-like line not closed by a stop: an entry's heading, however long. */
    static boolean isHeading(LineTable lines, int i) {
        return lines.isNote(i)
                && lines.isShort(i)
                && lines.isTitleLike(i)
                && !lines.isChrome(i)
                && !lines.endsSentence(i);
    }

    /** A heading shorter than prose: a headline that can stand over an entry's paragraph. */
    static boolean isHeadline(LineTable lines, int i) {
        return isHeading(lines, i) && !lines.hasProseLength(i);
    }
}
