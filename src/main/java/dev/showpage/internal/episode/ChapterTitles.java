package dev.showpage.internal.episode;

import dev.showpage.internal.session.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The titles of a run's chapters without what the page put around them: the separators left over
 * from the time mark, and track numbers that count up through the run (the rule "Titles" of {@link
 * ChapterLists}).
 */
final class ChapterTitles {

    // "1. ", "01. ", "3) ", "1 - ", "01 – ": a track number and its separator.
    private static final Pattern TRACK_NUMBER =
            Pattern.compile("^(\\d{1,3})(?:[.)]|\\s*[-\u2013\u2014\uFF0D])\\s+(?=\\S)");
    // Separators that stand alone, a blank after them at the start or before them at the end.
    // "/" between the chapters of a list run into one line ("00:00 Intro / 04:30 Knots").
    private static final String DASHES = "-\u2013\u2014\uFF0D|~\u2022\u00B7>\u00BB\u2192=/";
    // Separators between the items of a list run into prose ("topic (5:09); topic (25:11)"): no
    // title in any language opens with one standing alone, so at a title's start, a blank after
    // it, it is the list's, not the title's (";-) smileys" keeps its own).
    private static final String LIST_SEPARATORS = ";,";

    private ChapterTitles() {}

    /** Cuts track numbers when every entry has one and they count up by one. */
    static void cutTrackNumbers(List<ChapterEntry> entries) {
        List<ChapterEntry> titled = new ArrayList<>();
        for (ChapterEntry entry : entries) {
            if (!entry.title.isEmpty()) {
                titled.add(entry);
            }
        }
        if (titled.size() < 2) {
            return;
        }
        List<String> cut = new ArrayList<>();
        long expected = -1;
        for (ChapterEntry entry : titled) {
            Matcher m = TRACK_NUMBER.matcher(entry.title);
            if (!m.find()) {
                return;
            }
            long number = Long.parseLong(m.group(1));
            if (expected >= 0 && number != expected) {
                return;
            }
            expected = number + 1;
            cut.add(clean(entry.title.substring(m.end())));
        }
        for (int i = 0; i < titled.size(); i++) {
            if (!cut.get(i).isEmpty()) {
                titled.get(i).title = cut.get(i);
            }
        }
    }

    /** Collapses blanks and cuts separators left over from the time mark at either end. */
    static String clean(String title) {
        return clean(title, false);
    }

    /**
     * As {@link #clean(String)}; and, for a title printed before its time ({@code titleFirst}), the
     * dots that lead the eye from it to the time ("Intro ..... 04:30"). After its time, a title's
     * dots are its own ("6:10 And then ...").
     */
    static String clean(String title, boolean titleFirst) {
        if (title == null) {
            return "";
        }
        String t = SourceText.collapse(title);
        boolean changed = true;
        while (changed && !t.isEmpty()) {
            changed = false;
            char first = t.charAt(0);
            int signs = leadingStars(t);
            if (signs > 0) {
                // "*00:00* Intro", "**00:00** - Intro": the emphasis around the time, left over
                t = t.substring(signs).strip();
                changed = true;
                continue;
            }
            if (Character.getType(first) == Character.END_PUNCTUATION
                    || first == ':'
                    || (LIST_SEPARATORS.indexOf(first) >= 0
                            && (t.length() == 1 || t.charAt(1) == ' '))
                    || (DASHES.indexOf(first) >= 0 && (t.length() == 1 || t.charAt(1) == ' '))) {
                t = t.substring(1).strip();
                changed = true;
                continue;
            }
            int leader = titleFirst ? leaderDots(t) : -1;
            if (leader >= 0) {
                // "Intro ..... 04:30": the dots that lead the eye from a title to its time
                t = t.substring(0, leader).strip();
                changed = true;
                continue;
            }
            char last = t.charAt(t.length() - 1);
            if (Character.getType(last) == Character.START_PUNCTUATION
                    || last == '<'
                    || last == ':'
                    || LIST_SEPARATORS.indexOf(last) >= 0
                    || (DASHES.indexOf(last) >= 0
                            && (t.length() == 1 || t.charAt(t.length() - 2) == ' '))) {
                t = t.substring(0, t.length() - 1).strip();
                changed = true;
            }
        }
        return t;
    }

    /** How many "*" open the title with a blank or nothing after them; 0 when none do. */
    private static int leadingStars(String t) {
        int n = 0;
        while (n < t.length() && t.charAt(n) == '*') {
            n++;
        }
        return n > 0 && (n == t.length() || t.charAt(n) == ' ') ? n : 0;
    }

    /**
     * Where a run of two or more dots (or an ellipsis) that ends the title starts, when a blank
     * stands before it ("Intro .....", "Intro …"); -1 otherwise ("Intro...", the title's own).
     */
    private static int leaderDots(String t) {
        int i = t.length();
        while (i > 0 && (t.charAt(i - 1) == '.' || t.charAt(i - 1) == '\u2026')) {
            i--;
        }
        int dots = t.length() - i;
        boolean leader = dots >= 2 || (dots == 1 && t.charAt(i) == '\u2026');
        return leader && i > 0 && t.charAt(i - 1) == ' ' ? i - 1 : -1;
    }
}
