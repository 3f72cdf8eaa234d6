package dev.showpage.internal.episode;

import dev.showpage.DateOrder;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.ValueLabels;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The day of the edition a page read as one episode is about, where a heading names it with a
 * programme's noun ({@code Show, Sendung vom 14.12.2015: Title}, {@code Émission du 2 octobre
 * 2021}, {@code Puntata del 3 marzo 2024 - Title}, {@code Uitzending van 5 mei 2023}): a blog post
 * or an article that reviews the edition went up on a later day, and the edition's day, not the
 * post's, is the episode's date.
 *
 * <p>Only the page's heading is read: its first two lines with text (a title, or a date or stamp
 * line and the title under it). Further down, such a field names another edition as often: the next
 * one, a repeat, one to catch up on, one to see as well. In the heading too, a label led by a word
 * of those ({@code Vorschau: Sendung vom}, {@code In replica - puntata del}) is left. The label
 * opens its field (at the line's start or after a comma, colon, dash, pipe or bullet) and the date
 * closes one (a colon, dash, pipe, bullet, stop or the line's end follows), so that prose that
 * recalls another edition ("wie in der Sendung vom 3. März 2024 gesagt") dates nothing; a heading
 * that names two different days this way gives none.
 */
public final class BroadcastDates {

    /** How many lines with text the heading of a page spans: a title and the line above it. */
    private static final int HEADING_LINES = 2;

    /**
     * The words that lead a field naming another edition than the page's, lower case, in the seven
     * languages: the UI words of broadcasters' pages for the next airing ("Vorschau", "Prochaine",
     * "Next"), an earlier one ("Previously", "Zuletzt"), a repeat ("Wiederholung", "Rediffusion",
     * "In replica") and catch-up or see-also links ("Terugkijken", "Ver también", "See also").
     */
    private static final Set<String> OTHER_EDITION_WORDS =
            Set.of(
                    // English
                    "next",
                    "upcoming",
                    "previous",
                    "previously",
                    "earlier",
                    "last",
                    "repeat",
                    "rerun",
                    "replay",
                    "also",
                    "catch-up",
                    "related",
                    // German
                    "vorschau",
                    "nächste",
                    "nächsten",
                    "demnächst",
                    "vorherige",
                    "letzte",
                    "zuletzt",
                    "wiederholung",
                    "auch",
                    "nachhören",
                    // French
                    "prochaine",
                    "prochain",
                    "précédente",
                    "précédent",
                    "dernière",
                    "rediffusion",
                    "aussi",
                    "revoir",
                    "réécouter",
                    // Spanish
                    "próximo",
                    "próxima",
                    "anterior",
                    "repetición",
                    "reposición",
                    "también",
                    // Italian
                    "prossima",
                    "prossimo",
                    "precedente",
                    "scorsa",
                    "replica",
                    "anche",
                    "rivedi",
                    // Portuguese
                    "seguinte",
                    "reprise",
                    "também",
                    "reveja",
                    // Dutch
                    "volgende",
                    "vorige",
                    "herhaling",
                    "terugkijken",
                    "terugluisteren",
                    "ook",
                    "eerder");

    private BroadcastDates() {}

    /** The edition's full date token, or null. */
    public static Token of(SourceText source) {
        Token found = null;
        int headingLines = 0;
        boolean text = false;
        for (int i = 0, n = source.tokenCount(); i + 1 < n && headingLines < HEADING_LINES; i++) {
            Token label = source.token(i);
            if (label.getType() == EpisodePageLexer.NL) {
                headingLines += text ? 1 : 0;
                text = false;
                continue;
            }
            text = true;
            if (label.getType() != EpisodePageLexer.PUBLISHED || !isProgrammeLabel(label)) {
                continue;
            }
            Token date = source.token(i + 1);
            if (!LoneDates.isFullDate(date.getType())
                    || !opensField(i == 0 ? null : source.token(i - 1))
                    || !closesField(i + 2 < n ? source.token(i + 2) : null)
                    || ledByOtherEdition(source, i)) {
                continue;
            }
            if (found != null && !sameDay(found, date)) {
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

    static boolean closesField(Token after) {
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

    /** Whether a word leads a field naming another edition than the page's ("Vorschau", "next"). */
    static boolean isOtherEditionWord(String word) {
        return OTHER_EDITION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether one of the two words before the label's separator says another edition's. */
    private static boolean ledByOtherEdition(SourceText source, int label) {
        for (int at = label - 1; at >= 0 && at >= label - 3; at--) {
            Token token = source.token(at);
            if (token.getType() == EpisodePageLexer.NL) {
                return false;
            }
            if (OTHER_EDITION_WORDS.contains(token.getText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Whether two dates name one day ("2.1.2023" and "02.01.2023"); by text where none reads. */
    static boolean sameDay(Token a, Token b) {
        Optional<LocalDate> first = ReleaseDates.of(a, DateOrder.DAY_MONTH_YEAR, Optional.empty());
        Optional<LocalDate> second = ReleaseDates.of(b, DateOrder.DAY_MONTH_YEAR, Optional.empty());
        if (first.isPresent() || second.isPresent()) {
            return first.equals(second);
        }
        return a.getText()
                .toLowerCase(Locale.ROOT)
                .replace(" ", "")
                .equals(b.getText().toLowerCase(Locale.ROOT).replace(" ", ""));
    }
}
