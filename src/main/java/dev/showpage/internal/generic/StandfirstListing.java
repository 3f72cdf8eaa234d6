package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * The episodes of a news site's listing where each entry is a headline over its standfirst: a short
 * line, then one line of prose that closes without a full stop, as standfirsts are printed ("Guerre
 * e sanzioni spiegano solo una parte: le imprese pagano di più"), with nothing else between the
 * entries. The titles may be in sentence case, as most languages write headlines. A page of prose
 * has subheadings too, but the paragraphs under them close with a stop; so only a run of three
 * entries at least, one after the other, is taken. Above the listing stand only an introduction's
 * paragraphs: a headline over a paragraph there is an article of its own, and headlines under it
 * are related news, not the page's episodes.
 */
final class StandfirstListing {

    /** Entries of a listing at least. */
    private static final int MIN_ENTRIES = 3;

    private final LineTable lines;

    StandfirstListing(LineTable lines) {
        this.lines = lines;
    }

    /** The listing's episodes, or none when the page holds no run of such entries. */
    List<EpisodeBlock> find() {
        List<Integer> run = new ArrayList<>();
        List<Integer> longest = List.of();
        for (int i = lines.nextText(0); i >= 0; ) {
            int standfirst = Headlines.isHeadline(lines, i) ? lines.nextText(i + 1) : -1;
            if (standfirst >= 0 && isStandfirst(standfirst)) {
                run.add(i);
                i = lines.nextText(standfirst + 1);
                continue;
            }
            if (run.size() > longest.size()) {
                longest = run;
            }
            run = new ArrayList<>();
            i = lines.nextText(i + 1);
        }
        if (run.size() > longest.size()) {
            longest = run;
        }
        List<EpisodeBlock> blocks = new ArrayList<>();
        if (longest.size() < MIN_ENTRIES || articleAbove(longest.get(0))) {
            return blocks;
        }
        for (int k = 0; k < longest.size(); k++) {
            int title = longest.get(k);
            int end = k + 1 < longest.size() ? longest.get(k + 1) : lines.size();
            blocks.add(new EpisodeBlock(title, title, -1, title + 1, end));
        }
        return blocks;
    }

    /** Whether a headline over a paragraph stands above line {@code first}. */
    private boolean articleAbove(int first) {
        for (int i = lines.nextText(0); i >= 0 && i < first; i = lines.nextText(i + 1)) {
            int next = lines.nextText(i + 1);
            if (Headlines.isHeadline(lines, i)
                    && next >= 0
                    && next < first
                    && lines.hasProseLength(next)) {
                return true;
            }
        }
        return false;
    }

    /** One line of prose that closes without a stop. */
    private boolean isStandfirst(int i) {
        return lines.isNote(i) && lines.hasProseLength(i) && !closes(lines.text(i));
    }

    /** Whether the text closes as a sentence or a label does: ".", "!", "?", "…", ":". */
    private static boolean closes(String text) {
        return text.isEmpty() || ".!?\u2026:;".indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
