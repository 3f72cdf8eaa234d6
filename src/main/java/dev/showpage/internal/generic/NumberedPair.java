package dev.showpage.internal.generic;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/**
 * A listing of two episodes only, told by their numbers: a page that prints the two newest posts of
 * a numbered series ("#105 Title" / paragraphs / "#104 Title" / paragraphs, "Folge 12 – ..." then
 * "Folge 11 – ..."). Three numbered titles are a listing by their likeness alone ({@link
 * TeaserListing}); two need more, and the numbers that count down by one, newest first as listings
 * print, are it. A list of tips or steps counts up ("#1 ...", "#2 ..."), and is left as prose.
 */
final class NumberedPair {

    /** Digits of an episode's number at most. */
    private static final int NUMBER_MAX_DIGITS = 5;

    private NumberedPair() {}

    /**
     * Whether the two numbered titles, in page order, are a listing's two: the second's number is
     * the first's less one.
     */
    static boolean countsDown(List<String> titles) {
        if (titles.size() != 2) {
            return false;
        }
        OptionalInt first = number(titles.get(0));
        OptionalInt second = number(titles.get(1));
        return first.isPresent() && second.isPresent() && second.getAsInt() == first.getAsInt() - 1;
    }

    /**
     * Whether three or more numbered titles, in page order, count by one, down or up ("Folge 48:
     * ...", "Folge 47: ...", "Folge 46: ..."): the titles of one listing's cards.
     */
    static boolean countsByOne(List<String> titles) {
        if (titles.size() < MIN_COUNTED_TITLES) {
            return false;
        }
        int step = 0;
        OptionalInt previous = number(titles.get(0));
        for (int k = 1; k < titles.size(); k++) {
            OptionalInt next = number(titles.get(k));
            if (previous.isEmpty() || next.isEmpty()) {
                return false;
            }
            int diff = next.getAsInt() - previous.getAsInt();
            if (Math.abs(diff) != 1 || step != 0 && diff != step) {
                return false;
            }
            step = diff;
            previous = next;
        }
        return true;
    }

    /** Titles that count by one a listing needs at least, without a pair's other signs. */
    private static final int MIN_COUNTED_TITLES = 3;

    /** The episode's number a title opens with: "#104 ...", "Folge 12: ...", "Ep. 7 - ...". */
    static OptionalInt number(String title) {
        String[] words = title.toLowerCase(Locale.ROOT).split(" ", 3);
        if (words[0].startsWith("#")) {
            return digits(words[0].substring(1));
        }
        if (words.length > 1 && EpisodeNumbers.EPISODE_NUMBER_WORDS.contains(words[0])) {
            return digits(words[1].startsWith("#") ? words[1].substring(1) : words[1]);
        }
        return OptionalInt.empty();
    }

    /** The number a word is, past the separator after it ("12:", "12."), or empty. */
    private static OptionalInt digits(String word) {
        String w =
                word.endsWith(":") || word.endsWith(".")
                        ? word.substring(0, word.length() - 1)
                        : word;
        if (w.isEmpty() || w.length() > NUMBER_MAX_DIGITS) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return OptionalInt.empty();
            }
        }
        return OptionalInt.of(Integer.parseInt(w));
    }
}
