package dev.showpage.internal.text;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of written dates in the languages pages are read in: month names, weekday names, and
 * their abbreviations, taken from the JDK's locale data (CLDR) rather than typed out, so that every
 * form a site's date formatter prints for these languages is known ({@code déc.}, {@code Mär},
 * {@code mrt.}, {@code fev.}, {@code gen}).
 *
 * <p>Words are compared without case, accents or a closing dot ({@code fevrier} and {@code Février}
 * are February), and German umlauts may be written out ({@code Maerz}).
 */
public final class DateWords {

    /** The characters whose folding is read from {@link #ASCII_FOLDS}: Latin, with its accents. */
    private static final int LATIN_END = 0x250;

    /**
     * What each character below {@link #LATIN_END} folds to when that is one ASCII character
     * ({@code é} to {@code e}), else 0. Made first, by the folding of one character alone, since
     * every table below is made by {@link #fold}, which reads it.
     */
    private static final char[] ASCII_FOLDS = asciiFolds();

    /**
     * The languages of dates read: English (US and British, whose abbreviations differ: {@code
     * Sep}, {@code Sept}), French, German, Spanish, Italian, Portuguese (Brazil and Portugal) and
     * Dutch.
     */
    static final List<Locale> LOCALES =
            List.of(
                    Locale.US,
                    Locale.UK,
                    Locale.FRENCH,
                    Locale.GERMAN,
                    Locale.forLanguageTag("es"),
                    Locale.ITALIAN,
                    Locale.forLanguageTag("pt-BR"),
                    Locale.forLanguageTag("pt-PT"),
                    Locale.forLanguageTag("nl"));

    private static final TextStyle[] ABBREVIATED = {TextStyle.SHORT, TextStyle.SHORT_STANDALONE};
    private static final TextStyle[] FULL = {TextStyle.FULL, TextStyle.FULL_STANDALONE};

    /** A month name's shortest start that still names it. */
    private static final int MONTH_PREFIX = 3;

    private static final int WEEKDAY_PREFIX = 2;

    /**
     * Every start (of {@link #MONTH_PREFIX} letters or more) of a full month name, folded, with its
     * month; 0 for a start that several months share ({@code jui}).
     */
    private static final Map<String, Integer> MONTH_STARTS = new HashMap<>();

    /** Abbreviations as CLDR prints them ({@code mrt}, {@code sept}), folded, without the dot. */
    private static final Map<String, Integer> MONTH_ABBREVIATIONS = new HashMap<>();

    /**
     * The full names and abbreviations of weekdays, folded, with the day each names (1 for Monday
     * to 7); 0 for a word two languages give to different days.
     */
    private static final Map<String, Integer> WEEKDAY_NAMES = new HashMap<>();

    /** Every start (two letters or more) of a weekday name, and the abbreviations. */
    private static final Set<String> WEEKDAY_WORDS = new HashSet<>();

    static {
        for (Locale locale : LOCALES) {
            for (Month month : Month.values()) {
                for (TextStyle style : FULL) {
                    for (String name : spellings(month.getDisplayName(style, locale))) {
                        for (int n = MONTH_PREFIX; n <= name.length(); n++) {
                            MONTH_STARTS.merge(
                                    name.substring(0, n),
                                    month.getValue(),
                                    (a, b) -> a.equals(b) ? a : 0);
                        }
                    }
                }
                for (TextStyle style : ABBREVIATED) {
                    for (String name : spellings(month.getDisplayName(style, locale))) {
                        MONTH_ABBREVIATIONS.put(name, month.getValue());
                    }
                }
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                for (TextStyle style : FULL) {
                    for (String name : spellings(day.getDisplayName(style, locale))) {
                        for (int n = WEEKDAY_PREFIX; n <= name.length(); n++) {
                            WEEKDAY_WORDS.add(name.substring(0, n));
                        }
                        nameWeekday(name, day);
                    }
                }
                for (TextStyle style : ABBREVIATED) {
                    for (String name : spellings(day.getDisplayName(style, locale))) {
                        WEEKDAY_WORDS.add(name);
                        nameWeekday(name, day);
                    }
                }
            }
        }
    }

