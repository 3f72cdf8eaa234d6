package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.isNameWord;
import static dev.showpage.internal.text.Names.join;
import static dev.showpage.internal.text.Names.nameEnd;
import static dev.showpage.internal.text.Names.words;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

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

    private static final Vocabulary DISCUSS_VERBS =
            Vocabulary.of("discuss discusses talk talks chat chats explore explores");

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
                    | WordClasses.CLOSING;

    /** How much of a text's start may hold the name, the "is" and the role of an opening. */
    private static final int OPENING_MAX_CHARS = 200;

    /** How many words before "with" a conversation word or a pronoun may stand. */
    private static final int WITH_REACH = 3;

    /**
     * How many words of description may stand between "with" and the name ("with chalk artist").
     */
    private static final int DESCRIPTION_MAX_WORDS = 6;

    private GuestIntroductions() {}

    /** See {@link Names#introduced(String, boolean)}. */
    static List<Mention> find(String text, boolean isTitle) {
        if (!isTitle && !PersonWords.mayIntroduce(text)) {
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
        for (int i = 0; i < words.size(); i++) {
            int is = classes[i];
            if (credit[i] || (is & PHRASE_WORDS) == 0) {
                continue; // most words stand in no phrase of introduction
            }
            String word = words.get(i);
            int start = -1;
            boolean loose = false;
            boolean companion = false; // a phrase after which a first name alone is a guest
            if ((is & WordClasses.WITH) != 0
                    && (!endsPhrase(words.get(i)) || PersonWords.isShortWith(words.get(i)))
                    && (isTitle || spokenWith(words, i) || spokenAfter(words, i + 1))) {
                start = i + 1;
                loose = isTitle; // "Gifts, with the duo Mara Quill & Oskar Lind"
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
            } else if ((is & WordClasses.BY) != 0 && joinedBefore(words, i)) {
                start = i + 1; // "joined by", "joined today by", "joined in the studio by"
                companion = !isTitle;
            } else if ((is & WordClasses.JOINING) != 0
                    && i + 1 < words.size()
                    && (classes[i + 1] & WordClasses.FIRST_PERSON) != 0) {
                start = afterCopula(words, i + 2); // "Joining me from Bergen is Mara Quill"
                companion = !isTitle;
            } else if ((is & WordClasses.GUEST_HEADING) != 0
                    && !isPlural(words.get(i))
                    && i + 1 < words.size()) {
                start = afterGuestWord(words, i);
                loose = start > i + 1 && isCopula(words.get(start - 1));
            } else if ((is & WordClasses.INTERVIEW_VERB) != 0
                    && !endsPhrase(word)
                    && i + 1 < words.size()
                    && (classes[i + 1] & (WordClasses.WITH | WordClasses.BY)) == 0) {
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
                    && PersonWords.makesMeet(words.get(i - 2), words.get(i - 1), word)) {
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
                if (span != null) {
                    add(found, words, span, credit);
                    andNext(found, words, span.to(), credit);
                }
            }
        }
        subjects(words, classes, credit, isTitle, found);
        WelcomePhrases.find(words, credit, found);
        if (!isTitle) {
            EpisodeOpeners.find(words, credit, found); // "In this episode, Mara Quill explains"
        }
        found.sort(Comparator.comparingInt(Mention::wordIndex));
        return found;
    }

    /**
     * "Mara Quill joins me", "DHH discusses ..." (titles), "Ben and Aaron discuss", "Carl Sverre
     * and I discuss"; a pair that talks "with" someone else hosts, and is left out.
     */
    private static void subjects(
            List<String> words,
            int[] classes,
            boolean[] credit,
            boolean isTitle,
            List<Mention> found) {
        for (int i = 0; i < words.size(); i++) {
            if (credit[i]
                    // a name starts at a name word or an honorific ("dr."): no other word is asked
                    || !(isNameWord(words.get(i)) || (classes[i] & WordClasses.HONORIFIC) != 0)
                    || (i > 0 && isNameWord(words.get(i - 1)) && !endsPhrase(words.get(i - 1)))) {
                continue;
            }
            Span span = Names.personAt(words, i);
            if (span != null
                    && !Names.isPossessive(words.get(span.to() - 1))
                    && (ArrivalPhrases.arrivesAt(
                                    words, ArrivalPhrases.verbAfterName(words, span.to()))
                            || ArrivalPhrases.inConversationAt(words, span.to()))) {
                // "Mara Quill returns to the show", "Mara Quill, author of X, joins me"
                found.add(new Mention(join(words, span.from(), span.to()), span.from()));
                continue;
            }
            int end = span == null ? nameEnd(words, i) : span.to();
            if (end == i || end >= words.size() || endsPhrase(words.get(end - 1))) {
                continue;
            }
            String after = words.get(end);
            boolean joinsMe =
                    (Vocabulary.coreIs(after, "joins")
                                    && end + 1 < words.size()
                                    && PersonWords.isFirstPerson(words.get(end + 1)))
                            || (!isTitle && CompanionPhrases.accompanies(words, end));
            if (span != null && (joinsMe || (isTitle && SUBJECT_VERBS.containsCore(after)))) {
                found.add(new Mention(join(words, span.from(), end), span.from()));
            } else if (isTitle
                    && SUBJECT_VERBS.containsCore(after)
                    && end - i == 1
                    && isAcronym(words.get(i))) {
                found.add(new Mention(join(words, i, end), i)); // "DHH discusses"
            } else if (!isTitle && span != null && tellsUs(words, i, span.from(), end)) {
                // "the historian Mara Quill tells us", "Os programadores X e Y mostram-nos"
                found.add(new Mention(join(words, span.from(), end), span.from()));
                if (PersonWords.isAndWord(after)) {
                    Span second = Names.personAt(words, end + 1);
                    found.add(new Mention(join(words, second.from(), second.to()), second.from()));
                }
            } else if (Vocabulary.coreIs(after, "and") && end + 1 < words.size()) {
                int second = end + 1;
                int secondEnd =
                        core(words.get(second)).equals("I") ? second + 1 : nameEnd(words, second);
                if (secondEnd > second
                        && secondEnd < words.size()
                        && DISCUSS_VERBS.containsCore(words.get(secondEnd))
                        && !(secondEnd + 1 < words.size()
                                && (PersonWords.isWithWord(words.get(secondEnd + 1))
                                        || core(words.get(secondEnd + 1)).equals("to")))) {
                    found.add(new Mention(join(words, i, end), i));
                    if (!core(words.get(second)).equals("I")) {
                        found.add(new Mention(join(words, second, secondEnd), second));
                    }
                }
            }
        }
    }

    /**
     * Whether a role noun stands before the name that runs from {@code from} to {@code end} (or
     * before it and a second name after "and"), and the words after say the person tells "us"
     * something ({@link CompanionPhrases#tellsUs}): "the historian Mara Quill tells us", "Os
     * programadores Ana Lobo e Rui Paz mostram-nos", "la periodista Inés Calder nos cuenta".
     */
    private static boolean tellsUs(List<String> words, int start, int from, int end) {
        if (from == 0 || endsPhrase(words.get(from - 1))) {
            return false;
        }
        String role = words.get(from - 1);
        // The role is the lower-case word before the name, or the one in capitals that the name's
        // run of capitals starts with ("Die Forscherin Greta Hansen"); never a producer's or host's
        if ((from == start ? !isRoleOrRoles(role) : !PersonWords.isRoleNoun(role, true))
                || PersonWords.isCreditWord(role)
                || PersonWords.isHostWord(role)) {
            return false;
        }
        int last = end;
        if (PersonWords.isAndWord(words.get(end)) && end + 1 < words.size()) {
            Span second = Names.personAt(words, end + 1);
            if (second == null || second.from() != end + 1) {
                return false;
            }
            last = second.to();
        }
        return last < words.size()
                && !endsPhrase(words.get(last - 1))
                && CompanionPhrases.tellsUs(words, last);
    }

    /** A role noun, or its plural ("programadores", "historians", "Forscher"). */
    private static boolean isRoleOrRoles(String raw) {
        if (PersonWords.isRoleNoun(raw)) {
            return true;
        }
        String c = core(raw);
        if (c.length() > 4
                && c.endsWith("es")
                && PersonWords.isRoleNoun(c.substring(0, c.length() - 2))) {
            return true;
        }
        return c.length() > 4
                && c.endsWith("s")
                && PersonWords.isRoleNoun(c.substring(0, c.length() - 1));
    }

    private static final Vocabulary SUBJECT_VERBS =
            Vocabulary.of("discusses joins talks explains shares returns");

    /**
     * The first sentence of a guest's introduction: "Mara Quill is a historian ...", "Dr. Mara
     * Quill, PhD, is the head of ...": a name, then "is"/"was" and a role noun within a few words.
     */
    static List<Mention> describedPerson(String text) {
        String opening = Names.opening(text, OPENING_MAX_CHARS);
        if (opening.indexOf('?') < 0) {
            // Without a question the name must be the opening's first word (or follow an
            // honorific there): most openings are told by that word, without splitting them
            String first = Names.firstOfWords(opening);
            if (first.isEmpty() || !(isNameWord(first) || PersonWords.isHonorific(first))) {
                return List.of();
            }
        }
        List<String> words = words(opening);
        int from = afterOpeningQuestions(words);
        Span span = from < words.size() ? Names.personAt(words, from) : null;
        if (span == null
                || span.from() > from + 1
                || Names.isPossessive(words.get(span.to() - 1))
                || holdsGuestWord(words, span)) {
            return List.of(); // "Zu Gast ist X": the words for a guest are no one's name
        }
        int i = span.to();
        if (words.get(i - 1).endsWith(",")) {
            int verb = ArrivalPhrases.verbAfterName(words, span.to());
            if (verb > 0
                    && TitleGuests.roleInApposition(words, span.to())
                    && (PersonWords.isPersonVerb(words.get(verb))
                            || SpeakerVerbs.speaksAt(words, verb))
                    && !PersonWords.isHostWord(words.get(verb))) {
                // "Mara Quill, a lamp keeper from the north, explains how ...": the apposition
                // gives the role
                return List.of(new Mention(join(words, span.from(), span.to()), span.from()));
            }
            // "Mara Quill, PhD, is": one short apposition
            while (i < words.size() && i < span.to() + 3 && !words.get(i).endsWith(",")) {
                i++;
            }
            i++;
        }
        if (i >= words.size()
                || !(isCopula(words.get(i)) || PersonWords.isPersonVerb(words.get(i)))
                || PersonWords.isHostWord(words.get(i))) {
            return List.of();
        }
        int copula = isCopula(words.get(i)) ? i : -1;
        for (int k = i + 1; k < words.size() && k <= i + DESCRIBED_MAX_WORDS; k++) {
            String w = words.get(k);
            boolean nearCopula = copula >= 0 && k - copula <= ROLE_AFTER_COPULA;
            if ((copula == i && k <= i + 8 && PersonWords.isRoleNoun(w))
                    || (nearCopula && PersonWords.isRoleNoun(w, true))) {
                return List.of(new Mention(join(words, span.from(), span.to()), span.from()));
            }
            if (CreditLines.endsSentence(w)) {
                break;
            }
            if (isCopula(w)) {
                copula = k; // "Mara Quill hat ... gegründet und ist seit Jahren Abgeordnete"
            }
        }
        return List.of();
    }

    private static boolean holdsGuestWord(List<String> words, Span span) {
        for (int k = span.from(); k < span.to(); k++) {
            if (PersonWords.isGuestHeadingWord(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** How many words of one sentence after the name its description is read in. */
    private static final int DESCRIBED_MAX_WORDS = 16;

    /** How near after a copula a role noun in capitals stands ("ist seit Jahren Abgeordneter"). */
    private static final int ROLE_AFTER_COPULA = 4;

    /**
     * Where the opening's first sentence that is no question starts: notes often open with one or
     * two questions ("Is the lamp still needed? Mara Quill is a historian ..."), or a number and a
     * question ("254 | Is the lamp still needed?"); 0 when the opening has none.
     */
    private static int afterOpeningQuestions(List<String> words) {
        int at = 0;
        for (int questions = 0; questions < 2; questions++) {
            int end = at;
            while (end < words.size()
                    && end < at + 16
                    && !CreditLines.endsSentence(words.get(end))) {
                end++;
            }
            if (end >= words.size() || !words.get(end).endsWith("?")) {
                return at;
            }
            at = end + 1;
        }
        return at;
    }

    private static boolean isCopula(String raw) {
        String w = raw.toLowerCase(Locale.ROOT);
        return w.equals("is")
                || w.equals("was")
                || w.equals("est")
                || w.equals("ist")
                || w.equals("es")
                || w.equals("è")
                || w.equals("é")
                || w.equals("war")
                || w.equals("fue")
                || w.equals("era")
                || w.equals("foi");
    }

    /**
     * A conversation word or a first-person pronoun in the few words before "with"; or, when a
     * copula stands right before it, a conversation word as the sentence's subject a little further
     * back ("the interview of the week is with X", "a entrevista da semana é com X"). A pronoun so
     * far back says nothing of "with" ("we think the answer is with X").
     */
    private static boolean spokenWith(List<String> words, int with) {
        for (int k = with - 1; k >= 0 && k >= with - WITH_REACH; k--) {
            String w = words.get(k);
            if (CreditLines.endsSentence(w)) {
                return false;
            }
            if (PersonWords.isConversationWord(w) || PersonWords.speaksAsWe(w)) {
                return true;
            }
        }
        if (with < 2 || !isCopula(words.get(with - 1))) {
            return false;
        }
        // The subject of "is with": a noun of conversation, in the same clause
        for (int k = with - 2; k >= 0 && k >= with - SUBJECT_REACH; k--) {
            String w = words.get(k);
            if (endsPhrase(w)) {
                return false;
            }
            if (PersonWords.isConversationNoun(w)) {
                return true;
            }
        }
        return false;
    }

    /** How many words before "is with" the conversation that is with someone may be named. */
    private static final int SUBJECT_REACH = 8;

    /**
     * "Com Daniel Mota conversamos", "With Mara Quill we look at ...": the conversation word or the
     * pronoun right after the name that follows "with".
     */
    private static boolean spokenAfter(List<String> words, int start) {
        Span span = start < words.size() ? described(words, start) : null;
        if (span == null || span.to() >= words.size() || endsPhrase(words.get(span.to() - 1))) {
            return false;
        }
        String next = words.get(span.to());
        return PersonWords.isConversationWord(next) || PersonWords.speaksAsWe(next);
    }

    /**
     * The name after "with" or "by", past a few words that describe the person ("with chalk artist
     * and muralist Mara Quill", "with Chess.com reporter FM Mara Quill", "by a very special guest,
     * Mara Quill"): the name must follow the phrase's first word or a role noun.
     */
    static Span described(List<String> words, int start) {
        for (int p = start; p < words.size() && p <= start + DESCRIPTION_MAX_WORDS; p++) {
            if (p == start || PersonWords.isRoleNoun(words.get(p - 1))) {
                Span span = Names.personAt(words, p);
                if (span != null) {
                    return Names.isPossessive(words.get(span.to() - 1)) ? null : span;
                }
            }
            String w = words.get(p);
            if (endsPhrase(w) && !(w.endsWith(",") && PersonWords.isRoleNoun(w))) {
                return null;
            }
        }
        return null;
    }

    /**
     * Past the Spanish and Portuguese personal "a" ("entrevistamos a Mara Quill", "os presentamos
     * al doctor Mara Quill"), which stands before a person as the object.
     */
    private static int personalA(List<String> words, int at) {
        if (at + 1 < words.size()
                && (Vocabulary.coreIs(words.get(at), "a") || Vocabulary.coreIs(words.get(at), "al"))
                && !endsPhrase(words.get(at))
                && Names.isNameWord(words.get(at + 1))) {
            return at + 1;
        }
        return at;
    }

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

    /** "guest, Mara", "guest is Mara", "guest today is Mara", "guest Mara", "invité : Mara". */
    private static int afterGuestWord(List<String> words, int i) {
        String guest = words.get(i);
        int at = i + 1;
        if (guest.endsWith(",") || guest.endsWith(":")) {
            return at;
        }
        if (words.get(at).equals(":")) {
            return at + 1;
        }
        if (Names.personAt(words, at) != null) {
            return at; // "guest Mara Quill, who ...": the comma after the name ends no search
        }
        int named = personalA(words, at);
        if (named > at && Names.personAt(words, named) != null) {
            return named; // "Tenemos como invitada a Lucía Ferro"
        }
        named = CompanionPhrases.skipFillers(words, at);
        if (named > at
                && named < words.size()
                && words.get(named - 1).endsWith(",")
                && Names.personAt(words, named) != null) {
            return named; // "Our guest this week, Mara Quill, ...", "Notre invitée cette semaine,
            // X"
        }
        for (int k = at; k < words.size() && k <= at + 3; k++) {
            if (isCopula(words.get(k))) {
                // "Zu Gast ist heute Mara Quill", "my guest is today Mara Quill"
                int name =
                        k + 1 < words.size() ? CompanionPhrases.skipFillers(words, k + 1) : k + 1;
                return name < words.size() && Names.isNameWord(words.get(name)) ? name : k + 1;
            }
            if (words.get(k).endsWith(":")
                    && k + 1 < words.size()
                    && Character.isLowerCase(words.get(k).charAt(0))) {
                // "my guest today: Mara Quill", "mein Gast heute: Mara Quill"; not a heading such
                // as "Guest Introduction: Mara Quill and Harbour Radio", which opens a chapter
                return k + 1;
            }
            if (endsPhrase(words.get(k))) {
                return -1;
            }
        }
        return Names.isNameWord(words.get(at)) || PersonWords.isRoleNoun(words.get(at)) ? at : -1;
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

    private static boolean isPlural(String raw) {
        String w = core(raw).toLowerCase(Locale.ROOT);
        return w.endsWith("s") || w.equals("gäste") || w.equals("ospiti") || w.equals("gasten");
    }

    private static boolean joined(String raw) {
        return Vocabulary.coreIs(raw, "joined");
    }

    /** How many words of time and place may stand between "joined" and "by". */
    private static final int JOINED_REACH = 4;

    /**
     * "joined by", "joined today by", "joined in the studio by": "joined" a few words before the
     * "by" at {@code by}, in the same phrase.
     */
    private static boolean joinedBefore(List<String> words, int by) {
        for (int k = by - 1; k >= 0 && k >= by - JOINED_REACH; k--) {
            if (k < by - 1 && endsPhrase(words.get(k))) {
                return false;
            }
            if (joined(words.get(k))) {
                return k == by - 1 || !endsPhrase(words.get(k));
            }
        }
        return false;
    }

    /**
     * "with Mara Quill and Oskar Lind", "com Ana Lima e Rui Paz", "with Mara Quill, Oskar Lind and
     * Ana Paz", "(with Mara Quill, Oskar Lind, and Ana Paz)": the full names listed after the
     * first. A name between commas must end at a comma, an "and" or a bracket, and not be a role
     * ("Mara Quill, Harbour Radio CEO, on ..."); the name after "and" ends the list.
     */
    private static void andNext(
            List<Mention> found, List<String> words, int end, boolean[] credit) {
        List<Span> pending = new ArrayList<>(0); // the names between commas, until the list ends
        int at = end;
        for (int listed = 0; listed < LIST_MAX_NAMES && at + 1 < words.size(); listed++) {
            String last = words.get(at - 1);
            if (!endsPhrase(last) && PersonWords.isAndWord(words.get(at))) {
                Span next = Names.personAt(words, at + 1);
                if (next != null && !Names.isPossessive(words.get(next.to() - 1))) {
                    pending.add(next);
                    pending.forEach(span -> add(found, words, span, credit));
                }
                return;
            }
            if (!last.endsWith(",")) {
                return;
            }
            boolean and = PersonWords.isAndWord(words.get(at)); // ", and Ana Paz"
            Span next = Names.personAt(words, and ? at + 1 : at);
            if (next == null) {
                return;
            }
            String nameEnd = words.get(next.to() - 1);
            boolean closes =
                    next.to() == words.size() || nameEnd.endsWith(")") || nameEnd.endsWith(".");
            boolean goesOn =
                    nameEnd.endsWith(",")
                            || (next.to() < words.size()
                                    && !endsPhrase(nameEnd)
                                    && PersonWords.isAndWord(words.get(next.to())));
            if ((!closes && !goesOn)
                    || Names.isPossessive(nameEnd)
                    || (!and
                            && (PersonWords.isListedRole(nameEnd)
                                    || (nameEnd.endsWith(",")
                                            && PersonWords.isRoleNoun(nameEnd, true))))) {
                return;
            }
            pending.add(next);
            if (and || closes) {
                pending.forEach(span -> add(found, words, span, credit));
                return;
            }
            at = next.to();
        }
    }

    /** Most names a list after an introduction gives after its first. */
    private static final int LIST_MAX_NAMES = 6;

    static void add(List<Mention> found, List<String> words, Span span, boolean[] credit) {
        boolean known = found.stream().anyMatch(m -> m.wordIndex() == span.from());
        if (!credit[span.from()] && !known) {
            found.add(new Mention(join(words, span.from(), span.to()), span.from()));
        }
    }

    /** "DHH": a short all-capitals word, which may stand for a person alone. */
    private static boolean isAcronym(String raw) {
        String w = core(raw);
        if (w.length() < 2 || w.length() > 4 || PersonWords.isHonorific(w)) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
