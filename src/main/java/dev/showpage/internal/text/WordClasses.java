package dev.showpage.internal.text;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The classes of a word that the guest readers ask about, as bits of one int: whether its core is a
 * with-word, a guest's heading word, a verb of interviewing, and so on. A text's words are looked
 * up once each, in one table built from the vocabularies where the words are kept and documented
 * ({@link PersonWords}, {@link CompanionPhrases}, {@link LeadInPhrases}, {@link ClosingPhrases},
 * {@link HavePhrases}), and the readers test bits; asking each vocabulary about each word in turn
 * cost a lookup, and the word's core found again, per question. A bit says exactly what the
 * vocabulary's lookup says (in any case, by the core, and for some verbs past a French elided
 * pronoun), so that a reader that tests it reads the same words as one that asks.
 */
final class WordClasses {

    static final int WITH = 1;
    static final int TO = 1 << 1;
    static final int DOWN = 1 << 2;
    static final int BY = 1 << 3;
    static final int JOINING = 1 << 4;
    static final int IS = 1 << 5;
    static final int TALK_VERB = 1 << 6;
    static final int FIRST_PERSON = 1 << 7;
    static final int THIRD_PERSON = 1 << 8;
    static final int LISTENER = 1 << 9;
    static final int GUEST_HEADING = 1 << 10;
    static final int INTERVIEW_VERB = 1 << 11;
    static final int NAMING_VERB = 1 << 12;
    static final int INTRODUCE_VERB = 1 << 13;
    static final int MEET_VERB = 1 << 14;

    /** A word a lead-in phrase may stand on ({@link LeadInPhrases#nameAfter}). */
    static final int LEAD_IN = 1 << 15;

    /** A word a phrase of company may stand on ({@link CompanionPhrases#after}). */
    static final int COMPANION = 1 << 16;

    /** A word a closing phrase may stand on ({@link ClosingPhrases#before}). */
    static final int CLOSING = 1 << 17;

    static final int HONORIFIC = 1 << 18;

    /** A word that heads a credit ({@link PersonWords#isCreditWord}). */
    static final int CREDIT = 1 << 19;

    /** A word after a credit word that leads to the names ({@link PersonWords#isCreditLink}). */
    static final int CREDIT_LINK = 1 << 20;

    /** A word of thanks or sponsorship, which masks the rest of its sentence. */
    static final int THANKS = 1 << 21;

    /** A word of a later episode's phrase: "next" or a unit of time ({@link LaterEpisodes}). */
    static final int LATER = 1 << 22;

    static final int BE = 1 << 23;

    /** A verb of having a guest ({@link HavePhrases#HAVE_VERBS}). */
    static final int HAVE = 1 << 24;

    /** A word of the episode or its time that a verb of having follows ({@link HavePhrases}). */
    static final int WHEN = 1 << 25;

    /*
     * The cue words of the readers that {@link GuestIntroductions} runs after its own phrases: a
     * reader finds no one in a text that holds none of its cue words, and is not run on it. A bit
     * may stand for the cues of two readers (a text let through by the other's cue is read, and
     * gives what it gave before).
     */

    /** A host's verb of receiving in the third person ({@link HostReceives}). */
    static final int RECEIVES = 1 << 26;

    /**
     * The inverted auxiliary of an invitation: "haben", "hebben" ({@link InvitedPhrases}); it
     * shares the bit of {@link #RECEIVES}, as both readers are cheap walks that rarely find anyone.
     */
    static final int INVITING = RECEIVES;

    /**
     * A word that the phrases after a name as a subject need ({@link SubjectPhrases#CUES}):
     * "joins", "returns", "is our guest", "tells us", "discuss".
     */
    static final int SUBJECT = 1 << 27;

    /**
     * A word of welcome ({@link WelcomePhrases}) or an infinitive of welcoming, also past an elided
     * "d'" ({@link JoyfulWelcomes}).
     */
    static final int WELCOMING = 1 << 28;

    /**
     * A guest noun that opens a list ({@link GuestListSentences}) or that a broadcast compounds
     * ({@link GuestAppositions}, with the {@link #GUEST_HEADING} words).
     */
    static final int GUESTS = 1 << 29;

    /** A verb an inverted speaker speaks with ({@link InvertedSpeakers}). */
    static final int SPEAKING = 1 << 30;

    /** A verb of meeting, or a noun of the episode an opener holds ({@link EpisodeOpeners}). */
    static final int OPENING = 1 << 31;

    /**
     * The classes that a word may say past a French elided pronoun ("j'interviewe", "s'appelle",
     * "m'accompagne"), as the vocabularies' readers look there too.
     */
    private static final int ELIDED = INTERVIEW_VERB | NAMING_VERB | COMPANION | WELCOMING;

    /**
     * The furthest place of the apostrophe of an elided article or pronoun before a subject's cue
     * ("all'ospite"), as {@link ArrivalPhrases#afterElision} reads it.
     */
    private static final int SUBJECT_ELISION_MAX = 3;

    /**
     * The words the readers ask for by name: function words of English ("talk to", "sit down with",
     * "joined by", "joining me", "she is called", "will be back"), which no vocabulary holds.
     */
    private static final Vocabulary TO_WORDS = Vocabulary.of("to");

    private static final Vocabulary DOWN_WORDS = Vocabulary.of("down");
    private static final Vocabulary BY_WORDS = Vocabulary.of("by");
    private static final Vocabulary JOINING_WORDS = Vocabulary.of("joining");
    private static final Vocabulary IS_WORDS = Vocabulary.of("is");
    private static final Vocabulary BE_WORDS = Vocabulary.of("be");

