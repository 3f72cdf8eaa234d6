package dev.showpage.internal.episode;

import dev.showpage.DateOrder;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The date of a page read as one episode whose full dates all name one day, one of them after a
 * date's label ({@link OneEpisodeValues#isLabelled}: of publication or of an edition) ({@code
 * parlez-vous ! du samedi 2 octobre 2021 Publié le 02/10/2021 ... Mis à jour le 02/10/2021}): a
 * title that carries its edition's day, the publication stamp and the same day's update agree, so
 * the day is the episode's, where no line of it gave one. The title (the page's first line with
 * text) must carry the day: a post's stamp and its update alone tell when it went up, and a recap
 * goes up after the edition it is about.
 *
 * <p>A page with a date of another day anywhere (a birth, an event, a related post), with no
 * labelled date, or whose numeric dates could name two days and no other date tells which, gives
 * none.
 */
public final class AgreeingDates {

    private AgreeingDates() {}

    /** The token that names the page's one day alone, or null. */
    public static Token of(SourceText source) {
        Set<LocalDate> days = null;
        boolean labelled = false;
        boolean titled = false;
        boolean inTitle = true;
        boolean anyText = false;
        Token plain = null;
        int count = 0;
        for (int i = 0, n = source.tokenCount(); i < n; i++) {
            Token token = source.token(i);
            if (token.getType() == EpisodePageLexer.NL) {
                inTitle &= !anyText; // the title ends with the first line that has text
                continue;
            }
            anyText = true;
            if (!LoneDates.isFullDate(token.getType())) {
                continue;
            }
            count++;
            Set<LocalDate> named = daysOf(token);
            if (named.isEmpty()) {
                return null; // a date of no day of the calendar, or with no year
            }
            if (days == null) {
                days = named;
            } else {
                days.retainAll(named);
            }
            if (days.isEmpty()) {
                return null; // two days: which one dates the episode is not told
            }
            boolean stamp = OneEpisodeValues.isLabelled(source, i);
            labelled |= stamp;
            titled |= inTitle && !stamp;
            if (plain == null && named.size() == 1) {
                plain = token;
            }
        }
        return count >= 2 && labelled && titled && days.size() == 1 ? plain : null;
    }

    /** The days a date token may name: two for a numeric date that reads either way. */
    private static Set<LocalDate> daysOf(Token token) {
        Set<LocalDate> days = new HashSet<>();
        add(days, ReleaseDates.of(token, DateOrder.DAY_MONTH_YEAR, Optional.empty()));
        if (token.getType() == EpisodePageLexer.NUMERIC_DATE) {
            add(days, ReleaseDates.of(token, DateOrder.MONTH_DAY_YEAR, Optional.empty()));
        }
        return days;
    }

    private static void add(Set<LocalDate> days, Optional<LocalDate> day) {
        day.ifPresent(days::add);
    }
}
