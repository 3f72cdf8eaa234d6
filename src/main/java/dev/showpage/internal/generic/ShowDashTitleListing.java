package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * A newsletter's list of recommended episodes, each a line "Show - Episode title" over one
 * paragraph of the writer's words about it, without blank lines or dates: "Harbour Talk - The Lamps
 * of the Old Pier" / "I loved this one because ...". Each such line opens an episode, titled by the
 * words after the dash, of the show before it. The last paragraph may be cut off by the copy.
 */
final class ShowDashTitleListing {

    /** Entries a listing has at least. */
    private static final int MIN_EPISODES = 2;

    /** Words of the show's name at most. */
    private static final int SHOW_MAX_WORDS = 6;

    /** Words of an entry's line at most. */
    private static final int LINE_MAX_WORDS = 20;

    private final LineTable lines;

    ShowDashTitleListing(LineTable lines) {
        this.lines = lines;
    }

    /**
     * The listing's episodes, or none: every entry but the last has its paragraph of prose under
     * it, and the next entry is the line after that paragraph.
     */
    List<EpisodeBlock> find() {
        List<Integer> entries = new ArrayList<>();
        for (int i = lines.nextText(0); i >= 0; i = lines.nextText(i + 1)) {
            if (!isEntryLine(i)) {
                continue;
            }
            int under = lines.nextText(i + 1);
            if (!entries.isEmpty()) {
                int previous = entries.get(entries.size() - 1);
                int paragraph = lines.nextText(previous + 1);
                if (paragraph < 0 || lines.nextText(paragraph + 1) != i) {
                    break; // the entries follow each other, one paragraph apart
                }
            }
            if (under < 0 || !lines.isNote(under)) {
                break;
            }
            entries.add(i);
            if (!lines.hasProseLength(under)) {
                break; // cut off by the copy: the last entry
            }
        }
        List<EpisodeBlock> blocks = new ArrayList<>();
        if (entries.size() < MIN_EPISODES
                || !lines.hasProseLength(lines.nextText(entries.get(0) + 1))) {
            return blocks;
        }
        Set<String> titles = new HashSet<>();
        for (int entry : entries) {
            titles.add(title(entry));
        }
        if (titles.size() == 1) {
            // One name after every dash is a page's subject or a show's, not episodes' titles;
            // two entries alike among others ("... - Season Finale") are still a listing.
            return blocks;
        }
        for (int k = 0; k < entries.size(); k++) {
            int line = entries.get(k);
            int end = k + 1 < entries.size() ? entries.get(k + 1) : lines.size();
            blocks.add(new EpisodeBlock(line, line, -1, line + 1, end, -1, false, -1, true));
        }
        return blocks;
    }

    private boolean isEntryLine(int i) {
        if (!lines.isNote(i) || !lines.isShort(i) || lines.words(i) > LINE_MAX_WORDS) {
            return false; // cheap tests first: this runs on every line of a page
        }
        if (!lines.isTitleLike(i) || lines.isChrome(i) || lines.endsSentence(i)) {
            return false;
        }
        int dash = dashAt(lines.lineTokens(i));
        return dash > 0 && dash <= SHOW_MAX_WORDS * 2;
    }

    /**
     * The index of the first dash between blanks among the tokens, with a word before it and two
     * after it, or -1.
     */
    private int dashAt(List<Token> tokens) {
        for (int k = 1; k + 2 < tokens.size(); k++) {
            Token dash = tokens.get(k);
            if (dash.getType() == EpisodePageLexer.DASH
                    && lines.source().spaceAfter(tokens.get(k - 1), dash)
                    && lines.source().spaceAfter(dash, tokens.get(k + 1))) {
                return k;
            }
        }
        return -1;
    }

    /** The title after the dash of entry line {@code i}. */
    String title(int i) {
        List<Token> tokens = lines.lineTokens(i);
        int dash = dashAt(tokens);
        return lines.source().between(tokens.get(dash + 1), tokens.get(tokens.size() - 1));
    }

    /** The show's name before the dash of entry line {@code i}. */
    String show(int i) {
        List<Token> tokens = lines.lineTokens(i);
        int dash = dashAt(tokens);
        return lines.source().between(tokens.get(0), tokens.get(dash - 1));
    }
}
