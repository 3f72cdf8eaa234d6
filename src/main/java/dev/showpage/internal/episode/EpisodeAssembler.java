package dev.showpage.internal.episode;

import dev.showpage.DateOrder;
import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.internal.episode.EpisodeDraft.Prose;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.DiagnosticCode;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.internal.session.ParseSession;
import dev.showpage.internal.session.SourceText;
import dev.showpage.internal.text.Counts;
import dev.showpage.internal.text.Dates;
import dev.showpage.internal.text.Durations;
import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.SourcePosition;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.antlr.v4.runtime.Token;

/**
 * Turns what an episode's lines say ({@link EpisodeDraft}) into an {@link Episode}: converts the
 * date, duration and chapter times, resolves who is who ({@link People}), and sorts each URL into a
 * person's links, the episode's links or its promotions ({@link EpisodeLinks}). It only reads the
 * draft.
 */
public final class EpisodeAssembler {

    private final DateOrder dateOrder;
    private final Optional<LocalDate> referenceDate;
    private final Diagnostics diagnostics;
    private final SourceText source;

    /** Whether numeric dates are left for {@link #numericDate}, once the page settles the order. */
    private final boolean numericDatesLater;

    /** The one year the page's header states, or 0: the year of its days written without one. */
    private int statedYear;

    /**
     * @param dateOrder the order of numeric dates on this page: the parser's, or the one the page's
     *     own dates settle
     */
    public EpisodeAssembler(ParseSession session, DateOrder dateOrder) {
        this(session, dateOrder, false);
    }

    private EpisodeAssembler(ParseSession session, DateOrder dateOrder, boolean numericDatesLater) {
        this.source = session.source();
        this.dateOrder = dateOrder;
        this.referenceDate = session.settings().referenceDate();
        this.diagnostics = session.diagnostics();
        this.numericDatesLater = numericDatesLater;
    }

    /**
     * An assembler for a page read card by card, before its last numeric date is seen: episodes
     * come without the day a numeric date gives, which {@link #numericDate} reads once the page has
     * settled the order.
     */
    public static EpisodeAssembler settlingNumericDatesLater(ParseSession session) {
        return new EpisodeAssembler(session, session.settings().dateOrder(), true);
    }

    /** The episode the draft tells of; {@code rank} is its place in the page's list, from 1. */
    public Episode assemble(EpisodeDraft draft, int rank) {
        Optional<LocalDate> released = released(draft.dateToken);
        Optional<Duration> duration = duration(draft);
        OptionalInt listeners =
                draft.listenersToken == null
                        ? OptionalInt.empty()
                        : Counts.ofDigitsIn(draft.listenersToken.getText());

        List<Chapter> chapters = List.of();
        List<Prose> prose = draft.prose();
        if (!draft.chapterRuns().isEmpty()) {
            ChapterLists.Decision decision =
                    ChapterLists.decide(draft.chapterRuns(), duration, diagnostics);
            chapters = decision.chapters();
            prose = withTextOf(decision.rejected(), prose);
        }
        People people = new People(draft, prose);
        EpisodeLinks links = new EpisodeLinks(draft.links(), people);

        return new Episode(
                rank,
                Optional.ofNullable(draft.title),
                Optional.ofNullable(draft.show),
                released,
                duration,
                listeners,
                description(prose),
                people.build(),
                links.links,
                links.promotions,
                chapters,
                new SourcePosition(
                        draft.firstToken.getLine(), diagnostics.column(draft.firstToken)));
    }

    /** The day a date token gives; a token that gives none is reported. */
    private Optional<LocalDate> released(Token date) {
        if (date == null
                || (numericDatesLater && date.getType() == EpisodePageLexer.NUMERIC_DATE)) {
            return Optional.empty();
        }
        return released(date, dateOrder);
    }

    /**
     * The day a numeric date gives in the order the page settled (see {@link
     * #settlingNumericDatesLater}); a date that gives none is reported.
     */
    public Optional<LocalDate> numericDate(Token date, DateOrder order) {
        return released(date, order);
    }

