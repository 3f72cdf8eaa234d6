package dev.showpage.internal.text;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * A set of lower-case words that a page's word is looked up in by its core (the word without the
 * punctuation around it, {@link Names#core}), in any case. The builder asks a dozen such sets about
 * nearly every word of a page's prose; lowering each word for each set made a string per question.
 * A word of ASCII letters is looked up where it stands, without a string; any other word is lowered
 * as {@link String#toLowerCase(Locale)} does, since case rules beyond ASCII are not one character
 * to one.
 */
public final class Vocabulary {

    private final Set<String> words;

    /** The ASCII words, by a hash of their characters: an open-addressed table. */
    private final String[] table;

    private final int mask;

    /**
     * The ASCII letters and signs the words start with, as bits (0 to 63, 64 to 127): most words of
     * prose are turned away by their first character, before their core is hashed.
     */
    private long firstLow;

    private long firstHigh;

    /** The length of the longest ASCII word: a longer ASCII core is none of them. */
    private int longestAscii;

    /**
     * The lengths of the ASCII words below 64, as bits: most cores are turned away by their length
     * before they are looked up.
     */
    private long asciiLengths;

    /** Which ASCII characters are letters or digits, the bounds of a word's core. */
    private static final boolean[] ASCII_LETTER_OR_DIGIT = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
    }

    private Vocabulary(Set<String> words) {
        this.words = Set.copyOf(words);
        int size = Integer.highestOneBit(Math.max(words.size(), 1) * 4);
        this.table = new String[size];
        this.mask = size - 1;
        for (String word : this.words) {
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("not in lower case: " + word);
            }
            char first = word.isEmpty() ? 0 : word.charAt(0);
            if (first < 64) {
                firstLow |= 1L << first;
            } else if (first < 128) {
                firstHigh |= 1L << (first - 64);
            }
            if (isAscii(word, 0, word.length())) {
                longestAscii = Math.max(longestAscii, word.length());
                if (word.length() < 64) {
                    asciiLengths |= 1L << word.length();
                }
                int slot = spread(hash(word, 0, word.length())) & mask;
                while (table[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                table[slot] = word;
            }
        }
    }

    /** The vocabulary of the space-separated words. */
    public static Vocabulary of(String spaceSeparated) {
        return new Vocabulary(Set.copyOf(Arrays.asList(spaceSeparated.trim().split(" +"))));
    }

    public static Vocabulary of(Set<String> words) {
        return new Vocabulary(words);
    }

    public Set<String> words() {
        return words;
    }

    /** Whether {@code lower}, a word already in lower case, is one of the words. */
    public boolean contains(String lower) {
        return words.contains(lower);
    }

    /** Whether the core of {@code raw}, in lower case, is one of the words. */
    public boolean containsCore(String raw) {
        return containsCore(raw, 0);
    }

    /** Whether the core of {@code raw} from {@code from} on, in lower case, is one of the words. */
    public boolean containsCore(String raw, int from) {
        int start = coreStart(raw, from);
        if (start < raw.length() && !mayStartWith(raw.charAt(start))) {
            return false;
        }
        int end = coreEnd(raw, start);
        int length = end - start;
        // One pass for both: whether the core is ASCII, and its hash if it is.
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c >= 0x80) {
                return words.contains(raw.substring(start, end).toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return hasAsciiLength(length) && probe(raw, start, length, hash);
    }

    /**
     * Whether the text from {@code start} to {@code end}, which is all ASCII ({@link #isAscii}), is
     * one of the words in any case.
     */
    public boolean containsAscii(String text, int start, int end) {
        int length = end - start;
        return hasAsciiLength(length) && probe(text, start, length, hash(text, start, end));
    }

    /** Whether an ASCII word of {@code length} characters may be one of the words. */
    private boolean hasAsciiLength(int length) {
        return length < 64 ? (asciiLengths & (1L << length)) != 0 : length <= longestAscii;
    }

    /** Whether the ASCII text of {@code length} from {@code start}, of that hash, is a word. */
    private boolean probe(String text, int start, int length, int hash) {
        int slot = spread(hash) & mask;
        for (String word = table[slot]; word != null; word = table[slot = (slot + 1) & mask]) {
            if (word.length() == length && text.regionMatches(true, start, word, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text from {@code start} to {@code end}, in lower case, is one of the words. */
    public boolean containsRun(String text, int start, int end) {
        if (start >= end || !mayStartWith(text.charAt(start))) {
            return false;
        }
        return isAscii(text, start, end)
                ? containsAscii(text, start, end)
                : words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /**
     * See {@link #containsRun}, for a run that is all ASCII and whose hash in lower case (as {@link
     * #hash} makes it) its reader has made while reading it: the run is not read twice.
     */
    public boolean containsAsciiRun(String text, int start, int end, int lowerHash) {
        if (start >= end || !mayStartWith(text.charAt(start))) {
            return false;
        }
        int length = end - start;
        return hasAsciiLength(length) && probe(text, start, length, lowerHash);
    }

    /** Whether the core of {@code raw}, in lower case, is {@code lower}, a word in ASCII. */
    public static boolean coreIs(String raw, String lower) {
        if (raw.length() < lower.length()) {
            // the core is a part of the word, and no character lowers to more than one ASCII one
            return false;
        }
        int start = coreStart(raw);
        int end = coreEnd(raw, start);
        if (!isAscii(raw, start, end)) {
            return raw.substring(start, end).toLowerCase(Locale.ROOT).equals(lower);
        }
        return end - start == lower.length()
                && raw.regionMatches(true, start, lower, 0, end - start);
    }

    /**
     * Whether a word that starts with {@code c} may be one of the words: an ASCII character must,
     * in lower case, start one of them; any other character may lower to anything.
     */
    private boolean mayStartWith(char c) {
        if (c >= 128) {
            return true;
        }
        char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        return lower < 64
                ? (firstLow & (1L << lower)) != 0
                : (firstHigh & (1L << (lower - 64))) != 0;
    }

    /** Where the core of {@code raw} starts: past what is not a letter or a digit. */
    private static int coreStart(String raw) {
        return coreStart(raw, 0);
    }

    static int coreStart(String raw, int from) {
        int start = from;
        while (start < raw.length() && !isLetterOrDigit(raw.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the core of {@code raw}, which starts at {@code start}, ends (exclusive). */
    static int coreEnd(String raw, int start) {
        int end = raw.length();
        while (end > start && !isLetterOrDigit(raw.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean isLetterOrDigit(char c) {
        return c < 128 ? ASCII_LETTER_OR_DIGIT[c] : Character.isLetterOrDigit(c);
    }

    /** Whether the text from {@code from} to {@code to} is all ASCII. */
    public static boolean isAscii(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** The hash of the ASCII text in lower case (shared with {@link WordClasses}' table). */
    static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            h = 31 * h + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return h;
    }

    /** Spreads a hash's high bits into the low ones a table's mask keeps. */
    static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
