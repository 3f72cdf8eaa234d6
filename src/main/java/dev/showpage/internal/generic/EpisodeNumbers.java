package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * An episode's number as sites print it beside or instead of a title: the label words of the seven
 * languages ("Episode 12", "Folge 12", "Puntata 12"), season and episode codes ("S02 / E06",
 * "s2e6"), and titles that open with their number ("#214: ...", "Ep. 5 - ..."). A line that is only
 * such a label stands where a title would, and is none.
 */
final class EpisodeNumbers {

    /**
     * The words that label an episode's number and their short forms, lower case, in the seven
     * languages the parser reads ("Episode 12", "Folge 12", "Épisode 12", "Episodio 12", "Puntata
     * 12", "Episódio 12", "Aflevering 12").
     */
    static final Set<String> EPISODE_NUMBER_WORDS =
            Set.of(
                    "episode",
                    "ep",
                    "ep.",
                    "épisode",
                    "folge",
                    "episodio",
                    "episódio",
                    "episodi",
                    "aflevering",
                    "afl",
                    "afl.",
                    "puntata");

    /** The words for an episode or a season, lower case, in the seven languages. */
    private static final Set<String> EPISODE_WORDS =
            java.util.stream.Stream.concat(
                            EPISODE_NUMBER_WORDS.stream(),
                            java.util.stream.Stream.of(
                                    "season",
                                    "saison",
                                    "staffel",
                                    "temporada",
                                    "stagione",
                                    "seizoen"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** Words of a label line before its episode word ("Buzzcast Episode 290"), at most. */
    private static final int LABEL_LEADING_WORDS = 2;

    /**
     * Whether the line is only an episode's number label: "Episode 13", "Ep. 5", "EP 94", "Folge
     * 12", "Season 2 Episode 20", "S02 / E06", "Buzzcast Episode 290".
     */
    static boolean isEpisodeLabel(String text) {
        if (SpacedWords.exceed(text, LABEL_MAX_WORDS)) {
            return false; // a paragraph: not lower-cased and split
        }
        String[] words = text.toLowerCase(Locale.ROOT).split(" ");
        if (words.length > LABEL_MAX_WORDS) {
            return false;
        }
        int leading = 0;
        boolean labelled = false;
        boolean numbered = false;
        for (String word : words) {
            String core = word.startsWith("#") ? word.substring(1) : word;
            if (EPISODE_WORDS.contains(core)) {
                labelled = true;
            } else if (isNumber(core) || isSeasonEpisodeCode(core)) {
                numbered = true;
            } else if (core.equals("/") || core.equals("-") || core.equals("\u00B7")) {
                continue;
            } else if (!labelled && !numbered && leading < LABEL_LEADING_WORDS) {
                leading++; // the show's name before the label: "Buzzcast Episode 290"
            } else {
                return false; // a word after the number ("Episode 230: The Wager") is a title's
            }
        }
        return numbered && (labelled || hasSeasonEpisodeCode(words) && leading == 0);
    }

    /**
     * The words before the episode word of a number label that opens with them ("Phorest FM" of
     * "Phorest FM Episode 39", "Buzzcast" of "Buzzcast Episode 290"): the show's name, as the label
     * prints it; null when the line is no label or has no words before its episode word.
     */
    static String labelName(String text) {
        if (!isEpisodeLabel(text)) {
            return null;
        }
        String[] words = text.split(" ");
        int k = 0;
        while (k < words.length && !EPISODE_WORDS.contains(words[k].toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k == 0 || k == words.length) {
            return null;
        }
        for (int j = 0; j < k; j++) {
            if (!Character.isUpperCase(words[j].codePointAt(0))
                    && !Character.isDigit(words[j].codePointAt(0))) {
                return null; // a name's words are capitalised: "the Episode 3" names nothing
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, k));
    }

    /**
     * Whether the title opens with its episode's number: "Episode 3: ...", "Folge 12 – ...", "Ep. 5
     * - ...", "#41: ...".
     */
    static boolean opensWithEpisodeNumber(String title) {
        String[] words = title.toLowerCase(Locale.ROOT).split(" ", 3);
        if (words[0].startsWith("#") && isNumber(trimSeparator(words[0].substring(1)))) {
            return true;
        }
        if (words.length > 1 && opensWithSeasonCode(words[0], words[1])) {
            return true;
        }
        if (words.length > 1 && words[0].endsWith(":") && isNumber(trimSeparator(words[0]))) {
            return true; // "31: Title"; a "1." is a list's item, not an episode's number
        }
        return words.length > 1
                        && EPISODE_WORDS.contains(words[0])
                        && isNumber(
                                trimSeparator(
                                        words[1].startsWith("#")
                                                ? words[1].substring(1)
                                                : words[1]))
                || opensWithGluedNumber(words[0], words.length > 1);
    }

    /**
     * Whether the title's first word numbers a season's episode, as rewatch shows and series number
     * theirs, followed by the title's words: "3.02: Title", "#3.02 Title", "S3E02 - Title",
     * "S03E02: Title", "3x02 - Title", "E30 Title". A number with a point needs its colon or its
     * "#" ("3.5 Million Reasons" is a title's own number), and a number with an "x" its separator
     * or its title's capital.
     */
    private static boolean opensWithSeasonCode(String first, String second) {
        boolean separated = first.endsWith(":") || isDash(second);
        String word = separated && first.endsWith(":") ? trimSeparator(first) : first;
        boolean hash = word.startsWith("#");
        if (hash) {
            word = word.substring(1);
        }
        int point = word.indexOf('.');
        if (point > 0) {
            return (separated || hash)
                    && point <= 2
                    && isNumber(word.substring(0, point))
                    && word.length() - point - 1 == 2
                    && isNumber(word.substring(point + 1));
        }
        int x = word.indexOf('x');
        if (x > 0) {
            return (separated || hash)
                    && x <= 2
                    && isNumber(word.substring(0, x))
                    && word.length() - x - 1 >= 1
                    && word.length() - x - 1 <= 3
                    && isNumber(word.substring(x + 1));
        }
        if (!hash && isSeasonEpisodeCode(word)) {
            // "s3e02", "s03", "e30": the letter's code; a lone "e" or "s" code needs two digits
            // or a separator, so that "E3 Highlights" stays a title of its own words.
            return word.indexOf('e', 1) > 0 || separated || word.length() >= 3;
        }
        return false;
    }

    /** A dash between a title's parts: "-", "–", "—". */
    private static boolean isDash(String word) {
        return word.equals("-") || word.equals("\u2013") || word.equals("\u2014");
    }

    /** The signs that end a number glued to what follows it ("Ep.20-Name", "Folge12: ..."). */
    private static final String GLUED_SEPARATORS = "-\u2013\u2014:.)|";

    /**
     * Whether the word is an episode word glued to the episode's number ("ep.20-livia", "ep20:",
     * "folge12", "#20-livia"), the title's first word run into it or following it.
     */
    private static boolean opensWithGluedNumber(String word, boolean moreWords) {
        int i = 0;
        while (i < word.length() && Character.isLetter(word.charAt(i))) {
            i++;
        }
        String label = word.substring(0, i);
        if (label.isEmpty() ? !word.startsWith("#") : !EPISODE_WORDS.contains(label)) {
            return false;
        }
        i = label.isEmpty() ? 1 : i;
        if (!label.isEmpty() && i < word.length() && word.charAt(i) == '.') {
            i++;
        }
        int digits = i;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        if (digits == i || digits - i > 5) {
            return false;
        }
        return digits == word.length()
                ? moreWords
                : GLUED_SEPARATORS.indexOf(word.charAt(digits)) >= 0
                        && (digits + 1 < word.length() || moreWords);
    }

    /** The word without a colon or full stop after it ("3:", "12."). */
    static String trimSeparator(String word) {
        return word.endsWith(":") || word.endsWith(".")
                ? word.substring(0, word.length() - 1)
                : word;
    }

    private static boolean hasSeasonEpisodeCode(String[] words) {
        for (String word : words) {
            if (isSeasonEpisodeCode(word)) {
                return true;
            }
        }
        return false;
    }

    /** "s02", "e06", "s2e6": a season or an episode by its letter and number, in lower case. */
    static boolean isSeasonEpisodeCode(String word) {
        if (word.length() < 2 || (word.charAt(0) != 's' && word.charAt(0) != 'e')) {
            return false;
        }
        int e = word.indexOf('e', 1);
        return e < 0
                ? isNumber(word.substring(1))
                : word.charAt(0) == 's'
                        && isNumber(word.substring(1, e))
                        && isNumber(word.substring(e + 1));
    }

    /** Digits only, one to five of them: an episode's number. */
    static boolean isNumber(String word) {
        return word.length() <= 5 && isDigits(word);
    }

    /**
     * Whether the word is one or more digits and nothing else ("7", "2025"), of any length: the
     * readers that ask for a day, a year or an episode's number bound its length themselves.
     */
    static boolean isDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return !word.isEmpty();
    }

    /** Words of an episode's number label at most ("Buzzcast Season 2 Episode 20"). */
    private static final int LABEL_MAX_WORDS = 6;

    private EpisodeNumbers() {}
}
