package dev.showpage.json;

import java.util.function.IntPredicate;

/**
 * A chapter title's characters that a chapter-file format cannot carry, and unpaired surrogates,
 * which no UTF-8 file can, written as U+FFFD with a problem, so that the file stays valid and the
 * change is not silent.
 */
final class TitleCharacters {

    private static final int REPLACEMENT = 0xFFFD;

    private TitleCharacters() {}

    /**
     * The entry's title with every character {@code cannotCarry} rejects, and every unpaired
     * surrogate, replaced; a problem on {@code timeline} names the format when any was.
     */
    static String carried(
            ChapterTimeline timeline,
            ChapterTimeline.Entry entry,
            String format,
            IntPredicate cannotCarry) {
        String title = entry.chapter().title();
        StringBuilder out = new StringBuilder(title.length());
        int replaced = 0;
        for (int i = 0; i < title.length(); ) {
            int c = title.codePointAt(i);
            i += Character.charCount(c);
            boolean unpaired = c <= Character.MAX_VALUE && Character.isSurrogate((char) c);
            if (unpaired || cannotCarry.test(c)) {
                out.appendCodePoint(REPLACEMENT);
                replaced++;
            } else {
                out.appendCodePoint(c);
            }
        }
        if (replaced > 0) {
            timeline.problem(
                    entry,
                    "has "
                            + replaced
                            + (replaced == 1 ? " character" : " characters")
                            + " in its title that "
                            + format
                            + " cannot carry; written as U+FFFD");
        }
        return out.toString();
    }
}
