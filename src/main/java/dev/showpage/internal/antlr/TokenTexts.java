package dev.showpage.internal.antlr;

/**
 * The texts of a page's short tokens, each made once per page: a page repeats its words (about
 * three tokens in four of a page of prose are a word it has had before), and the value reader and
 * the model's builder ask for the text of nearly every token. A small table by the characters' hash
 * keeps the last text made for each slot; a text that does not match is made anew and takes the
 * slot, so a page of any length holds at most {@link #SLOTS} of them here.
 */
final class TokenTexts {

    /** Longer texts (URLs, long words) seldom repeat, and are made each time. */
    private static final int MAX_LENGTH = 16;

    /** Powers of two, so that a slot is found by a mask. */
    private static final int SLOTS = 1024;

    private static final int FEWEST_SLOTS = 64;

    /**
     * About one slot for every few characters of the page: a short page has fewer words to keep,
     * and the table of a full size was 2.5% of what a parse of the real pages allocated.
     */
    private static final int CHARS_PER_SLOT = 4;

    private final int slots;

    /** Made at the first text asked for: a parse that reads no text makes no table. */
    private String[] made;

    /** A table for a page of {@code length} characters. */
    TokenTexts(int length) {
        slots =
                Math.max(
                        FEWEST_SLOTS,
                        Math.min(SLOTS, Integer.highestOneBit(length / CHARS_PER_SLOT)));
    }

    /** The text from {@code start} to {@code end} (exclusive) of {@code text}. */
    String of(String text, int start, int end) {
        int length = end - start;
        if (length > MAX_LENGTH) {
            return text.substring(start, end);
        }
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        if (made == null) {
            made = new String[slots];
        }
        int slot = (hash ^ (hash >>> 10)) & (slots - 1);
        String known = made[slot];
        if (known != null
                && known.length() == length
                && text.regionMatches(start, known, 0, length)) {
            return known;
        }
        String fresh = text.substring(start, end);
        made[slot] = fresh;
        return fresh;
    }
}
