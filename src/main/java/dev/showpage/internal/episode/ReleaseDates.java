package dev.showpage.internal.episode;

import dev.showpage.DateOrder;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.ParseSettings;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Dates;
import dev.showpage.internal.text.DayFirstLanguages;
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
     * 17/02/25} can only be day first); else, where the caller chose no order, day first when every
     * numeric date of the page is written with dots ({@code 04.03.2023}), since the languages that
     * write dates with dots put the day first and month-first sites write slashes, or when the
     * page's words are of a language that writes the day first ({@link DayFirstLanguages}); else
     * the configured one. When the page proves nothing and has dates that could be read either way,
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
        if (settings.dateOrderChosen() || numeric.isEmpty() || proven(numeric).isPresent()) {
            return pageOrder(numeric, settings.dateOrder(), diagnostics);
        }
        if (allDotted(numeric)) {
            return pageOrder(numeric, DateOrder.DAY_MONTH_YEAR, diagnostics);
        }
        if (hasAmbiguous(numeric) && DayFirstLanguages.writesDayFirst(wordsOf(source))) {
            report(
                    numeric,
                    "; no date on the page tells, and its words are of a language that"
                            + " writes the day first, so it is read day first"
                            + OTHER_WAY,
                    diagnostics);
            return DateOrder.DAY_MONTH_YEAR;
        }
        return pageOrder(numeric, settings.dateOrder(), diagnostics);
    }

    /** How the reader of a reported date reads it another way. */
    private static final String OTHER_WAY =
            " (a date order set on the parser, or --date-order, reads it another way)";

    /**
     * The most words of a page its language is told from: a language shows in its first lines, and
     * a long page is not read twice for it.
     */
    private static final int LANGUAGE_WORDS = 2_000;

    /** The page's first {@link #LANGUAGE_WORDS} words. */
    private static List<String> wordsOf(SourceText source) {
        List<String> words = new ArrayList<>();
        for (int i = 0, n = source.tokenCount(); i < n && words.size() < LANGUAGE_WORDS; i++) {
            Token token = source.token(i);
            if (token.getType() == EpisodePageLexer.WORD) {
                words.add(token.getText());
            }
        }
        return words;
    }

    /**
     * The order any of the numeric dates proves, else {@code configured}; a site's own layout
     * (Goodpods writes month first) passes the order to fall back on, dots or not.
     */
    public static DateOrder pageOrder(
            List<Token> numeric, DateOrder configured, Diagnostics diagnostics) {
        Optional<DateOrder> proven = proven(numeric);
        if (proven.isPresent()) {
            return proven.get();
        }
        String why =
                "; no date on the page tells, so it is read "
                        + switch (configured) {
                            case MONTH_DAY_YEAR -> "month first";
                            case DAY_MONTH_YEAR -> "day first";
                            case YEAR_MONTH_DAY -> "year first";
                        }
                        + OTHER_WAY;
        report(numeric, why, diagnostics);
        return configured;
    }

    /** The order the first numeric date that proves one proves. */
    private static Optional<DateOrder> proven(List<Token> numeric) {
        for (Token token : numeric) {
            Optional<DateOrder> proven = Dates.orderOf(token.getText());
            if (proven.isPresent()) {
                return proven;
            }
        }
        return Optional.empty();
    }

    private static boolean hasAmbiguous(List<Token> numeric) {
        for (Token token : numeric) {
            if (isAmbiguous(token.getText())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports each numeric date that could be read either way, saying {@code why} it is read so.
     */
    private static void report(List<Token> numeric, String why, Diagnostics diagnostics) {
        for (Token token : numeric) {
            if (isAmbiguous(token.getText())) {
                diagnostics.report(
                        DiagnosticCode.AMBIGUOUS_DATE,
                        token,
                        "'" + token.getText() + "' could be read with day or month first" + why);
            }
        }
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
