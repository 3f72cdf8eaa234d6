package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * Listings that print each episode's show before and after its title ("The Harbour Show / Lamps at
 * low tide / The Harbour Show"), as directories of several shows do: the line chosen as an
 * episode's title may be the second print of the show's name, and the title is then the line
 * between the two prints. Both prints name the episode's show, and are not its notes.
 */
final class TitleBetweenPrints {

    private final LineTable lines;

    TitleBetweenPrints(LineTable lines) {
        this.lines = lines;
    }

    /**
     * The blocks with each title that stands under the same line as two lines up moved to the line
     * between; the block then starts at the first print, and the block before ends there.
     */
    List<EpisodeBlock> moved(List<EpisodeBlock> blocks) {
        List<EpisodeBlock> result = new ArrayList<>(blocks.size());
        for (int k = 0; k < blocks.size(); k++) {
            EpisodeBlock block = blocks.get(k);
            int floor =
                    k == 0 ? -1 : Math.max(blocks.get(k - 1).title(), blocks.get(k - 1).start());
            int between = between(block.title(), floor);
            if (between < 0 || block.release() >= 0 && block.release() < block.title()) {
                result.add(block);
                continue;
            }
            int first = lines.previousText(between - 1, floor);
            lines.markUsed(first);
            lines.markUsed(block.title());
            if (!result.isEmpty()) {
                EpisodeBlock before = result.remove(result.size() - 1);
                result.add(
                        new EpisodeBlock(
                                before.start(),
                                before.title(),
                                before.release(),
                                before.notesFrom(),
                                Math.min(before.notesTo(), first),
                                before.show()));
            }
            result.add(
                    new EpisodeBlock(
                            Math.min(first, block.start()),
                            between,
                            block.release(),
                            block.notesFrom(),
                            block.notesTo(),
                            first));
        }
        return result;
    }

    /**
     * The line between two prints of line {@code second} ("Show / Title / Show"), above it and
     * after {@code floor}; -1 when line {@code second} is not printed again two lines up, or the
     * line between is no title.
     */
    int between(int second, int floor) {
        if (second < 0 || !lines.isNote(second) || !lines.isShort(second)) {
            return -1;
        }
        int between = lines.previousText(second - 1, floor);
        int first = between < 0 ? -1 : lines.previousText(between - 1, floor);
        if (first < 0 || !lines.text(first).equals(lines.text(second))) {
            return -1;
        }
        return lines.isTitleLike(between)
                        && !lines.isChrome(between)
                        && !lines.text(between).equals(lines.text(second))
                ? between
                : -1;
    }
}
