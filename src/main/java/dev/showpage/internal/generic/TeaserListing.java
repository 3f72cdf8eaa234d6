package dev.showpage.internal.generic;

import dev.showpage.internal.text.PlayerWords;
import java.util.ArrayList;
import java.util.List;

/**
 * The episodes of a listing printed without blank lines or dates: each a title line over a line of
 * prose, the episode's teaser. Any page of prose has short lines over paragraphs (a headline, a
 * subheading), so the titles must also look alike in one of the two ways listings print them: each
 * teaser cut short ("... and author of..."), or each title opening with the episode's number
 * ("Episode 3: Sara Benincasa", "Folge 12 – ...", "#41: ..."), or each opening with a list marker
 * ("• Title") over a paragraph, maybe past a label line (the series' name). A numbered title is
 * evidence enough that what stands under it may be short, a length line or a credit. A listing may
 * also end each entry with its player's control on a line of its own ("[ download ]", "Play"): the
 * title over a paragraph after each control opens the next entry.
 */
final class TeaserListing {

    /** Titles a listing has at least. */
    private static final int MIN_EPISODES = 3;

    /** Lines with text under a marked title within which its paragraph stands. */
    private static final int MARKED_NOTES_WITHIN = 3;

    /** Titles a listing separated by player controls has at least, and controls. */
    private static final int MIN_SEPARATED = 2;

    /** Tokens of a control line at most, its break included. */
    private static final int CONTROL_LINE_TOKENS = 10;

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
        List<Integer> carded = new ArrayList<>();
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
                if (lines.isCardField(next)) {
                    carded.add(i); // "• Title" over "05:53|": a card's length under its title
                }
            }
            if (EpisodeNumbers.opensWithEpisodeNumber(lines.text(i))
                    && !EpisodeNumbers.opensWithEpisodeNumber(lines.text(next))) {
                // The number is the evidence, so what follows may be short or a length line: a
                // page cut off in its last teaser still lists that episode.
                numbered.add(i);
            }
        }
        List<Integer> separated = separatedByControls();
        List<Integer> titles =
                numbered.size() >= MIN_EPISODES || countsDownOverProse(numbered)
                        ? numbered
                        : separated.size() >= MIN_SEPARATED
                                ? withNumbered(separated, numbered)
                                : cutTeasers.size() >= MIN_EPISODES
                                        ? cutTeasers
                                        : marked.size() >= MIN_EPISODES
                                                ? marked
                                                : carded.size() >= MIN_SEPARATED
                                                                && carded.size() == marked.size()
                                                        ? carded
                                                        : List.of();
        List<EpisodeBlock> blocks = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int title = titles.get(k);
            int end = k + 1 < titles.size() ? titles.get(k + 1) : lines.size();
            blocks.add(new EpisodeBlock(title, title, -1, title + 1, end));
        }
        return blocks;
    }

    /**
     * Titles of a listing whose entries a player's control line ends ("[ download ]", "Play", "▶"):
     * the first title over a paragraph above the first control, and each title over a paragraph
     * that is the first line after a control. Empty unless the page has two controls at least, each
     * a line of its own.
     */
    private List<Integer> separatedByControls() {
        List<Integer> controls = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.isNote(i)
                    && lines.tokens(i) <= CONTROL_LINE_TOKENS
                    && PlayerWords.isControlLine(lines.text(i))) {
                controls.add(i);
            }
        }
        List<Integer> titles = new ArrayList<>();
        if (controls.size() < MIN_SEPARATED) {
            return titles;
        }
        for (int i = 0; i < controls.get(0); i++) {
            if (isListedTitle(i) && hasProseNext(i)) {
                titles.add(i);
                break;
            }
        }
        for (int control : controls) {
            int next = lines.nextText(control + 1);
            if (next >= 0 && isListedTitle(next) && hasProseNext(next)) {
                titles.add(next);
            }
        }
        return titles;
    }

    /**
     * Whether two numbered titles only count down by one ({@link NumberedPair}), each over a
     * paragraph of prose: a listing of a series' two newest posts.
     */
    private boolean countsDownOverProse(List<Integer> numbered) {
        return NumberedPair.countsDown(numbered.stream().map(lines::text).toList())
                && numbered.stream().allMatch(this::hasProseNext);
    }

    /** The titles with the numbered ones among them, in page order. */
    private static List<Integer> withNumbered(List<Integer> titles, List<Integer> numbered) {
        java.util.TreeSet<Integer> all = new java.util.TreeSet<>(titles);
        all.addAll(numbered);
        return new ArrayList<>(all);
    }

    /** Whether the first line with text under line {@code i} is a paragraph of prose. */
    private boolean hasProseNext(int i) {
        int next = lines.nextText(i + 1);
        return next >= 0 && lines.isNote(next) && lines.hasProseLength(next);
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
