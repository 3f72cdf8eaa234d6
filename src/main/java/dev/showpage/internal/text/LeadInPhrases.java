package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * Phrases whose last word leads to the guest's name after it, beyond "with" and "joined by":
 * "Together with Mara Quill, we look at ..." (and its kin in the seven languages, when the sentence
 * goes on in the first person plural), "we hear from Mara Quill", "with the participation of Mara
 * Quill" ("con la participación de", "avec la participation de", "con la partecipazione di", "com a
 * participação de", "met medewerking van", "unter Mitwirkung von"), and a player's instruction "To
 * hear Mara Quill, click ..." ("Pour écouter Mara Quill, cliquez ...").
 */
final class LeadInPhrases {

    private LeadInPhrases() {}

    /**
     * The words of company before "with" (or "a", "de"): "together with", "along with", "insieme
     * a", "samen met", "gemeinsam mit", "junto a", "juntamente com", "en compagnie de", "in
     * compagnia di", "em companhia de".
     */
    private static final Vocabulary TOGETHER_WORDS =
            Vocabulary.of(
                    "together along insieme samen gemeinsam zusammen junto juntamente compagnie"
                            + " compagnia companhia");

    /** The links after such a word that are no with-word: "insieme a", "en compagnie de". */
    private static final Vocabulary TOGETHER_LINKS = Vocabulary.of("a à de di da con");

    /** How many words after the name the sentence's "we" may stand. */
    private static final int TOGETHER_WE_REACH = 16;

    /** "hear from": the verbs of hearing whose "from" leads to the one heard. */
    private static final Vocabulary HEAR_VERBS = Vocabulary.of("hear hears hearing");

    /** The nouns of taking part, which credit the episode's guests. */
    private static final Vocabulary PARTICIPATION_NOUNS =
            Vocabulary.of(
                    "participation participación partecipazione participação medewerking"
                            + " mitwirkung");

    /** The words for "of" after such a noun. */
    private static final Vocabulary PARTICIPATION_LINKS = Vocabulary.of("of de di da do van von");

    /**
     * The verbs of hearing after "to" ("pour", "para", "per") with which a newspaper's audio page
     * tells how to hear the person it recorded, in English, French, Spanish, Italian and
     * Portuguese: "To hear Mara Quill, click ...", "Pour écouter Mara Quill, cliquez ...".
     */
    private static final Vocabulary PLAYER_HEAR_VERBS =
            Vocabulary.of(
                    "hear listen écouter entendre escuchar oír ascoltare sentire ouvir escutar");

    /** "to" before such a verb: "to", "pour", "para", "per". */
    private static final Vocabulary PLAYER_HEAR_TO = Vocabulary.of("to pour para per");

    /**
     * The imperatives of clicking or pressing that close such an instruction, in the same languages
     * ("click", "press", "cliquez", "appuyez", "pulse", "haga", "clica", "clicca", "premi",
     * "clique", "carregue").
     */
    private static final Vocabulary CLICK_VERBS =
            Vocabulary.of(
                    "click press tap cliquez clique cliquer appuyez pulse pulsa haz haga clica"
                            + " clicca cliccate premi carregue toque");

    /** How many words after the name the click may stand. */
    private static final int CLICK_REACH = 3;

    /** Where the name after a lead-in phrase whose word {@code i} is part of starts; else -1. */
    static int nameAfter(List<String> words, int i) {
        int together = togetherWith(words, i);
        if (together > 0) {
            return together;
        }
        int heard = heardByClicking(words, i);
        if (heard > 0) {
            return heard;
        }
        String word = words.get(i);
        if (i == 0 || endsPhrase(words.get(i - 1))) {
            return -1;
        }
        String before = words.get(i - 1);
        if (Vocabulary.coreIs(word, "from") && HEAR_VERBS.containsCore(before)) {
            return i + 1; // "we hear from Mara Quill", "hearing from"
        }
        if (PARTICIPATION_LINKS.containsCore(word) && PARTICIPATION_NOUNS.containsCore(before)) {
            return i + 1; // "con la participación de", "with the participation of"
        }
        return -1;
    }

    /**
     * Where the name starts in a player's instruction that opens its sentence, "To hear Mara Quill,
     * click the player below", "Pour écouter Mara Quill, cliquez sur le lecteur", "Para escuchar a
     * Mara Quill, pulse ...": the one the audio lets be heard, the page's guest. Else -1: "To hear
     * Mara Quill, we went to Bergen" is no instruction.
     */
    private static int heardByClicking(List<String> words, int i) {
        if (!PLAYER_HEAR_VERBS.containsCore(words.get(i))
                || endsPhrase(words.get(i))
                || i == 0
                || !PLAYER_HEAR_TO.containsCore(words.get(i - 1))
                || (i > 1 && !CreditLines.endsSentence(words.get(i - 2)))) {
            return -1;
        }
        int start = i + 1;
        if (start < words.size() && Vocabulary.coreIs(words.get(start), "to")) {
            start++; // "to listen to"
        }
        if (start + 1 < words.size() && Vocabulary.coreIs(words.get(start), "a")) {
            start++; // "para escuchar a Mara Quill"
        }
        Span span = start < words.size() ? Names.personAt(words, start) : null;
        if (span == null
                || span.from() != start
                || !words.get(span.to() - 1).endsWith(",")
                || Names.isPossessive(words.get(span.to() - 1))) {
            return -1;
        }
        for (int k = span.to(); k < words.size() && k < span.to() + CLICK_REACH; k++) {
            if (CLICK_VERBS.containsCore(words.get(k))) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Where the name after "together with" (and its kin) starts, when the same sentence goes on in
     * the first person plural ("Together with Mara Quill, we look at ...", "Insieme a Mara Quill,
     * già direttrice del porto, esaminiamo ...", "Samen met Mara Quill kijken we"): the host and
     * the guest doing the episode's work together. Else -1: "Together with Mara Quill, the council
     * built a lighthouse" names someone the notes speak of.
     */
    private static int togetherWith(List<String> words, int i) {
        String word = words.get(i);
        if (!TOGETHER_WORDS.containsCore(word) || endsPhrase(word) || i + 2 >= words.size()) {
            return -1;
        }
        String link = words.get(i + 1);
        if (endsPhrase(link)
                || !(PersonWords.isWithWord(link) || TOGETHER_LINKS.containsCore(link))) {
            return -1;
        }
        Span span = GuestIntroductions.described(words, i + 2);
        if (span == null) {
            return -1;
        }
        for (int k = span.to(); k < words.size() && k < span.to() + TOGETHER_WE_REACH; k++) {
            String w = words.get(k);
            if (PersonWords.speaksAsWe(w)) {
                return i + 2;
            }
            if (CreditLines.endsSentence(w)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The words a phrase of {@link #nameAfter} may stand on, the word it is asked about: a word of
     * company, a verb of hearing, "from" ("hear from"), or a link after a noun of taking part. A
     * word that is none of them starts no such phrase, and is not asked about.
     */
    static final List<Vocabulary> STARTS =
            List.of(TOGETHER_WORDS, PLAYER_HEAR_VERBS, Vocabulary.of("from"), PARTICIPATION_LINKS);
}
