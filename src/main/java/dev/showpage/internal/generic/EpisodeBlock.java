package dev.showpage.internal.generic;

/**
 * The lines of one episode of a generic page, by index in its {@link LineTable}: where the episode
 * starts, its title line and its release line (each -1 when it has none), the lines of its notes
 * ({@code notesFrom} inclusive to {@code notesTo} exclusive), and the line that prints the show's
 * name on the episode (-1 when none does); {@code oneLine} when the title's line is the whole
 * episode of a {@link OneLineListing}, its programme and length printed after the title; {@code
 * segment} the index of the episode's title among the {@link QuoteTitles} its title line runs
 * together, or -1 when the title is the whole line; {@code showFirst} when the title line prints
 * the episode's show before its title, as a {@link ShowDashTitleListing} does.
 */
record EpisodeBlock(
        int start,
        int title,
        int release,
        int notesFrom,
        int notesTo,
        int show,
        boolean oneLine,
        int segment,
        boolean showFirst) {

    EpisodeBlock(
            int start,
            int title,
            int release,
            int notesFrom,
            int notesTo,
            int show,
            boolean oneLine,
            int segment) {
        this(start, title, release, notesFrom, notesTo, show, oneLine, segment, false);
    }

    EpisodeBlock(
            int start,
            int title,
            int release,
            int notesFrom,
            int notesTo,
            int show,
            boolean oneLine) {
        this(start, title, release, notesFrom, notesTo, show, oneLine, -1);
    }

    EpisodeBlock(int start, int title, int release, int notesFrom, int notesTo) {
        this(start, title, release, notesFrom, notesTo, -1);
    }

    EpisodeBlock(int start, int title, int release, int notesFrom, int notesTo, int show) {
        this(start, title, release, notesFrom, notesTo, show, false);
    }

    /**
     * This block with its notes ending before line {@code end}, where a listing's next episode was
     * found inside them; every other field, the block's flags included, is kept.
     */
    EpisodeBlock endingAt(int end) {
        return new EpisodeBlock(
                start, title, release, notesFrom, end, show, oneLine, segment, showFirst);
    }
}
