package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;
import java.util.Locale;

/**
 * A sentence whose subject is this edition's guests and whose verb lists them: "Zu Gast in der
 * heutigen Sendung sind Mara Quill und Tom Reed", "Tonight's guests include Mara Quill and Tom
 * Reed", "Les invités de ce soir sont Mara Quill et Tom Reed", "Entre los invitados de hoy están
 * Mara Quill y Tom Reed", "Gli ospiti della puntata sono Mara Quill e Tom Reed", "Os convidados
 * desta noite são Mara Quill e Tom Reed", "Aan tafel zitten in deze aflevering Mara Quill en Tom
 * Reed".
 *
 * <p>The sentence must name the show or edition itself ("Sendung", "émission", "puntata",
 * "episode") or put a determiner of this edition on the guest noun ("tonight's", "de ce soir", "di
 * stasera", "heutigen"); a time word alone ("Heute Abend ... Die Gäste sind") may be a match's or a
 * festival's evening. Nothing in the sentence before the list may name an event ("festival",
 * "concert", "Spiel"), another edition ("next", "demain", "morgen", "prochain"), or guests over the
 * years ("regular", "notable", "chaque", "souvent"); the verb is of the present or the future, not
 * followed by a past participle ("sono stati"). A name may carry a role before it ("der Segler Mara
 * Quill") and an aside after it ("Mara Quill (47, r.)", "Mara Quill, la cinéaste,"); the list ends
 * at the sentence's end, at its first item that is no person's name, or at a host's role
 * ("presentator Mara Quill" hosts).
 */
final class GuestListSentences {

    /**
     * The plural guest nouns of the seven languages, which open such a sentence: "guests",
     * "invités", "Gäste", "invitados", "ospiti", "convidados", "gasten".
     */
    private static final Vocabulary GUEST_NOUNS =
            Vocabulary.of(
                    "guests invités invitées invitados invitadas ospiti convidados convidadas"
                            + " gäste gasten");

    /**
     * The verbs of the present and future that state who the guests are: "are", "include", "sont",
     * "seront", "figurent", "sind", "son", "serán", "están", "estarán", "figuran", "sono",
     * "saranno", "são", "serão", "estão", "estarão", "zijn", "zitten" ("aan tafel zitten").
     */
    private static final Vocabulary LIST_VERBS =
            Vocabulary.of(
                    "are include includes sont seront figurent sind son serán están estarán"
                            + " figuran sono saranno são serão estão estarão zijn zitten");

    /**
     * The past participles of "to be" that turn a verb of the list into the past: "have been", "ont
     * été", "sono stati", "han sido", "sind gewesen", "zijn geweest".
     */
    private static final Vocabulary PAST_PARTICIPLES =
            Vocabulary.of("been été stati state sido gewesen geweest");

    /**
     * The words that may stand between the guest word and its verb, and between the verb and the
     * list, because they place the list in this edition or soften it: "unter anderem", "de ce
     * soir", "de la soirée", "de hoy", "de esta noche", "di stasera", "della puntata", "desta
     * noite", "de hoje", "vanavond", "onder anderen", "autres". A function-word vocabulary of the
     * seven languages.
     */
    private static final Vocabulary EDITION_FILLERS =
            Vocabulary.of(
                    "tonight today this week the show also other de ce soir la soirée l'émission"
                            + " l’émission émission du jour cette semaine autres aussi encore"
                            + " hoy esta noche del programa también otros otras di stasera della"
                            + " puntata serata oggi anche altri desta noite hoje do programa da"
                            + " também outros heute diesmal unter anderem u.a. außerdem auch"
                            + " weitere weiteren in der sendung vanavond deze onder anderen meer"
                            + " ook andere aflevering dieser diese heutigen folge episode"
                            + " épisode");

    /**
     * The nouns of a show or one of its editions in the seven languages: "episode", "show",
     * "Sendung", "Folge", "émission", "épisode", "programa", "puntata", "aflevering". One of them
     * in the sentence ties its guests to the show rather than to an evening's other events.
     */
    private static final Vocabulary SHOW_WORDS =
            Vocabulary.of(
                    "episode show edition sendung talkshow folge ausgabe émission épisode"
                            + " numéro programme programa episodio edición puntata trasmissione"
                            + " programma episódio edição aflevering uitzending");

    /**
     * The time words that, standing between the guest noun and its verb ("les invités de ce soir
     * sont", "gli ospiti di stasera sono", "los invitados de hoy están") or owning it ("tonight's
     * guests", "die heutigen Gäste"), make the guests this edition's.
     */
    private static final Vocabulary THIS_TIME =
            Vocabulary.of(
                    "tonight today soir jour aujourd'hui aujourd’hui stasera oggi"
                            + " serata hoy noche noite hoje vanavond vandaag");

    /** The time words that own a guest noun in English: "tonight's guests", "this week's". */
    private static final Vocabulary OWNING_TIMES = Vocabulary.of("tonight today week");

    /**
     * The words of a text that a phrase of this class needs, for the text's prefilter: the guest
     * nouns, "Gast" of "zu Gast sind", "Tafel" of "aan tafel".
     */
    static final String WORDS = String.join(" ", GUEST_NOUNS.words()) + " gast tafel";

    /** Most words of this edition between the guest word and its verb, or the verb and the list. */
    private static final int FILLER_MAX_WORDS = 4;

    /** Most names a sentence of guests lists. */
    private static final int LIST_MAX_NAMES = 12;

