package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.isNameWord;
import static dev.showpage.internal.text.Names.join;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * The one who tells a named interviewer something on the show, as an article about an episode
 * reports it: "Lo ha raccontato la cantante Mara Quill a Tom Reed durante la puntata", "explica o
 * historiador Rui Prado a Ana Lobo neste episódio", "contó la escritora Lucía Navas a Diego Ruiz en
 * el programa", "Mara Quill a raconté à Léa Garnier dans l'émission", "vertelde Bram de Wit aan
 * presentator Sanne Mol in de podcast", "verriet Jonas Brandt gegenüber Moderatorin Lea Kern in der
 * Sendung". The verb of telling comes before its subject (or right after it), the one told is a
 * person named in full, or a first name after a word of the show's staff ("a apresentadora Ana"),
 * and the sentence names the show, an edition or a conversation. Told to the press ("a la prensa",
 * "à l'AFP"), to a crowd or to a pronoun ("a ela") it names no interview; told in a sentence
 * without the show it is the news's or a novel's ("explique à Olaf Scholz pourquoi"). The teller
 * must not be the show's own (a host, a producer, a columnist).
 */
final class ToldToPhrases {

    private ToldToPhrases() {}

    /**
     * The verbs of telling, explaining, revealing and confiding in the third person, present, past
     * and past participle (for "ha raccontato", "a confié"), in Portuguese, Spanish, Italian,
     * French, Dutch and German. English says "told Tom Reed" without a preposition, which news
     * prints of anyone, and is left out; so are the plain verbs of saying ("dit", "dice", "disse",
     * "sagt"), which attribute every quote.
     */
    static final Vocabulary VERBS =
            Vocabulary.of(
                    "conta contou explica explicou revela revelou relata relatou confessa"
                            + " confessou confidencia confidenciou cuenta contó explicó reveló"
                            + " relató confiesa confesó confía confió racconta raccontò"
                            + " raccontato spiega spiegò spiegato rivela rivelò rivelato confida"
                            + " confidato confessato raconte racontait raconté explique expliqué"
                            + " révèle révélé confie confié vertelt vertelde onthult onthulde"
                            + " bekent bekende erzählt erzählte verrät verriet erklärt erklärte");

    /** The words of {@link #VERBS}, for the text's prefilter. */
    static final String WORDS = String.join(" ", VERBS.words());

    /**
     * The prepositions of the one told, in the languages of {@link #VERBS}: "a", "à", "ao", "al",
     * "aan", "gegenüber". Those joined with an article ("ao", "al", "au") lead to a role before the
     * name ("ao jornalista Rui Prado"), never straight to a name.
     */
    private static final Vocabulary TO_WORDS = Vocabulary.of("a à aan gegenüber");

    private static final Vocabulary TO_ARTICLE_WORDS = Vocabulary.of("ao al au");

    /**
     * The articles that may open the description before the teller or the one told ("o jornalista",
     * "la cantante", "il regista", "le chef", "de schrijver", "der Autor").
     */
    private static final Vocabulary ARTICLES =
            Vocabulary.of("o a la el il lo le l' de het der die dem den");

    /** The auxiliaries of a past told in two words, between the teller and the participle. */
    private static final Vocabulary AUXILIARIES = Vocabulary.of("ha a hat heeft");

    /** Most lower-case words of description before a name ("la cantautrice", "o jornalista"). */
    private static final int DESCRIPTION_MAX_WORDS = 3;

