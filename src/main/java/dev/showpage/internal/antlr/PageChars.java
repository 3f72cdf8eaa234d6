package dev.showpage.internal.antlr;

import dev.showpage.internal.text.TextDamage;
import java.nio.CharBuffer;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A page's text as the lexer reads it, ending with a line break, which every line rule needs, and
 * with its damage repaired ({@link TextDamage}: text decoded in the wrong character set, HTML left
 * in it).
 *
 * <p>{@code CharStreams.fromString} would copy a page three or four times (into a char buffer, into
 * bytes, into chars again at the first character past U+00FF), and adding the line break to the
 * string once more. Here a page is copied once, into a char array, which the lexer reads a few
 * percent faster than a string; a page of over a million characters is not copied at all (the lexer
 * reads the caller's string, and a repaired run from a small table beside it), because on a page of
 * 50 MB even one copy is a fifth of the heap the parse needs. The closing line break, when the text
 * has none, is one more character that only this stream holds. Text with a character outside the
 * Basic Multilingual Plane (an emoji), which the lexer must see as one code point and not as two
 * UTF-16 units, is copied into an array of code points, and indexes count code points.
 *
 * <p>A repair writes its characters at the start of the damaged run and fills the rest (U+FFFF, or
 * blanks), so that every token keeps its line and column in the input. {@link #getText} reads the
 * text back as repaired, without the fill that stands for nothing.
 */
final class PageChars implements CharStream, RepairedChars {

    /** Pages up to this length are copied into {@link #chars}. */
    private static final int MAX_COPIED = 1 << 20;

    /** What the lexer reads in the places of a joined fill: see {@link TextDamage.Fill#JOINED}. */
    private static final char JOINED_FILL = '\uFFFF';

    private final String text;

    /** The repaired text and the closing line break, for a page copied as chars; or null. */
    private final char[] chars;

    /** The repaired text's code points and the closing line break, for a page with any; or null. */
    private final int[] points;

    /** The text's length in this stream's indexes, and one more with the closing line break. */
    private final int size;

    private final TextDamage damage;

    /** The repaired runs in this stream's indexes: from, to (exclusive), and how much is read. */
    private final int[] runStart;

    private final int[] runEnd;
    private final int[] runRead;

    /** What the lexer reads in each run, for a page that is not copied; else null. */
    private final String[] runText;

    /** The run the last character read of an uncopied page fell into: the lexer reads onwards. */
    private int cursor;

    private int index;

    /** The texts of short tokens read back, each made once. */
    private final TokenTexts texts;

    private PageChars(String text, boolean addBreak, TextDamage damage) {
        this.text = text;
        this.damage = damage;
        this.texts = new TokenTexts(text.length());
        List<TextDamage.Repair> repairs = damage.repairs();
        int runs = repairs.size();
        runStart = new int[runs];
        runEnd = new int[runs];
        runRead = new int[runs];
        if (hasSurrogates(text)) {
            points = codePoints(text, addBreak, repairs);
            chars = null;
            runText = null;
            size = points.length;
            return;
        }
        points = null;
        size = text.length() + (addBreak ? 1 : 0);
        for (int k = 0; k < runs; k++) {
            TextDamage.Repair r = repairs.get(k);
            runStart[k] = r.start();
            runEnd[k] = r.end();
            runRead[k] = read(r, r.replacement().length());
        }
        if (size <= MAX_COPIED) {
            chars = new char[size];
            text.getChars(0, text.length(), chars, 0);
            if (addBreak) {
                chars[text.length()] = '\n';
            }
            for (TextDamage.Repair r : repairs) {
                lexed(r).getChars(0, r.end() - r.start(), chars, r.start());
            }
            runText = null;
        } else {
            chars = null;
            runText = new String[runs];
            for (int k = 0; k < runs; k++) {
                runText[k] = lexed(repairs.get(k));
            }
        }
    }

    static PageChars of(String text) {
        int length = text.length();
        boolean addBreak = length > 0 && text.charAt(length - 1) != '\n';
        return new PageChars(text, addBreak, TextDamage.find(text));
    }

    @Override
    public TextDamage damage() {
        return damage;
    }

    private static boolean hasSurrogates(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** How many places of a run the text read back keeps: the replacement's, or all of them. */
    private static int read(TextDamage.Repair r, int replacementLength) {
        return r.fill() == TextDamage.Fill.BLANK ? r.end() - r.start() : replacementLength;
    }

    private static char fill(TextDamage.Repair r) {
        return r.fill() == TextDamage.Fill.JOINED ? JOINED_FILL : ' ';
    }

    /** What the lexer reads in a run's places, as UTF-16 units. */
    private static String lexed(TextDamage.Repair r) {
        StringBuilder run = new StringBuilder(r.end() - r.start()).append(r.replacement());
        while (run.length() < r.end() - r.start()) {
            run.append(fill(r));
        }
        return run.toString();
    }

    /** The text's code points, repaired, with the runs in code point indexes. */
    private int[] codePoints(String text, boolean addBreak, List<TextDamage.Repair> repairs) {
        int count = text.codePointCount(0, text.length());
        int[] out = new int[count + (addBreak ? 1 : 0)];
        int unit = 0;
        int point = 0;
        int k = 0;
        while (unit < text.length()) {
            if (k < repairs.size() && repairs.get(k).start() == unit) {
                TextDamage.Repair r = repairs.get(k);
                int start = point;
                String replacement = r.replacement();
                for (int i = 0;
                        i < replacement.length();
                        i += Character.charCount(out[point - 1])) {
                    out[point++] = replacement.codePointAt(i);
                }
                int end = start + text.codePointCount(r.start(), r.end());
                runStart[k] = start;
                runEnd[k] = end;
                runRead[k] = read(r, point - start);
                while (point < end) {
                    out[point++] = fill(r);
                }
                unit = r.end();
                k++;
                continue;
            }
            int cp = text.codePointAt(unit);
            out[point++] = cp;
            unit += Character.charCount(cp);
        }
        if (addBreak) {
            out[point] = '\n';
        }
        return out;
    }

    /** The character (or code point) the lexer reads at {@code i}, which is below {@link #size}. */
    int charAt(int i) {
        if (chars != null) {
            return chars[i];
        }
        if (points != null) {
            return points[i];
        }
        if (i >= text.length()) {
            return '\n';
        }
        int runs = runStart.length;
        if (runs == 0 || i < runStart[0] || i >= runEnd[runs - 1]) {
            return text.charAt(i);
        }
        int k = runAtOrBefore(i);
        return i < runEnd[k] ? runText[k].charAt(i - runStart[k]) : text.charAt(i);
    }

    /** The last run that starts at or before {@code i}, which is not before the first run. */
    private int runAtOrBefore(int i) {
        int k = cursor;
        int runs = runStart.length;
        for (int step = 0; step < 2 && k < runs; step++, k++) {
            if (runStart[k] <= i && (k + 1 == runs || i < runStart[k + 1])) {
                cursor = k;
                return k;
            }
        }
        int found = Arrays.binarySearch(runStart, i);
        cursor = found >= 0 ? found : -found - 2;
        return cursor;
    }

    @Override
    public int LA(int i) {
        if (i > 0) {
            int at = index + i - 1;
            return at < size ? charAt(at) : IntStream.EOF;
        }
        if (i < 0) {
            int at = index + i;
            return at >= 0 ? charAt(at) : IntStream.EOF;
        }
        return 0; // undefined, as in ANTLR's own streams
    }

    @Override
    public void consume() {
        if (index >= size) {
            throw new IllegalStateException("cannot consume EOF");
        }
        index++;
    }

    @Override
    public String getText(Interval interval) {
        return text(interval.a, interval.b);
    }

    /** The text from {@code first} to {@code last} (inclusive), as repaired. */
    String text(int first, int last) {
        int start = Math.min(first, size);
        int end = Math.min(last + 1, size); // exclusive
        if (end <= start) {
            return "";
        }
        if (runStart.length == 0 && points == null) {
            if (end <= text.length()) {
                return texts.of(text, start, end);
            }
            return text.substring(start) + "\n";
        }
        StringBuilder out = new StringBuilder(end - start);
        int k = Arrays.binarySearch(runStart, start);
        k = k >= 0 ? k : Math.max(0, -k - 2);
        int i = start;
        while (i < end) {
            if (k < runStart.length && runEnd[k] <= i) {
                k++;
            } else if (k < runStart.length && runStart[k] <= i) {
                int to = Math.min(end, runEnd[k]);
                append(out, i, Math.min(to, runStart[k] + runRead[k])); // the fill is not read
                i = to;
                k++;
            } else {
                int to = k < runStart.length ? Math.min(end, runStart[k]) : end;
                append(out, i, to);
                i = to;
            }
        }
        return out.toString();
    }

    /**
     * Whether the text read back ({@link #text}) is the characters the lexer reads, one for one, in
     * {@link #chars}: no repaired run, no code point beyond U+FFFF, a page copied.
     */
    boolean readBackAsLexed() {
        return chars != null && points == null && runStart.length == 0;
    }

    /**
     * As {@link #text}, but in place when this stream holds the page's characters as they are read
     * back (no repaired run, no code points): a view of them, which makes no copy.
     */
    CharSequence view(int first, int last) {
        if (!readBackAsLexed()) {
            return text(first, last);
        }
        int start = Math.min(first, size);
        int end = Math.min(last + 1, size); // exclusive
        return end <= start ? "" : CharBuffer.wrap(chars, start, end - start);
    }

    /** Appends what the lexer reads from {@code from} to {@code to}. */
    private void append(StringBuilder out, int from, int to) {
        if (chars != null) {
            out.append(chars, from, Math.max(0, to - from));
        } else if (points != null) {
            for (int i = from; i < to; i++) {
                out.appendCodePoint(points[i]);
            }
        } else {
            for (int i = from; i < to; i++) {
                out.append((char) charAt(i));
            }
        }
    }

    @Override
    public int mark() {
        return -1; // the whole text stays readable: nothing to hold
    }

    @Override
    public void release(int marker) {
        // nothing held
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int index) {
        this.index = Math.min(index, size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }

    @Override
    public String toString() {
        return getText(Interval.of(0, size - 1));
    }
}
