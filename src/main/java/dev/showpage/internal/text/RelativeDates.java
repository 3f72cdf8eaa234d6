package dev.showpage.internal.text;

import dev.showpage.DateOrder;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Dates given relative to the day the page was fetched, in the languages whose dates are read:
 * {@code today}, {@code 3 days ago}, {@code il y a 2 semaines}, {@code vor 3 Tagen}, and days
 * written without a year ({@code Mar 12}, {@code 12 mars}).
 */
final class RelativeDates {

    /** How far back a year-less day is looked for: far enough to find the last 29 February. */
    private static final int YEARS_BACK = 8;

    private RelativeDates() {}

    /** See {@link Dates#relative(String, LocalDate)}. */
    static Optional<LocalDate> of(String text, LocalDate reference) {
        DateScanner scanner = new DateScanner(text);
        Optional<LocalDate> ago = ago(scanner, reference);
        if (ago.isPresent()) {
            return ago;
        }
        scanner = new DateScanner(text);
        if (!scanner.date(DateOrder.MONTH_DAY_YEAR, true) || scanner.year >= 0) {
            return Optional.empty();
        }
        for (int year = reference.getYear(); year >= reference.getYear() - YEARS_BACK; year--) {
            Optional<LocalDate> day = Dates.of(year, scanner.month, scanner.day);
            if (day.isPresent() && !day.get().isAfter(reference)) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** See {@link Dates#weekdayInYear(String, int)}. */
    static Optional<LocalDate> weekdayInYear(String text, int year) {
        DateScanner scanner = new DateScanner(text);
        if (!scanner.date(DateOrder.MONTH_DAY_YEAR, true)
                || scanner.year >= 0
                || scanner.weekdayWord == null) {
            return Optional.empty();
        }
        DayOfWeek named = DateWords.weekdayOf(scanner.weekdayWord);
        Optional<LocalDate> day = Dates.of(year, scanner.month, scanner.day);
        return named != null && day.isPresent() && day.get().getDayOfWeek() == named
                ? day
                : Optional.empty();
    }

    /**
     * {@code today}, {@code yesterday}, {@code 3 days ago}, {@code an hour ago}, {@code il y a 2
     * semaines}, {@code vor 3 Tagen}, {@code hace 2 semanas}, {@code 2 settimane fa}, {@code há 1
     * mês}, {@code 2 weken geleden}, {@code 3d ago}; empty for anything else.
     */
    private static Optional<LocalDate> ago(DateScanner s, LocalDate reference) {
        String word = s.peekWord().toLowerCase(Locale.ROOT);
        if (TODAY.contains(word) || YESTERDAY.contains(word)) {
            s.word();
            if (word.equals("aujourd")
                    && !((s.skip('\'') || s.skip('\u2019')) && s.word().equalsIgnoreCase("hui"))) {
                return Optional.empty();
            }
            LocalDate day = TODAY.contains(word) ? reference : reference.minusDays(1);
            return s.at == s.end ? Optional.of(day) : Optional.empty();
        }
        boolean before = false;
        if (word.equals("il")) {
            s.word();
            s.blanks();
            if (!s.word().equalsIgnoreCase("y")
                    || !s.blanks()
                    || !s.word().equalsIgnoreCase("a")
                    || !s.blanks()) {
                return Optional.empty();
            }
            before = true;
        } else if (BEFORE.contains(word)) {
            s.word();
            if (!s.blanks()) {
                return Optional.empty();
            }
            before = true;
        }
        long amount;
        if (s.number()) {
            amount = s.number;
        } else if (ONE.contains(s.word().toLowerCase(Locale.ROOT))) {
            amount = 1;
        } else {
            return Optional.empty();
        }
        s.blanks();
        ChronoUnit unit = UNITS.get(s.word().toLowerCase(Locale.ROOT));
        if (unit == null
                || (!before && !(s.blanks() && AFTER.contains(s.word().toLowerCase(Locale.ROOT))))
                || s.at != s.end) {
            return Optional.empty();
        }
        return switch (unit) {
            case SECONDS, MINUTES -> Optional.of(reference);
            case HOURS -> Optional.of(reference.minusDays(amount / 24));
            default -> Optional.of(reference.minus(amount, unit));
        };
    }

    /**
     * The words of relative dates in the languages whose dates are read ({@link DateWords}): each
     * language's words for today and yesterday, the word that makes an amount of time a date before
     * it ({@code il y a}, {@code vor}, {@code hace}, {@code há}) or after it ({@code ago}, {@code
     * fa}, {@code geleden}), the words for one ({@code a}, {@code ein}, {@code un}, {@code een}),
     * and the units of time with their plurals and the abbreviations of English listings ({@code 3d
     * ago}, {@code 2 wks ago}). A vocabulary, kept to what sites print.
     */
    private static final Set<String> TODAY =
            Set.of("today", "aujourd", "heute", "hoy", "oggi", "hoje", "vandaag");

    private static final Set<String> YESTERDAY =
            Set.of("yesterday", "hier", "gestern", "ayer", "ieri", "ontem", "gisteren");

    private static final Set<String> BEFORE = Set.of("vor", "hace", "h\u00E1");
    private static final Set<String> AFTER = Set.of("ago", "fa", "geleden");

    private static final Set<String> ONE =
            Set.of(
                    "a", "an", "one", "un", "une", "ein", "eine", "einem", "einer", "una", "uno",
                    "um", "uma", "een");

    private static final Map<String, ChronoUnit> UNITS = new HashMap<>();

    static {
        units(
                ChronoUnit.SECONDS,
                "second seconds sec secs s seconde secondes sekunde sekunden segundo segundos"
                        + " secondo secondi seconden");
        units(ChronoUnit.MINUTES, "minute minutes min mins minuten minuto minutos minuti minuut");
        units(
                ChronoUnit.HOURS,
                "hour hours hr hrs h heure heures stunde stunden hora horas ora ore uur uren");
        units(
                ChronoUnit.DAYS,
                "day days d jour jours tag tage tagen d\u00EDa d\u00EDas dia dias giorno giorni dag"
                        + " dagen");
        units(
                ChronoUnit.WEEKS,
                "week weeks w wk wks semaine semaines woche wochen semana semanas settimana"
                        + " settimane weken");
        units(
                ChronoUnit.MONTHS,
                "month months mo mos mois monat monate monaten mes meses mese mesi m\u00EAs maand"
                        + " maanden");
        units(
                ChronoUnit.YEARS,
                "year years yr yrs y an ans ann\u00E9e ann\u00E9es jahr jahre jahren a\u00F1o"
                        + " a\u00F1os anno anni ano anos jaar jaren");
    }

    /** Whether a word opens a relative date: today, yesterday, or "il", "vor", "hace", "há". */
    static boolean opens(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return TODAY.contains(lower)
                || YESTERDAY.contains(lower)
                || BEFORE.contains(lower)
                || lower.equals("il")
                || lower.startsWith("aujourd");
    }

    /** Every word that can open a relative date, in lower case. */
    static Set<String> openingWords() {
        Set<String> words = new HashSet<>();
        words.addAll(TODAY);
        words.addAll(YESTERDAY);
        words.addAll(BEFORE);
        words.addAll(ONE);
        words.add("il");
        words.add("aujourd'hui");
        words.add("aujourd\u2019hui");
        return words;
    }

    /** Whether a word closes a relative date: "ago", "fa", "geleden". */
    static boolean closes(String word) {
        return AFTER.contains(word.toLowerCase(Locale.ROOT));
    }

    private static void units(ChronoUnit unit, String words) {
        for (String word : words.split(" ")) {
            UNITS.put(word, unit);
        }
    }
}
