package dev.showpage.internal.text;

import static dev.showpage.internal.text.DurationScanner.DAY;
import static dev.showpage.internal.text.DurationScanner.HOUR;
import static dev.showpage.internal.text.DurationScanner.MINUTE;
import static dev.showpage.internal.text.DurationScanner.SECOND;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The unit words of lengths of time that pages print after a number, in the languages whose dates
 * are read ({@link DateWords}): each language's words for day, hour, minute and second, singular
 * and plural, and the abbreviations site players and listings print ({@code min}, {@code hr},
 * {@code Std.}, {@code Sek.}, {@code seg}, {@code mn}, {@code h}). CLDR has unit names too, but not
 * in a form the JDK exposes, so this is a vocabulary, kept small: a word here turns "number word"
 * into a length. Months and years are not here: their length depends on the calendar.
 */
public final class TimeUnits {

    private static final Map<String, Long> UNITS = new HashMap<>();

    /** Abbreviations, which a page may close with a dot ({@code 45 Min.}, {@code 1 Std.}). */
    private static final Set<String> ABBREVIATIONS =
            Set.of("min", "mins", "mn", "sec", "secs", "seg", "segs", "sek", "std", "hr", "hrs");

    static {
        // English, and the one-letter forms every language shares ("2h", "45m", "1 h 6 min").
        units(DAY, "d", "day", "days");
        units(HOUR, "h", "hr", "hrs", "hour", "hours");
        units(MINUTE, "m", "min", "mins", "minute", "minutes");
        units(SECOND, "s", "sec", "secs", "second", "seconds");
        // French
        units(DAY, "jour", "jours");
        units(HOUR, "heure", "heures");
        units(MINUTE, "mn");
        units(SECOND, "seconde", "secondes");
        // German
        units(DAY, "tag", "tage", "tagen");
        units(HOUR, "std", "stunde", "stunden");
        units(MINUTE, "minuten");
        units(SECOND, "sek", "sekunde", "sekunden");
        // Spanish and Portuguese
        units(DAY, "d\u00EDa", "d\u00EDas", "dia", "dias");
        units(HOUR, "hora", "horas");
        units(MINUTE, "minuto", "minutos");
        units(SECOND, "seg", "segs", "segundo", "segundos");
        // Italian
        units(DAY, "giorno", "giorni");
        units(HOUR, "ora", "ore");
        units(MINUTE, "minuti");
        units(SECOND, "secondo", "secondi");
        // Dutch
        units(DAY, "dag", "dagen");
        units(HOUR, "uur", "uren");
        units(MINUTE, "minuut");
        units(SECOND, "seconden");
    }

    private TimeUnits() {}

    private static void units(long seconds, String... words) {
        for (String word : words) {
            UNITS.put(word, seconds);
        }
    }

    /** The seconds in the unit a word names ({@code Min.} is 60), or 0 for no unit. */
    public static long seconds(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".") && ABBREVIATIONS.contains(lower.substring(0, lower.length() - 1))) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return UNITS.getOrDefault(lower, 0L);
    }

    /** Whether a unit word is an abbreviation, which the page may close with a dot. */
    public static boolean isAbbreviation(String word) {
        return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a word joins two amounts of one length ({@code 1 hour and 5 minutes}): English,
     * French {@code et}, German {@code und}, Spanish {@code y}, Italian and Portuguese {@code e},
     * Dutch {@code en}.
     */
    public static boolean isJoint(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "and", "et", "und", "y", "e", "en" -> true;
            default -> false;
        };
    }

    /**
     * Whether the words after an amount of minutes make it a text's reading time, not a length of
     * audio ({@code 12 min read}): a blog's card. The words are the phrase blogs print in each
     * language read: English {@code read}, French {@code de lecture}, German {@code Lesezeit},
     * Spanish {@code de lectura}, Italian {@code di lettura}, Portuguese {@code de leitura}, Dutch
     * {@code leestijd} or {@code lezen}; {@code next} is the word after {@code word}, or null.
     */
    public static boolean isReadingTime(String word, String next) {
        String lower = word.toLowerCase(Locale.ROOT);
        return switch (lower) {
            // "read by the author" is an audiobook's narrator: the amount is its length
            case "read" -> next == null || !next.equalsIgnoreCase("by");
            case "lesezeit", "leestijd", "lezen" -> true;
            case "de", "di" ->
                    next != null
                            && switch (next.toLowerCase(Locale.ROOT)) {
                                case "lecture", "lectura", "lettura", "leitura" -> true;
                                default -> false;
                            };
            default -> false;
        };
    }
}
