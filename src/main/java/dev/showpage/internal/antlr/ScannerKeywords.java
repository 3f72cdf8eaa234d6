package dev.showpage.internal.antlr;

import static dev.showpage.internal.grammar.EpisodePageLexer.ALL_EPISODES;
import static dev.showpage.internal.grammar.EpisodePageLexer.BEST_EPISODES;
import static dev.showpage.internal.grammar.EpisodePageLexer.CHAPTERS;
import static dev.showpage.internal.grammar.EpisodePageLexer.FAQ;
import static dev.showpage.internal.grammar.EpisodePageLexer.FOLLOW;
import static dev.showpage.internal.grammar.EpisodePageLexer.LINKS_MENTIONED;
import static dev.showpage.internal.grammar.EpisodePageLexer.SHOW_MORE;
import static dev.showpage.internal.grammar.EpisodePageLexer.TOP;

import java.util.Arrays;

/**
 * The lexer grammar's keywords, for {@link PageScanner}: a keyword wins over a word as long or
 * shorter (its rule comes first), and some run over blanks ("Where to find"), past the word.
 */
final class ScannerKeywords {

    private static final String[] TEXTS = {
        "Follow",
        "Where to find",
        "Connect with",
        "Chapters",
        "CHAPTERS",
        "Chapter Markers",
        "Timestamps",
        "TIMESTAMPS",
        "Time stamps",
        "Topics Covered",
        "Topics covered",
        "Segments",
        "Tracklist",
        "Track listing",
        "Setlist",
        "Links Mentioned",
        "FAQ",
        "Show more",
        "All episodes",
        "Best episodes",
        "Top",
    };

    private static final int[] TYPES = {
        FOLLOW,
        FOLLOW,
        FOLLOW,
        CHAPTERS,
        CHAPTERS,
        CHAPTERS,
        CHAPTERS,
        CHAPTERS,
        CHAPTERS,
        CHAPTERS,
        CHAPTERS,
        CHAPTERS,
        CHAPTERS,
        CHAPTERS,
        CHAPTERS,
        LINKS_MENTIONED,
        FAQ,
        SHOW_MORE,
        ALL_EPISODES,
        BEST_EPISODES,
        TOP,
    };

    /** The length of each keyword's first word, up to a blank or its end. */
    private static final int[] FIRST_WORD_LENGTHS = new int[TEXTS.length];

    /** The keywords by their first character; null where none opens with it. */
    private static final int[][] BY_FIRST = new int[128][];

    static {
        for (int k = 0; k < TEXTS.length; k++) {
            int blank = TEXTS[k].indexOf(' ');
            FIRST_WORD_LENGTHS[k] = blank < 0 ? TEXTS[k].length() : blank;
            int first = TEXTS[k].charAt(0);
            int[] known = BY_FIRST[first] == null ? new int[0] : BY_FIRST[first];
            int[] grown = Arrays.copyOf(known, known.length + 1);
            grown[known.length] = k;
            BY_FIRST[first] = grown;
        }
    }

    private ScannerKeywords() {}

    /**
     * The longest keyword at {@code start} of {@code page} that is no shorter than the word from
     * {@code start} to {@code wordEnd}; -1 if none. Such a keyword's first word is that word, since
     * a keyword's letters would run the word on and a blank would end it: most words are turned
     * away by their first letter and their length, without a look at the page.
     */
    static int longest(PageChars page, int start, int wordEnd) {
        int first = page.charAt(start);
        int[] candidates = first < 128 ? BY_FIRST[first] : null;
        if (candidates == null) {
            return -1;
        }
        int wordLength = wordEnd - start;
        int best = -1;
        for (int k : candidates) {
            if (FIRST_WORD_LENGTHS[k] == wordLength
                    && (best < 0 || TEXTS[k].length() > TEXTS[best].length())
                    && matches(page, start, TEXTS[k])) {
                best = k;
            }
        }
        return best;
    }

    private static boolean matches(PageChars page, int start, String text) {
        if (start + text.length() > page.size()) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) { // the first is known to match
            if (page.charAt(start + i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** How many keywords there are: each of 0 to this less one has a text and a type. */
    static int count() {
        return TEXTS.length;
    }

    static String text(int keyword) {
        return TEXTS[keyword];
    }

    static int type(int keyword) {
        return TYPES[keyword];
    }

    static int length(int keyword) {
        return TEXTS[keyword].length();
    }
}
