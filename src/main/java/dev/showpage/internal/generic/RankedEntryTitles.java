package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * A ranked list of recommended episodes, as newspapers print their "best podcasts": each entry
 * opens with its rank and the show's name ("1 The Harbour Hour", "2 Night Kitchen"), and the
 * episode the list recommends stands alone on the line under it. The line chosen as the entry's
 * title is then the rank line, and the title is the line under it.
 *
 * <p>An episode's number opens its title too ("112 The Harbour"), with a subtitle under it at
 * times; but a listing's numbers run down, or start far from one. So only ranks that run 1, 2, 3 in
 * the listing's order, on two entries at least, are taken for a ranked list.
 */
final class RankedEntryTitles {

    /** Ranked entries of a list at least. */
    private static final int MIN_RANKED = 2;

    private final LineTable lines;

    RankedEntryTitles(LineTable lines) {
        this.lines = lines;
    }

    /** The blocks with each ranked entry's title moved to the line under its rank line. */
    List<EpisodeBlock> moved(List<EpisodeBlock> blocks) {
        int ranked = 0;
        for (int k = 0; k < blocks.size(); k++) {
            int rank = rank(blocks.get(k).title());
            if (rank > 0 && rank != k + 1) {
                return blocks; // not the listing's order: an episode's number
            }
            ranked += rank > 0 ? 1 : 0;
        }
        if (ranked < MIN_RANKED) {
            return blocks;
        }
        List<EpisodeBlock> result = new ArrayList<>(blocks.size());
        for (EpisodeBlock block : blocks) {
            boolean plain = !block.oneLine() && !block.showFirst() && block.segment() < 0;
            int under = plain && rank(block.title()) > 0 ? titleUnder(block) : -1;
            if (under < 0) {
                result.add(block);
                continue;
            }
            lines.markUsed(block.title()); // the rank and the show: not the episode's notes
            result.add(new EpisodeBlock(block.start(), under, -1, under + 1, block.notesTo()));
        }
        return result;
    }

    /** The rank a line opens with ("3 Night Kitchen": 3), or 0 for a line that opens otherwise. */
    private int rank(int i) {
        if (i < 0 || !lines.isNote(i)) {
            return 0;
        }
        List<Token> tokens = lines.lineTokens(i);
        if (tokens.size() < 2
                || tokens.get(0).getType() != EpisodePageLexer.NUMBER
                || tokens.get(0).getText().length() > 2
                || tokens.get(1).getType() != EpisodePageLexer.WORD) {
            return 0;
        }
        return Integer.parseInt(tokens.get(0).getText());
    }

    /**
     * The line under a rank line that titles the entry: standing alone between blank lines, short,
     * title-like, no chrome and not prose, with a paragraph under it; or -1.
     */
    private int titleUnder(EpisodeBlock block) {
        int rankLine = block.title();
        int under = lines.nextText(rankLine + 1);
        if (under < 0
                || under >= block.notesTo()
                || !lines.isBlank(rankLine + 1)
                || under + 1 >= lines.size()
                || !lines.isBlank(under + 1)
                || !lines.isNote(under)
                || !lines.isShort(under)
                || lines.hasProseLength(under)
                || !lines.isTitleLike(under)
                || lines.isChrome(under)) {
            return -1;
        }
        int paragraph = lines.nextText(under + 1);
        return paragraph >= 0 && paragraph < block.notesTo() && lines.hasProseLength(paragraph)
                ? under
                : -1;
    }
}
