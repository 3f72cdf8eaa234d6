package dev.showpage.internal.text;

import static dev.showpage.internal.text.ConversationWith.continuesList;
import static dev.showpage.internal.text.ConversationWith.spokenAfter;
import static dev.showpage.internal.text.ConversationWith.spokenWith;
import static dev.showpage.internal.text.GuestWordPhrases.afterGuestWord;
import static dev.showpage.internal.text.GuestWordPhrases.isPlural;
import static dev.showpage.internal.text.GuestWordPhrases.personalA;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.words;
import static dev.showpage.internal.text.NamesListedAfter.add;
import static dev.showpage.internal.text.NamesListedAfter.andNext;
import static dev.showpage.internal.text.SubjectPhrases.subjects;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The phrases show notes introduce a guest with, and the names they give: "I talk with Jesse
 * Hanley", "an interview with chalk artist Mara Quill", "I talk to Kent C. Dodds", "joined by a
 * special guest, Mara Quill", "our guest is Mara Quill", "Mara Quill joins me", "Ben and Aaron
 * discuss". "With X" in prose counts only near a word of conversation or a first-person pronoun
 * ("jammed with George Harrison" names no guest); nothing in a sentence of credits, thanks or
 * sponsors ({@link CreditLines}) counts.
 */
final class GuestIntroductions {

    /** The verbs before "to" and "down": "talk to", "sit down with". */
    static final Vocabulary TALK_VERBS =
            Vocabulary.of("talk talks talking speak speaks chat chats sit sits");

    /**
     * The classes of the words a phrase of introduction stands on, the word the loop of {@link
     * #find(List, boolean)} asks about: a word of none of them starts no phrase there.
     */
    private static final int PHRASE_WORDS =
            WordClasses.WITH
                    | WordClasses.TO
                    | WordClasses.DOWN
                    | WordClasses.LEAD_IN
                    | WordClasses.BY
                    | WordClasses.JOINING
                    | WordClasses.GUEST_HEADING
                    | WordClasses.INTERVIEW_VERB
                    | WordClasses.NAMING_VERB
                    | WordClasses.INTRODUCE_VERB
                    | WordClasses.MEET_VERB
                    | WordClasses.COMPANION
                    | WordClasses.CLOSING
                    | WordClasses.HAVE
                    | WordClasses.WHEN;

    /**
     * How many words of description may stand between "with" and the name ("with chalk artist").
     */
    private static final int DESCRIPTION_MAX_WORDS = 6;

    private GuestIntroductions() {}

    /** See {@link Names#introduced(String, boolean)}. */
    static List<Mention> find(String text, boolean isTitle) {
        if (!isTitle && !TextPrefilters.mayIntroduce(text)) {
            return List.of(); // most prose introduces no one: skip the word-by-word reading
        }
        return find(words(text), isTitle);
    }

