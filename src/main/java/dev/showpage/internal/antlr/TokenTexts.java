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

    /** A power of two, so that a slot is found by a mask. */
    private static final int SLOTS = 1024;

    /** Made at the first text asked for: a parse that reads no text makes no table. */
    private String[] made;

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
            made = new String[SLOTS];
        }
        int slot = (hash ^ (hash >>> 10)) & (SLOTS - 1);
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
