package dev.showpage.internal.episode;

import dev.showpage.internal.episode.ChapterLists.Decision;
import dev.showpage.internal.episode.EpisodeDraft.ChapterItem;
import dev.showpage.internal.episode.EpisodeDraft.ChapterRun;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.session.Columns;
import dev.showpage.internal.session.Diagnostics;
import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.CommonToken;
import org.junit.jupiter.api.BeforeEach;

/**
 * Chapter runs written here for the tests of {@link ChapterLists}, an item per line at column 1
 * unless told, and what it decides of them; diagnostics start afresh for each test.
 */
abstract class ChapterRunFixture {

    static final Optional<Duration> UNKNOWN = Optional.empty();

    Diagnostics diagnostics;
    private int nextLine;

    @BeforeEach
    void freshDiagnostics() {
        diagnostics = new Diagnostics(1000, Columns.of(""));
        nextLine = 1;
    }

    /** An item as the reader makes it: the mark at its line and column, and its title. */
    static ChapterItem at(int line, int column, String mark, String title) {
        CommonToken token = new CommonToken(EpisodePageLexer.TIMESTAMP, mark);
        token.setLine(line);
        token.setCharPositionInLine(column - 1);
        ChapterItem item = new ChapterItem(token, token, false);
        item.title = title;
        return item;
    }

    /** "00:00 Intro" lines: pairs of mark and title, one line each, from the next free line. */
    ChapterRun run(boolean headed, String... marksAndTitles) {
        List<ChapterItem> items = new ArrayList<>();
        for (int i = 0; i < marksAndTitles.length; i += 2) {
            items.add(at(nextLine++, 1, marksAndTitles[i], marksAndTitles[i + 1]));
        }
        nextLine++; // a line of something else between runs
        return new ChapterRun(items, headed);
    }

    Decision decide(Optional<Duration> length, ChapterRun... runs) {
        return ChapterLists.decide(List.of(runs), length, diagnostics);
    }

    static Optional<Duration> minutes(long m) {
        return Optional.of(Duration.ofMinutes(m));
    }

    static Chapter chapter(long start, Long end, String title) {
        return new Chapter(
                Duration.ofSeconds(start),
                Optional.ofNullable(end).map(Duration::ofSeconds),
                title);
    }

    List<Diagnostic> found() {
        return diagnostics.sorted();
    }

    List<String> codes() {
        return found().stream().map(Diagnostic::code).toList();
    }

    static List<Long> starts(Decision decision) {
        return decision.chapters().stream().map(c -> c.start().getSeconds()).toList();
    }

    static List<String> titles(Decision decision) {
        return decision.chapters().stream().map(Chapter::title).toList();
    }
}
