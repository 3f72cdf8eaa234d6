package dev.showpage.internal.generic;

/**
 * An audio player that has not started, as a copy of the page keeps it: its position and its length
 * both at zero ("0:00 / 0:00", "00:00", "0:00:00"), the length unknown until the audio loads. It is
 * the site's, never a title, and tells no length.
 */
final class PlayerTimes {

    private PlayerTimes() {}

    /**
     * Whether {@code text}, a line's text with blanks collapsed, is only zero times, maybe with the
     * "/" between a player's position and its length.
     */
    static boolean isAtZero(String text) {
        for (int k = 0; k < text.length(); k++) {
            if ("0:/ ".indexOf(text.charAt(k)) < 0) {
                return false; // no zero time: the text is not split
            }
        }
        boolean zero = false;
        for (String part : text.split(" ")) {
            if (part.equals("/")) {
                continue;
            }
            if (!isZeroTime(part)) {
                return false;
            }
            zero = true;
        }
        return zero;
    }

    /** "0:00", "00:00", "0:00:00": a time of one or two digits, then pairs of zeros. */
    private static boolean isZeroTime(String part) {
        String[] fields = part.split(":", -1);
        if (fields.length < 2 || fields.length > 3) {
            return false;
        }
        for (int k = 0; k < fields.length; k++) {
            String field = fields[k];
            boolean zeros = field.chars().allMatch(c -> c == '0');
            if (!zeros || field.isEmpty() || field.length() > 2 || k > 0 && field.length() != 2) {
                return false;
            }
        }
        return true;
    }
}
