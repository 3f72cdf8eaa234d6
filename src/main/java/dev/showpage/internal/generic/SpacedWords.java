package dev.showpage.internal.generic;

/**
 * A bound on a text's words between spaces, read without splitting it: the readers of a few words'
 * shapes (a call to action, a label) lower-case and split the text they are given, and most lines
 * they are asked of are paragraphs, turned away by their length before those copies are made.
 */
final class SpacedWords {

    private SpacedWords() {}

    /**
     * Whether {@code text} has more than {@code most} words: runs between spaces with a character
     * that is not a blank in them. Each such run is a word of {@code text.split(" ")}, before or
     * after the text is lower-cased or stripped, so a text past the bound has more words by those
     * readings too.
     */
    static boolean exceed(String text, int most) {
        int words = 0;
        boolean inWord = false;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == ' ') {
                inWord = false;
            } else if (!inWord && !Character.isWhitespace(c)) {
                inWord = true;
                words++;
                if (words > most) {
                    return true;
                }
            }
        }
        return false;
    }
}