    /**
     * See {@link #find(String, boolean)}, for a text already split into its {@link Names#words}.
     */
    static List<Mention> find(List<String> words, boolean isTitle) {
        int[] classes = WordClasses.of(words); // each word looked up once, for every phrase
        boolean[] credit = CreditLines.mask(words, classes);
        if (!isTitle) {
            boolean[] later = LaterEpisodes.mask(words, classes);
            for (int i = 0; i < credit.length; i++) {
                credit[i] |= later[i]; // a later episode's guest is none of this one
            }
        }
        List<Mention> found = new ArrayList<>();
        int lastWith = -1; // the "with" of the last introduction it opened, for a list of "with"s
        for (int i = 0; i < words.size(); i++) {
            int is = classes[i];
            if (credit[i] || (is & PHRASE_WORDS) == 0) {
                continue; // most words stand in no phrase of introduction
            }
            Span friend =
                    (is & WordClasses.WITH) != 0 && !isTitle
                            ? FriendPhrases.nameAfter(words, i)
                            : null;
            if (friend != null) {
                // "avec mon amie Mara Quill": a friend the host is with needs no word of talk
                add(found, words, friend, credit);
                andNext(found, words, friend.to(), credit);
                lastWith = i;
                continue;
            }
            String word = words.get(i);
            int start = -1;
            boolean loose = false;
            boolean companion = false; // a phrase after which a first name alone is a guest
            boolean opensWith = false;
            if ((is & WordClasses.WITH) != 0
                    && (!endsPhrase(words.get(i)) || PersonWords.isShortWith(words.get(i)))
                    && (isTitle
                            || spokenWith(words, i)
                            || spokenAfter(words, i + 1)
                            || continuesList(words, i, lastWith))) {
                start = i + 1;
                loose = isTitle; // "Gifts, with the duo Mara Quill & Oskar Lind"
                opensWith = true;
            } else if ((is & (WordClasses.TO | WordClasses.DOWN)) != 0
                    && i > 0
                    && (classes[i - 1] & WordClasses.TALK_VERB) != 0) {
                start = i + 1;
                if ((is & WordClasses.DOWN) != 0
                        && i + 1 < words.size()
                        && (classes[i + 1] & WordClasses.WITH) != 0) {
                    start = i + 2;
                }
            } else if ((is & WordClasses.LEAD_IN) != 0 && LeadInPhrases.nameAfter(words, i) > 0) {
                // "Together with Mara Quill, we ...", "we hear from", "with the participation of"
                start = LeadInPhrases.nameAfter(words, i);
            } else if ((is & WordClasses.BY) != 0 && JoinedBy.joinedBefore(words, i)) {
                start = i + 1; // "joined by", "joined today by", "joined in the studio by"
                companion = !isTitle;
            } else if ((is & WordClasses.JOINING) != 0
                    && i + 1 < words.size()
                    && (classes[i + 1] & WordClasses.FIRST_PERSON) != 0) {
                start = afterCopula(words, i + 2); // "Joining me from Bergen is Mara Quill"
                companion = !isTitle;
            } else if ((is & WordClasses.GUEST_HEADING) != 0
                    && !isPlural(words.get(i))
                    && !PastInterviewVerbs.isInsideClause(words, i)
                    && i + 1 < words.size()) {
                start = afterGuestWord(words, i);
                loose = start > i + 1 && isCopula(words.get(start - 1));
            } else if ((is & WordClasses.INTERVIEW_VERB) != 0
                    && !endsPhrase(word)
                    && i + 1 < words.size()
                    && (classes[i + 1] & (WordClasses.WITH | WordClasses.BY)) == 0
                    && !IntroducingVerbs.isReportedInterview(words, i)) {
                start = personalA(words, i + 1); // "I'm interviewing Mara Quill"
            } else if ((is & WordClasses.NAMING_VERB) != 0
                    && !endsPhrase(word)
                    && i > 0
                    && ((classes[i - 1] & WordClasses.THIRD_PERSON) != 0
                            || (i > 1
                                    && (classes[i - 1] & WordClasses.IS) != 0
                                    && (classes[i - 2] & WordClasses.THIRD_PERSON) != 0))) {
                start = i + 1; // "ze heet Mara Quill", "elle s'appelle Mara", "she is called Mara"
            } else if ((is & WordClasses.INTRODUCE_VERB) != 0
                    && !endsPhrase(word)
                    && i + 1 < words.size()
                    && i > 0
                    && (classes[i - 1] & WordClasses.LISTENER) != 0) {
                start = personalA(words, i + 1); // "je vous présente Mara", "os presentamos a"
            } else if ((is & WordClasses.MEET_VERB) != 0
                    && i > 1
                    && i + 1 < words.size()
                    && !endsPhrase(word)
                    && IntroducingVerbs.makesMeet(words.get(i - 2), words.get(i - 1), word)) {
                start = personalA(words, i + 1); // "je vous fais rencontrer Mara Quill"
            } else if ((is & WordClasses.INTRODUCE_VERB) != 0
                    && !endsPhrase(word)
                    && i + 2 < words.size()
                    && (classes[i + 1] & WordClasses.LISTENER) != 0) {
                // "let me introduce you to Mara Quill"
                start = (classes[i + 2] & WordClasses.TO) != 0 ? i + 3 : i + 2;
            }
            if (start > 0 && start < words.size()) {
                Span span = loose ? describedLoosely(words, start) : described(words, start);
                if (span != null
                        && opensWith
                        && !isTitle
                        && ConversationFrames.namesNeither(words, i, span)) {
                    // "Im Gespräch mit X spricht Y": the host lines tell the guest (People)
                    continue;
                }
                if (span == null && companion) {
                    span = CompanionPhrases.nameAt(words, start, true); // "joined by Mara, who"
                }
                if (span == null && !isTitle) {
                    // "Heute habe ich Jonas zu Gast, der ...": a guest word that heads nothing
                    // may close a phrase whose name stands before it
                    span = ClosingPhrases.before(words, i);
                }
                if (span != null) {
                    add(found, words, span, credit);
                    andNext(found, words, span.to(), credit);
                    ApposedLists.andNext(found, words, span, credit); // "X, author, Y, chef"
                    lastWith = opensWith ? i : lastWith;
                }
            } else if (start < 0 && !isTitle) {
                // "Hoy me acompaña María", "je reçois Mara Quill", "Heute ist Mara bei mir zu Gast"
                Span span =
                        (is & (WordClasses.COMPANION | WordClasses.WITH)) != 0
                                ? CompanionPhrases.after(words, i)
                                : null;
                if (span == null && (is & WordClasses.CLOSING) != 0) {
                    span = ClosingPhrases.before(words, i);
                }
                if (span == null && (is & WordClasses.HAVE) != 0) {
                    span = HavePhrases.after(words, classes, i); // "This week we have Mara Quill"
                }
                if (span == null && (is & WordClasses.WHEN) != 0) {
                    // "In this episode: Mara Quill, baker"
                    span = EpisodeColonNames.after(words, i, credit, found);
                }
                if (span != null) {
                    add(found, words, span, credit);
                    andNext(found, words, span.to(), credit);
                }
            }
        }
        // Each reader below needs a cue word; most texts hold none of most readers' cues, and
        // are told so by the classes already looked up, not by a walk over their words per reader
        int held = 0;
        for (int c : classes) {
            held |= c;
        }
        if ((held & WordClasses.SUBJECT) != 0) {
            // a walk that asks where every name of the text ends: run on every text, it took
            // 4.4% of the example page's parse (2.3% with this cue), its chapter titles above all
            subjects(words, classes, credit, isTitle, found);
        }
        if ((held & WordClasses.WELCOMING) != 0) {
            WelcomePhrases.find(words, credit, found);
        }
        if (!isTitle) {
            if ((held & WordClasses.OPENING) != 0) {
                EpisodeOpeners.find(words, credit, found); // "In this episode, Mara Quill explains"
            }
            if ((held & WordClasses.SPEAKING) != 0) {
                InvertedSpeakers.find(words, credit, found); // "In dieser Folge erzählt Mara Quill"
            }
            if ((held & WordClasses.WELCOMING) != 0) {
                JoyfulWelcomes.find(words, credit, found); // "I'm delighted to welcome Mara Quill"
            }
            if ((held & WordClasses.RECEIVES) != 0) {
                HostReceives.find(
                        words, credit, found); // "a apresentadora Rita recebeu Mara Quill"
            }
            if ((held & WordClasses.INVITING) != 0) {
                InvitedPhrases.find(
                        words, credit, found); // "Heute haben wir Mara Quill eingeladen"
            }
            if ((held & (WordClasses.GUESTS | WordClasses.GUEST_HEADING)) != 0) {
                GuestAppositions.find(words, credit, found); // "Mara Quill, our guest this week"
            }
            if ((held & WordClasses.GUESTS) != 0) {
                GuestListSentences.find(words, credit, found); // "Zu Gast sind heute X, Y und Z"
            }
        }
        found.sort(Comparator.comparingInt(Mention::wordIndex));
        return found;
    }

