package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Finds people's names in titles and prose, from the phrases show notes use to introduce a guest
 * ("with Jesse Hanley", "I talk to Kent C. Dodds", "Ben and Aaron discuss", "DHH discusses"), and
 * completes a first name from the fullest form the text gives. The phrases are {@link
 * GuestIntroductions}'. The one door the people readers use: what a name's word is is {@link
 * NameWords}', how far a name runs {@link NameSpans}'; this class splits a text into its words.
 */
public final class Names {

    /** A name and where in its text (word index) it was found. */
    public record Mention(String name, int wordIndex) {}

    /**
     * A sentence that frames a conversation ("In conversation with X, Y talks"): the one spoken
     * {@code with} and the {@code speaker}, one of whom is the guest and the other the host.
     */
    public record FramedConversation(Mention with, Mention speaker) {}

    private Names() {}

    /**
     * The framed conversations of a paragraph, whose guest the episode's host lines decide: the
     * paragraph itself ({@link #introduced}) names neither of the two.
     */
    public static List<FramedConversation> framedConversations(String text) {
        return ConversationFrames.find(text);
    }

    /**
     * As {@link #framedConversations(String)}, for a paragraph whose {@link TextPrefilters#cues}
     * hold {@link TextPrefilters#INTRODUCES}.
     */
    public static List<FramedConversation> framedConversationsIn(List<String> words) {
        return ConversationFrames.in(words);
    }

    /**
     * As {@link #introduced(String, boolean)} of a paragraph whose {@link TextPrefilters#cues} hold
     * {@link TextPrefilters#INTRODUCES}.
     */
    public static List<Mention> introducedIn(List<String> words) {
        return GuestIntroductions.find(words, false);
    }

    /** Guests a title or a paragraph introduces, in the order the text names them. */
    public static List<Mention> introduced(String text, boolean isTitle) {
        return GuestIntroductions.find(text, isTitle);
    }

    /**
     * Guests a title names by its phrases and by its shape ({@link TitleGuests}); {@code notes} are
     * the episode's other texts, which tell a name from a topic.
     */
    public static List<Mention> inTitle(String title, List<String> notes) {
        if (title.length() > TITLE_MAX_CHARS) {
            return List.of(); // a line this long is no title that names a guest
        }
        List<String> words = words(title); // read once, by the phrases and by the shapes
        List<Mention> found = new ArrayList<>(GuestIntroductions.find(words, true));
        for (Mention m : TitleGuests.find(title, words, notes)) {
            if (found.stream().noneMatch(f -> f.name().equals(m.name()))) {
                found.add(m);
            }
        }
        found.sort(java.util.Comparator.comparingInt(Mention::wordIndex));
        return found;
    }

