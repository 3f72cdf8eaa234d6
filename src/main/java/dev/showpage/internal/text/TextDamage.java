package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Damage a scraper leaves in a page's text, found in one pass: UTF-8 decoded in the wrong character
 * set ({@link Mojibake}) and HTML markup left in the text ({@link HtmlRemnants}).
 *
 * <p>A repair never moves text: it replaces a run of the input by text no longer than the run, and
 * says what fills the rest, so that every character after it keeps its line and column. The lexer
 * reads the repaired characters; what reads the text back drops the fill. A page without damage
 * costs one scan of its characters, most of which are ASCII and need a compare or two.
 */
public final class TextDamage {

    /** What kind of damage a repair undoes. */
    public enum Kind {
        MOJIBAKE,
        HTML_REMNANT
    }

    /** What stands in the places of a run that its replacement leaves over. */
    public enum Fill {
        /**
         * U+FFFF, which the lexer skips as a blank between tokens and takes as part of a word
         * inside one, and which the text read back drops: the repaired character continues its
         * word.
         */
        JOINED,
        /** A blank to the lexer, nothing in the text read back: an inline tag, a comment. */
        SILENT,
        /** A blank, in the text read back too: a tag that breaks a line, attribute residue. */
        BLANK
    }

    /**
     * One run of the input, {@code [start, end)} in UTF-16 units, to read as {@code replacement}
     * followed by {@code fill}; the replacement is never longer than the run.
     */
    public record Repair(Kind kind, int start, int end, String replacement, Fill fill) {
        public Repair {
            Objects.requireNonNull(replacement, "replacement is null");
            if (replacement.length() > end - start) {
                throw new IllegalArgumentException("a replacement longer than its run");
            }
        }
    }

    /**
     * What one line's repairs of one kind come to, for a diagnostic: where the first is (1-based
     * line and column in UTF-16 units), and what the text was and became.
     */
    public record Report(Kind kind, int line, int column, String message) {}

    /** No damage. */
    public static final TextDamage NONE = new TextDamage(List.of(), List.of());

    private final List<Repair> repairs;
    private final List<Report> reports;

    private TextDamage(List<Repair> repairs, List<Report> reports) {
        this.repairs = List.copyOf(repairs);
        this.reports = List.copyOf(reports);
    }

    /** The repairs in text order, none overlapping. */
    public List<Repair> repairs() {
        return repairs;
    }

    /** One report per line and kind, in text order. */
    public List<Report> reports() {
        return reports;
    }

    public boolean isEmpty() {
        return repairs.isEmpty();
    }

    /**
     * The damage of {@code text}, whose lines end at '\n'. Only a line with a character outside
     * ASCII, or with '<' or '>', is looked at more closely.
     */
    public static TextDamage find(String text) {
        List<Repair> repairs = null;
        List<Report> reports = null;
        int line = 1;
        int lineStart = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            } else if (c >= 0x80 || c == '<' || c == '>') {
                int lineEnd = text.indexOf('\n', i);
                if (lineEnd < 0) {
                    lineEnd = length;
                }
                if (repairs == null) {
                    repairs = new ArrayList<>();
                    reports = new ArrayList<>();
                }
                readLine(text, lineStart, lineEnd, line, repairs, reports);
                i = lineEnd - 1; // the loop then meets the line break
            }
        }
        if (repairs == null || repairs.isEmpty()) {
            return NONE;
        }
        return new TextDamage(repairs, reports);
    }

    private static void readLine(
            String text, int from, int to, int line, List<Repair> repairs, List<Report> reports) {
        List<Repair> html = HtmlRemnants.find(text, from, to);
        List<Repair> garbled = Mojibake.find(text, from, to, html);
        if (!html.isEmpty()) {
            reports.add(
                    new Report(
                            Kind.HTML_REMNANT,
                            line,
                            html.get(0).start() - from + 1,
                            HtmlRemnants.describe(text, html)));
        }
        if (!garbled.isEmpty()) {
            reports.add(
                    new Report(
                            Kind.MOJIBAKE,
                            line,
                            garbled.get(0).start() - from + 1,
                            Mojibake.describe(text, from, to, garbled, html)));
        }
        if (html.isEmpty() || garbled.isEmpty()) {
            repairs.addAll(html.isEmpty() ? garbled : html);
            return;
        }
        // Merge the two in text order; they never overlap, as the second skips the first's runs.
        int h = 0;
        int g = 0;
        while (h < html.size() || g < garbled.size()) {
            if (g == garbled.size()
                    || h < html.size() && html.get(h).start() < garbled.get(g).start()) {
                repairs.add(html.get(h++));
            } else {
                repairs.add(garbled.get(g++));
            }
        }
    }

    /**
     * {@code text} cut to {@code max} characters, with "…" where it was cut, and its control
     * characters (the C1 controls of garbled text) written as escapes.
     */
    static String shortened(String text, int max) {
        String cut = text.length() <= max ? text : text.substring(0, max) + "…";
        StringBuilder out = null;
        for (int i = 0; i < cut.length(); i++) {
            char c = cut.charAt(i);
            if (Character.isISOControl(c) && out == null) {
                out = new StringBuilder(cut.length() + 8).append(cut, 0, i);
            }
            if (out != null) {
                if (Character.isISOControl(c)) {
                    out.append(String.format("\\u%04X", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? cut : out.toString();
    }

    /**
     * Whether the lexer takes {@code c} as part of a word (a letter, a digit, an apostrophe, most
     * symbols), so that a repaired character followed by U+FFFF continues its word as it did.
     * Blanks, the punctuation the lexer makes tokens of, and CJK text (a word of its own) do not.
     */
    static boolean joinsWord(int c) {
        if (Blanks.isBlank(c) || c < 0x80 && ":&?.!,-()[]{}\"/|<>*#;".indexOf(c) >= 0) {
            return false;
        }
        if (c == '\u2022' || c == '\u2013' || c == '\u2014' || c == '\u201C' || c == '\u201D') {
            return false;
        }
        if (c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFF65) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script != Character.UnicodeScript.HAN
                && script != Character.UnicodeScript.HIRAGANA
                && script != Character.UnicodeScript.KATAKANA
                && script != Character.UnicodeScript.HANGUL;
    }
}
