package dev.showpage.internal.text;

import dev.showpage.DateOrder;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates given relative to the day the page was fetched: {@code today}, {@code 3 days ago}, {@code
 * il y a 2 semaines}, and days written without a year ({@code Mar 12}).
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

    /**
     * {@code today}, {@code yesterday}, {@code 3 days ago}, {@code an hour ago}, {@code il y a 2
     * semaines}, {@code 3d ago}; empty for anything else.
     */
    private static Optional<LocalDate> ago(DateScanner s, LocalDate reference) {
        String word = s.peekWord().toLowerCase(Locale.ROOT);
        switch (word) {
            case "today", "aujourd" -> {
                s.word();
                if (word.equals("aujourd")
                        && !((s.skip('\'') || s.skip('\u2019'))
                                && s.word().equalsIgnoreCase("hui"))) {
                    return Optional.empty();
                }
                return s.at == s.end ? Optional.of(reference) : Optional.empty();
            }
            case "yesterday", "hier" -> {
                s.word();
                return s.at == s.end ? Optional.of(reference.minusDays(1)) : Optional.empty();
            }
            default -> {}
        }
        boolean french = false;
        if (word.equals("il")) {
            s.word();
            s.blanks();
            if (!s.word().equalsIgnoreCase("y")
                    || !s.blanks()
                    || !s.word().equalsIgnoreCase("a")
                    || !s.blanks()) {
                return Optional.empty();
            }
            french = true;
        }
        long amount;
        if (s.number()) {
            amount = s.number;
        } else {
            switch (s.word().toLowerCase(Locale.ROOT)) {
                case "a", "an", "one", "un", "une" -> amount = 1;
                default -> {
                    return Optional.empty();
                }
            }
        }
        s.blanks();
        String unit = s.word().toLowerCase(Locale.ROOT);
        if (!french) {
            if (!s.blanks() || !s.word().equalsIgnoreCase("ago")) {
                return Optional.empty();
            }
        }
        if (s.at != s.end) {
            return Optional.empty();
        }
        return switch (unit) {
            case "second",
                    "seconds",
                    "sec",
                    "secs",
                    "s",
                    "seconde",
                    "secondes",
                    "minute",
                    "minutes",
                    "min",
                    "mins" ->
                    Optional.of(reference);
            case "hour", "hours", "hr", "hrs", "h", "heure", "heures" ->
                    Optional.of(reference.minusDays(amount / 24));
            case "day", "days", "d", "jour", "jours" -> Optional.of(reference.minusDays(amount));
            case "week", "weeks", "w", "wk", "wks", "semaine", "semaines" ->
                    Optional.of(reference.minusWeeks(amount));
            case "month", "months", "mo", "mos", "mois" ->
                    Optional.of(reference.minusMonths(amount));
            case "year", "years", "yr", "yrs", "y", "an", "ans", "année", "années" ->
                    Optional.of(reference.minusYears(amount));
            default -> Optional.empty();
        };
    }
}
