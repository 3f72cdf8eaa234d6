package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The guest who visits the hosts, in the present tense of the seven languages: after the name,
 * "Mara Quill visits us", "nous rend visite", "besucht uns", "nos visita", "ci fa visita",
 * "visita-nos", "komt langs", "bezoekt ons"; before it, after a time that opens the sentence, "Esta
 * semana nos visita Lucía Pérez", "Oggi ci fa visita Paolo Neri", "Heute besucht uns Jonas Weber".
 * Only a visit to "us" counts: "Mara Quill visits Paris" names no guest, and neither does a past
 * visit.
 */
public final class VisitPhrases {

    private VisitPhrases() {}

    /**
     * The visit phrases after a name, as lower-case word pairs: each language's verb of visiting
     * with its "us", or the verb and its particle of dropping in.
     */
    private static final List<List<String>> AFTER_NAME =
            List.of(
                    List.of("visits", "us"),
                    List.of("nous", "rend", "visite"),
                    List.of("besucht", "uns"),
                    List.of("nos", "visita"),
                    List.of("ci", "visita"),
                    List.of("komt", "langs"),
                    List.of("bezoekt", "ons"));

    /** "visita-nos": the Portuguese verb with its pronoun, one word. */
    private static final Vocabulary VISITS_US = Vocabulary.of("visita-nos");

    /**
     * The phrases that stand before the name when the sentence opens on a time: "nos visita", "ci
     * fa visita", "besucht uns", "bezoekt ons".
     */
    private static final List<List<String>> BEFORE_NAME =
            List.of(
                    List.of("nos", "visita"),
                    List.of("fa", "visita"),
                    List.of("visita-nos"),
                    List.of("besucht", "uns"),
                    List.of("bezoekt", "ons"));

    /**
     * The stems of the verbs above ("visit" stands in "visits", "visite", "visita", "visita-nos"),
     * to look for before splitting a text.
     */
    private static final List<String> STEMS = List.of("visit", "langs", "besucht", "bezoekt");

    /** The guests the text names so. */
    public static List<Mention> find(String text) {
        return find(text.toLowerCase(Locale.ROOT), Names.words(text));
    }

    /**
     * As {@link #find(String)}, for a text already lower-cased ({@link java.util.Locale#ROOT}) and
     * split into its {@link Names#words}.
     */
    public static List<Mention> find(String lowerCased, List<String> words) {
        return TextStems.anyInLowerCased(lowerCased, STEMS) ? in(words) : List.of();
    }

    private static List<Mention> in(List<String> words) {
        // "Next week Tom Reed visits us": a later episode's guest is none of this one
        boolean[] later = LaterEpisodes.mask(words);
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (later[i]) {
                continue;
            }
            int before = phraseAt(words, i, BEFORE_NAME);
            if (before > 0) {
                Span span = before < words.size() ? Names.personAt(words, before) : null;
                if (span != null
                        && span.from() <= before + 1
                        && !Names.isPossessive(words.get(span.to() - 1))
                        && !speaksOfTime(words, span)) {
                    add(words, span, found);
                }
            }
            Span span = Names.isNameWord(words.get(i)) ? Names.personAt(words, i) : null;
            if (span != null
                    && span.from() == i
                    && !endsPhrase(words.get(span.to() - 1))
                    && !speaksOfTime(words, span)
                    && (VISITS_US.containsCore(at(words, span.to()))
                            || phraseAt(words, span.to(), AFTER_NAME) > 0)) {
                add(words, span, found);
                i = span.to();
            }
        }
        return found;
    }

    /**
     * The parts of a day in the seven languages, which German and Dutch write with a capital before
     * the verb as they would a name ("Heute Abend besucht uns X").
     */
    private static final Vocabulary PARTS_OF_DAY =
            Vocabulary.of(
                    "morning afternoon evening night tonight matin soir soirée nuit morgen"
                            + " vormittag mittag nachmittag abend nacht mañana tarde noche mattina"
                            + " pomeriggio sera notte manhã noite ochtend middag avond");

    /** The fewest letters of a weekday's name in the seven languages ("lunes", "Sonntag"). */
    private static final int WEEKDAY_NAME_MIN = 5;

    /**
     * Whether capitalised words that stand where a name would are a time instead: "Heute Abend",
     * "Am Freitag", "Diese Woche", "Volgende Week" open a German or Dutch sentence before the verb.
     */
    private static boolean speaksOfTime(List<String> words, Span span) {
        for (int k = span.from(); k < span.to(); k++) {
            String word = words.get(k);
            String lower = Names.core(word).toLowerCase(Locale.ROOT);
            // a weekday's whole name, not an abbreviation, which may be a first name ("Sam")
            if (CompanionPhrases.FILLERS.containsCore(word)
                    || PARTS_OF_DAY.containsCore(word)
                    || (lower.length() >= WEEKDAY_NAME_MIN && DateWords.isWeekday(lower))) {
                return true;
            }
        }
        return false;
    }

    private static String at(List<String> words, int i) {
        return i < words.size() ? words.get(i) : "";
    }

    /** After one of the phrases at {@code i}; 0 when none stands there. */
    private static int phraseAt(List<String> words, int i, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            int k = 0;
            while (k < phrase.size()
                    && i + k < words.size()
                    && Vocabulary.coreIs(words.get(i + k), phrase.get(k))
                    && (k + 1 == phrase.size() || !endsPhrase(words.get(i + k)))) {
                k++;
            }
            if (k == phrase.size()) {
                return i + k;
            }
        }
        return 0;
    }

    private static void add(List<String> words, Span span, List<Mention> found) {
        if (found.stream().noneMatch(m -> m.wordIndex() == span.from())) {
            found.add(new Mention(Names.join(words, span.from(), span.to()), span.from()));
        }
    }
}
