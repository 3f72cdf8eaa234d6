package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * A sentence that says the names after it are the edition's guests, then lists them: "Zu Gast sind
 * heute Mara Quill, Tom Reed und Ana Paz", "Tonight's guests include Mara Quill and Tom Reed",
 * "Parmi les autres invités, on note Mara Quill et Tom Reed", "Entre los invitados de hoy están
 * Mara Quill y Tom Reed", "Ospiti di stasera sia Mara Quill sia Tom Reed", "Os convidados são Mara
 * Quill e Tom Reed", "Aan tafel zitten vanavond Mara Quill en Tom Reed". The guest word and its
 * verb may be parted only by words of this edition ("de ce soir", "della puntata", "unter
 * anderem"): a named show between them ("les invités de Harbour Lights sont") is another show's, a
 * word of another time ("last week's guests are") another edition's, and a verb in the past
 * ("waren", "étaient", "were") is not among the verbs read. A name may carry a role before it ("der
 * Bergsteiger Mara Quill") and an aside after it ("Mara Quill (52, l.)", "Mara Quill, la
 * cinéaste,", "Mara Quill, die ...,"); the list ends at the sentence's end or at its first item
 * that is no person's name.
 */
final class GuestListSentences {

    private GuestListSentences() {}

    /**
     * The plural guest nouns of the seven languages, which open such a sentence: "guests",
     * "invités", "Gäste", "invitados", "ospiti", "convidados", "gasten".
     */
    private static final Vocabulary GUEST_NOUNS =
            Vocabulary.of(
                    "guests invités invitées invitados invitadas ospiti convidados convidadas"
                            + " gäste gasten");

    /**
     * The verbs and particles of the present and future that state who the guests are: "are",
     * "include", "sont", "seront", "figurent", "note" ("on note"), "retrouve", "sind", "son",
     * "serán", "están", "estarán", "figuran", "sono", "saranno", "sia" ("sia A sia B"), "são",
     * "serão", "estão", "estarão", "zijn", "zitten" ("aan tafel zitten").
     */
    private static final Vocabulary LIST_VERBS =
            Vocabulary.of(
                    "are include includes sont seront figurent note retrouve retrouvera trouve"
                            + " aura sind son serán están estarán figuran sono saranno sia são"
                            + " serão estão estarão zijn zitten schuiven");

    /**
     * The words that may stand between the guest word and its verb, and between the verb and the
     * list, because they place the list in this edition or soften it: "tonight", "heute", "unter
     * anderem", "de ce soir", "de la soirée", "de hoy", "de esta noche", "di stasera", "della
     * puntata", "desta noite", "de hoje", "vanavond", "onder anderen", "autres", "also", "on" and
     * "il y" ("on note", "il y aura"). A function-word vocabulary of the seven languages.
     */
    private static final Vocabulary EDITION_FILLERS =
            Vocabulary.of(
                    "tonight today this week on the show also other de ce soir la soirée l'émission"
                            + " l’émission émission du jour cette semaine autres aussi encore il y"
                            + " hoy esta noche del programa también otros otras di stasera della"
                            + " puntata serata oggi anche altri desta noite hoje do programa da"
                            + " também outros heute diesmal unter anderem u.a. außerdem auch"
                            + " weitere weiteren in der sendung vanavond deze onder anderen meer"
                            + " ook andere");

    /**
     * The words that open a list without a guest noun of their own, the French "parmi eux" after a
     * sentence of guests: "Parmi eux, Mara Quill, Tom Reed ou encore Ana Paz".
     */
    private static final Vocabulary AMONG = Vocabulary.of("parmi");

    private static final Vocabulary THEM = Vocabulary.of("eux elles");

    /**
     * The verbs of hosting in the future and present plural and singular, in French, which the
     * sentence before a "parmi eux" says of the guests: "accueilleront une dizaine de
     * personnalités".
     */
    private static final Vocabulary RECEIVE_VERBS =
            Vocabulary.of(
                    "accueilleront accueillera accueillent accueille recevront recevra reçoivent"
                            + " reçoit");

    /**
     * The words of a text that a phrase of this class needs, for the text's prefilter: the guest
     * nouns, "Gast" of "zu Gast sind", "Tafel" of "aan tafel", and "parmi".
     */
    static final String WORDS = String.join(" ", GUEST_NOUNS.words()) + " gast tafel parmi";

    /** Most words of this edition between the guest word and its verb, or the verb and the list. */
    private static final int FILLER_MAX_WORDS = 4;

    /** How far before "parmi eux" the sentence of guests may start. */
    private static final int AMONG_REACH = 30;

    /** Most names a sentence of guests lists. */
    private static final int LIST_MAX_NAMES = 12;

    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        for (int i = 0; i + 1 < words.size(); i++) {
            int start = listStart(words, i);
            if (start > 0 && start < words.size()) {
                readList(words, start, credit, found);
            }
        }
    }

    /** Where the list starts that the guest phrase at word {@code i} opens; -1 if none opens. */
    private static int listStart(List<String> words, int i) {
        String w = words.get(i);
        if (AMONG.containsCore(w) && !endsPhrase(w)) {
            String them = words.get(i + 1);
            return THEM.containsCore(them) && them.endsWith(",") && receivesBefore(words, i)
                    ? i + 2
                    : -1;
        }
        boolean opens =
                GUEST_NOUNS.containsCore(w)
                        || (i > 0
                                && ((Vocabulary.coreIs(w, "gast")
                                                && Vocabulary.coreIs(words.get(i - 1), "zu"))
                                        || (Vocabulary.coreIs(w, "tafel")
                                                && Vocabulary.coreIs(words.get(i - 1), "aan"))));
        if (!opens || !thisEdition(words, i) || !editionNamedBefore(words, i)) {
            return -1;
        }
        int k = i + 1;
        if (w.endsWith(",")) {
            // "Parmi les invités, on note": the comma before the verb of French
            if (!AMONG.containsCore(words.get(Math.max(0, i - 3)))
                    && !AMONG.containsCore(words.get(Math.max(0, i - 2)))
                    && !AMONG.containsCore(words.get(Math.max(0, i - 1)))) {
                return -1;
            }
        } else if (endsPhrase(w)) {
            return -1;
        }
        int verb = -1;
        for (int n = 0; k < words.size() && n <= FILLER_MAX_WORDS; k++, n++) {
            String x = words.get(k);
            if (!Character.isLowerCase(x.charAt(0))) {
                return -1; // a named show or place between: "les invités de Harbour Lights"
            }
            if (LIST_VERBS.containsCore(x)) {
                verb = k;
                break;
            }
            if (!EDITION_FILLERS.containsCore(x)
                    || OtherEpisodeWords.isBeforeOrAfter(x)
                    || EARLIER.containsCore(x)) {
                return -1;
            }
            if (endsPhrase(x) && !x.endsWith(",")) {
                return -1;
            }
        }
        if (verb < 0 || endsPhrase(words.get(verb))) {
            return verb >= 0 && words.get(verb).endsWith(":") ? verb + 1 : -1;
        }
        int at = verb + 1;
        for (int n = 0; at < words.size() && n < FILLER_MAX_WORDS; n++) {
            String x = words.get(at);
            if (!Character.isLowerCase(x.charAt(0)) || !EDITION_FILLERS.containsCore(x)) {
                break;
            }
            at++;
            if (endsPhrase(x)) {
                break;
            }
        }
        return at;
    }

    /**
     * The words that name an edition or its day in the seven languages: "tonight", "episode",
     * "heute", "Sendung", "Folge", "ce soir", "émission", "numéro", "stasera", "puntata", "hoy",
     * "esta noche", "programa", "hoje", "vanavond", "aflevering". A list of guests with none of
     * them near ("Guests include ...") may be a show's guests over the years.
     */
    private static final Vocabulary EDITION_WORDS =
            Vocabulary.of(
                    "tonight tonight's tonight’s today today's today’s episode edition heute"
                        + " diesmal heutigen abend sendung folge ausgabe soir soirée émission"
                        + " numéro épisode aujourd'hui aujourd’hui stasera serata puntata oggi hoy"
                        + " noche programa episodio edición hoje noite episódio edição vanavond"
                        + " vandaag aflevering uitzending");

    /**
     * The words that put guests in the show's past: "earlier guests", "frühere Gäste", "anciens
     * invités", "invitados anteriores", "ospiti precedenti", "antigos convidados", "eerdere
     * gasten".
     */
    private static final Vocabulary EARLIER =
            Vocabulary.of(
                    "earlier former recent frühere früheren bisherige bisherigen ehemalige"
                            + " ehemaligen anciens anciennes précédents précédentes anteriores"
                            + " pasados precedenti passati antigos eerdere vroegere");

    /** How far before the guest word a word of the edition may stand. */
    private static final int EDITION_REACH = 80;

    /** Whether a word of an edition stands before the guest word, or between it and its verb. */
    private static boolean editionNamedBefore(List<String> words, int i) {
        for (int k = Math.min(words.size() - 1, i + FILLER_MAX_WORDS); k >= 0; k--) {
            if (i - k > EDITION_REACH) {
                return false;
            }
            String w = words.get(k);
            if (EDITION_WORDS.containsCore(w)
                    || (w.length() > 2 && EDITION_WORDS.containsCore(w.substring(2)))) {
                return true; // "l'émission": past an elided article
            }
        }
        return false;
    }

    /**
     * Whether nothing before the guest word places the list in another edition ("last week's guests
     * are", "les invités de la semaine dernière") or outside the show ("the festival's guests"):
     * the two words before it hold no word of another time and no possessive that is not of a time
     * of this edition.
     */
    private static boolean thisEdition(List<String> words, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            String x = words.get(k);
            if (OtherEpisodeWords.isBeforeOrAfter(x) || EARLIER.containsCore(x)) {
                return false;
            }
            String possessor = possessor(x);
            if (possessor != null && !EDITION_FILLERS.containsCore(possessor)) {
                return false; // "the festival's guests", not "tonight's guests"
            }
        }
        for (int k = i; k >= 0 && (k == i || !CreditLines.endsSentence(words.get(k))); k--) {
            if (QUOTES.indexOf(words.get(k).charAt(0)) >= 0) {
                return false; // a quoted speaker's list: "\"Die Gäste sind ...\", sagt X"
            }
        }
        return true;
    }

    /** The quotation marks that open a quote. */
    private static final String QUOTES = "\"\u201C\u201E\u00AB\u2039";

    /** "festival" of "festival's", "tonight" of "tonight’s"; null for a word of no possessor. */
    private static String possessor(String raw) {
        String core = Names.core(raw);
        for (String s : new String[] {"'s", "’s"}) {
            if (core.length() > s.length() && core.toLowerCase(java.util.Locale.ROOT).endsWith(s)) {
                return core.substring(0, core.length() - s.length());
            }
        }
        return null;
    }

    /** Whether a French verb of hosting stands in the sentence or two before "parmi eux". */
    private static boolean receivesBefore(List<String> words, int i) {
        for (int k = i - 1; k >= 0 && k >= i - AMONG_REACH; k--) {
            if (RECEIVE_VERBS.containsCore(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The names listed from {@code start}, each past a role before it and an aside after it, joined
     * by commas, "and" or "sia", to the sentence's end or the first item that is no name.
     */
    private static void readList(
            List<String> words, int start, boolean[] credit, List<Mention> found) {
        int at = start;
        for (int listed = 0; listed < LIST_MAX_NAMES && at < words.size(); listed++) {
            int name = ListItems.pastRole(words, at);
            Span span = name < words.size() ? Names.personAt(words, name) : null;
            if (span == null
                    || span.from() != name
                    || credit[name]
                    || Names.isPossessive(words.get(span.to() - 1))) {
                return;
            }
            NamesListedAfter.add(found, words, span, credit);
            at = ListItems.nextItem(words, span.to());
            if (at < 0) {
                return;
            }
        }
    }
}
