package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The host's "we have with us X": "Today we have with us Mara Quill", "Nous avons avec nous Claire
 * Dubois", "Hoy tenemos con nosotros a Lucía Pérez", "Oggi abbiamo con noi lo scrittore Paolo
 * Neri", "Hoje temos connosco Ana Lima"; and the Germanic order with the name between, "Heute haben
 * wir Jonas Weber bei uns", "Vandaag hebben we Sabine Vermeer bij ons". Only the first person
 * plural of "to have" counts ("we have", "avons", "tenemos"): "they have with them" names no guest,
 * and a co-host or a producer before the name is none.
 */
public final class WithUsPhrases {

    private WithUsPhrases() {}

    /**
     * "To have" in the first person plural: Romance verb forms that say "we" by themselves, and the
     * English, German and Dutch ones, which need the pronoun beside them.
     */
    private static final Vocabulary WE_HAVE = Vocabulary.of("avons tenemos abbiamo temos");

    private static final Vocabulary HAVE = Vocabulary.of("have haben hebben");

    private static final Vocabulary WE = Vocabulary.of("we wir");

    /** "with" before "us", in the Romance languages and English. */
    private static final Vocabulary WITH = Vocabulary.of("with avec con");

    private static final Vocabulary US = Vocabulary.of("us nous nosotros nosotras noi");

    /** "with us" in one word: Portuguese. */
    private static final Vocabulary WITH_US = Vocabulary.of("connosco conosco");

    /** "bei uns", "bij ons": where the Germanic order puts "with us", after the name. */
    private static final Vocabulary AT = Vocabulary.of("bei bij");

    private static final Vocabulary US_AFTER_AT = Vocabulary.of("uns ons");

    /**
     * The nouns of the show's own team in the seven languages (co-host, producer, colleague), whom
     * "with us" names beside the host, not as a guest.
     */
    private static final Vocabulary TEAM =
            Vocabulary.of(
                    "co-host cohost producer colleague co-animateur coanimateur producteur"
                            + " productrice collègue co-moderator produzent produzentin kollege"
                            + " kollegin copresentador copresentadora productor productora"
                            + " compañero compañera coconduttore coconduttrice produttore"
                            + " produttrice collega co-apresentador produtor produtora colega"
                            + " producent collega");

    /** Words of the day that may stand between the verb and the name ("today", "ce soir"). */
    private static final Vocabulary TODAY =
            Vocabulary.of(
                    "today tonight again hoy heute aujourd'hui ce soir oggi hoje vandaag diesmal"
                            + " stasera esta noche");

    private static final int TODAY_MAX_WORDS = 2;

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
        // "Next week we have with us Tom Reed": a later episode's guest is none of this one
        boolean[] later = LaterEpisodes.mask(words);
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            int verbEnd = later[i] ? -1 : weHave(words, i);
            if (verbEnd < 0) {
                continue;
            }
            int at = skipToday(words, verbEnd);
            int withUs = withUs(words, at);
            if (withUs > at) {
                at = skipToday(words, withUs);
                add(words, personalA(words, at), false, found);
            } else if (HAVE.containsCore(words.get(i)) || WE.containsCore(words.get(i))) {
                add(words, at, true, found); // "haben wir Jonas Weber bei uns"
            }
        }
        return found;
    }

    /** After "we have" ("avons", "we have", "haben wir") at {@code i}; -1 when none is there. */
    private static int weHave(List<String> words, int i) {
        String w = words.get(i);
        if (endsPhrase(w)) {
            return -1;
        }
        if (WE_HAVE.containsCore(w)) {
            return i + 1;
        }
        boolean pair =
                i + 1 < words.size()
                        && !endsPhrase(words.get(i + 1))
                        && ((WE.containsCore(w) && HAVE.containsCore(words.get(i + 1)))
                                || (HAVE.containsCore(w) && WE.containsCore(words.get(i + 1))));
        return pair ? i + 2 : -1;
    }

    /** After "with us" ("avec nous", "connosco") at {@code at}; {@code at} when none is there. */
    private static int withUs(List<String> words, int at) {
        if (at < words.size() && WITH_US.containsCore(words.get(at))) {
            return at + 1;
        }
        if (at + 1 < words.size()
                && WITH.containsCore(words.get(at))
                && !endsPhrase(words.get(at))
                && US.containsCore(words.get(at + 1))) {
            return at + 2;
        }
        return at;
    }

    /**
     * The name at {@code at} (past a role: "lo scrittore Paolo Neri"), unless a host's or a
     * credit's word describes it; with {@code atUs}, only where "bei uns" follows it.
     */
    private static void add(List<String> words, int at, boolean atUs, List<Mention> found) {
        if (at >= words.size() || CreditLines.endsSentence(words.get(at - 1))) {
            return;
        }
        Span span = GuestIntroductions.described(words, at);
        if (span == null) {
            return;
        }
        for (int k = at; k < span.to(); k++) {
            String w = words.get(k);
            if (PersonWords.isHostWord(w) || PersonWords.isCreditWord(w) || TEAM.containsCore(w)) {
                return; // "we have with us our co-host Tom Reed"
            }
        }
        if (atUs) {
            int after = span.to();
            boolean closesAtUs =
                    span.from() == at
                            && after + 1 < words.size()
                            && !endsPhrase(words.get(after - 1))
                            && AT.containsCore(words.get(after))
                            && US_AFTER_AT.containsCore(words.get(after + 1));
            if (!closesAtUs) {
                return;
            }
        }
        found.add(new Mention(Names.join(words, span.from(), span.to()), span.from()));
    }

    private static int skipToday(List<String> words, int from) {
        int at = from;
        while (at < words.size()
                && at < from + TODAY_MAX_WORDS
                && TODAY.containsCore(words.get(at))
                && !endsPhrase(words.get(at))) {
            at++;
        }
        return at;
    }

    /** Past the Spanish personal "a" before a person ("con nosotros a Lucía Pérez"). */
    private static int personalA(List<String> words, int at) {
        return at + 1 < words.size()
                        && Vocabulary.coreIs(words.get(at), "a")
                        && !endsPhrase(words.get(at))
                        && Names.isNameWord(words.get(at + 1))
                ? at + 1
                : at;
    }

    /**
     * The vocabularies' "with us" and "at us" above as running text writes them (function words of
     * the seven languages, "con nosotr" for both genders), to look for before splitting a text.
     */
    private static final List<String> STEMS =
            List.of(
                    "with us",
                    "avec nous",
                    "con nosotr",
                    "con noi",
                    "connosco",
                    "conosco",
                    "bei uns",
                    "bij ons");
}
