package dev.showpage.internal.episode;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import java.time.Duration;
import java.util.Optional;

/**
 * Small invented Goodpods pages with one episode card whose notes a test writes.
 *
 * <pre>
 *  1  (blank)
 *  2  Lantern Street Sessions
 *  3  Quayside Audio Works
 *  4  (blank)
 *  5  5 Listeners
 *  6  All episodes
 *  7  Best episodes
 *  8  Top 1 Lantern Street Sessions Episodes
 *  9  Conversations about lamps, ropes and harbours.
 * 10  (blank)
 * 11  Tuning the foghorn
 * 12  Lantern Street Sessions
 * 13  03/14/25 • 52 min
 * 14  the notes, then a blank line and "1 Listener"
 * </pre>
 */
final class NotePages {

    /** The episode's length, from its date line. */
    static final Duration LENGTH = Duration.ofMinutes(52);

    private NotePages() {}

    static Page page(String notes) {
        return EpisodePageParser.parse(
                "\n"
                        + "Lantern Street Sessions\n"
                        + "Quayside Audio Works\n"
                        + "\n"
                        + "5 Listeners\n"
                        + "All episodes\n"
                        + "Best episodes\n"
                        + "Top 1 Lantern Street Sessions Episodes\n"
                        + "Conversations about lamps, ropes and harbours.\n"
                        + "\n"
                        + "Tuning the foghorn\n"
                        + "Lantern Street Sessions\n"
                        + "03/14/25 \u2022 52 min\n"
                        + notes
                        + "\n"
                        + "\n"
                        + "1 Listener\n");
    }

    /** The one episode of the page with these notes. */
    static Episode episode(String notes) {
        Page page = page(notes);
        if (page.episodes().size() != 1) {
            throw new AssertionError("expected one episode: " + page);
        }
        return page.episodes().get(0);
    }

    static Link link(String label, String url) {
        return link(label, url, LinkKind.WEBSITE);
    }

    static Link link(String label, String url, LinkKind kind) {
        return new Link(Optional.ofNullable(label), url, kind, Optional.empty());
    }

    static Chapter chapter(int startSeconds, int endSeconds, String title) {
        return new Chapter(
                Duration.ofSeconds(startSeconds),
                Optional.of(Duration.ofSeconds(endSeconds)),
                title);
    }

    static int mmss(int minutes, int seconds) {
        return minutes * 60 + seconds;
    }
}
