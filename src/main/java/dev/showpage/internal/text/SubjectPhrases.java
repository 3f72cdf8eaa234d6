package dev.showpage.internal.text;

import static dev.showpage.internal.text.Names.core;
import static dev.showpage.internal.text.Names.endsPhrase;
import static dev.showpage.internal.text.Names.isNameWord;
import static dev.showpage.internal.text.Names.join;
import static dev.showpage.internal.text.Names.nameEnd;

import dev.showpage.internal.text.Names.Mention;
import dev.showpage.internal.text.Names.Span;
import java.util.List;
import java.util.stream.Stream;

/**
 * Names as the subjects of the verbs that say someone is the episode's guest: "Mara Quill joins
 * me", "DHH discusses ..." (titles), "Ben and Aaron discuss", "the historian Mara Quill tells us".
 */
final class SubjectPhrases {

    private SubjectPhrases() {}

    private static final Vocabulary DISCUSS_VERBS =
            Vocabulary.of("discuss discusses talk talks chat chats explore explores");

    /**
     * "Mara Quill joins me", "DHH discusses ..." (titles), "Ben and Aaron discuss", "Carl Sverre
     * and I discuss"; a pair that talks "with" someone else hosts, and is left out.
     */
    static void subjects(
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
                // "Mara Quill returns to the show", "Mara Quill, author of X, joins me"; not
                // "Our producer Mara Quill will be in the studio", nor "Then Quill joins us"
                int from = span.from();
                if (OPENING_ADVERBS.containsCore(words.get(from))) {
                    from++; // "Later Mara Quill joins us": the adverb opens the sentence
                }
                // trimmed, a surname alone ("Then Quill joins us") is no name to give
                if ((from == span.from() || span.to() - from >= 2) && !ofTheShow(words, from)) {
                    found.add(new Mention(join(words, from, span.to()), from));
                }
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
     * The adverbs of time that open a sentence before its subject, capitalised there so that a
     * name's run of capitals takes them in: "Later", "Puis", "Demain", "Heute", "Mañana", "Poi",
     * "Depois", "Straks", in the seven languages.
     */
    static final Vocabulary OPENING_ADVERBS =
            Vocabulary.of(
                    "later then tonight today tomorrow next afterwards puis ensuite demain"
                            + " aujourd'hui après dann danach heute morgen später abends luego"
                            + " después mañana hoy esta poi oggi domani stasera dopo depois hoje"
                            + " amanhã logo daarna vandaag vanavond straks");

    /**
     * Whether the word before the name at {@code from} makes the person one of the show's own: its
     * crew ("Our producer X"), a co-host or a credit ("Produced by"), who are no guests.
     */
    private static boolean ofTheShow(List<String> words, int from) {
        if (from == 0 || endsPhrase(words.get(from - 1))) {
            return false;
        }
        String before = words.get(from - 1);
        return ShowCircleWords.CREW_WORDS.containsCore(before)
                || ShowCircleWords.CO_HOST_WORDS.containsCore(before)
                || PersonWords.isCreditWord(before);
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

    /**
     * The words without which no phrase of {@link #subjects} holds, which a text's {@link
     * WordClasses#SUBJECT} bit tells: the verbs after the name ("joins", "returns", "discusses",
     * "tells us") and what follows a copula there ("is our guest", "is back", "is with us", "im
     * Gespräch"), also past an elision ("l'invitée"). A text that holds none is not walked name by
     * name.
     */
    static final List<Vocabulary> CUES =
            Stream.concat(
                            Stream.of(
                                    Vocabulary.of(ArrivalPhrases.VERBS),
                                    ArrivalPhrases.SINGULAR_GUEST_WORDS,
                                    PersonWords.CONVERSATION_NOUNS,
                                    SUBJECT_VERBS,
                                    DISCUSS_VERBS),
                            CompanionPhrases.AFTER_NAME_CUES.stream())
                    .toList();
}
