package dev.showpage.internal.generic;

import dev.showpage.internal.text.Dates;
import java.util.Locale;

/**
 * A line that gives an episode's number and its date and nothing else: "S01 / E01 - 14 september
 * 2023", "Harbour Talk #87 June 4, 2019", "Épisode 4 - 12 janvier 2020". Episode pages print it
 * over or under their title as a kicker; it names the episode but is not its title.
 */
final class DatedNumberLabel {

    /** Words of the show's name before the number, at most ("The Canal Radio Hour #12 ..."). */
    private static final int NAME_MAX_WORDS = 4;

    /** Words of the date after the number, at most ("Sonntag, 5. Mai 2021"). */
    private static final int DATE_MAX_WORDS = 5;

    /** The signs sites set between a number and its date: "/", "-", "–", "—", "·", "|", ",". */
    private static final String SEPARATORS = "/-\u2013\u2014\u00B7|,";

    private DatedNumberLabel() {}

    /** Whether the text, a short line's, is a number label followed by a date. */
    static boolean isOne(String text) {
        String[] words = text.split(" ");
        int k = 0;
        while (k < words.length && k < NAME_MAX_WORDS && !opensNumber(words, k)) {
            if (!Character.isUpperCase(words[k].codePointAt(0))) {
                return false; // a name's words are capitalised: "the story of #3 ..." is prose
            }
            k++;
        }
        if (k >= words.length || !opensNumber(words, k)) {
            return false;
        }
        int afterNumber = numberEnd(words, k);
        while (afterNumber < words.length && isSeparator(words[afterNumber])) {
            afterNumber++;
        }
        int dateWords = words.length - afterNumber;
        if (dateWords < 1 || dateWords > DATE_MAX_WORDS) {
            return false;
        }
        String date =
                String.join(" ", java.util.Arrays.copyOfRange(words, afterNumber, words.length));
        String last = words[words.length - 1];
        boolean endsInYear = last.length() == 4 && EpisodeNumbers.isNumber(last);
        return (endsInYear || dateWords == 1) && Dates.isWrittenAsDate(date);
    }

    /**
     * Whether the words at {@code k} open an episode's number: "#87", "S01", "E01", "S2E6", or an
     * episode word with its number ("Folge 12", "Ep. 5").
     */
    private static boolean opensNumber(String[] words, int k) {
        String word = words[k].toLowerCase(Locale.ROOT);
        if (word.startsWith("#") && EpisodeNumbers.isNumber(word.substring(1))) {
            return true;
        }
        if (EpisodeNumbers.isSeasonEpisodeCode(word)) {
            return true;
        }
        return EpisodeNumbers.EPISODE_NUMBER_WORDS.contains(word)
                && k + 1 < words.length
                && EpisodeNumbers.isNumber(withoutComma(words[k + 1].replace("#", "")));
    }

    /** The index past the number and the codes that go with it ("S01 / E01", "Folge 12"). */
    private static int numberEnd(String[] words, int k) {
        int i = k;
        if (EpisodeNumbers.EPISODE_NUMBER_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
            i++; // the word, then its number
        }
        i++;
        // "S01 / E01": a second code after a slash.
        if (i + 1 < words.length
                && words[i].equals("/")
                && EpisodeNumbers.isSeasonEpisodeCode(words[i + 1].toLowerCase(Locale.ROOT))) {
            i += 2;
        }
        return i;
    }

    /** The number without the comma that parts it from the date ("Folge 4, 9. März 2020"). */
    private static String withoutComma(String word) {
        return word.endsWith(",") ? word.substring(0, word.length() - 1) : word;
    }

    private static boolean isSeparator(String word) {
        return word.length() == 1 && SEPARATORS.indexOf(word.charAt(0)) >= 0;
    }
}
