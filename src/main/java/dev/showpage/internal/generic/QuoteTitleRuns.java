package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A line in an episode's notes that is a run of {@link QuoteTitles} glued together ("Ana Lobo (part
 * 2): “...” Ana Lobo (part 1): “...” Jan Smit: “...”"): the links of a listing of other episodes
 * that a copy joined into one line. Each title is an episode of its own, and the episode whose
 * notes held the line ends above it.
 */
final class QuoteTitleRuns {

    /** Titles a run has at least: two glued quotes may be a dialogue, three are a listing. */
    private static final int MIN_TITLES = 3;

    private final LineTable lines;

    QuoteTitleRuns(LineTable lines) {
        this.lines = lines;
    }

    /** The blocks with each run of quote titles in their notes split into episodes of their own. */
    List<EpisodeBlock> split(List<EpisodeBlock> blocks) {
        List<EpisodeBlock> result = new ArrayList<>(blocks.size());
        for (EpisodeBlock block : blocks) {
            int run = -1;
            int titles = 0;
            for (int i = Math.max(block.notesFrom(), block.title() + 1); i < block.notesTo(); i++) {
                if (lines.isNote(i) && !lines.isUsed(i)) {
                    titles = runLength(i);
                    if (titles >= MIN_TITLES) {
                        run = i;
                        break;
                    }
                }
            }
            if (run < 0) {
                result.add(block);
                continue;
            }
            result.add(block.endingAt(run));
            for (int k = 0; k < titles; k++) {
                // The last title's notes are what follows the run, up to the next episode.
                int notesTo = k + 1 < titles ? run + 1 : block.notesTo();
                result.add(new EpisodeBlock(run, run, -1, run + 1, notesTo, -1, false, k));
            }
        }
        return result;
    }

    /** The titles line {@code i} runs together, or 0 when it is not a run. */
    private int runLength(int i) {
        if (lines.tokens(i) < MIN_TITLES * 4) {
            return 0; // cheap test first: a run of three titles has a dozen tokens at least
        }
        return QuoteTitles.on(lines.lineTokens(i)).size();
    }

    /** The text of title {@code segment} of run line {@code i}. */
    String title(int i, int segment) {
        QuoteTitles.Span span = QuoteTitles.on(lines.lineTokens(i)).get(segment);
        return lines.source().between(span.first(), span.last());
    }

    /** The first token of title {@code segment} of run line {@code i}. */
    Token first(int i, int segment) {
        return QuoteTitles.on(lines.lineTokens(i)).get(segment).first();
    }
}
