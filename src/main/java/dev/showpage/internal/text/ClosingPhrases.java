package dev.showpage.internal.text;

import static dev.showpage.internal.text.CompanionPhrases.DETERMINERS;
import static dev.showpage.internal.text.CompanionPhrases.FILLERS;
import static dev.showpage.internal.text.CompanionPhrases.FILLER_MAX_WORDS;
import static dev.showpage.internal.text.CompanionPhrases.nameAt;
import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.isNameWord;

import dev.showpage.internal.text.Names.Span;
import java.util.List;
import java.util.Locale;

/**
 * The phrases of {@link CompanionPhrases} that close after the guest's name: "Heute ist X bei mir
 * zu Gast", "X ist heute zu Gast", "Heute habe ich X zu Gast", "Vandaag is X te gast", "Vandaag
 * schuift X aan", "X schuift aan", maybe with where the guest comes from ("X aus der Redaktion zu
 * Gast").
 */
final class ClosingPhrases {

    private ClosingPhrases() {}

    /**
     * "Heute ist X bei mir zu Gast", "X ist heute zu Gast", "Vandaag is X te gast", "Vandaag
     * schuift X aan", "X schuift aan": the name before a closing phrase, of which {@code i} is the
     * last word ("Gast", "aan"); or null.
     */
    static Span before(List<String> words, int i) {
        String word = words.get(i);
        int k;
        boolean schuift = false;
        if ((Vocabulary.coreIs(word, "gast"))
                && i > 1
                && (Vocabulary.coreIs(words.get(i - 1), "zu")
                        || Vocabulary.coreIs(words.get(i - 1), "te"))
                && !endsPhrase(words.get(i - 1))) {
            k = i - 2; // "zu Gast", "te gast"
        } else if (Vocabulary.coreIs(word, "aan") && i > 1) {
            k = i - 1; // "schuift X aan", "X schuift aan"
            schuift = true;
        } else {
            return null;
        }
        Span span = nameBefore(words, k, schuift);
        int place = placeStart(words, k);
        if (span == null && place > 0) {
            // "Heute ist X aus der Redaktion zu Gast", "Vandaag is X van de universiteit te gast"
            span = nameBefore(words, place - 1, schuift);
        }
        return span;
    }

    /**
     * The name of a closing phrase whose words before "zu Gast" or "aan" end at {@code k}: past
     * "bei mir", "heute", "bij ons", "vandaag", the subject before the verb ("X ist heute zu Gast")
     * or the name after it, maybe after words of time ("Heute ist wieder einmal X zu Gast").
     */
    private static Span nameBefore(List<String> words, int k, boolean schuift) {
        int skipped = 0;
        while (k >= 0
                && skipped < FILLER_MAX_WORDS
                && !endsPhrase(words.get(k))
                && (CLOSING_FILLERS.containsCore(words.get(k))
                        || FILLERS.containsCore(words.get(k)))
                && !isNameWord(words.get(k))) {
            k--;
            skipped++;
        }
        if (k < 0) {
            return null;
        }
        if (isVerbBefore(words.get(k), schuift) && k > 0) {
            // "X ist heute zu Gast", "X schuift aan": the subject before the verb, a full name,
            // maybe with where the guest comes from ("X aus Kiel ist heute zu Gast")
            Span span = nameEndingAt(words, k);
            int place = placeStart(words, k - 1);
            if (span == null && place > 0) {
                span = nameEndingAt(words, place);
            }
            return span != null && span.to() - span.from() > 1 ? span : null;
        }
        if (endsPhrase(words.get(k))) {
            return null;
        }
        // "Heute ist X bei mir zu Gast", "Vandaag schuift X aan": the name after the verb
        for (int from = Math.max(1, k - 3); from <= k; from++) {
            int verb = from - 1;
            while (verb > 0
                    && from - verb <= FILLER_MAX_WORDS
                    && (FILLERS.containsCore(words.get(verb))
                            || CLOSING_FILLERS.containsCore(words.get(verb)))
                    && !endsPhrase(words.get(verb))
                    && !isNameWord(words.get(verb))) {
                verb--; // "ist heute wieder einmal X"
            }
            if ((isVerbBefore(words.get(verb), schuift)
                            || (!schuift && HAVE_VERBS.containsCore(words.get(verb))))
                    && !endsPhrase(words.get(verb))) {
                // The name ends where the phrase goes on: "zu Gast" and "van de" are none of it
                Span span = nameAt(words.subList(0, k + 1), from, true);
                if (span != null && span.to() == k + 1) {
                    return span;
                }
            }
        }
        return null;
    }

    /** "aus", "von", "vom", "van", "uit": the words that say where a guest comes from. */
    private static final Vocabulary PLACE_WORDS = Vocabulary.of("aus von vom van uit");

    /** Most words of a place phrase before "zu Gast" ("van de Universiteit Utrecht"). */
    private static final int PLACE_MAX_WORDS = 4;

    /**
     * Where a place phrase that ends at {@code k} starts ("aus der Redaktion", "vom Hafen", "uit
     * Delft"), right after a name word; else -1.
     */
    private static int placeStart(List<String> words, int k) {
        for (int p = Math.max(1, k - PLACE_MAX_WORDS + 1); p <= k; p++) {
            if (PLACE_WORDS.containsCore(words.get(p))
                    && Character.isLowerCase(words.get(p).charAt(0))
                    && isNameWord(words.get(p - 1))
                    && !endsPhrase(words.get(p - 1))) {
                for (int q = p; q < k; q++) {
                    if (endsPhrase(words.get(q))) {
                        return -1;
                    }
                }
                return p;
            }
        }
        return -1;
    }

    /** "bei mir", "bei uns", "bij ons", "bij mij": where the guest is a guest. */
    private static final Vocabulary CLOSING_FILLERS =
            Vocabulary.of("bei mir uns bij mij ons diesmal mal vandaag erneut");

    /** The verb of a closing phrase: "ist", "is", "sind", "zijn", "war"; "schuift" for "aan". */
    private static boolean isVerbBefore(String raw, boolean schuift) {
        if (schuift) {
            return Vocabulary.coreIs(raw, "schuift")
                    || Vocabulary.coreIs(raw, "schuiven")
                    || Vocabulary.coreIs(raw, "schoof");
        }
        String w = core(raw).toLowerCase(Locale.ROOT);
        return w.equals("ist") || w.equals("is") || w.equals("war") || w.equals("was");
    }

    /**
     * "haben", "hebben": "Heute habe ich X zu Gast", "Vandaag hebben we X te gast"; the one had as
     * a guest follows the verb (the one before it hosts, and is never taken for the guest).
     */
    private static final Vocabulary HAVE_VERBS =
            Vocabulary.of("habe hat haben hatte hatten hebben heb heeft had hadden");

    /** The full name whose last word is at {@code k}, found from its start; else null. */
    private static Span nameEndingAt(List<String> words, int k) {
        for (int from = Math.max(0, k - 5); from < k; from++) {
            Span span = Names.personAt(words, from);
            if (span != null
                    && span.to() == k
                    && !endsPhrase(words.get(k - 1))
                    && !DETERMINERS.containsCore(words.get(span.from()))
                    && (from == 0 || !isNameWord(words.get(from - 1)))) {
                return span;
            }
        }
        return null;
    }

    /**
     * The words a closing phrase of {@link #before} stands on, the word it is asked about: "Gast"
     * ("zu Gast", "te gast") and "aan" ("schuift aan").
     */
    static final Vocabulary STARTS = Vocabulary.of("gast aan");
}
