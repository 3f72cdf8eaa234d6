package dev.showpage.internal.episode;

import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.ValueLabels;
import java.util.Locale;
import org.antlr.v4.runtime.Token;

/**
 * The day of the edition a page read as one episode is about, where a heading names it with a
 * programme's noun ({@code Show, Sendung vom 14.12.2015: Title}, {@code Émission du 2 octobre
 * 2021}, {@code Puntata del 3 marzo 2024 - Title}, {@code Uitzending van 5 mei 2023}): a blog post
 * or an article that reviews the edition went up on a later day, and the edition's day, not the
 * post's, is the episode's date.
 *
 * <p>The label opens its field (at the line's start or after a comma, colon, dash, pipe or bullet)
 * and the date closes one (a colon, dash, pipe, bullet, stop or the line's end follows), so that
 * prose that recalls another edition ("wie in der Sendung vom 3. März 2024 gesagt") dates nothing;
 * a page that names two different editions this way gives none.
 */
public final class BroadcastDates {

    private BroadcastDates() {}

    /** The edition's full date token, or null. */
    public static Token of(SourceText source) {
        Token found = null;
        for (int i = 0, n = source.tokenCount(); i + 1 < n; i++) {
            Token label = source.token(i);
            if (label.getType() != EpisodePageLexer.PUBLISHED || !isProgrammeLabel(label)) {
                continue;
            }
            Token date = source.token(i + 1);
            if (!LoneDates.isFullDate(date.getType())
                    || !opensField(i == 0 ? null : source.token(i - 1))
                    || !closesField(i + 2 < n ? source.token(i + 2) : null)) {
                continue;
            }
            if (found != null && !sameText(found, date)) {
                return null; // two editions: which one the page is about is not told
            }
            found = found == null ? date : found;
        }
        return found;
    }

    /** "Sendung vom", "émission du": a programme's noun, which labels only before a preposition. */
    private static boolean isProgrammeLabel(Token label) {
        String text = label.getText().trim();
        int space = text.indexOf(' ');
        return space > 0 && ValueLabels.onlyBeforePreposition(text.substring(0, space));
    }

    private static boolean opensField(Token before) {
        if (before == null) {
            return true;
        }
        int type = before.getType();
        return type == EpisodePageLexer.NL
                || type == EpisodePageLexer.COMMA
                || type == EpisodePageLexer.COLON
                || type == EpisodePageLexer.DASH
                || type == EpisodePageLexer.PIPE
                || type == EpisodePageLexer.BULLET;
    }

    private static boolean closesField(Token after) {
        if (after == null) {
            return true;
        }
        int type = after.getType();
        return type == Token.EOF
                || type == EpisodePageLexer.NL
                || type == EpisodePageLexer.COLON
                || type == EpisodePageLexer.DASH
                || type == EpisodePageLexer.PIPE
                || type == EpisodePageLexer.BULLET
                || (type == EpisodePageLexer.STOP && after.getText().equals("."));
    }

    private static boolean sameText(Token a, Token b) {
        return a.getText()
                .toLowerCase(Locale.ROOT)
                .replace(" ", "")
                .equals(b.getText().toLowerCase(Locale.ROOT).replace(" ", ""));
    }
}
