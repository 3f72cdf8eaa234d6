package dev.showpage.internal.text;

/**
 * One pass over one duration text, and the steps its shapes share: numbers, their fractions, and
 * adding each part in a unit smaller than the one before. Each shape ({@link ClockDurations},
 * {@link AmountDurations}, {@link IsoDurations}) moves {@code at} forward or returns {@link #NONE}.
 */
final class DurationScanner extends TextCursor {

    static final long SECOND = 1;
    static final long MINUTE = 60;
    static final long HOUR = 3_600;
    static final long DAY = 86_400;
    static final long WEEK = 7 * DAY;

    /** Returned for text that is not a duration. */
    static final long NONE = -1;

    /** The last number read, and how many digits it had. */
    long number;

    int digits;

    /** The fraction after the last number ({@code .05} is 5 with 2 digits), if any. */
    long fraction;

    private int fractionDigits;

    /** Seconds so far, and the unit of the last part (units must get smaller). */
    long total;

    long lastUnit = Long.MAX_VALUE;

    DurationScanner(String text) {
        super(text);
    }

    /** The seconds the whole text gives, or {@link #NONE}. */
    long duration() {
        if (at == end) {
            return NONE;
        }
        char first = Character.toUpperCase(text.charAt(at));
        if (first == 'P' || first == 'T') {
            return IsoDurations.read(this);
        }
        if (!number()) {
            return NONE; // words, signs, punctuation
        }
        char next = peek();
        if (next == '\'' || next == '\u2032' || next == '\u2019') {
            return ClockDurations.readPrimes(this);
        }
        return next == ':' ? ClockDurations.read(this) : AmountDurations.read(this);
    }

    /**
     * Adds the last number (and its fraction) in {@code unit}. Units must get smaller, and a part
     * after the first must stay below the next larger unit ({@code 1 hr 75 min} is no duration;
     * {@code 62m45s} is, since 62 comes first).
     */
    boolean add(long unit, boolean bounded) {
        if (unit <= 0 || unit >= lastUnit) {
            return false;
        }
        if (bounded && number >= (unit == HOUR ? 24 : 60)) {
            return false;
        }
        long part = Math.multiplyExact(number, unit);
        if (fractionDigits > 0) {
            part = Math.addExact(part, fraction * unit / pow10(fractionDigits));
        }
        total = Math.addExact(total, part);
        lastUnit = unit;
        return true;
    }

    static long smaller(long unit) {
        return unit == DAY ? HOUR : unit == HOUR ? MINUTE : unit == MINUTE ? SECOND : NONE;
    }

    private static long pow10(int n) {
        long p = 1;
        for (int i = 0; i < n; i++) {
            p *= 10;
        }
        return p;
    }

    /** Reads 1 to 18 digits into {@link #number}; false when there are none or too many. */
    boolean number() {
        int start = at;
        long value = 0;
        while (at < end && isDigit(text.charAt(at))) {
            value = value * 10 + (text.charAt(at) - '0');
            at++;
            if (at - start > 18) {
                return false; // longer than any duration a long can hold
            }
        }
        number = value;
        digits = at - start;
        return digits > 0;
    }

    /**
     * Reads {@code ,5} after a number where a blank and a word follow ({@code 2,5 uur}, {@code 2,25
     * Stunden}): the decimal comma of the languages other than English; the word must then be a
     * unit. One or two digits only, as {@code 1,500 seconds} groups thousands.
     */
    boolean decimalComma() {
        if (peek() != ',') {
            return false;
        }
        int after = at + 1;
        while (after < end && isDigit(text.charAt(after))) {
            after++;
        }
        int count = after - at - 1;
        if (count < 1 || count > 2 || after >= end || text.charAt(after) != ' ') {
            return false;
        }
        return fraction(true);
    }

    /**
     * Whether the amount just read with a decimal comma can be a length in the unit {@code word}.
     * Not in a lone {@code m}, as a metre prints so as often as a minute ({@code 1,5 m}); not in
     * hours where two digits follow the comma and the unit is a bare {@code h} ({@code 10,30 h},
     * {@code 21,30 h}) or the whole part is past noon's 12 ({@code 20,15 Uhr}): that is a broadcast
     * time, the minutes after the comma. A spelt-out unit after a morning's hour still reads
     * ({@code 2,25 Stunden}).
     */
    boolean decimalCommaFits(String word, long unit) {
        if (word.equalsIgnoreCase("m")) {
            return false;
        }
        return unit != HOUR || fractionDigits != 2 || (!word.equalsIgnoreCase("h") && number <= 12);
    }

    /**
     * Reads {@code .05} after a number, or {@code ,5} where a comma cannot be a list or thousands
     * separator (ISO-8601); keeps nine digits, which is more than truncation to whole seconds
     * needs, and skips the rest.
     */
    boolean fraction(boolean comma) {
        fraction = 0;
        fractionDigits = 0;
        char c = peek();
        boolean mark = c == '.' || (comma && c == ',');
        if (!mark || at + 1 >= end || !isDigit(text.charAt(at + 1))) {
            return false;
        }
        at++;
        while (at < end && isDigit(text.charAt(at))) {
            if (fractionDigits < 9) {
                fraction = fraction * 10 + (text.charAt(at) - '0');
                fractionDigits++;
            }
            at++;
        }
        return true;
    }
}
