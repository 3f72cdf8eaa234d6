package dev.showpage.internal.episode;

import dev.showpage.DateOrder;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.ParseSettings;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Dates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;

/**
 * The release date a date token gives, and the order of day and month that the page's own numeric
 * dates prove.
 */
public final class ReleaseDates {

    private ReleaseDates() {}

    /**
     * The order in which the page writes numeric dates: the one any date proves by itself ({@code
     * 17/02/25} can only be day first); else, where the caller chose no order and every numeric
     * date of the page is written with dots ({@code 04.03.2023}), day first, since the languages
     * that write dates with dots put the day first and month-first sites write slashes; else the
     * configured one. When the page proves nothing and has dates that could be read either way,
     * each of those is reported.
     */
    public static DateOrder pageOrder(
            SourceText source, ParseSettings settings, Diagnostics diagnostics) {
        List<Token> numeric = new ArrayList<>();
        for (int i = 0, n = source.tokenCount(); i < n; i++) {
            Token token = source.token(i);
            if (token.getType() == EpisodePageLexer.NUMERIC_DATE) {
                numeric.add(token);
            }
        }
        boolean byDots = !settings.dateOrderChosen() && !numeric.isEmpty() && allDotted(numeric);
        return pageOrder(
                numeric, byDots ? DateOrder.DAY_MONTH_YEAR : settings.dateOrder(), diagnostics);
    }

    /**
     * The order any of the numeric dates proves, else {@code configured}; a site's own layout
     * (Goodpods writes month first) passes the order to fall back on, dots or not.
     */
    public static DateOrder pageOrder(
            List<Token> numeric, DateOrder configured, Diagnostics diagnostics) {
        for (Token token : numeric) {
            Optional<DateOrder> proven = Dates.orderOf(token.getText());
            if (proven.isPresent()) {
                return proven.get();
            }
        }
        String why =
                "; no date on the page tells, so it is read "
                        + switch (configured) {
                            case MONTH_DAY_YEAR -> "month first";
                            case DAY_MONTH_YEAR -> "day first";
                            case YEAR_MONTH_DAY -> "year first";
                        }
                        + " (a date order set on the parser, or --date-order, reads it another"
                        + " way)";
        for (Token token : numeric) {
            if (isAmbiguous(token.getText())) {
                diagnostics.report(
                        DiagnosticCode.AMBIGUOUS_DATE,
                        token,
                        "'" + token.getText() + "' could be read with day or month first" + why);
            }
        }
        return configured;
    }

    /** Whether each numeric date separates its first number from the next with a dot. */
    private static boolean allDotted(List<Token> numeric) {
        for (Token token : numeric) {
            String text = token.getText();
            int at = 0;
            while (at < text.length() && !Character.isDigit(text.charAt(at))) {
                at++; // "Donnerstag, 23.12.2021": a weekday may come first
            }
            while (at < text.length() && Character.isDigit(text.charAt(at))) {
                at++;
            }
            if (at == text.length() || text.charAt(at) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether month-first and day-first both give a day, and not the same one. */
    public static boolean isAmbiguous(String numeric) {
        Optional<LocalDate> monthFirst = Dates.parse(numeric, DateOrder.MONTH_DAY_YEAR);
        Optional<LocalDate> dayFirst = Dates.parse(numeric, DateOrder.DAY_MONTH_YEAR);
        return monthFirst.isPresent() && dayFirst.isPresent() && !monthFirst.equals(dayFirst);
    }

    /** The date a release-date token gives; empty when the text names no such day. */
    static Optional<LocalDate> of(Token token, DateOrder order, Optional<LocalDate> reference) {
        String text = token.getText();
        return switch (token.getType()) {
            case EpisodePageLexer.NUMERIC_DATE -> Dates.numeric(text, order);
            case EpisodePageLexer.RELATIVE_DATE ->
                    reference.flatMap(day -> Dates.relative(text, day));
            default -> Dates.parse(text, order);
        };
    }
}