    /** The tellers such sentences name, after the verb or before it. */
    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        for (int i = 0; i + 2 < words.size(); i++) {
            String verb = words.get(i);
            if (!VERBS.containsCore(verb)
                    || endsPhrase(verb)
                    || !(Character.isLowerCase(verb.charAt(0))
                            || i == 0
                            || endsPhrase(words.get(i - 1)))) {
                continue; // "Contó la escritora ..." opens a sentence; "Conta" elsewhere is a name
            }
            Span teller = tellerAfter(words, i + 1);
            Span told = teller == null ? null : toldAt(words, teller.to());
            if (told == null) {
                teller = tellerBefore(words, i);
                told = teller == null ? null : toldAt(words, i + 1);
            }
            if (told != null
                    && !credit[teller.from()]
                    && onTheShow(words, i)
                    && !join(words, told.from(), told.to())
                            .equals(join(words, teller.from(), teller.to()))) {
                found.add(new Mention(join(words, teller.from(), teller.to()), teller.from()));
            }
        }
    }

    /** Most words of the sentence, either side of the verb, asked for a word of the show. */
    private static final int SENTENCE_REACH = 30;

    /**
     * The nouns of a show and its formats that an article about an episode names beside the
     * telling, in the seven languages ("the podcast", "il format", "la trasmissione"), besides an
     * edition's ({@link InvertedSpeakerWords#EDITION_NOUNS}) and a conversation's.
     */
    private static final Vocabulary SHOW_NOUNS =
            Vocabulary.of("podcast show format programme programma trasmissione programa");

    /**
     * Whether the sentence of the verb at {@code verb} speaks of the show, an edition or a
     * conversation ("neste episódio", "durante la puntata", "im Podcast", "dans l'émission"): told
     * elsewhere, a saying is the news's or a novel's ("explique à Olaf Scholz pourquoi").
     */
    private static boolean onTheShow(List<String> words, int verb) {
        for (int k = verb - 1; k >= 0 && k >= verb - SENTENCE_REACH; k--) {
            if (CreditLines.endsSentence(words.get(k))) {
                break;
            }
            if (namesTheShow(words.get(k))) {
                return true;
            }
        }
        for (int k = verb + 1; k < words.size() && k <= verb + SENTENCE_REACH; k++) {
            String w = words.get(k);
            if (namesTheShow(w)) {
                return true;
            }
            if (CreditLines.endsSentence(w)) {
                break;
            }
        }
        return false;
    }

    /** A word of the show, an edition or a conversation, maybe after an elided article. */
    private static boolean namesTheShow(String w) {
        String elided = ArrivalPhrases.afterElision(w); // "l'émission", "dell'episodio"
        for (String word : List.of(w, elided)) {
            if (!word.isEmpty()
                    && (SHOW_NOUNS.containsCore(word)
                            || InvertedSpeakerWords.EDITION_NOUNS.containsCore(word)
                            || PersonWords.isConversationNoun(word))) {
                return true;
            }
        }
        return ConversationWith.isJoinedConversationNoun(w);
    }

    /**
     * "raccontato la cantautrice Mara Quill": the teller after the verb, past an article and a role
     * of someone who is not the show's own; null when the name does not end right before the word
     * of the one told.
     */
    private static Span tellerAfter(List<String> words, int from) {
        int p = pastDescription(words, from);
        if (p < 0) {
            return null;
        }
        Span span = Names.personAt(words, p);
        if (span == null
                || span.from() != p
                || span.to() >= words.size()
                || endsPhrase(words.get(span.to() - 1))
                || Names.isPossessive(words.get(span.to() - 1))) {
            return null;
        }
        return span;
    }

    /**
     * "Mara Quill contou a", "Mara Quill a raconté à": the teller right before the verb (or its
     * auxiliary), at the start of a sentence or a clause.
     */
    private static Span tellerBefore(List<String> words, int verb) {
        int end = verb;
        if (end > 0
                && AUXILIARIES.containsCore(words.get(end - 1))
                && !endsPhrase(words.get(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && isNameWord(words.get(start - 1)) && !endsPhrase(words.get(start - 1))) {
            start--;
        }
        if (start == end || (start > 0 && !endsPhrase(words.get(start - 1)))) {
            return null;
        }
        Span span = Names.personAt(words, start);
        return span != null && span.to() == end && !ofTheShow(words, span.from()) ? span : null;
    }

    /**
     * The one told, after the preposition at {@code to}: a full name, maybe after an article and a
     * role ("a Tom Reed", "aan presentator Sanne Mol", "ao jornalista Rui Prado"), or a first name
     * alone after a word of the show's host ("a apresentadora Ana"); else null.
     */
    private static Span toldAt(List<String> words, int to) {
        String word = words.get(to);
        boolean plain = TO_WORDS.containsCore(word) && Character.isLowerCase(word.charAt(0));
        boolean withArticle = TO_ARTICLE_WORDS.containsCore(word);
        if (!(plain || withArticle) || endsPhrase(word)) {
            return null;
        }
        int p = to + 1;
        boolean hostWord = false;
        for (int k = p; k < words.size() && k <= to + DESCRIPTION_MAX_WORDS; k++) {
            String w = words.get(k);
            if (isNameWord(w) || endsPhrase(w) || !Character.isLowerCase(w.charAt(0))) {
                break;
            }
            if (PersonWords.isStaffNoun(w) || PersonWords.isRoleNoun(w)) {
                hostWord |= PersonWords.isStaffNoun(w);
                p = k + 1;
            } else if (!(ARTICLES.containsCore(w) && k == to + 1)) {
                return null; // "à la presse", "a la prensa", "a ela": no one named
            }
        }
        if (p >= words.size() || (withArticle && p == to + 1)) {
            return null;
        }
        Span span = Names.personAt(words, p);
        if (span != null) {
            return span; // maybe past a role in capitals: "gegenüber Moderatorin Lea Kern"
        }
        String first = words.get(p);
        boolean alone =
                hostWord
                        && isNameWord(first)
                        && (p + 1 >= words.size()
                                || endsPhrase(first)
                                || !isNameWord(words.get(p + 1)));
        return alone ? new Span(p, p + 1) : null;
    }

    /**
     * Where the teller's name starts after the verb: right there, or past an article and up to a
     * few lower-case words of role ("la cantautrice", "o jornalista"); -1 when a word of the show's
     * own (a host, a producer, a columnist) stands there, whose telling is the show's.
     */
    private static int pastDescription(List<String> words, int from) {
        int p = from;
        for (int k = from; k < words.size() && k < from + DESCRIPTION_MAX_WORDS; k++) {
            String w = words.get(k);
            if (isNameWord(w)) {
                break;
            }
            if (endsPhrase(w)
                    || !Character.isLowerCase(w.charAt(0))
                    || ofTheShowWord(w)
                    || !(ARTICLES.containsCore(w) || PersonWords.isRoleNoun(w))) {
                return -1;
            }
            p = k + 1;
        }
        return p;
    }

    /** Whether the word before the name at {@code from} makes the person one of the show's own. */
    private static boolean ofTheShow(List<String> words, int from) {
        return from > 0 && !endsPhrase(words.get(from - 1)) && ofTheShowWord(words.get(from - 1));
    }

    private static boolean ofTheShowWord(String w) {
        return PersonWords.isStaffNoun(w)
                || PersonWords.isCreditWord(w)
                || ShowCircleWords.CREW_WORDS.containsCore(w)
                || ShowCircleWords.CO_HOST_WORDS.containsCore(w);
    }
}
