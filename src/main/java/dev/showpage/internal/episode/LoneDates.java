package dev.showpage.internal.episode;

import dev.showpage.DateOrder;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.DateWords;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/**
 * The date of a page read as one episode that no line gives as its date, taken from the only full
 * date (day, month and year) the page prints, and only where that date stands in a shape that dates
 * the page's own audio or post:
 *
 * <ul>
 *   <li>a slot: a weekday that agrees with the day, and a time of day after it ({@code aired on
 *       Tuesday 4 March 2025 at 21:00}, {@code registrata martedì 4 marzo 2025 alle ore 21:00});
 *   <li>a post's byline with a reading time after it ({@code sam 2024-03-04 3 min read});
 *   <li>the end of the page's first line, after a title ({@code My Show #12 March 4, 2025}).
 * </ul>
 *
 * <p>Measured on the pages worked on, the only full date of a one-episode page is as often a birth,
 * a founding, a range's end or an article's stamp as the episode's day, so any date elsewhere, or
 * any page with two full dates, gives none. A weekday that does not agree with the day ({@code
 * venerdì 22 gennaio 2020}, a Wednesday) leaves the day in doubt, so it gives none either.
 */
public final class LoneDates {

    /** How many words may stand before a byline's date: an author's name. */
    private static final int BYLINE_WORDS = 3;

    /**
     * The words between a date and its time of day besides {@code at}, {@code à}, {@code um},
     * {@code om}, {@code alle}, {@code às} (see TimesOfDay): Italian {@code ore}, Spanish {@code a
     * las}, Portuguese {@code a}.
     */
    private static final Set<String> HOUR_WORDS =
            Set.of("at", "\u00E0", "um", "om", "alle", "\u00E0s", "ore", "a", "las");

    /** The words that follow a reading time's amount, as blogs print it in each language. */
    private static final Set<String> READING_TIMES =
            Set.of(
                    "min read",
                    "minute read",
                    "mins read",
                    "min de lecture",
                    "min lesezeit",
                    "min. lesezeit",
                    "minuten lesezeit",
                    "min de lectura",
                    "min di lettura",
                    "min de leitura",
                    "min leestijd",
                    "minuten leestijd");

    /** How many tokens before a date are searched for a word of {@link #OTHER_DAYS}. */
    private static final int OTHER_DAY_REACH = 6;

    /**
     * Words that make a date the day of something other than the audio: a deadline, a sale, a
     * range's end, a birth or a founding, an update. English, French, German, Spanish, Italian,
     * Portuguese and Dutch, lower case, as they stand before a date in a sentence or a label.
     */
    private static final Set<String> OTHER_DAYS =
            Set.of(
                    "deadline",
                    "tickets",
                    "until",
                    "till",
                    "born",
                    "founded",
                    "updated",
                    "jusqu'au",
                    "jusqu’au",
                    "au",
                    "né",
                    "née",
                    "fondé",
                    "fondée",
                    "inscriptions",
                    "bis",
                    "geboren",
                    "gegründet",
                    "aktualisiert",
                    "einsendeschluss",
                    "hasta",
                    "nacido",
                    "nacida",
                    "fundado",
                    "fundada",
                    "actualizado",
                    "plazo",
                    "fino",
                    "al",
                    "nato",
                    "nata",
                    "fondato",
                    "fondata",
                    "aggiornato",
                    "scadenza",
                    "até",
                    "nascido",
                    "nascida",
                    "atualizado",
                    "prazo",
                    "tot",
                    "opgericht",
                    "bijgewerkt",
                    "kaarten",
                    "ingang");