    private GuestListSentences() {}

    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        for (int i = 1; i + 1 < words.size(); i++) {
            int start = listStart(words, i);
            if (start > 0 && start < words.size()) {
                readList(words, start, credit, found);
            }
        }
    }

    /** Where the list starts that the guest phrase at word {@code i} opens; -1 if none opens. */
    private static int listStart(List<String> words, int i) {
        String w = words.get(i);
        boolean opens =
                GUEST_NOUNS.containsCore(w)
                        || (Vocabulary.coreIs(w, "gast")
                                && Vocabulary.coreIs(words.get(i - 1), "zu"))
                        || (Vocabulary.coreIs(w, "tafel")
                                && Vocabulary.coreIs(words.get(i - 1), "aan"));
        if (!opens || endsPhrase(w)) {
            return -1;
        }
        int verb = -1;
        boolean timeOnNoun = false;
        for (int k = i + 1, n = 0; k < words.size() && n <= FILLER_MAX_WORDS; k++, n++) {
            String x = words.get(k);
            if (!Character.isLowerCase(x.charAt(0)) && !SHOW_WORDS.containsCore(x)) {
                // a named show or place between ("les invités de Harbour Lights"), where a German
                // noun of the show is capitalised ("Zu Gast in der Sendung sind")
                return -1;
            }
            if (LIST_VERBS.containsCore(x)) {
                verb = k;
                break;
            }
            if (!EDITION_FILLERS.containsCore(x) || (endsPhrase(x) && !x.endsWith(","))) {
                return -1;
            }
            timeOnNoun |= THIS_TIME.containsCore(x);
        }
        if (verb < 0) {
            return -1;
        }
        int at = verb + 1;
        if (endsPhrase(words.get(verb))) {
            if (!words.get(verb).endsWith(":")) {
                return -1;
            }
        } else {
            if (at < words.size() && PAST_PARTICIPLES.containsCore(words.get(at))) {
                return -1; // "sono stati", "ont été": guests of the past
            }
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
        }
        int from = sentenceStart(words, i);
        if (!clearBefore(words, from, at) || eventAfter(words, at)) {
            return -1;
        }
        boolean edition = timeOnNoun || ownedByThisTime(words, i) || showNamed(words, from, at);
        return edition ? at : -1;
    }

    /** The first word of the sentence that holds word {@code i}. */
    private static int sentenceStart(List<String> words, int i) {
        int k = i;
        while (k > 0 && !CreditLines.endsSentence(words.get(k - 1))) {
            k--;
        }
        return k;
    }

    /**
     * Whether the words from the sentence's start to the list hold no quotation mark and nothing
     * that puts the guests at another occasion ({@link OtherOccasionWords}).
     */
    private static boolean clearBefore(List<String> words, int from, int to) {
        for (int k = from; k < to; k++) {
            String x = words.get(k);
            if (QuotationMarks.opens(x) || OtherOccasionWords.placesElsewhere(x)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an event's noun stands in the rest of the sentence, after the list ("Tonight's guests
     * include A and B, says the festival's programme"): the guests are the event's. Only event
     * nouns are asked there; a word of another time after the list is as often about a guest's work
     * ("who talk about their last book").
     */
    private static boolean eventAfter(List<String> words, int at) {
        for (int k = at; k < words.size(); k++) {
            String x = words.get(k);
            if (OtherOccasionWords.isEventNoun(x)) {
                return true;
            }
            if (CreditLines.endsSentence(x)) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether a time of this edition owns the guest noun at {@code i}: "tonight's guests", "this
     * week's guests", "die heutigen Gäste". Another owner ("the festival's guests", "the show's
     * guests") does not count.
     */
    private static boolean ownedByThisTime(List<String> words, int i) {
        for (int k = Math.max(0, i - 2); k < i; k++) {
            String x = words.get(k);
            String possessor = possessor(x);
            if (possessor != null
                    ? OWNING_TIMES.containsCore(possessor)
                    : Vocabulary.coreIs(x, "heutigen") || Vocabulary.coreIs(x, "heutige")) {
                return true;
            }
        }
        return false;
    }

    /** Whether a noun of the show or an edition stands in the sentence before the list. */
    private static boolean showNamed(List<String> words, int from, int to) {
        for (int k = from; k < to; k++) {
            String x = words.get(k);
            if (SHOW_WORDS.containsCore(x)
                    || SHOW_WORDS.containsCore(ArrivalPhrases.afterElision(Names.core(x)))) {
                return possessor(x) == null; // "the show's guests" are its guests over the years
            }
        }
        return false;
    }

    /** "festival" of "festival's", "tonight" of "tonight’s"; null for a word of no possessor. */
    private static String possessor(String raw) {
        String core = Names.core(raw);
        String lower = core.toLowerCase(Locale.ROOT);
        for (String s : new String[] {"'s", "’s"}) {
            if (core.length() > s.length() && lower.endsWith(s)) {
                return core.substring(0, core.length() - s.length());
            }
        }
        return null;
    }

    /**
     * The names listed from {@code start}, each past a role before it and an aside after it, joined
     * by commas, "and" or "sia", to the sentence's end, the first item that is no name, or a host's
     * role.
     */
    private static void readList(
            List<String> words, int start, boolean[] credit, List<Mention> found) {
        int at = start;
        for (int listed = 0; listed < LIST_MAX_NAMES && at < words.size(); listed++) {
            int name = ListItems.pastRole(words, at);
            for (int k = at; k < name; k++) {
                if (ShowCircleWords.isShowsOwn(words.get(k))
                        || PersonWords.isHostWord(words.get(k))) {
                    return; // "presentator Sanne de Wit": the host, and the list turns to the crew
                }
            }
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