    static boolean isCopula(String raw) {
        return COPULAS.contains(raw.toLowerCase(Locale.ROOT));
    }

    /** "Is" and "was" in the seven languages, as written (no punctuation). */
    private static final Set<String> COPULAS =
            Set.of("is", "was", "est", "ist", "es", "è", "é", "war", "fue", "era", "foi");

    /**
     * The name after "with" or "by", past a few words that describe the person ("with chalk artist
     * and muralist Mara Quill", "with Chess.com reporter FM Mara Quill", "by a very special guest,
     * Mara Quill", "mit der Historikerin Mara Quill"): the name must follow the phrase's first word
     * or a role noun.
     */
    static Span described(List<String> words, int start) {
        for (int p = start; p < words.size() && p <= start + DESCRIPTION_MAX_WORDS; p++) {
            // A German role noun describes the name only with its article right after "with"
            // ("mit der Autorin Lea Brandt"): one further on belongs to another phrase ("mit der
            // Autorin über den Kanzler X" is about him)
            if (p == start
                    || PersonWords.isRoleNoun(words.get(p - 1))
                    || GermanRoleNouns.articleBefore(words, p - 1) == start) {
                Span span = Names.personAt(words, p);
                if (span != null) {
                    return Names.isPossessive(words.get(span.to() - 1)) ? null : span;
                }
            }
            String w = words.get(p);
            if ((endsPhrase(w) && !(w.endsWith(",") && PersonWords.isRoleNoun(w)))
                    || ABOUT_WORDS.containsCore(w)) {
                // "with the CEO of Harbour Radio, Mara Quill": the name after the organisation's
                return endsPhrase(w) ? RoleOfAppositions.nameAfter(words, start, p) : null;
            }
        }
        return null;
    }

