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
        List<String> runLines = new ArrayList<>(); // the run's guest lines, as run has them
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
                    runLines.clear();
                }
                if (run.isEmpty()) {
                    first = i;
                }
                run.add(new Listing(name.get(), EpisodeDraft.order(line.at())));
                runLines.add(line.text());
                about = 0;
                continue;
            }
            if (about < 0) {
                continue;
            }
            if (about == 0 && QuotationMarks.opens(line.text())) {
                run.remove(run.size() - 1); // a speaker over the words quoted from them
                runLines.remove(runLines.size() - 1);
            } else if (about < ABOUT_MAX_LINES) {
                about++;
                continue;
            }
            close(run, runLines, prose, first, found);
            about = -1;
        }
        if (about == 0 && !run.isEmpty()) {
            // The notes end on a guest's line with nothing about the guest: a page cut off
            // inside its list, whose earlier guests stand as they are
            run.remove(run.size() - 1);
            runLines.remove(runLines.size() - 1);
        }
        close(run, runLines, prose, first, found);
        return found;
    }

    private static void close(
            List<Listing> run,
            List<String> runLines,
            List<Prose> prose,
            int first,
            List<Listing> found) {
        if (run.size() >= MIN_GUESTS && opensNotesOrFollowsCue(prose, first, runLines)) {
            found.addAll(run);
        }
        run.clear();
        runLines.clear();
    }

    /**
     * Whether the run that starts at {@code first} follows a line that cues guests, or opens the
     * notes (with no line above it but the edition's length and date lines) and some line of it has
     * a word only a role has ({@link NameRoleLines#hasRoleWord}): letters at the notes' head sign
     * with a town alone ("Mara Quill, Hamburg").
     */
    private static boolean opensNotesOrFollowsCue(
            List<Prose> prose, int first, List<String> runLines) {
        int k = first - 1;
        while (k >= 0 && RoleLineLeads.isLengthOrDate(prose.get(k).text())) {
            k--;
        }
        if (k >= 0) {
            return RoleLineLeads.cuesGuests(prose.get(k).text());
        }
        for (String line : runLines) {
            if (NameRoleLines.hasRoleWord(line)) {
                return true;
            }
        }
        return false;
    }
}
