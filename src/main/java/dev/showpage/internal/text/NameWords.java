package dev.showpage.internal.text;

import java.util.List;

/**
 * One word as a name's word, read in place among its punctuation: capitals, initials, possessives,
 * the function words that open a sentence, and whether the word's punctuation ends a phrase. Kept
 * apart from how far a name runs ({@link NameSpans}) because nearly every word of a text is asked
 * these questions, one word at a time, and they are read by offsets without a String per word.
 */
final class NameWords {

    private NameWords() {}

    /** "Mara’s", "Quill's": a word that ends in a possessive. */
    static boolean isPossessive(String raw) {
        int start = coreStart(raw);
        return isPossessive(raw, start, coreEnd(raw, start));
    }

    /** {@link #isPossessive(String)} of the core from {@code start} to {@code end}, in place. */
    private static boolean isPossessive(String raw, int start, int end) {
        return end - start > 2
                && raw.charAt(end - 1) == 's'
                && (raw.charAt(end - 2) == '\'' || raw.charAt(end - 2) == '\u2019')
                && Character.isUpperCase(raw.codePointAt(start));
    }

    /**
     * A capitalised word, an initial ("C.") or initials ("S.P."), or an all-capitals short name
     * ("DHH"); a possessive ("Quill's") is one too, and ends the name ({@link #endsPhrase}).
     */
    static boolean isNameWord(String raw) {
        // Read in place, by offsets: most words of a text are asked about, and a String made for
        // each one's core was much of what reading names cost
        int start = coreStart(raw);
        if (start == raw.length() || !Character.isUpperCase(raw.codePointAt(start))) {
            return false; // most words of prose
        }
        int end = coreEnd(raw, start);
        if (end - start == 1) {
            return raw.endsWith(".");
        }
        if (isInitials(raw, start, end)) {
            return raw.endsWith(".");
        }
        if (isPossessive(raw, start, end)) {
            end -= 2;
        }
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return !isStopWord(raw, start, end);
    }

    /** "S.P", "R.B": capital letters each followed by a full stop (the last one's cut off). */
    private static boolean isInitials(String core) {
        return isInitials(core, 0, core.length());
    }

    /** {@link #isInitials(String)} of the text from {@code start} to {@code end}. */
    private static boolean isInitials(String text, int start, int end) {
        int length = end - start;
        if (length < 3) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            boolean letterPlace = i % 2 == 0;
            char c = text.charAt(start + i);
            if (letterPlace ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return length % 2 == 1;
    }

    /** Whether the text from {@code start} to {@code end} is "I" or one of {@link #STOP_WORDS}. */
    private static boolean isStopWord(String text, int start, int end) {
        int length = end - start;
        if (length > STOP_WORD_MAX_LENGTH) {
            return false; // most names: no stop word is compared
        }
        if (length == 1 && text.charAt(start) == 'I') {
            return true;
        }
        char first = text.charAt(start);
        for (String stop : STOP_WORDS) {
            if (stop.length() == length
                    && stop.charAt(0) == first
                    && text.regionMatches(start, stop, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised function words that start a sentence, not a name. */
    private static final String[] STOP_WORDS = {
        "The", "A", "An", "In", "On", "We", "They", "He", "She", "It", "This", "That", "My", "Our",
        "His", "Her", "Their", "And", "But", "Or", "What", "Why", "How", "When"
    };

    private static final int STOP_WORD_MAX_LENGTH =
            java.util.Arrays.stream(STOP_WORDS).mapToInt(String::length).max().orElse(0);

    /** "M" in "Joshua M Greene": one capital letter, no full stop. */
    static boolean isBareInitial(String w) {
        return w.length() == 1
                && Character.isUpperCase(w.charAt(0))
                && !w.equals("I")
                && !w.equals("A");
    }

    /** Whether punctuation after the word ends the phrase (a comma, a bracket, a full stop). */
    static boolean endsPhrase(String raw) {
        return endsPhrase(raw, false);
    }

    /**
     * See {@link #endsPhrase(String)}; an honorific's full stop ("Dr.") ends nothing when {@code
     * honorific} says the word is one.
     */
    static boolean endsPhrase(String raw, boolean honorific) {
        char last = raw.charAt(raw.length() - 1);
        if (last == '.') {
            if (honorific) {
                return false; // "Dr."
            }
            // the core read in place: nearly every sentence ends so
            int start = coreStart(raw);
            int end = coreEnd(raw, start);
            if (end - start == 1 || isInitials(raw, start, end)) {
                return false; // an initial
            }
        }
        return ",.;:!?)\u201D\"".indexOf(last) >= 0;
    }

    /** The name the words make: their cores, with an initial's full stop, without a possessive. */
    static String join(List<String> words, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (name.length() > 0) {
                name.append(' ');
            }
            String w = words.get(i);
            String core = core(w);
            if ((core.length() == 1 || isInitials(core)) && w.endsWith(".")) {
                core = core + ".";
            } else if (isPossessive(w)) {
                core = core.substring(0, core.length() - 2);
            }
            name.append(core);
        }
        return name.toString();
    }

    /** The word without the punctuation around it. */
    static String core(String raw) {
        int start = coreStart(raw);
        return raw.substring(start, coreEnd(raw, start));
    }

    /** Where the word's core starts: its first letter or digit (its length when it has none). */
    private static int coreStart(String raw) {
        int start = 0;
        while (start < raw.length() && !Character.isLetterOrDigit(raw.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the word's core that starts at {@code start} ends: after its last letter or digit. */
    private static int coreEnd(String raw, int start) {
        int end = raw.length();
        while (end > start && !Character.isLetterOrDigit(raw.charAt(end - 1))) {
            end--;
        }
        return end;
    }
}
