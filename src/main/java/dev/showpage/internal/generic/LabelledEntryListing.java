package dev.showpage.internal.generic;

import dev.showpage.internal.grammar.EpisodePageLexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * The entries of a list of recommended series or episodes where each entry prints, right under its
 * title, a label line that every entry repeats: a genre line ("Dutch – travel", "Deutsch –
 * Geschichte"), a fact line opened by the same sign and word ("📐 Format: interview"), an empty
 * player ("0:00 / 0:00"). The label's opening, the text before its first separator, is the same in
 * each entry while the titles differ; the line over each first label is the entry's title, and the
 * entry runs to the next title. Titles may be in sentence case, as most languages write them.
 *
 * <p>A page of one episode prints such labels too (a show line under the title, the related
 * episodes' cards under it); so each entry must hold a paragraph, save a last one that a copy cut
 * short among its labels.
 */
final class LabelledEntryListing {

    /** Entries of a listing at least. */
    private static final int MIN_ENTRIES = 2;

    private final LineTable lines;

    LabelledEntryListing(LineTable lines) {
        this.lines = lines;
    }

    /** The listing's entries, or none when no label opens the lines under two titles. */
    List<EpisodeBlock> find() {
        Map<String, Integer> keyCounts = new HashMap<>();
        for (int i = lines.nextText(0); i >= 0; i = lines.nextText(i + 1)) {
            String key = labelKey(i);
            if (key != null) {
                keyCounts.merge(key, 1, Integer::sum);
            }
        }
        Map<String, List<Integer>> titlesByLabel = new HashMap<>();
        for (int i = lines.nextText(0); i >= 0; i = lines.nextText(i + 1)) {
            int label = lines.nextText(i + 1);
            String key = label < 0 ? null : labelKey(label);
            if (key != null && keyCounts.get(key) >= MIN_ENTRIES && isTitle(i, keyCounts)) {
                titlesByLabel.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<Integer> titles = List.of();
        for (Map.Entry<String, List<Integer>> entry : titlesByLabel.entrySet()) {
            List<Integer> candidate = entry.getValue();
            if (keyCounts.get(entry.getKey()) != candidate.size()) {
                continue; // a label each entry prints once; a speaker's turns repeat theirs
            }
            if (candidate.size() > titles.size()) {
                titles = candidate;
            } else if (candidate.size() == titles.size()) {
                titles = List.of(); // two labels mark as many entries: which one does is unclear
            }
        }
        List<EpisodeBlock> blocks = new ArrayList<>();
        if (titles.size() < MIN_ENTRIES || !distinct(titles) || !eachHasParagraph(titles)) {
            return blocks;
        }
        List<Integer> others = otherEntries(titles);
        if (!others.isEmpty()) {
            titles = new ArrayList<>(titles);
            titles.addAll(others);
            titles.sort(null);
        }
        for (int k = 0; k < titles.size(); k++) {
            int title = titles.get(k);
            int end = k + 1 < titles.size() ? titles.get(k + 1) : lines.size();
            blocks.add(new EpisodeBlock(title, title, -1, title + 1, end));
        }
        return blocks;
    }

    /**
     * A title: short, title-like, no chrome, not closed by a full stop, and not a label itself (its
     * opening is not one that other lines repeat).
     */
    private boolean isTitle(int i, Map<String, Integer> keyCounts) {
        if (!Headlines.isHeadline(lines, i)) {
            return false;
        }
        String key = labelKey(i);
        return key == null || keyCounts.get(key) < MIN_ENTRIES;
    }

    /**
     * The opening a label line shares with the labels of other entries: its text before its first
     * separator, or all of it; null for a line that is no label (prose, a chapter's time, a
     * person's field such as "Host: Mara Quill", which an episode prints and not an entry).
     */
    private String labelKey(int i) {
        if (!lines.isShort(i) || lines.hasProseLength(i)) {
            return null;
        }
        if (isPlayer(i)) {
            return PLAYER;
        }
        if (!lines.isNote(i) || lines.hasChapterLine(i, i + 1)) {
            return null;
        }
        String text = lines.text(i);
        String opening = opening(text);
        return PersonFields.isPersonField(opening, text) ? null : opening;
    }

    /** The key of every player line: their times differ from entry to entry. */
    private static final String PLAYER = "0:00 / 0:00";

    /**
     * Whether the line is a player's: two times with a slash between them ("0:00 / 0:00", "12:05 /
     * 47:30"), where a player prints where it is and how long it plays. A time alone or a length
     * alone is a chapter's start or a section's length, which a page of one episode prints under
     * each of its headings.
     */
    private boolean isPlayer(int i) {
        int times = 0;
        boolean slash = false;
        for (Token token : lines.lineTokens(i)) {
            String text = token.getText();
            if (token.getType() == EpisodePageLexer.TIMESTAMP && times == (slash ? 1 : 0)) {
                times++;
            } else if (text.equals("/") && times == 1 && !slash) {
                slash = true;
            } else if (!text.isBlank()) {
                return false;
            }
        }
        return times == 2 && slash;
    }

    /** The text before the first separator (":", "|", "/", a dash between spaces), or all of it. */
    static String opening(String text) {
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            boolean separator =
                    c == ':'
                            || c == '|'
                            || c == '/'
                            || c == '\u2013'
                            || c == '\u2014'
                            || c == '-'
                                    && k > 0
                                    && text.charAt(k - 1) == ' '
                                    && k + 1 < text.length()
                                    && text.charAt(k + 1) == ' ';
            if (separator) {
                String opening = text.substring(0, k).strip();
                return opening.isEmpty() ? text : opening;
            }
        }
        return text;
    }

    private boolean distinct(List<Integer> titles) {
        Set<String> seen = new HashSet<>();
        for (int title : titles) {
            if (!seen.add(lines.text(title))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The entries under another label that stand past an entry's paragraph ("Title / Magazine /
     * paragraph" after two "Title / Report / paragraph"): the label does not mark every entry, but
     * a heading over a label line over a paragraph is an entry all the same, and its label is no
     * title.
     */
    private List<Integer> otherEntries(List<Integer> titles) {
        List<Integer> others = new ArrayList<>();
        for (int k = 0; k < titles.size(); k++) {
            int end = k + 1 < titles.size() ? titles.get(k + 1) : lines.size();
            boolean pastParagraph = false;
            for (int i = lines.nextText(titles.get(k) + 1);
                    i >= 0 && i < end;
                    i = lines.nextText(i + 1)) {
                if (pastParagraph && Headlines.isHeading(lines, i)) {
                    int label = lines.nextText(i + 1);
                    int paragraph = label < 0 ? -1 : lines.nextText(label + 1);
                    if (label >= 0
                            && label < end
                            && labelKey(label) != null
                            && paragraph >= 0
                            && paragraph < end
                            && lines.hasProseLength(paragraph)) {
                        others.add(i);
                        pastParagraph = false;
                        continue;
                    }
                }
                pastParagraph |= lines.hasProseLength(i);
            }
        }
        return others;
    }

    /**
     * Whether each entry holds a paragraph; the last one may be cut off among its labels, when it
     * has no more lines than the entry before it has labels over its paragraph.
     */
    private boolean eachHasParagraph(List<Integer> titles) {
        for (int k = 0; k + 1 < titles.size(); k++) {
            if (!lines.hasParagraph(titles.get(k) + 1, titles.get(k + 1))) {
                return false;
            }
        }
        int last = titles.get(titles.size() - 1);
        return lines.hasParagraph(last + 1, lines.size())
                || textLines(last + 1, lines.size()) <= labelsOver(titles.get(titles.size() - 2));
    }

    /** Lines with text from the entry's title down to its first paragraph, its title left out. */
    private int labelsOver(int title) {
        int labels = 0;
        for (int i = lines.nextText(title + 1);
                i >= 0 && !lines.hasProseLength(i);
                i = lines.nextText(i + 1)) {
            labels++;
        }
        return labels;
    }

    private int textLines(int from, int to) {
        int count = 0;
        for (int i = lines.nextText(from); i >= 0 && i < to; i = lines.nextText(i + 1)) {
            count++;
        }
        return count;
    }
}
