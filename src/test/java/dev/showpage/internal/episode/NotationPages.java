package dev.showpage.internal.episode;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.Duration;
import java.util.Optional;

/**
 * One episode's notes in a page of either layout, for the chapter notation tests: a Goodpods card
 * (notes from line 14, as in {@link NotePages}) or a generic show-notes page (notes from line 4).
 * The episode's length is given, so that a list with hours fits in it.
 */
enum NotationPages {
    GOODPODS("goodpods", 14) {
        @Override
        String page(String notes, int minutes) {
            return "\n"
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
                    + "03/14/25 \u2022 "
                    + minutes
                    + " min\n"
                    + notes
                    + "\n\n1 Listener\n";
        }
    },
    GENERIC("generic", 4) {
        @Override
        String page(String notes, int minutes) {
            return "Tuning the foghorn\nMarch 4, 2025 \u2022 "
                    + minutes
                    + " min\n\n"
                    + notes
                    + "\n";
        }
    };

    /** The layout's name, as the page reports it. */
    final String layout;

    /** The page line the notes start on. */
    final int notesLine;

    NotationPages(String layout, int notesLine) {
        this.layout = layout;
        this.notesLine = notesLine;
    }

    abstract String page(String notes, int minutes);

    Page parse(String notes, int minutes) {
        Page page = EpisodePageParser.parse(page(notes, minutes));
        if (!page.layout().equals(layout) || page.episodes().size() != 1) {
            throw new AssertionError("expected one " + layout + " episode: " + page);
        }
        return page;
    }

    Episode episode(String notes, int minutes) {
        return parse(notes, minutes).episodes().get(0);
    }

    static Chapter chapter(int start, int end, String title) {
        return new Chapter(Duration.ofSeconds(start), Optional.of(Duration.ofSeconds(end)), title);
    }
}
