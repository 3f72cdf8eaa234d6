package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Words one of which a line must hold for a case-insensitive pattern to match it, found by a plain
 * scan before the pattern runs: a pattern that opens with a lookbehind, or with an alternation of
 * words under {@code (?iu)}, is otherwise tried at every character of every line. A character holds
 * a word's letter as {@code (?iu)} matches it: when both fold to the same letter, upper case then
 * lower ("ſhow" and "SHOW" hold "show", as "İ" holds "i"). Several sets of words may be looked for
 * in one scan ({@link #union}): each word then carries the bit of its set.
 */
final class CueWords {

    /** The words by the first letters they open with, and the bits of their sets. */
    private final List<String[]> words = new ArrayList<>();

    private final List<int[]> bits = new ArrayList<>();

    /** The place in {@link #words} of an ASCII character's words, in either case; else -1. */
    private final int[] asciiSlots = new int[128];

    /** The folded first letters beyond ASCII ("é" of "émission"), by their places. */
    private final StringBuilder otherFirsts = new StringBuilder();

    private final List<Integer> otherSlots = new ArrayList<>();

    /** The words and their bits as arrays, read in the scan. */
    private String[][] wordsBySlot;

    private int[][] bitsBySlot;

    private int[] otherSlotsByPlace;

    private String otherFirstsText;

    /** By slot, the ASCII second letters of its words, as bits. */
    private long[][] seconds;

    /** By slot, whether a word of it has no second letter or one beyond ASCII. */
    private boolean[] anySecond;

    private CueWords() {
        Arrays.fill(asciiSlots, -1);
    }

    /** The words given. */
    static CueWords of(String... words) {
        CueWords cues = new CueWords();
        cues.add(words, 1);
        return cues.sealed();
    }

    /** The words of an alternation of words ("podcast|show|sendung"). */
    static CueWords alternatives(String alternation) {
        return of(alternation.split("\\|"));
    }

    /**
     * The words of the sets, looked for in one scan: set {@code i} found gives bit {@code 1 << i}.
     */
    static CueWords union(CueWords... sets) {
        CueWords cues = new CueWords();
        for (int set = 0; set < sets.length; set++) {
            for (String[] words : sets[set].wordsBySlot) {
                cues.add(words, 1 << set);
            }
        }
        return cues.sealed();
    }

    private void add(String[] given, int bit) {
        List<String> folded = new ArrayList<>();
        for (String word : given) {
            folded.add(folded(word));
        }
        // A word another opens ("program" of "programme") finds the longer one's places too.
        folded.removeIf(w -> folded.stream().anyMatch(o -> !o.equals(w) && w.startsWith(o)));
        for (String word : new LinkedHashSet<>(folded)) {
            int slot = slot(word.charAt(0));
            words.set(slot, append(words.get(slot), word));
            int[] slotBits = Arrays.copyOf(bits.get(slot), bits.get(slot).length + 1);
            slotBits[slotBits.length - 1] = bit;
            bits.set(slot, slotBits);
        }
    }

    /** The place of the words that open with a folded letter, made if new. */
    private int slot(char first) {
        int place = first < 128 ? asciiSlots[first] : otherFirsts.indexOf(String.valueOf(first));
        int slot = first < 128 ? place : place < 0 ? -1 : otherSlots.get(place);
        if (slot >= 0) {
            return slot;
        }
        slot = words.size();
        words.add(new String[0]);
        bits.add(new int[0]);
        if (first < 128) {
            asciiSlots[first] = slot;
            if (first >= 'a' && first <= 'z') {
                asciiSlots[first - ('a' - 'A')] = slot;
            }
        } else {
            otherFirsts.append(first);
            otherSlots.add(slot);
        }
        return slot;
    }

    private CueWords sealed() {
        wordsBySlot = words.toArray(new String[0][]);
        bitsBySlot = bits.toArray(new int[0][]);
        otherSlotsByPlace = otherSlots.stream().mapToInt(Integer::intValue).toArray();
        otherFirstsText = otherFirsts.toString();
        seconds = new long[wordsBySlot.length][2];
        anySecond = new boolean[wordsBySlot.length];
        for (int slot = 0; slot < wordsBySlot.length; slot++) {
            for (String word : wordsBySlot[slot]) {
                char second = word.length() > 1 ? word.charAt(1) : Character.MAX_VALUE;
                if (second < 128) {
                    seconds[slot][second >> 6] |= 1L << second;
                } else {
                    anySecond[slot] = true;
                }
            }
        }
        return this;
    }

    private static String[] append(String[] words, String word) {
        String[] more = Arrays.copyOf(words, words.length + 1);
        more[words.length] = word;
        return more;
    }

    /** Whether the text holds one of the words, in any case. */
    boolean in(String text) {
        return indexIn(text, 0) >= 0;
    }

    /** Where one of the words first stands in the text from {@code from} on, in any case; or -1. */
    int indexIn(String text, int from) {
        int length = text.length();
        for (int i = from; i < length; i++) {
            if (at(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether one of the words stands in the text at {@code index}, in any case. */
    boolean at(String text, int index) {
        if (index >= text.length()) {
            return false;
        }
        int slot = slotOf(text.charAt(index));
        if (slot < 0) {
            return false;
        }
        for (String word : wordsBySlot[slot]) {
            if (restIsAt(text, index, word)) {
                return true;
            }
        }
        return false;
    }

    /** The bits of the sets of a {@link #union} whose words the text holds, in one scan. */
    int setsIn(String text) {
        int found = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            int slot = slotOf(text.charAt(i));
            if (slot < 0) {
                continue;
            }
            String[] slotWords = wordsBySlot[slot];
            int[] slotBits = bitsBySlot[slot];
            int second = i + 1 < length ? fold(text.charAt(i + 1)) : -1;
            if (!mayFollow(slot, second)) { // most places stop here: "th" is no cue's opening
                continue;
            }
            for (int w = 0; w < slotWords.length; w++) {
                String word = slotWords[w];
                if ((found & slotBits[w]) == 0
                        && (word.length() == 1 || word.charAt(1) == second)
                        && restIsAt(text, i, word)) {
                    found |= slotBits[w];
                }
            }
        }
        return found;
    }

    /** Whether a word of the slot may have the second letter given (-1: none, the text's end). */
    private boolean mayFollow(int slot, int second) {
        if (anySecond[slot]) {
            return true;
        }
        return second >= 0 && second < 128 && (seconds[slot][second >> 6] & 1L << second) != 0;
    }

    /** The place of the words that open with the letter the character holds; -1 when none. */
    private int slotOf(char c) {
        if (c < 128) {
            return asciiSlots[c];
        }
        int first = fold(c);
        if (first < 128) { // "ſ", "ı", "K" (Kelvin sign) fold to ASCII letters
            return asciiSlots[first];
        }
        int place = otherFirstsText.indexOf(first);
        return place < 0 ? -1 : otherSlotsByPlace[place];
    }

    /** Whether the word's letters after its first stand in the text after {@code index}. */
    private static boolean restIsAt(String text, int index, String word) {
        if (index + word.length() > text.length()) {
            return false;
        }
        for (int j = 1; j < word.length(); j++) {
            if (fold(text.charAt(index + j)) != word.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The word folded letter by letter. */
    static String folded(String word) {
        char[] letters = word.toCharArray();
        for (int i = 0; i < letters.length; i++) {
            letters[i] = (char) fold(letters[i]);
        }
        return new String(letters);
    }

    /**
     * The letter a character folds to under {@code (?iu)}: lower case of its upper case, as {@link
     * java.util.regex.Pattern} compares each character of a word it matches without case.
     */
    static int fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
        }
        return Character.toLowerCase(Character.toUpperCase((int) c));
    }
}
