package dev.showpage.internal.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The words for the numbers two to twenty in English, French, German, Spanish, Italian, Portuguese
 * and Dutch, as prose writes a small count ("a series of twelve episodes", "vijftien
 * afleveringen"); lower case. One is left out: it is also each language's article ("un", "ein",
 * "een", "uno"), and a count of one is no series.
 */
public final class NumberWords {

    private static final String[][] WORDS = {
        // English
        {
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty"
        },
        // French
        {
            "deux",
            "trois",
            "quatre",
            "cinq",
            "six",
            "sept",
            "huit",
            "neuf",
            "dix",
            "onze",
            "douze",
            "treize",
            "quatorze",
            "quinze",
            "seize",
            "dix-sept",
            "dix-huit",
            "dix-neuf",
            "vingt"
        },
        // German
        {
            "zwei",
            "drei",
            "vier",
            "fünf",
            "sechs",
            "sieben",
            "acht",
            "neun",
            "zehn",
            "elf",
            "zwölf",
            "dreizehn",
            "vierzehn",
            "fünfzehn",
            "sechzehn",
            "siebzehn",
            "achtzehn",
            "neunzehn",
            "zwanzig"
        },
        // Spanish
        {
            "dos",
            "tres",
            "cuatro",
            "cinco",
            "seis",
            "siete",
            "ocho",
            "nueve",
            "diez",
            "once",
            "doce",
            "trece",
            "catorce",
            "quince",
            "dieciséis",
            "diecisiete",
            "dieciocho",
            "diecinueve",
            "veinte"
        },
        // Italian
        {
            "due",
            "tre",
            "quattro",
            "cinque",
            "sei",
            "sette",
            "otto",
            "nove",
            "dieci",
            "undici",
            "dodici",
            "tredici",
            "quattordici",
            "quindici",
            "sedici",
            "diciassette",
            "diciotto",
            "diciannove",
            "venti"
        },
        // Portuguese
        {
            "dois",
            "três",
            "quatro",
            "cinco",
            "seis",
            "sete",
            "oito",
            "nove",
            "dez",
            "onze",
            "doze",
            "treze",
            "catorze",
            "quinze",
            "dezesseis",
            "dezessete",
            "dezoito",
            "dezenove",
            "vinte"
        },
        // Dutch
        {
            "twee",
            "drie",
            "vier",
            "vijf",
            "zes",
            "zeven",
            "acht",
            "negen",
            "tien",
            "elf",
            "twaalf",
            "dertien",
            "veertien",
            "vijftien",
            "zestien",
            "zeventien",
            "achttien",
            "negentien",
            "twintig"
        },
    };

    private static final Map<String, Integer> VALUES = values();

    private NumberWords() {}

    /** The number {@code word} names, in any case ("Twelve", "vijftien"), or empty. */
    public static OptionalInt of(String word) {
        Integer value = VALUES.get(word.toLowerCase(Locale.ROOT));
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static Map<String, Integer> values() {
        HashMap<String, Integer> values = new HashMap<>();
        for (String[] language : WORDS) {
            for (int k = 0; k < language.length; k++) {
                values.put(language[k], k + 2);
            }
        }
        return Map.copyOf(values);
    }
}