    /**
     * Gives the year the page's header states ("guests from 3 to 6 March 2025"): a day written with
     * its weekday and no year ("Monday, 3 March") is read in it when no reference date is set and
     * the weekday agrees with that year's calendar.
     */
    public void statedYear(int year) {
        this.statedYear = year;
    }

    private Optional<LocalDate> released(Token date, DateOrder dateOrder) {
        if (statedYear > 0
                && referenceDate.isEmpty()
                && date.getType() == EpisodePageLexer.RELATIVE_DATE) {
            Optional<LocalDate> day = Dates.weekdayInYear(date.getText(), statedYear);
            if (day.isPresent()) {
                return day;
            }
        }
        Optional<LocalDate> released = ReleaseDates.of(date, dateOrder, referenceDate);
        if (released.isEmpty() && date.getType() == EpisodePageLexer.RELATIVE_DATE) {
            diagnostics.report(
                    DiagnosticCode.RELATIVE_DATE,
                    date,
                    "'"
                            + date.getText()
                            + "' is relative to a day the parser was not given (set a reference"
                            + " date)");
        } else if (released.isEmpty() && date.getType() == EpisodePageLexer.NUMERIC_DATE) {
            diagnostics.report(
                    DiagnosticCode.INVALID_DATE,
                    date,
                    "'" + date.getText() + "' is not a date in " + dateOrder + " order");
        } else if (released.isEmpty()) {
            diagnostics.report(
                    DiagnosticCode.INVALID_DATE,
                    date,
                    "'" + date.getText() + "' is not a day of the calendar");
        }
        return released;
    }

    /** The amounts the episode's lines give, or else the player's remaining time. */
    private Optional<Duration> duration(EpisodeDraft draft) {
        Optional<Duration> duration =
                draft.playerLength != null && draft.durationTokens.isEmpty()
                        ? Durations.timestamp(draft.playerLength.getText())
                        : Durations.total(texts(draft.durationTokens));
        if (duration.isEmpty() && !draft.durationTokens.isEmpty()) {
            diagnostics.report(
                    DiagnosticCode.INVALID_DURATION,
                    draft.durationTokens.get(0),
                    "the duration is too large to be an episode's length");
        }
        if (duration.isPresent() && duration.get().isZero() && draft.durationTokens.isEmpty()) {
            // A player scraped before its file loaded shows "0:00 / 0:00": its zero is the
            // player's, not the episode's. A labelled "Duration: 0:00" is the page's own word
            // and is kept, as the peers' duration suites read it.
            diagnostics.report(
                    DiagnosticCode.EMPTY_DURATION,
                    draft.playerLength,
                    "a player's length of zero is an empty player's, not the episode's: no"
                            + " length is set");
            return Optional.empty();
        }
        return duration;
    }

    private static List<String> texts(List<Token> tokens) {
        List<String> texts = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            texts.add(token.getText());
        }
        return texts;
    }

    /** Pieces of one line are joined by a space, lines by a line break. */
    private static Optional<String> description(List<Prose> prose) {
        if (prose.isEmpty()) {
            return Optional.empty();
        }
        // made at its length: grown as it was, it was copied twice over on a long description
        int length = prose.size() - 1;
        for (Prose piece : prose) {
            length += piece.text().length();
        }
        StringBuilder text = new StringBuilder(length);
        int line = -1;
        for (Prose piece : prose) {
            if (text.length() > 0) {
                text.append(piece.at().getLine() == line ? " " : "\n");
            }
            text.append(piece.text());
            line = piece.at().getLine();
        }
        return Optional.of(text.toString());
    }

    /** The prose with the text of the chapter runs that are no list back where it stood. */
    private List<Prose> withTextOf(List<ChapterRun> rejected, List<Prose> prose) {
        if (rejected.isEmpty()) {
            return prose;
        }
        List<Prose> all = new ArrayList<>(prose);
        for (ChapterRun run : rejected) {
            for (ChapterItem item : run.items()) {
                all.add(new Prose(item.first, source.between(item.first, item.last)));
            }
        }
        all.sort(Comparator.comparingLong(p -> EpisodeDraft.order(p.at())));
        return all;
    }
}
