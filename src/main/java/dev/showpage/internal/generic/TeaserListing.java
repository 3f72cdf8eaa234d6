package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;

/**
 * The episodes of a listing printed without blank lines or dates: each a title line over a line of
 * prose, the episode's teaser. Any page of prose has short lines over paragraphs (a headline, a
 * subheading), so the titles must also look alike in one of the two ways listings print them: each
 * teaser cut short ("... and author of..."), or each title opening with the episode's number
 * ("Episode 3: Sara Benincasa", "Folge 12 – ...", "#41: ...").
 */
final class TeaserListing {

    /** Titles a listing has at least. */
    private static final int MIN_EPISODES = 3;

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
        for (int i = 0; i < lines.size(); i++) {
            if (!isTitleOverTeaser(i)) {
                continue;
            }
            if (isCutShort(lines.nextText(i + 1))) {
                cutTeasers.add(i);
            }
            if (TitleText.opensWithEpisodeNumber(lines.text(i))) {
                numbered.add(i);
            }
        }
        List<Integer> titles =
                numbered.size() >= MIN_EPISODES
                        ? numbered
                        : cutTeasers.size() >= MIN_EPISODES ? cutTeasers : List.of();
        List<EpisodeBlock> blocks = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int title = titles.get(k);
            int end = k + 1 < titles.size() ? titles.get(k + 1) : lines.size();
            blocks.add(new EpisodeBlock(title, title, -1, title + 1, end));
        }
        return blocks;
    }

    /** A short title-like line with a line of prose right under it. */
    private boolean isTitleOverTeaser(int i) {
        if (!lines.isNote(i) || !lines.isShort(i)) {
            return false; // cheap tests first: this runs on every line of a page
        }
        if (!lines.isTitleLike(i)
                || lines.isChrome(i)
                || lines.endsSentence(i)
                || lines.words(i) > TITLE_MAX_WORDS) {
            return false;
        }
        int next = lines.nextText(i + 1);
        return next >= 0 && lines.isNote(next) && lines.hasProseLength(next);
    }

    /** Whether line {@code i} ends cut short: "...", "…", "[...]". */
    private boolean isCutShort(int i) {
        String text = lines.text(i);
        return text.endsWith("...") || text.endsWith("\u2026") || text.endsWith("[...]");
    }
}