    /**
     * The prepositions that open what a talk is about, in English, German, French, Spanish,
     * Portuguese and Dutch: a role after them ("with the author about the minister X") describes
     * the one talked about, not the one talked with.
     */
    private static final Vocabulary ABOUT_WORDS = Vocabulary.of("about über sur sobre over");

    /** The words that open a short description before a name: articles and possessives. */
    private static final Vocabulary DESCRIPTION_OPENERS =
            Vocabulary.of(
                    "the a an our my this le la l les un une notre mon ma der die das ein eine"
                            + " unser unsere mein meine el los las una nuestro nuestra mi il lo"
                            + " uno nostro nostra mio mia o os um uma nosso nossa meu minha de het"
                            + " een onze mijn");

    /**
     * After "my guest is", the name may follow a short description that has no role noun ("my guest
     * this time is the bass Mara Quill", "unser Gast ist der Tenor Mara Quill"): an article or a
     * possessive, then up to two lower-case words. Elsewhere ({@link #described}) a role noun is
     * needed, since "with the help of" or "to the team at" lead to no guest.
     */
    private static Span describedLoosely(List<String> words, int start) {
        Span strict = described(words, start);
        if (strict != null || !DESCRIPTION_OPENERS.containsCore(words.get(start))) {
            return strict;
        }
        for (int p = start + 1; p < words.size() && p <= start + 3; p++) {
            String before = words.get(p - 1);
            if (endsPhrase(before) || !Character.isLowerCase(before.charAt(0))) {
                return null;
            }
            Span span = Names.personAt(words, p);
            if (span != null) {
                return Names.isPossessive(words.get(span.to() - 1)) ? null : span;
            }
        }
        return null;
    }

    /** The word after the first "is" of the sentence, within a dozen words; else -1. */
    private static int afterCopula(List<String> words, int from) {
        for (int k = from; k < words.size() && k <= from + 12; k++) {
            if (isCopula(words.get(k))) {
                return k + 1;
            }
            if (CreditLines.endsSentence(words.get(k))) {
                break;
            }
        }
        return -1;
    }
}