    /**
     * Every word, folded, that may open a value: the starts and abbreviations of months, weekday
     * words, and the first words of labels and relative dates.
     */
    private static final Set<String> OPENERS = new HashSet<>();

    /** {@link #OPENERS}, for the lookup of an ASCII word without folding it into a new string. */
    private static final Vocabulary ASCII_OPENERS;

    /** The longest of them: a longer word opens nothing. */
    private static int longestOpener;

    static {
        OPENERS.addAll(MONTH_STARTS.keySet());
        OPENERS.addAll(MONTH_ABBREVIATIONS.keySet());
        OPENERS.addAll(WEEKDAY_WORDS);
        for (String word : ValueLabels.openingWords()) {
            OPENERS.add(fold(word));
        }
        for (String word : RelativeDates.openingWords()) {
            OPENERS.add(fold(word));
        }
        for (String word : OPENERS) {
            longestOpener = Math.max(longestOpener, word.length());
        }
        ASCII_OPENERS = Vocabulary.of(OPENERS);
    }

    private DateWords() {}

    /** The folded words {@link #opensValue} knows; for tests. */
    static Set<String> openers() {
        return Set.copyOf(OPENERS);
    }

    /**
     * Whether a word may open a date, a label or a relative date in any language read: one look-up,
     * so that the words of prose, nearly all of a page, are passed on at once.
     */
    public static boolean opensValue(String word) {
        if (word.length() > longestOpener + 1 || !OpenerPairs.mayOpen(word)) {
            return false;
        }
        // Nearly every word of a page is asked: an ASCII word is folded where it stands.
        int end = word.endsWith(".") ? word.length() - 1 : word.length();
        return Vocabulary.isAscii(word, 0, end)
                ? ASCII_OPENERS.containsAscii(word, 0, end)
                : OPENERS.contains(fold(word));
    }

    /**
     * The month a word names (1 to 12), or 0. A word names a month when it is one of the month's
     * abbreviations, or the start (three letters or more) of names of that month only: {@code Sept}
     * and {@code Dez} are months, {@code jui} (juin or juillet) is none.
     */
    public static int month(String word) {
        if (!OpenerPairs.mayOpen(word)) {
            return 0; // a month's name is an opener: no folding for a word of prose
        }
        String folded = fold(word);
        Integer abbreviation = MONTH_ABBREVIATIONS.get(folded);
        if (abbreviation != null) {
            return abbreviation;
        }
        return MONTH_STARTS.getOrDefault(folded, 0);
    }

    /**
     * Whether a word is a weekday or its abbreviation ({@code Tue}, {@code Sa}, {@code mié}, {@code
     * segunda-feira}), which pages put before a date and which is skipped unchecked: a wrong
     * weekday is the page's slip, and the day of the month is the better witness. Some words are
     * both a month and a weekday ({@code mar}): the reader of the date decides by what follows.
     */
    public static boolean isWeekday(String word) {
        return OpenerPairs.mayOpen(word) && WEEKDAY_WORDS.contains(fold(word));
    }

    /**
     * The day a weekday's full name or abbreviation names ({@code Montag}, {@code mardi}, {@code
     * mié}), or null for a word that names no one day.
     */
    static DayOfWeek weekdayOf(String word) {
        int day = WEEKDAY_NAMES.getOrDefault(fold(word), 0);
        return day == 0 ? null : DayOfWeek.of(day);
    }

