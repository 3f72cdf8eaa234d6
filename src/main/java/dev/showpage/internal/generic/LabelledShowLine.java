package dev.showpage.internal.generic;

/**
 * A line of an episode's card that gives its number label and its show's name: "S3 E62 · Harbour
 * Talk", "Episode 12 | Harbour Talk", "Folge 4 - Harbour Talk". Players of hosting platforms print
 * it under the title; the name after the label is the show's.
 */
final class LabelledShowLine {

    /** Words of the show's name at most. */
    private static final int NAME_MAX_WORDS = 6;

    /** Lines with text under the first episode's start within which the line is looked for. */
    private static final int WITHIN = 6;

    /** What stands between the label and the name. */
    private static final String[] SEPARATORS = {" \u00B7 ", " | ", " \u2022 ", " - ", " \u2013 "};

    private LabelledShowLine() {}

    /** The show's name such a line gives, or null when the text has not that shape. */
    static String name(String text) {
        for (String separator : SEPARATORS) {
            int at = text.indexOf(separator);
            if (at <= 0) {
                continue;
            }
            String label = text.substring(0, at);
            String name = text.substring(at + separator.length()).strip();
            if (!EpisodeNumbers.isEpisodeLabel(label)
                    || name.isEmpty()
                    || name.split(" ").length > NAME_MAX_WORDS
                    || !Character.isUpperCase(name.codePointAt(0))
                    || EpisodeNumbers.isEpisodeLabel(name)
                    || name.endsWith(".")) {
                continue;
            }
            return name;
        }
        return null;
    }

    /**
     * The show's name from such a line near the first episode's start, or null. The episode's title
     * line {@code title} is passed over: "Folge 12 - Nachtzüge" is a numbered title.
     */
    static String near(LineTable lines, int from, int title) {
        int seen = 0;
        for (int i = lines.nextText(Math.max(0, from));
                i >= 0 && seen < WITHIN;
                i = lines.nextText(i + 1)) {
            seen++;
            if (i != title
                    && lines.isNote(i)
                    && lines.isShort(i)
                    && lines.words(i) <= NAME_MAX_WORDS + 6) {
                String name = name(lines.text(i));
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }
}
