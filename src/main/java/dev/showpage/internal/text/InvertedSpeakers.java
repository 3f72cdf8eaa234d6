package dev.showpage.internal.text;

import static dev.showpage.internal.text.InvertedSpeakerWords.ARTICLES;
import static dev.showpage.internal.text.InvertedSpeakerWords.ARTICLES_AFTER_FROM;
import static dev.showpage.internal.text.InvertedSpeakerWords.BEFORE_THAT;
import static dev.showpage.internal.text.InvertedSpeakerWords.EDITION_NOUNS;
import static dev.showpage.internal.text.InvertedSpeakerWords.FROM;
import static dev.showpage.internal.text.InvertedSpeakerWords.MAY_MEAN_HAS;
import static dev.showpage.internal.text.InvertedSpeakerWords.MORE_POSSESSIVES;
import static dev.showpage.internal.text.InvertedSpeakerWords.NEXT_ADVERBS;
import static dev.showpage.internal.text.InvertedSpeakerWords.OPENER_WORDS;
import static dev.showpage.internal.text.InvertedSpeakerWords.PRONOUNS_AFTER;
import static dev.showpage.internal.text.InvertedSpeakerWords.PRONOUNS_BEFORE;
import static dev.showpage.internal.text.InvertedSpeakerWords.SPEAK_VERBS;
import static dev.showpage.internal.text.InvertedSpeakerWords.TAKE_UP;
import static dev.showpage.internal.text.InvertedSpeakerWords.THAT;
import static dev.showpage.internal.text.InvertedSpeakerWords.TODAY;
import static dev.showpage.internal.text.InvertedSpeakerWords.TOLD_OPENERS;
import static dev.showpage.internal.text.InvertedSpeakerWords.VERB_WORDS;
import static dev.showpage.internal.text.InvertedSpeakerWords.YOU;
import static dev.showpage.internal.text.Names.endsPhrase;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;

/**
 * Sentences where the verb of telling comes before the person who tells, as German and Dutch put it
 * after a word that opens the sentence, and the Romance languages after the listener's pronoun: "In
 * dieser Folge erzählt Dr. Mara Quill, wie ...", "Heute erklärt die Kuratorin Mara Quill, warum
 * ...", "..., das erzählt uns Mara Quill.", "In deze aflevering vertelt Mara Quill hoe ...", "En
 * este episodio nos cuenta Mara Quill cómo ...", "In questa puntata ci racconta Mara Quill come
 * ...", "Neste episódio, conta-nos Mara Quill como ...", "c'est ce que nous raconte Mara Quill",
 * "ce lo racconta Mara Quill".
 *
 * <p>Three openings let the verb come first. Words of this episode or of today alone ("In dieser
 * Folge", "Heute", "En este episodio", never "In der letzten Folge" nor an English or first-person
 * word). A word that takes up what was said ("das", "dat", "eso", "ce que", "ce lo"), only with the
 * listener's pronoun ("das erzählt uns"), as without it the one named is most often an author or a
 * quoted person ("Das beschreibt Mara Quill in ihrem Roman"). An adverb of what comes next
 * ("Außerdem", "Daarnaast", "Además"), only where the text before it already speaks of the episode
 * or a guest, as in news it names people in the news. The verbs of speaking alone ("spricht",
 * "parla") need the listener's pronoun. After a verb of speaking, and after "today" alone ("Heute
 * erklärt Lea Brandt, ... Zu Gast ist Mara Quill"), the text must name no guest otherwise: the one
 * who speaks or opens the day's show is as often the host.
 *
 * <p>The name must follow the verb, its pronoun and at most an honorific or an article with a role
 * ("die Fotografin Mara Quill"); never a role without an article ("Co-Moderatorin Mara Quill",
 * "Kommissar ..."), a possessive ("unser Wetterexperte"), the show's people in apposition ("Mara
 * Quill, unsere Moderatorin,"), a "you" that only ads and trailers use ("erklärt Ihnen"), an
 * organisation, another edition later in the sentence, or anything after the name but a phrase's
 * end or a word that opens what is told ("von", "wie", "hoe", "cómo", "come"; "aus", "uit" only
 * before an article, "aus dem Team", as "aus Washington" is where a reporter speaks from).
 */
final class InvertedSpeakers {

    private InvertedSpeakers() {}

    /** Most words of an opener before the verb: "In dieser Folge", "Dans cet épisode,". */
    private static final int OPENER_MAX_WORDS = 4;

    /** Most words after the name that a next or last edition is looked for in. */
    private static final int SENTENCE_REST_MAX_WORDS = 12;

    /**
     * The words a text must hold for a phrase of this class to stand in it: an edition's noun,
     * "today", or the listener's pronoun; the verbs alone would let most prose through. An adverb
     * of what comes next ("Außerdem erklärt") needs a guest or conversation word before it, which
     * {@code TextPrefilters.INTRODUCING} already holds.
     */
    static final String CUES =
            String.join(" ", EDITION_NOUNS.words())
                    + " "
                    + String.join(" ", TODAY.words())
                    + " uns ons nos nous ci conta-nos explica-nos fala-nos";

