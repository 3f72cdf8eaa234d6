package dev.showpage.internal.generic;

import dev.showpage.internal.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the first lines of a page, its header, say of the show: the name an image caption gives
 * ("cover art for X"), the header line that prints the name the prose gives with a word or two more
 * ("Rotman Visiting Experts" for "Visiting Experts"), and a header line the page names again inside
 * other lines.
 */
final class HeaderLines {

    /** Short lines of text from the top that make the page's header. */
    static final int HEADER_LINES = 8;

    /** Lines from the top in which the page's text is read for the show's name. */
    static final int PROSE_LINES = 400;

    /** Words of a show's name at most. */
    private static final int MAX_WORDS = 6;

    private final LineTable lines;

    HeaderLines(LineTable lines) {
        this.lines = lines;
    }

    /**
     * The show's name as the page's header prints it when a short line above {@code limit} holds
     * the name the prose gives with a word or two more ("Rotman Visiting Experts" where the host
     * says "Visiting Experts"), else {@code name}. The header is the first lines of text.
     */
    String headerLineNaming(String name) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < HEADER_LINES; i++) {
            if (!lines.isNote(i) || !lines.isShort(i)) {
                continue;
            }
            seen++;
            String text = lines.text(i);
            int at = text.indexOf(name);
            int extra = lines.words(i) - name.split(" ").length;
            if (at >= 0
                    && extra > 0
                    && extra <= 2
                    && (at == 0 || text.charAt(at - 1) == ' ')
                    && (at + name.length() == text.length()
                            || text.charAt(at + name.length()) == ' ')
                    && lines.isTitleLike(i)
                    && !lines.isChrome(i)
                    && !lines.endsSentence(i)) {
                return text;
            }
        }
        return name;
    }

    /**
     * The name the first image caption of the page's header, above {@code limit}, gives; its line
     * is used when {@code use}.
     */
    String captionedName(int limit, boolean use) {
        int seen = 0;
        for (int i = 0; i < limit && seen < HEADER_LINES; i++) {
            if (lines.isNote(i) && lines.isShort(i)) {
                seen++;
                String name = TitleText.captionedName(lines.text(i));
                if (name != null) {
                    if (use) {
                        lines.markUsed(i);
                    }
                    return name;
                }
            }
        }
        return null;
    }

    /**
     * A short line of the page's header that the page names again at least twice, inside other
     * lines ("The Bike Shed" over "The Bike Shed on social media" and "On The Bike Shed, hosts
     * ..."), or null.
     */
    String headerNamedAgain(int limit, Set<Integer> titles) {
        int seen = 0;
        for (int i = 0; i < limit && seen < HEADER_LINES; i++) {
            if (!lines.isNote(i) || !lines.isShort(i)) {
                continue;
            }
            seen++;
            if (titles.contains(i)
                    || !lines.isTitleLike(i)
                    || lines.isChrome(i)
                    || lines.endsSentence(i)
                    || lines.words(i) > MAX_WORDS
                    || lines.words(i) < 2) {
                continue;
            }
            String name = lines.text(i);
            List<String> mentioning = new ArrayList<>(2);
            for (int j = 0; j < lines.size() && j < PROSE_LINES && mentioning.size() < 2; j++) {
                if (j != i && !lines.isBlank(j) && mentions(lines.text(j), name)) {
                    mentioning.add(lines.text(j));
                }
            }
            if (mentioning.size() >= 2 && !Names.isPersonIn(name, mentioning)) {
                return name; // not a guest's name over the lines that introduce them
            }
        }
        return null;
    }

    /** Whether {@code text} holds {@code name} as words of its own, with more around it. */
    private static boolean mentions(String text, String name) {
        if (text.length() <= name.length()) {
            return false;
        }
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            int end = at + name.length();
            boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }
}
