package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.Prose;
import dev.showpage.internal.episode.GuestLists.Listing;
import dev.showpage.internal.text.NameRoleLines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An edition's guests as an episode guide gives them: each guest's "Name, role" line with a
 * sentence or two about the guest under it, two guests or more in a row.
 *
 * <pre>
 * Mara Quill, Historikerin
 * Sie hat die Leuchttürme der Küste gezählt und erzählt, warum einer fehlt.
 * Jonas Berg, ehemaliger Lotse
 * Dreißig Jahre lang brachte er Schiffe in den Hafen.
 * </pre>
 */
final class RoleLineGuests {

    /** Prose lines about one guest at most before the next guest's line. */
    private static final int ABOUT_MAX_LINES = 2;

    /** Guests' lines in a row at least: one such line may be anything. */
    private static final int MIN_GUESTS = 2;

    private RoleLineGuests() {}

    static List<Listing> find(List<Prose> prose) {
        List<Listing> found = new ArrayList<>();
        List<Listing> run = new ArrayList<>();
        int about = -1; // prose lines since the run's last guest line; -1 outside a run
        for (Prose line : prose) {
            Optional<String> name = NameRoleLines.nameOf(line.text());
            if (name.isPresent()) {
                if (about == 0) {
                    run.clear(); // two guest lines with nothing between are no such list
                }
                run.add(new Listing(name.get(), EpisodeDraft.order(line.at())));
                about = 0;
                continue;
            }
            if (about < 0) {
                continue;
            }
            if (about == 0 && opensQuotation(line.text())) {
                run.remove(run.size() - 1); // a speaker over the words quoted from them
            } else if (about < ABOUT_MAX_LINES) {
                about++;
                continue;
            }
            close(run, found);
            about = -1;
        }
        if (about > 0) {
            close(run, found);
        }
        return found;
    }

    private static void close(List<Listing> run, List<Listing> found) {
        if (run.size() >= MIN_GUESTS) {
            found.addAll(run);
        }
        run.clear();
    }

    private static boolean opensQuotation(String text) {
        return !text.isEmpty() && "\"\u201C\u201E\u00AB\u00BB\u2018'".indexOf(text.charAt(0)) >= 0;
    }
}
