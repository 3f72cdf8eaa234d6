package dev.showpage.internal.episode;

import dev.showpage.internal.episode.EpisodeDraft.Prose;
import dev.showpage.internal.text.AnnouncedGuestLines;
import dev.showpage.internal.text.GuestHeadings;
import dev.showpage.internal.text.Names;
import dev.showpage.internal.text.Names.Listed;
import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.SentenceGuestLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The guests an episode lists: the names after a heading ("Guests:", "In this episode:", "Invités
 * :", "GUESTS" alone) on its line and the lines right under it ("Mara Quill, historian", "Mara
 * Quill (historian)", "Mara Quill - on ropes", or "Mara Quill is the head of ..."), and runs of two
 * or more lines that each hold only a name, one of them with a role; the lines under a sentence
 * that announces the guests and ends in a colon ("Tonight's guests on the couch:" over "Mara Quill
 * with her new book"), {@link RoleLineGuests "Name, role" lines each above a sentence}, and a label
 * that opens a later sentence of a paragraph ({@link SentenceGuestLabels}).
 */
final class GuestLists {

    /** A listed name and where it stands. */
    record Listing(String name, long order) {}

    private GuestLists() {}

    static List<Listing> find(List<Prose> prose) {
        List<List<Prose>> groups = groups(prose);
        List<Listing> found = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            List<Prose> group = groups.get(g);
            boolean headed = false;
            for (int k = 0; k < group.size() && !headed; k++) {
                Prose line = group.get(k);
                OptionalInt rest = GuestHeadings.restAfter(line.text());
                if (rest.isEmpty()) {
                    continue;
                }
                headed = true;
                String after = line.text().substring(rest.getAsInt()).trim();
                for (String name : GuestHeadings.namesIn(line.text(), rest.getAsInt())) {
                    found.add(new Listing(name, EpisodeDraft.order(line.at())));
                }
                List<Prose> under = new ArrayList<>(group.subList(k + 1, group.size()));
                if (under.isEmpty() && after.isEmpty() && g + 1 < groups.size()) {
                    under = groups.get(g + 1); // "GUESTS", a blank line, then the list
                }
                items(under, found, after.isEmpty());
            }
            if (!headed) {
                headless(group, found);
            }
        }
        for (Prose line : prose) {
            // "The votes are counted. Gasten: A, B en C.": a label that opens a later sentence
            for (String name : SentenceGuestLabels.names(line.text())) {
                found.add(new Listing(name, EpisodeDraft.order(line.at())));
            }
        }
        found.addAll(RoleLineGuests.find(prose));
        announced(prose, found);
        return found;
    }

    /**
     * The guests of the lines under a sentence that announces them and ends in a colon ("Tonight's
     * guests on the couch:"), one line or two names a line, up to the first line that opens with no
     * guest's name or tells of a host. Blank lines may stand between the lines, as long as the
     * first does: a blank line after lines that followed each other ends the list, the paragraph
     * after it being prose of its own.
     */
    private static void announced(List<Prose> prose, List<Listing> found) {
        for (int i = 0; i < prose.size(); i++) {
            String text = prose.get(i).text();
            if (!AnnouncedGuestLines.announces(text) || GuestHeadings.restAfter(text).isPresent()) {
                continue;
            }
            int spacing = -1; // lines from one line of the list to the next, set by the first
            int k = i + 1;
            for (; k < prose.size(); k++) {
                Prose line = prose.get(k);
                int gap = line.at().getLine() - prose.get(k - 1).at().getLine();
                if (spacing < 0) {
                    spacing = gap;
                } else if (gap > spacing) {
                    break;
                }
                String item = withoutMarker(line.text());
                if (AnnouncedGuestLines.endsList(item)) {
                    break;
                }
                List<String> names = AnnouncedGuestLines.guestsOpening(item);
                if (names.isEmpty()) {
                    break;
                }
                long order = EpisodeDraft.order(line.at());
                for (int n = 0; n < names.size(); n++) {
                    found.add(new Listing(names.get(n), order + n));
                }
            }
            i = k - 1;
        }
    }

    /** The items under a heading, up to the first line that is none. */
    private static void items(List<Prose> under, List<Listing> found, boolean describedFirst) {
        for (int i = 0; i < under.size(); i++) {
            Prose line = under.get(i);
            Optional<Listed> listed = Names.listed(withoutMarker(line.text()));
            if (listed.isPresent()) {
                found.add(new Listing(listed.get().name(), EpisodeDraft.order(line.at())));
                continue;
            }
            if (i == 0 && describedFirst) {
                for (Mention m : Names.describedAtStart(line.text())) {
                    found.add(new Listing(m.name(), EpisodeDraft.order(line.at())));
                }
            }
            return;
        }
    }

    /**
     * The line without the list marker it may open with ("- ", "* ", "– ", "+ "), which a guest
     * list under a heading often has; a line without one is returned as it is.
     */
    private static String withoutMarker(String line) {
        if (line.length() > 2
                && "-*\u2013\u2014+".indexOf(line.charAt(0)) >= 0
                && line.charAt(1) == ' ') {
            return line.substring(2).stripLeading();
        }
        return line;
    }

    /**
     * Lines that each hold only a name (and maybe a role), two or more: a list even without a
     * heading. Credit lines and the names of listening sites are no items.
     */
    private static void headless(List<Prose> group, List<Listing> found) {
        if (group.size() < 2) {
            return;
        }
        List<Listing> listed = new ArrayList<>();
        for (Prose line : group) {
            Optional<Listed> item = Names.listed(line.text());
            if (item.isEmpty()) {
                return;
            }
            listed.add(new Listing(item.get().name(), EpisodeDraft.order(line.at())));
        }
        found.addAll(listed);
    }

    /** The prose in runs of lines that follow each other without a blank line. */
    private static List<List<Prose>> groups(List<Prose> prose) {
        List<List<Prose>> groups = new ArrayList<>();
        int i = 0;
        while (i < prose.size()) {
            int j = i + 1;
            while (j < prose.size()
                    && prose.get(j).at().getLine() <= prose.get(j - 1).at().getLine() + 1) {
                j++;
            }
            groups.add(prose.subList(i, j));
            i = j;
        }
        return groups;
    }
}
