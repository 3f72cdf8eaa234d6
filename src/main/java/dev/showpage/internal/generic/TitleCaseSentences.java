package dev.showpage.internal.generic;

/**
 * A title closed by a full stop ("Why Listeners Skip Ads, the Shortest Shows, and More."): a
 * sentence is a title rather than notes when it is written in title case, every word of four
 * letters or more opening with a capital, as prose is not. Enough such words are needed that a
 * short sentence of names ("Meet Mara Quist.") or of German nouns does not pass.
 */
final class TitleCaseSentences {

    /** Words of four letters or more a title-case sentence has at least. */
    private static final int MIN_LONG_WORDS = 5;

    /** Letters of a word from which title case asks for its capital. */
    private static final int LONG_WORD_LETTERS = 4;

    private TitleCaseSentences() {}

    /** Whether {@code text}, a line's text with blanks collapsed, is a title-case sentence. */
    static boolean isOne(String text) {
        if (!text.endsWith(".") || text.endsWith("..")) {
            return false;
        }
        int longWords = 0;
        for (String word : text.split(" ")) {
            int letters = (int) word.codePoints().filter(Character::isLetter).count();
            if (letters < LONG_WORD_LETTERS) {
                continue;
            }
            int first = word.codePoints().filter(Character::isLetter).findFirst().orElse('a');
            if (!Character.isUpperCase(first)) {
                return false;
            }
            longWords++;
        }
        return longWords >= MIN_LONG_WORDS;
    }
}