    /** A time of day inside a date token: {@code 20:15}, {@code 20h15}. */
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}[:h]\\d{2}");

    private LoneDates() {}

    /** The page's lone date token in one of the shapes above, or null. */
    public static Token of(SourceText source, DateOrder order) {
        int at = -1;
        for (int i = 0, n = source.tokenCount(); i < n; i++) {
            if (isFullDate(source.token(i).getType())) {
                if (at >= 0) {
                    return null; // two full dates: which one dates the episode is not told
                }
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        Token date = source.token(at);
        Optional<LocalDate> day = ReleaseDates.of(date, order, Optional.empty());
        if (day.isEmpty()) {
            return null;
        }
        if (followsOtherDayWord(source, at)) {
            return null;
        }
        return isSlot(source, at, day.get()) || isByline(source, at) || closesFirstLine(source, at)
                ? date
                : null;
    }

    private static boolean isFullDate(int type) {
        return type == EpisodePageLexer.MONTH_DATE
                || type == EpisodePageLexer.NUMERIC_DATE
                || type == EpisodePageLexer.ISO_DATE;
    }

    /** A weekday that names the date's own day, and a time of day after the date. */
    static boolean isSlot(SourceText source, int at, LocalDate day) {
        String text = source.token(at).getText();
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String first = text.substring(0, end);
        // "Mar 4, 2025": a month's abbreviation that is also a weekday's names no weekday
        DayOfWeek named = end == 0 || DateWords.month(first) != 0 ? null : DateWords.weekday(first);
        if (named != day.getDayOfWeek()) {
            return false;
        }
        if (CLOCK.matcher(text).find()) {
            return true; // the date token took its time: "Sunday 3 May 2026 at 20:00"
        }
        for (int i = at + 1, words = 0; i < source.tokenCount() && words <= 2; i++, words++) {
            Token next = source.token(i);
            if (next.getType() == EpisodePageLexer.TIMESTAMP) {
                return words > 0;
            }
            if (!HOUR_WORDS.contains(next.getText().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return false;
    }

    /** An author's name, the date, and a reading time closing the line. */
    static boolean isByline(SourceText source, int at) {
        if (!opensLineWithin(source, at, BYLINE_WORDS)) {
            return false;
        }
        StringBuilder rest = new StringBuilder();
        int i = at + 1;
        for (; i < source.tokenCount() && !endsLine(source.token(i)); i++) {
            if (i - at > 4) {
                return false;
            }
            Token token = source.token(i);
            boolean joined = rest.length() == 0 || token.getType() == EpisodePageLexer.STOP;
            rest.append(joined ? "" : " ").append(token.getText());
        }
        String[] words = rest.toString().toLowerCase(Locale.ROOT).split(" ", 2);
        return words.length == 2
                && words[0].matches("\\d{1,2}")
                && READING_TIMES.contains(words[1]);
    }

    /** The date ends the page's first line, after a title that does not end in a word of prose. */
    static boolean closesFirstLine(SourceText source, int at) {
        int first = 0;
        while (source.token(first).getType() == EpisodePageLexer.NL) {
            first++;
        }
        if (first == at || !endsLine(source.token(at + 1))) {
            return false;
        }
        for (int i = first; i < at; i++) {
            if (source.token(i).getType() == EpisodePageLexer.NL) {
                return false; // the date is on a later line
            }
        }
        String before = source.token(at - 1).getText();
        return !Character.isLowerCase(before.charAt(0))
                && source.token(at - 1).getType() != EpisodePageLexer.COLON;
    }

    /** A word of {@link #OTHER_DAYS} among the few tokens before the date on its line. */
    private static boolean followsOtherDayWord(SourceText source, int at) {
        for (int i = at - 1; i >= Math.max(0, at - OTHER_DAY_REACH); i--) {
            Token token = source.token(i);
            if (token.getType() == EpisodePageLexer.NL) {
                return false;
            }
            if (OTHER_DAYS.contains(token.getText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether at most {@code words} tokens stand before {@code at} on its line. */
    private static boolean opensLineWithin(SourceText source, int at, int words) {
        for (int i = at - 1; i >= Math.max(0, at - words - 1); i--) {
            if (source.token(i).getType() == EpisodePageLexer.NL) {
                return true;
            }
        }
        return at <= words;
    }

    private static boolean endsLine(Token token) {
        return token.getType() == EpisodePageLexer.NL || token.getType() == Token.EOF;
    }
}
