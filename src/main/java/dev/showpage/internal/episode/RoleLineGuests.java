package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.Prose;
import dev.showpage.internal.episode.GuestLists.Listing;
import dev.showpage.internal.text.NameRoleLines;
import dev.showpage.internal.text.QuotationMarks;
import dev.showpage.internal.text.RoleLineLeads;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An edition's guests as an episode guide gives them: each guest's "Name, role" line with a
 * sentence or two about the guest under it, two guests or more in a row, the run opening the
 * edition's notes (under its length and date lines at most) or following a line that cues guests.
 *
 * <pre>
 * Mara Quill, Historikerin
 * Sie hat die Leuchttürme der Küste gezählt und erzählt, warum einer fehlt.
 * Jonas Berg, ehemaliger Lotse
 * Dreißig Jahre lang brachte er Schiffe in den Hafen.
 * </pre>
 *
 * A run of that look under any other line (a heading of credits, letters, a cast, a reading list, a
 * transcript) lists other people than the guests.
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
        int first = -1; // where the run's first guest line stands in the prose
        int about = -1; // prose lines since the run's last guest line; -1 outside a run
        for (int i = 0; i < prose.size(); i++) {
            Prose line = prose.get(i);
            Optional<String> name = NameRoleLines.nameOf(line.text());
            if (name.isPresent()) {
                if (about == 0) {
                    // Name lines with nothing about them between are a list of names (a cast, a
                    // team), not this shape: the run starts afresh at the later line
                    run.clear();
                }
                if (run.isEmpty()) {
                    first = i;
                }
                run.add(new Listing(name.get(), EpisodeDraft.order(line.at())));
                about = 0;
                continue;
            }
            if (about < 0) {
                continue;
            }
            if (about == 0 && QuotationMarks.opens(line.text())) {
                run.remove(run.size() - 1); // a speaker over the words quoted from them
            } else if (about < ABOUT_MAX_LINES) {
                about++;
                continue;
            }
            close(run, prose, first, found);
            about = -1;
        }
        if (about == 0 && !run.isEmpty()) {
            // The notes end on a guest's line with nothing about the guest: a page cut off
            // inside its list, whose earlier guests stand as they are
            run.remove(run.size() - 1);
        }
        close(run, prose, first, found);
        return found;
    }

    private static void close(
            List<Listing> run, List<Prose> prose, int first, List<Listing> found) {
        if (run.size() >= MIN_GUESTS && led(prose, first)) {
            found.addAll(run);
        }
        run.clear();
    }

    /**
     * Whether the run that starts at {@code first} opens the notes, with no line above it but the
     * edition's length and date lines, or follows a line that cues guests.
     */
    private static boolean led(List<Prose> prose, int first) {
        int k = first - 1;
        while (k >= 0 && RoleLineLeads.isLengthOrDate(prose.get(k).text())) {
            k--;
        }
        return k < 0 || RoleLineLeads.cuesGuests(prose.get(k).text());
    }
}
