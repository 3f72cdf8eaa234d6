package dev.showpage.internal.generic;

/**
 * Titles that open with the show's name and the episode's number: "Harbour Talk #25: the long
 * night.", "Tide Tables #7 - Spring". Such a title may end with a full stop (the title is a
 * sentence), and the words before the number name the show when the page prints them elsewhere.
 */
final class NamedNumberTitle {

    /** Words of the show's name before the number at most. */
    private static final int NAME_MAX_WORDS = 6;

    private NamedNumberTitle() {}

    /**
     * The words before the "#N" of such a title ("Harbour Talk" of "Harbour Talk #25: ..."), or
     * null when the title has not that shape: a capitalised name, the number with a colon or a dash
     * after it, and the title's words.
     */
    static String name(String text) {
        String[] words = text.split(" ");
        for (int k = 1; k < words.length - 1 && k <= NAME_MAX_WORDS; k++) {
            String word = words[k];
            if (!word.startsWith("#")) {
                continue;
            }
            boolean colon = word.endsWith(":");
            String digits = word.substring(1, colon ? word.length() - 1 : word.length());
            boolean separated = colon || isDash(words[k + 1]) && k + 2 < words.length;
            if (!EpisodeNumbers.isNumber(digits) || !separated) {
                return null;
            }
            if (!Character.isUpperCase(words[0].codePointAt(0))
                    || !Character.isUpperCase(words[k - 1].codePointAt(0))) {
                return null; // "the #1 reason: ..." names no show
            }
            return String.join(" ", java.util.Arrays.copyOf(words, k));
        }
        return null;
    }

    /**
     * The show's name that title line {@code title} opens with, when another line of the page
     * prints it too, as whole words, without the number (its description, a caption): null
     * otherwise. One print in a title alone may be a series' or a guest's name.
     */
    static String showNamedBy(LineTable lines, int title) {
        if (title < 0 || !lines.isShort(title)) {
            return null;
        }
        String titleText = lines.text(title);
        String name = name(titleText);
        if (name == null) {
            return null;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i == title || lines.isBlank(i)) {
                continue;
            }
            String text = lines.text(i);
            if (!text.contains("#") && HeaderTitle.containsName(text, name)) {
                return name;
            }
        }
        return null;
    }

    private static boolean isDash(String word) {
        return word.equals("-") || word.equals("\u2013") || word.equals("\u2014");
    }
}
