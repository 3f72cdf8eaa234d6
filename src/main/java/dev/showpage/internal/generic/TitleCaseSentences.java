package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A title closed by a full stop that lists its topics ("Why Listeners Skip Ads, the Shortest Shows,
 * and More."): a sentence is a title rather than notes when it is written in title case, every word
 * of four letters or more opening with a capital, and lists three items or more. Title case alone
 * does not tell: a credit or a place under the date is written so too ("Recorded Live at the
 * Harbour Theatre in Bristol.", "Presented in Partnership With the Maritime Museum."), and a list
 * does not either when it opens with a credit's word ("Recorded at the Harbour Theatre, Bristol,
 * England."). Enough long words are needed that a short sentence of names ("Meet Mara Quist.") or
 * of German nouns does not pass. A field's label ("Guests: ...") or a list of names ("Mara Quist,
 * Tom Ferrell, Anna Berg.") is written in capitals too, and makes the sentence no title.
 */
final class TitleCaseSentences {

    /** Words of four letters or more a title-case sentence has at least. */
    private static final int MIN_LONG_WORDS = 5;

    /** Letters of a word from which title case asks for its capital. */
    private static final int LONG_WORD_LETTERS = 4;

    /** Items of a list that are names (a first and a last name) that make it a list. */
    private static final int LIST_MIN_NAMES = 3;

    /** Words of a name in a list. */
    private static final int NAME_WORDS = 2;

    /** The commas between a sentence's items. */
    private static final Pattern COMMAS = Pattern.compile(", ");

    /** The commas and the words for "and" (lower case, between blanks) between a list's items. */
    private static final Pattern LIST_SEPARATORS =
            Pattern.compile(
                    ", | ("
                            + EmptyBylines.AND_WORDS.stream()
                                    .map(Pattern::quote)
                                    .collect(Collectors.joining("|"))
                            + ") ");

    /** Items a title's list has at least. */
    private static final int MIN_ITEMS = 3;

    /**
     * The words a credit or a place under an episode's date opens with ("Recorded ...", "Presented
     * by ...", "Special Guests ...", "Live From ...", "Enregistré à ...", "Aufgenommen in ..."),
     * lower case, in the seven languages the parser reads: the verbs of making a recording, the
     * words of a guest's or a sponsor's credit, and the prepositions of a place.
     */
    private static final Set<String> CREDIT_OPENERS =
            Set.of(
                    "recorded",
                    "presented",
                    "produced",
                    "hosted",
                    "filmed",
                    "sponsored",
                    "brought",
                    "featuring",
                    "with",
                    "special",
                    "live",
                    "from",
                    "at",
                    "enregistré",
                    "enregistrée",
                    "présenté",
                    "présentée",
                    "produit",
                    "produite",
                    "avec",
                    "en",
                    "aufgenommen",
                    "aufgezeichnet",
                    "präsentiert",
                    "produziert",
                    "mit",
                    "grabado",
                    "grabada",
                    "presentado",
                    "presentada",
                    "producido",
                    "con",
                    "desde",
                    "registrato",
                    "registrata",
                    "presentato",
                    "presentata",
                    "prodotto",
                    "dal",
                    "gravado",
                    "gravada",
                    "apresentado",
                    "apresentada",
                    "produzido",
                    "com",
                    "opgenomen",
                    "gepresenteerd",
                    "geproduceerd",
                    "met",
                    "vanuit");

    private TitleCaseSentences() {}

    /** Whether {@code text}, a line's text with blanks collapsed, is a title-case sentence. */
    static boolean isOne(String text) {
        String[] words = text.split(" ");
        if (!text.endsWith(".")
                || text.endsWith("..")
                || words[0].endsWith(":")
                || words.length > 1 && words[1].equals(":")) {
            return false; // "Guests: ...", "Invités : ...": a field, whatever its value
        }
        if (isListOfNames(text.substring(0, text.length() - 1))
                || COMMAS.split(text).length < MIN_ITEMS
                || CREDIT_OPENERS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return false;
        }
        return longWordsInTitleCase(words) >= MIN_LONG_WORDS;
    }

    /**
     * The number of {@code words} of four letters or more when every one of them opens with a
     * capital, as a title's words do and a sentence's do not; -1 when one of them does not.
     */
    static int longWordsInTitleCase(String[] words) {
        int longWords = 0;
        for (String word : words) {
            int letters = (int) word.codePoints().filter(Character::isLetter).count();
            if (letters < LONG_WORD_LETTERS) {
                continue;
            }
            int first = word.codePoints().filter(Character::isLetter).findFirst().orElse('a');
            if (!Character.isUpperCase(first)) {
                return -1;
            }
            longWords++;
        }
        return longWords;
    }

    /** Whether the items of {@code text}, a list maybe, include names enough to be one. */
    private static boolean isListOfNames(String text) {
        int names = 0;
        for (String item : LIST_SEPARATORS.split(text)) {
            String[] words = item.strip().split(" ");
            boolean capitals = words.length == NAME_WORDS;
            for (String word : words) {
                capitals &= !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
            }
            if (capitals) {
                names++;
            }
        }
        return names >= LIST_MIN_NAMES;
    }
}