    /**
     * Whether the texts speak of the name as of a person: introduce it as a guest ("our guest Mara
     * Quill"), or follow it with a verb a person does, a handle, or a possessive.
     */
    public static boolean isPersonIn(String name, List<String> texts) {
        if (PersonCues.spokenOfAsPerson(name, texts)) {
            return true;
        }
        for (String text : texts) {
            for (Mention m : GuestIntroductions.find(text, false)) {
                if (m.name().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The person a text opens by describing ("Mara Quill is a historian ..."), if any. */
    public static List<Mention> describedAtStart(String text) {
        return DescribedOpenings.describedPerson(text);
    }

    /** See {@link FullestNames#fullest}. */
    public static String fullest(String name, List<String> texts) {
        return FullestNames.fullest(name, texts);
    }

    /** See {@link ListedNames#listedName}. */
    public static java.util.Optional<String> listedName(String line) {
        return ListedNames.listedName(line);
    }

    /** See {@link ListedNames#listed}. */
    public static java.util.Optional<Listed> listed(String line) {
        return ListedNames.listed(line);
    }

    /** See {@link NameForms#lastWord}. */
    public static String lastWord(String name) {
        return NameForms.lastWord(name);
    }

    /** See {@link NameForms#firstOfWords}. */
    public static String firstOfWords(String name) {
        return NameForms.firstOfWords(name);
    }

    /** See {@link NameForms#sameLeadingWords}. */
    public static boolean sameLeadingWords(String a, String b) {
        return NameForms.sameLeadingWords(a, b);
    }

    /** See {@link NameForms#sameFirstName}. */
    public static boolean sameFirstName(String a, String b) {
        return NameForms.sameFirstName(a, b);
    }

    /** See {@link NameForms#firstWord}. */
    public static String firstWord(String name) {
        return NameForms.firstWord(name);
    }

    /**
     * The text's first {@code maxChars} characters, cut back to the last space (the whole text when
     * it is shorter): the start of a long text, read without splitting all of it.
     */
    static String opening(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int space = text.lastIndexOf(' ', maxChars);
        return text.substring(0, space > 0 ? space : maxChars);
    }

    /** Characters of a title at most, for its guests to be read (titles run to a few dozen). */
    private static final int TITLE_MAX_CHARS = 400;

    /** How many words {@link #words} would give, without making them. */
    public static int wordCount(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = text.charAt(i) == ' ';
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    /**
     * An item of a guest list: the name, and whether the line says more of the person (a role after
     * a comma, in brackets, or a topic after a dash).
     */
    public record Listed(String name, boolean described) {}

    /**
     * Whether one of the texts prints {@code text} exactly as whole words: not inside a longer word
     * ("Reed" in "Reeds" is not printed).
     */
    static boolean printedAsWords(String text, List<String> texts) {
        for (String t : texts) {
            for (int at = t.indexOf(text); at >= 0; at = t.indexOf(text, at + 1)) {
                int end = at + text.length();
                if ((at == 0 || !Character.isLetter(t.charAt(at - 1)))
                        && (end == t.length() || !Character.isLetter(t.charAt(end)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** " - ", " – ", " — ": a dash standing alone between words. */
    static boolean isDash(String word) {
        return word.equals("-") || word.equals("\u2013") || word.equals("\u2014");
    }

    /** Where a person's name stands among words: {@code from} inclusive, {@code to} exclusive. */
    public record Span(int from, int to) {}

    /** Most words a name has ("Maria de la Cruz Reyes" is five with its particles). */
    static final int NAME_MAX_WORDS = 4;

    /** A particle inside a surname ("van", "de", "da"), as written there: lower case. */
    public static boolean isParticle(String raw) {
        return PersonWords.isParticle(raw);
    }

    /** See {@link NameSpans#personAt}. */
    public static Span personAt(List<String> words, int start) {
        return NameSpans.personAt(words, start);
    }

    /** See {@link NameSpans#nameEnd}. */
    static int nameEnd(List<String> words, int start) {
        return NameSpans.nameEnd(words, start);
    }

    /** See {@link NameWords#isPossessive(String)}. */
    public static boolean isPossessive(String raw) {
        return NameWords.isPossessive(raw);
    }

    /** See {@link NameWords#isNameWord}. */
    public static boolean isNameWord(String raw) {
        return NameWords.isNameWord(raw);
    }

    /** See {@link NameWords#isBareInitial}. */
    static boolean isBareInitial(String w) {
        return NameWords.isBareInitial(w);
    }

    /** See {@link NameWords#endsPhrase(String)}. */
    static boolean endsPhrase(String raw) {
        return NameWords.endsPhrase(raw);
    }

    /** See {@link NameWords#endsPhrase(String, boolean)}. */
    static boolean endsPhrase(String raw, boolean honorific) {
        return NameWords.endsPhrase(raw, honorific);
    }

    /**
     * Whether a word at some index {@code k} that {@code holds} stands in the phrase after a name
     * that ends at {@code after}, within {@code reach} words: none when the name closed its phrase,
     * and none past the word that ends the phrase (that word itself may still hold).
     */
    static boolean inPhraseAfter(List<String> words, int after, int reach, IntPredicate holds) {
        if (after > 0 && endsPhrase(words.get(after - 1))) {
            return false;
        }
        for (int k = after; k < words.size() && k < after + reach; k++) {
            if (holds.test(k)) {
                return true;
            }
            if (endsPhrase(words.get(k))) {
                return false;
            }
        }
        return false;
    }

    /** See {@link NameWords#join}. */
    static String join(List<String> words, int from, int to) {
        return NameWords.join(words, from, to);
    }

    /** See {@link NameWords#core}. */
    public static String core(String raw) {
        return NameWords.core(raw);
    }

    /**
     * The text's words: its runs of characters between spaces. Only {@code ' '} splits, not every
     * {@link Blanks blank}: the text is collapsed, so a single space is the only blank left in it,
     * and {@link #wordCount} counts the same words.
     */
    public static List<String> words(String text) {
        // counted first, the list is made at its size: growing it copied a long text's list
        // several times over
        List<String> words = new ArrayList<>(wordCount(text));
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    words.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }
}