    /** The people that such sentences let speak. */
    static void find(List<String> words, boolean[] credit, List<Mention> found) {
        int aboutEpisode = -1; // the first word that speaks of an episode or a guest, once asked
        int namesGuest = -1; // whether a guest word stands in the text (1) or not (0), once asked
        for (int v = 1; v < words.size() - 1; v++) {
            String verb = words.get(v);
            if (credit[v] || !VERB_WORDS.containsCore(verb) || endsPhrase(verb)) {
                continue;
            }
            int before = v - 1; // the word before the verb, past a listener's pronoun
            boolean pronoun = verb.contains("-");
            String prior = words.get(before);
            if (YOU.containsCore(prior) || YOU.containsCore(words.get(v + 1))) {
                continue; // "erklärt Ihnen", "vous explique"
            }
            if (PRONOUNS_BEFORE.containsCore(prior) && !endsPhrase(prior) && before > 0) {
                before--;
                pronoun = true;
            }
            int at = v + 1;
            if (PRONOUNS_AFTER.containsCore(words.get(at)) && !endsPhrase(words.get(at))) {
                at++;
                pronoun = true;
            }
            Opening opening = opening(words, before);
            pronoun |= opening == Opening.TAKE_UP_TO_LISTENER;
            if ((MAY_MEAN_HAS.containsCore(verb) || SPEAK_VERBS.containsCore(verb)) && !pronoun) {
                continue; // "cuenta con", "Heute spricht Lea Brandt über Bienen"
            }
            if (opening == Opening.NONE || (opening == Opening.TAKE_UP && !pronoun)) {
                continue;
            }
            if (opening == Opening.NEXT) {
                if (aboutEpisode < 0) {
                    aboutEpisode = firstAboutEpisode(words, found);
                }
                if (aboutEpisode >= before) {
                    continue; // "Die Preise steigen. Außerdem erklärt Mara Quill ...": the news
                }
            }
            if (SPEAK_VERBS.containsCore(verb) || opening == Opening.TODAY) {
                if (namesGuest < 0) {
                    namesGuest = namesGuest(words) ? 1 : 0;
                }
                if (namesGuest == 1) {
                    continue; // "Heute erklärt Lea ... Zu Gast ist Mara Quill": Lea is the host
                }
            }
            Span span = nameAt(words, at);
            if (span != null) {
                add(words, span, found);
            }
        }
    }

    private enum Opening {
        NONE,
        /** Words of this episode: "In dieser Folge", "En este episodio". */
        EPISODE,
        /** "Today" alone, the opener of a host's as much as of a guest's sentence: "Heute". */
        TODAY,
        /** A word that takes up what was said: "das", "ce que". */
        TAKE_UP,
        /** One that takes it up with the listener's pronoun in it: "ce lo" ("ce" is "ci"). */
        TAKE_UP_TO_LISTENER,
        /** An adverb of what comes next: "Außerdem". */
        NEXT
    }

    /** What the words up to {@code last}, right before the verb, open its sentence with. */
    private static Opening opening(List<String> words, int last) {
        String w = words.get(last);
        if (TAKE_UP.containsCore(w) && !endsPhrase(w)) {
            return Opening.TAKE_UP; // "..., das erzählt uns", "Eso nos cuenta"
        }
        if (THAT.containsCore(w)
                && last > 0
                && BEFORE_THAT.containsCore(words.get(last - 1))
                && !endsPhrase(words.get(last - 1))) {
            return Opening.TAKE_UP; // "c'est ce que nous raconte", "es lo que nos explica"
        }
        if (Vocabulary.coreIs(w, "lo")
                && last > 0
                && Vocabulary.coreIs(words.get(last - 1), "ce")) {
            return Opening.TAKE_UP_TO_LISTENER; // "ce lo racconta"
        }
        int start = last;
        while (start > 0
                && last - start < OPENER_MAX_WORDS
                && !CreditLines.endsSentence(words.get(start - 1))) {
            start--;
        }
        if (start > 0 && !CreditLines.endsSentence(words.get(start - 1))) {
            return Opening.NONE; // more words than an opener holds
        }
        if (start == last && NEXT_ADVERBS.containsCore(w)) {
            return Opening.NEXT; // "Außerdem erklärt", "Además, explica"
        }
        boolean episode = false;
        boolean today = false;
        for (int k = start; k <= last; k++) {
            String o = words.get(k);
            boolean edition = EDITION_NOUNS.containsCore(o);
            boolean isToday = TODAY.containsCore(o);
            if (!(edition || isToday || OPENER_WORDS.containsCore(o))
                    || (k < last && endsPhrase(o))) {
                return Opening.NONE;
            }
            episode |= edition;
            today |= isToday;
        }
        return episode ? Opening.EPISODE : today ? Opening.TODAY : Opening.NONE;
    }