    /** The ASCII words, open-addressed by the hash of their lower case, and their classes. */
    private static final String[] KEYS;

    private static final int[] CLASSES;

    private static final int SLOTS_MASK;

    /** Every word, ASCII or not, for a core that is not ASCII (lowered as String does). */
    private static final Map<String, Integer> ALL = new HashMap<>();

    static {
        add(PersonWords.WITH_WORDS, WITH);
        add(TO_WORDS, TO);
        add(DOWN_WORDS, DOWN);
        add(BY_WORDS, BY);
        add(JOINING_WORDS, JOINING);
        add(IS_WORDS, IS);
        add(GuestIntroductions.TALK_VERBS, TALK_VERB);
        add(PersonWords.FIRST_PERSON, FIRST_PERSON);
        add(IntroducingVerbs.THIRD_PERSON, THIRD_PERSON);
        add(IntroducingVerbs.LISTENER_PRONOUNS, LISTENER);
        add(PersonWords.GUEST_HEADING_WORDS, GUEST_HEADING);
        add(IntroducingVerbs.INTERVIEW_VERBS, INTERVIEW_VERB);
        add(IntroducingVerbs.NAMING_VERBS, NAMING_VERB);
        add(IntroducingVerbs.INTRODUCE_VERBS, INTRODUCE_VERB);
        add(IntroducingVerbs.MEET_VERBS, MEET_VERB);
        LeadInPhrases.STARTS.forEach(v -> add(v, LEAD_IN));
        CompanionPhrases.STARTS.forEach(v -> add(v, COMPANION));
        add(ClosingPhrases.STARTS, CLOSING);
        add(PersonWords.HONORIFICS, HONORIFIC);
        add(PersonWords.CREDIT_WORDS, CREDIT);
        add(PersonWords.CREDIT_LINKS, CREDIT_LINK);
        add(CreditLines.THANKS, THANKS);
        add(LaterEpisodes.NEXT_WORDS, LATER);
        add(LaterEpisodes.LATER_UNITS, LATER);
        add(BE_WORDS, BE);
        add(HavePhrases.HAVE_VERBS, HAVE);
        add(HavePhrases.WHEN_WORDS, WHEN);
        add(HostReceives.RECEIVE_THIRD_PERSON, RECEIVES);
        add(InvitedPhrases.HAVE_FIRST_PERSON, INVITING);
        SubjectPhrases.CUES.forEach(v -> add(v, SUBJECT));
        add(PersonWords.WELCOME_WORDS, WELCOMING);
        add(JoyfulWelcomes.WELCOME_INFINITIVES, WELCOMING);
        add(Vocabulary.of(GuestListSentences.WORDS), GUESTS);
        add(Vocabulary.of(GuestAppositions.WORDS), GUESTS);
        add(InvertedSpeakerWords.VERB_WORDS, SPEAKING);
        add(EpisodeOpeners.MEET_WORDS, OPENING);
        add(PersonWords.CONVERSATION_NOUNS, OPENING);
        int size = Integer.highestOneBit(Math.max(ALL.size(), 1) * 4);
        KEYS = new String[size];
        CLASSES = new int[size];
        SLOTS_MASK = size - 1;
        for (Map.Entry<String, Integer> e : ALL.entrySet()) {
            String word = e.getKey();
            if (Vocabulary.isAscii(word, 0, word.length())) {
                int slot = Vocabulary.spread(Vocabulary.hash(word, 0, word.length())) & SLOTS_MASK;
                while (KEYS[slot] != null) {
                    slot = (slot + 1) & SLOTS_MASK;
                }
                KEYS[slot] = word;
                CLASSES[slot] = e.getValue();
            }
        }
    }

    private WordClasses() {}

    private static void add(Vocabulary vocabulary, int bit) {
        for (String word : vocabulary.words()) {
            ALL.merge(word, bit, (a, b) -> a | b);
        }
    }

    /** The classes of each of the words, in their order. */
    static int[] of(List<String> words) {
        int[] classes = new int[words.size()];
        for (int i = 0; i < classes.length; i++) {
            classes[i] = of(words.get(i));
        }
        return classes;
    }

    /** The classes of one word, as it stands in a text (with its punctuation, in any case). */
    static int of(String raw) {
        int classes = lookup(raw, 0);
        int elided = IntroducingVerbs.elided(raw);
        if (elided > 0) {
            classes |= lookup(raw, elided) & ELIDED;
        }
        for (int i = 1; i <= SUBJECT_ELISION_MAX && i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\'' || c == '\u2019') {
                // "l'invitée", "all'ospite", "m'accompagne": the subject's cue after an elision
                classes |= lookup(raw, i + 1) & SUBJECT;
            }
        }
        if (raw.equalsIgnoreCase("w/")) {
            classes |= WITH; // the core of "w/" is a bare "w", which is no with-word
        }
        return classes;
    }

    /** The classes of the core of {@code raw} from {@code from} on, in lower case. */
    private static int lookup(String raw, int from) {
        int start = Vocabulary.coreStart(raw, from);
        int end = Vocabulary.coreEnd(raw, start);
        int hash = 0;
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (c >= 0x80) {
                Integer found = ALL.get(raw.substring(start, end).toLowerCase(Locale.ROOT));
                return found == null ? 0 : found;
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        int length = end - start;
        int slot = Vocabulary.spread(hash) & SLOTS_MASK;
        for (String word = KEYS[slot]; word != null; word = KEYS[slot = (slot + 1) & SLOTS_MASK]) {
            if (word.length() == length && raw.regionMatches(true, start, word, 0, length)) {
                return CLASSES[slot];
            }
        }
        return 0;
    }
}
