package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.LinkItem;

/**
 * What the body line being read has had so far: the {@link NotesReader}'s pieces decide by it what
 * the next words are, and it is {@link #reset()} at the end of each line, so that nothing of one
 * line leaks into the next.
 */
final class LineState {

    /** Whether a segment has begun; the first one settles a label left on the line before. */
    boolean started;

    /** Whether anything before the pending words was read (prose, a link, a mark). */
    boolean hasContent;

    boolean hasChapter;

    /** Whether a chapters heading ("Chapters", "Timestamps:") stands on the line. */
    boolean isHeading;

    boolean hasUrl;

    /** Whether a "Follow X:" or "Links Mentioned:" heading opened a link group on the line. */
    boolean openedSection;

    /** The link just read, whose note may follow a dash ("URL - note"); null for none. */
    LinkItem lastLink;

    /** Whether that dash was read, so that the next words are the link's note. */
    boolean noteOpen;

    /**
     * The bracket that closes the link just read ("[label](url)", "<url>"), or null for a bracket
     * that closes the sentence around it; it is punctuation only where the URL ends.
     */
    String closing;

    /** Where the link just read ends, and so where its closing bracket must stand; -1 for none. */
    int closingAt = -1;

    void reset() {
        started = false;
        hasContent = false;
        hasChapter = false;
        isHeading = false;
        hasUrl = false;
        openedSection = false;
        lastLink = null;
        noteOpen = false;
        closing = null;
        closingAt = -1;
    }
}