    /** The first word that speaks of an episode or a guest, or a guest found already; or size. */
    private static int firstAboutEpisode(List<String> words, List<Mention> found) {
        int first = words.size();
        for (Mention m : found) {
            first = Math.min(first, m.wordIndex());
        }
        for (int k = 0; k < first; k++) {
            String w = words.get(k);
            if (PersonWords.isConversationNoun(w) || PersonWords.isGuestHeadingWord(w)) {
                return k;
            }
        }
        return first;
    }

    private static boolean namesGuest(List<String> words) {
        for (String w : words) {
            if (PersonWords.isGuestHeadingWord(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The full name right at {@code at}, past honorifics or an article and a role; null when there
     * is none, or when the guards of the class say it is no guest.
     */
    private static Span nameAt(List<String> words, int at) {
        int p = at;
        if (p + 1 < words.size()
                && ARTICLES.containsCore(words.get(p))
                && !endsPhrase(words.get(p))
                && (PersonWords.isRoleNoun(words.get(p + 1))
                        || GermanRoleNouns.articleBefore(words, p + 1) == p)) {
            if (PersonWords.isStaffNoun(words.get(p + 1))) {
                return null; // "die Moderatorin Lea Brandt"
            }
            p += 2; // "die Fotografin Mara Quill", "la historiadora Mara Quill"
        }
        while (p < words.size() && PersonWords.isHonorific(words.get(p))) {
            p++; // "Dr. Mara Quill", "Prof. Dr. Mara Quill"
        }
        if (p >= words.size()
                || (endsPhrase(words.get(p - 1)) && !PersonWords.isHonorific(words.get(p - 1)))) {
            return null;
        }
        String first = words.get(p);
        if (isPossessive(first)
                || PersonWords.isStaffNoun(first)
                || PersonWords.isRoleNoun(first, true)
                || GermanRoleNouns.isRoleShaped(first)) {
            return null; // "unser Wetterexperte", "Co-Moderatorin Lea Brandt", "Kommissar X"
        }
        Span span = Names.personAt(words, p);
        if (span == null || span.from() != p || span.to() - span.from() < 2) {
            return null;
        }
        for (int k = span.from(); k < span.to(); k++) {
            if (PersonWords.isStaffNoun(words.get(k))) {
                return null;
            }
        }
        String last = words.get(span.to() - 1);
        if (Names.isPossessive(last)
                || NonPersonNames.isPlaceOrOrganisation(words, span.from(), span.to())) {
            return null; // "Radio Nordwind Kultur"
        }
        if (!endsPhrase(last) && !opensWhatIsTold(words, span.to())) {
            return null; // "erklärt Radio Nordwind Kultur die Woche", "spricht X mit ..."
        }
        if (endsPhrase(last) && showsPeopleAfter(words, span.to())) {
            return null; // "erzählt Lea Brandt, unsere Moderatorin, ..."
        }
        if (anotherEditionAfter(words, span.to())) {
            return null; // "Das erzählt uns Mara Quill in der nächsten Folge."
        }
        return span;
    }

    /**
     * Whether the words at {@code at} open what is told: "wie", "von", "aus dem", not "aus Kiew".
     */
    private static boolean opensWhatIsTold(List<String> words, int at) {
        if (at >= words.size()) {
            return false;
        }
        String w = words.get(at);
        if (TOLD_OPENERS.containsCore(w)) {
            return true;
        }
        return FROM.containsCore(w)
                && !endsPhrase(w)
                && at + 1 < words.size()
                && ARTICLES_AFTER_FROM.containsCore(words.get(at + 1));
    }

    /** A possessive before a role: "unser Wetterexperte", "nuestros reporteros", "onze". */
    private static boolean isPossessive(String w) {
        return ShowCircleWords.OUR.containsCore(w) || MORE_POSSESSIVES.containsCore(w);
    }

    /** Whether an apposition right after the name makes its bearer one of the show's people. */
    private static boolean showsPeopleAfter(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + 3; k++) {
            String w = words.get(k);
            if (isPossessive(w) || PersonWords.isStaffNoun(w)) {
                return true;
            }
            if (endsPhrase(w)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the rest of the sentence places what is told in another edition. */
    private static boolean anotherEditionAfter(List<String> words, int from) {
        for (int k = from; k < words.size() && k < from + SENTENCE_REST_MAX_WORDS; k++) {
            String w = words.get(k);
            // not the whole of OtherEditions: its past copula "was" is German "what"
            if (OtherEpisodeWords.isBeforeOrAfter(w) || LaterEpisodes.NEXT_WORDS.containsCore(w)) {
                return true;
            }
            if (CreditLines.endsSentence(w)) {
                return false;
            }
        }
        return false;
    }

    private static void add(List<String> words, Span span, List<Mention> found) {
        if (found.stream().noneMatch(m -> m.wordIndex() == span.from())) {
            found.add(new Mention(Names.join(words, span.from(), span.to()), span.from()));
        }
    }
}