    /**
     * Whether a word is a day of the month with an ordinal ending, as one token: {@code 6th},
     * {@code 1er}, {@code 1º}, {@code 1°}; or plain digits, one or two of them.
     */
    public static boolean isOrdinalDay(String word) {
        int digits = 0;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits > 2) {
            return false;
        }
        String ending = word.substring(digits);
        return isOrdinal(ending) || ending.equals("\u00B0");
    }

    /**
     * The endings of ordinal days: English, French ({@code 1er}, {@code 1re}), and the ordinal
     * indicators of Spanish, Italian and Portuguese ({@code 1º}, {@code 1ª}); or none.
     */
    static boolean isOrdinal(String ending) {
        return switch (ending.toLowerCase(Locale.ROOT)) {
            case "", "st", "nd", "rd", "th", "er", "re", "\u00BA", "\u00AA" -> true;
            default -> false;
        };
    }

    /**
     * Whether a word joins the parts of a Spanish or Portuguese date: {@code 12 de enero de 2024},
     * {@code 12 de enero del 2024}.
     */
    public static boolean isJoiner(String word) {
        return word.equalsIgnoreCase("de") || word.equalsIgnoreCase("del");
    }

    /**
     * Whether a word is the article German writes between a weekday and its day: {@code Montag, der
     * 12. Juni 2023}, {@code am Montag, den 12. Juni}.
     */
    public static boolean isDayArticle(String word) {
        return word.equals("der") || word.equals("den");
    }

    /** Whether a word introduces a time of day after a date ({@code at}, {@code à}, {@code um}). */
    public static boolean introducesTime(String word) {
        return TimesOfDay.isAt(word);
    }

    /** Keeps {@code name} as naming {@code day}; as naming none if another language's day. */
    private static void nameWeekday(String name, DayOfWeek day) {
        WEEKDAY_NAMES.merge(name, day.getValue(), (a, b) -> a.equals(b) ? a : 0);
    }

    /** The ways a CLDR name is written on pages: as is, without accents, with umlauts spelt out. */
    private static List<String> spellings(String name) {
        List<String> spellings = new ArrayList<>(2);
        String lower = name.toLowerCase(Locale.ROOT);
        spellings.add(fold(lower));
        String spelt = lower.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue");
        if (!spelt.equals(lower)) {
            spellings.add(fold(spelt));
        }
        return spellings;
    }

    private static char[] asciiFolds() {
        char[] folds = new char[LATIN_END];
        for (char c = 0; c < LATIN_END; c++) {
            String folded = decomposedFold(String.valueOf(c));
            boolean one = folded.length() == 1 && folded.charAt(0) < 0x80 && folded.charAt(0) > 0;
            folds[c] = one ? folded.charAt(0) : 0;
        }
        return folds;
    }

    /** Lower case, without accents and without a closing dot: {@code Févr.} is {@code fevr}. */
    static String fold(String word) {
        String accented = accentedLatinFold(word);
        return accented != null ? accented : decomposedFold(word);
    }

    /**
     * {@link #fold} of a word of Latin letters with an accent among them ({@code Févr}, {@code
     * mié}), each of which folds to one ASCII character, as they fold one by one: without the
     * decomposition, its copies and the table it looks in (nearly all that a page's dates in other
     * languages cost to fold). Null for any other word: all ASCII (folded as it is, mostly with no
     * copy), or with a character that folds otherwise (a closing dot, {@code ß}, other scripts).
     */
    private static String accentedLatinFold(String word) {
        int n = word.length();
        int i = 0;
        while (i < n && word.charAt(i) < 0x80) {
            i++;
        }
        if (i == n) {
            return null;
        }
        char[] folded = new char[n];
        for (int k = 0; k < n; k++) {
            char c = word.charAt(k);
            char f = c < LATIN_END ? ASCII_FOLDS[c] : 0;
            if (f == 0) {
                return null;
            }
            folded[k] = f;
        }
        return new String(folded);
    }

    /** {@link #fold} by the decomposition of the lower-cased word. */
    static String decomposedFold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        for (int i = 0; i < lower.length(); i++) {
            if (lower.charAt(i) > 0x7F) {
                return withoutMarks(Normalizer.normalize(lower, Normalizer.Form.NFD));
            }
        }
        return lower;
    }

    private static String withoutMarks(String decomposed) {
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
