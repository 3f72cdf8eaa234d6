package dev.showpage.internal.text;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Converts the durations that pages and feeds write ({@code 84 min}, {@code 1 hr 18 min}, {@code
 * 01:23:45}, {@code PT1H24M}, {@code 3723}) into whole-second {@link Duration}s.
 *
 * <p>The grammar decides where a duration is; this class only reads the text it is given, with one
 * small scanner ({@link DurationScanner}) rather than a regular expression per shape, so that every
 * shape shares the same rules: blanks (no-break space included) may stand between parts, units are
 * case-insensitive, fractions of a second are cut off because the JSON contract holds whole
 * seconds, and anything that is not plainly a duration is empty rather than a guess or a zero.
 */
public final class Durations {

    /** The largest whole number a double holds exactly: 2^53 - 1. */
    static final long MAX_JSON_SAFE_SECONDS = 9_007_199_254_740_991L;

    private Durations() {}

    /**
     * Reads any duration a page or feed writes: amounts with units ({@code 84 min}, {@code 2h 45m},
     * {@code 3 hours, 11 minutes and 53 seconds}, {@code 1h30}), clock times ({@code 61:08} as
     * minutes and seconds, {@code 1:02:03}), ISO-8601 ({@code PT1H24M}) and plain seconds ({@code
     * 3723}).
     *
     * <p>Empty for blank text, negatives, parts out of range ({@code 1:60:00}, {@code 1 hr 75
     * min}), units out of order, and lengths above {@link #MAX_JSON_SAFE_SECONDS}. Four colon
     * fields are empty too: suites read the fourth as days, frames or milliseconds, so no answer
     * would be safe.
     */
    static Optional<Duration> parse(String text) {
        return of(seconds(text));
    }

    /**
     * The whole seconds {@link #parse} reads, or -1 where it reads nothing: for the readers that
     * only ask whether, or how long, without an {@code Optional} and a {@code Duration} each time.
     */
    public static long seconds(String text) {
        if (text == null) {
            return -1;
        }
        long seconds;
        try {
            seconds = new DurationScanner(text).duration();
        } catch (ArithmeticException tooLarge) {
            return -1;
        }
        return seconds < 0 || seconds > MAX_JSON_SAFE_SECONDS ? -1 : seconds;
    }

    private static Optional<Duration> of(long seconds) {
        return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    }

    /**
     * Whether the text is a length of time that {@link #total} reads ({@code 1h30}, {@code PT5M}).
     */
    public static boolean isDuration(String text) {
        return seconds(text) >= 0;
    }

    /**
     * Reads {@code MM:SS}, {@code H:MM:SS} or {@code HH:MM:SS}. Minutes may pass 59 in the two-part
     * form ({@code 61:08}); seconds, and minutes in the three-part form, may not: such a time is
     * empty.
     */
    public static Optional<Duration> timestamp(String text) {
        return of(timestampSeconds(text));
    }

    /** The whole seconds {@link #timestamp} reads, or -1 where it reads nothing. */
    public static long timestampSeconds(String text) {
        int colon = text.indexOf(':');
        if (colon < 0 || colon > 6) {
            return -1; // more than a million hours is no episode
        }
        return seconds(text);
    }

    /**
     * An amount without the bar, bullet or middle dot a listing printed beside it for a field it
     * left out ({@code 05:53|}, {@code · 58:45}): the grammar gives such a length its sign, so that
     * its token spans the line's text.
     */
    private static String withoutFieldSigns(String amount) {
        int start = 0;
        int end = amount.length();
        while (end > start && isFieldSign(amount.charAt(end - 1))) {
            end--;
        }
        while (start < end && isFieldSign(amount.charAt(start))) {
            start++;
        }
        return start == 0 && end == amount.length() ? amount : amount.substring(start, end);
    }

    private static boolean isFieldSign(char c) {
        return c == '|' || c == '\u2022' || c == '\u00B7' || Blanks.isBlank(c);
    }

    /**
     * The sum of amounts such as {@code 84 min} or {@code 13 days} and {@code 3 hours}; empty for
     * no amounts, or for amounts too large to be lengths of time.
     */
    public static Optional<Duration> total(List<String> amounts) {
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        long total = 0;
        for (String amount : amounts) {
            Optional<Duration> one = parse(withoutFieldSigns(amount));
            if (one.isEmpty()) {
                return Optional.empty();
            }
            total += one.get().getSeconds(); // each at most 2^53, so the sum cannot overflow soon
            if (total > MAX_JSON_SAFE_SECONDS) {
                return Optional.empty();
            }
        }
        return Optional.of(Duration.ofSeconds(total));
    }
}
