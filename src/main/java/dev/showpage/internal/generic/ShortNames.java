package dev.showpage.internal.generic;

/**
 * A name a label or a platform's template prints after its words ("Podcast-Empfehlung: Hafenfunk",
 * "Title - a podcast by Harbour Media"): a few words opening with a capital or a digit, closing no
 * sentence with a full stop. A question or an exclamation mark may end a name ("Why Not?"), so it
 * is left to a reader that knows its place to refuse them.
 */
final class ShortNames {

    private ShortNames() {}

    /** Whether {@code name} has that shape in {@code maxWords} words at most. */
    static boolean isOne(String name, int maxWords) {
        if (name.isBlank()) {
            return false;
        }
        int first = name.codePointAt(0);
        char last = name.charAt(name.length() - 1);
        return (Character.isUpperCase(first) || Character.isDigit(first))
                && last != '.'
                && name.split(" ").length <= maxWords;
    }
}
