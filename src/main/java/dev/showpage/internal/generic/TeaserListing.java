package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * The episodes of a listing printed without blank lines or dates: each a title line over a line of
 * prose, the episode's teaser. Any page of prose has short lines over paragraphs (a headline, a
 * subheading), so the titles must also look alike in one of the two ways listings print them: each
 * teaser cut short ("... and author of..."), or each title opening with the episode's number
 * ("Episode 3: Sara Benincasa", "Folge 12 – ...", "#41: ..."), or each opening with a list marker
 * ("• Title") over a paragraph, maybe past a label line (the series' name). A numbered title is
 * evidence enough that what stands under it may be short, a length line or a credit.
 */
final class TeaserListing {

    /** Titles a listing has at least. */
    private static final int MIN_EPISODES = 3;

    /** Lines with text under a marked title within which its paragraph stands. */
    private static final int MARKED_NOTES_WITHIN = 3;

    /** Words of a listed title at most. */
    private static final int TITLE_MAX_WORDS = 20;

    private final LineTable lines;

    TeaserListing(LineTable lines) {
        this.lines = lines;
    }

    /** The listing's episodes, or none when the page is not such a listing. */
    List<EpisodeBlock> find() {
        List<Integer> cutTeasers = new ArrayList<>();
        List<Integer> numbered = new ArrayList<>();
        List<Integer> marked = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!isListedTitle(i)) {
                continue;
            }
            int next = lines.nextText(i + 1);
            if (next < 0) {
                continue;
            }
            if (lines.isNote(next) && lines.hasProseLength(next) && isCutShort(next)) {
                cutTeasers.add(i);
            }
            if (isMarked(i) && hasParagraphUnder(i)) {
                marked.add(i);
            }
            if (TitleText.opensWithEpisodeNumber(lines.text(i))
                    && !TitleText.opensWithEpisodeNumber(lines.text(next))) {
                // The number is the evidence, so what follows may be short or a length line: a
                // page cut off in its last teaser still lists that episode.
                numbered.add(i);
            }
        }
        List<Integer> titles =
                numbered.size() >= MIN_EPISODES
                        ? numbered
                        : cutTeasers.size() >= MIN_EPISODES
                                ? cutTeasers
                                : marked.size() >= MIN_EPISODES ? marked : List.of();
        List<EpisodeBlock> blocks = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int title = titles.get(k);
            int end = k + 1 < titles.size() ? titles.get(k + 1) : lines.size();
            blocks.add(new EpisodeBlock(title, title, -1, title + 1, end));
        }
        return blocks;
    }

    /** A short title-like line that is no chrome and no sentence. */
    private boolean isListedTitle(int i) {
        if (!lines.isNote(i) || !lines.isShort(i)) {
            return false; // cheap tests first: this runs on every line of a page
        }
        return lines.isTitleLike(i)
                && !lines.isChrome(i)
                && !lines.endsSentence(i)
                && lines.words(i) <= TITLE_MAX_WORDS;
    }

    /** Whether the line opens with a list marker ("• Title", "► Title"). */
    private boolean isMarked(int i) {
        String text = lines.text(i);
        return !TitleText.undecorated(text).equals(text);
    }

    /**
     * Whether a paragraph of prose stands within a few lines under line {@code i} (past a label
     * such as the series' name), before the next marked line.
     */
    private boolean hasParagraphUnder(int i) {
        int next = i;
        for (int seen = 0; seen < MARKED_NOTES_WITHIN; seen++) {
            next = lines.nextText(next + 1);
            if (next < 0 || isMarked(next)) {
                return false;
            }
            if (lines.isNote(next) && lines.hasProseLength(next)) {
                return true;
            }
        }
        return false;
    }

    /** Whether line {@code i} ends cut short: "...", "…", "[...]". */
    private boolean isCutShort(int i) {
        String text = lines.text(i);
        return text.endsWith("...") || text.endsWith("\u2026") || text.endsWith("[...]");
    }
}
