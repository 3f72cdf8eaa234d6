package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds people's names in titles and prose, from the phrases show notes use to introduce a guest
 * ("with Jesse Hanley", "I talk to Kent C. Dodds", "Ben and Aaron discuss", "DHH discusses"), and
 * completes a first name from the fullest form the text gives. The phrases are {@link
 * GuestIntroductions}'; this class knows the words of a name and how far a name runs.
 */
public final class Names {

    /** A name and where in its text (word index) it was found. */
    public record Mention(String name, int wordIndex) {}

    private Names() {}

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

    /** " - ", " – ", " — ": a dash standing alone between words. */
    static boolean isDash(String word) {
        return word.equals("-") || word.equals("\u2013") || word.equals("\u2014");
    }

    /** Where a person's name stands among words: {@code from} inclusive, {@code to} exclusive. */
    public record Span(int from, int to) {}

    /** Most words a name has ("Maria de la Cruz Reyes" is five with its particles). */
    static final int NAME_MAX_WORDS = 4;

    /**
     * The name that starts at {@code start}, after any honorific ("Dr.", "Prof", "GM") and any role
     * in the same run of capitals ("Chroma CTO Mara Quill"): two to four name words (particles
     * aside), or null. A run of more capitalised words is a title or a company, not a name.
     */
    public static Span personAt(List<String> words, int start) {
        int from = start;
        while (from + 1 < words.size()
                && PersonWords.isHonorific(words.get(from))
                && !endsPhrase(words.get(from), true)
                && isNameWord(words.get(from + 1))) {
            from++;
        }
        int end = nameEnd(words, from);
        for (int i = from; i < end - 2; i++) {
            // A role by its ending alone ("Guitarist") leaves a name of two words after it:
            // "Vincent van Gogh" and "Pieter de Wit" are names, not a role and a surname
            if (PersonWords.isRoleNoun(words.get(i), true)
                    && !endsPhrase(words.get(i))
                    && (PersonWords.isListedRole(words.get(i))
                            || nameWords(words, i + 1, end) >= 2)) {
                from = i + 1;
            }
        }
        if (from + 3 < end
                && NOUN_OF.containsCore(words.get(from + 1))
                && nameWords(words, from + 2, end) >= 2) {
            return null; // "Besuch von Lea Brandt", "Hilfe von Lea Brandt": a noun, then a name
        }
        int nameWords = 0;
        for (int i = from; i < end; i++) {
            if (PersonWords.isSiteWord(words.get(i))) {
                return null; // "Apple Podcasts", "All Episodes"
            }
            if (!PersonWords.isParticle(words.get(i))) {
                nameWords++;
            }
        }
        if (nameWords < 2
                || nameWords > NAME_MAX_WORDS
                || NonPersonNames.isPlaceOrOrganisation(words, from, end)) {
            return null; // "New York", "Harbour University": a place's or an institution's name
        }
        return new Span(from, end);
    }

    /**
     * "von", "vom", "di": particles of a surname that are also the "of" of German and Italian,
     * where a capitalised noun stands before them ("Besuch von", "Hilfe von", "Storia di"). One
     * word before them and a full name of two words after is such a noun and a name, not one name
     * ("Ludwig van Beethoven" has one word after; "Maria de la Cruz Reyes" keeps its "de").
     */
    private static final Vocabulary NOUN_OF = Vocabulary.of("von vom di");

    /** The words from {@code from} to {@code to} that are no particle. */
    private static int nameWords(List<String> words, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (!PersonWords.isParticle(words.get(i))) {
                count++;
            }
        }
        return count;
    }

    /** A particle inside a surname ("van", "de", "da"), as written there: lower case. */
    public static boolean isParticle(String raw) {
        return PersonWords.isParticle(raw);
    }

    /** "Mara’s", "Quill's": a word that ends in a possessive. */
    public static boolean isPossessive(String raw) {
        int start = coreStart(raw);
        return isPossessive(raw, start, coreEnd(raw, start));
    }

    /** {@link #isPossessive(String)} of the core from {@code start} to {@code end}, in place. */
    private static boolean isPossessive(String raw, int start, int end) {
        return end - start > 2
                && raw.charAt(end - 1) == 's'
                && (raw.charAt(end - 2) == '\'' || raw.charAt(end - 2) == '\u2019')
                && Character.isUpperCase(raw.codePointAt(start));
    }

    /**
     * A capitalised word, an initial ("C.") or initials ("S.P."), or an all-capitals short name
     * ("DHH"); a possessive ("Quill's") is one too, and ends the name ({@link #endsPhrase}).
     */
    public static boolean isNameWord(String raw) {
        // Read in place, by offsets: most words of a text are asked about, and a String made for
        // each one's core was much of what reading names cost
        int start = coreStart(raw);
        if (start == raw.length() || !Character.isUpperCase(raw.codePointAt(start))) {
            return false; // most words of prose
        }
        int end = coreEnd(raw, start);
        if (end - start == 1) {
            return raw.endsWith(".");
        }
        if (isInitials(raw, start, end)) {
            return raw.endsWith(".");
        }
        if (isPossessive(raw, start, end)) {
            end -= 2;
        }
        for (int i = start; i < end; i++) {
            char c = raw.charAt(i);
            if (!Character.isLetter(c) && c != '-' && c != '\'' && c != '\u2019') {
                return false;
            }
        }
        return !isStopWord(raw, start, end);
    }

    /** "S.P", "R.B": capital letters each followed by a full stop (the last one's cut off). */
    private static boolean isInitials(String core) {
        return isInitials(core, 0, core.length());
    }

    /** {@link #isInitials(String)} of the text from {@code start} to {@code end}. */
    private static boolean isInitials(String text, int start, int end) {
        int length = end - start;
        if (length < 3) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            boolean letterPlace = i % 2 == 0;
            char c = text.charAt(start + i);
            if (letterPlace ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return length % 2 == 1;
    }

    /** Whether the text from {@code start} to {@code end} is "I" or one of {@link #STOP_WORDS}. */
    private static boolean isStopWord(String text, int start, int end) {
        int length = end - start;
        if (length > STOP_WORD_MAX_LENGTH) {
            return false; // most names: no stop word is compared
        }
        if (length == 1 && text.charAt(start) == 'I') {
            return true;
        }
        char first = text.charAt(start);
        for (String stop : STOP_WORDS) {
            if (stop.length() == length
                    && stop.charAt(0) == first
                    && text.regionMatches(start, stop, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Capitalised function words that start a sentence, not a name. */
    private static final String[] STOP_WORDS = {
        "The", "A", "An", "In", "On", "We", "They", "He", "She", "It", "This", "That", "My", "Our",
        "His", "Her", "Their", "And", "But", "Or", "What", "Why", "How", "When"
    };

    private static final int STOP_WORD_MAX_LENGTH =
            java.util.Arrays.stream(STOP_WORDS).mapToInt(String::length).max().orElse(0);

    /**
     * The index after the last word of the name that starts at {@code start}. Inside a name, a
     * particle ("van", "de") or a bare middle initial ("Joshua M Greene") counts when a name word
     * follows it.
     */
    static int nameEnd(List<String> words, int start) {
        int end = start;
        while (end < words.size()) {
            String w = words.get(end);
            boolean inside =
                    end > start
                            && !endsPhrase(words.get(end - 1))
                            && (PersonWords.isParticle(w) || isBareInitial(w))
                            && nameAfterParticles(words, end + 1);
            if (!inside && (!isNameWord(w) || (end > start && w.startsWith("(")))) {
                break;
            }
            end++;
            if (endsPhrase(w) || isPossessive(w)) {
                break;
            }
        }
        return end;
    }

    /**
     * Whether a name word follows, maybe after more particles ("van der Berg"); the word for a
     * guest is none ("Greta Hansen zu Gast", "Sanne de Vries te gast").
     */
    private static boolean nameAfterParticles(List<String> words, int at) {
        int i = at;
        while (i < words.size() && i < at + 2 && PersonWords.isParticle(words.get(i))) {
            i++;
        }
        return i < words.size()
                && isNameWord(words.get(i))
                && !PersonWords.isGuestHeadingWord(words.get(i));
    }

    /** "M" in "Joshua M Greene": one capital letter, no full stop. */
    static boolean isBareInitial(String w) {
        return w.length() == 1
                && Character.isUpperCase(w.charAt(0))
                && !w.equals("I")
                && !w.equals("A");
    }

    /** Whether punctuation after the word ends the phrase (a comma, a bracket, a full stop). */
    static boolean endsPhrase(String raw) {
        return endsPhrase(raw, false);
    }

    /**
     * See {@link #endsPhrase(String)}; an honorific's full stop ("Dr.") ends nothing when {@code
     * honorific} says the word is one.
     */
    static boolean endsPhrase(String raw, boolean honorific) {
        char last = raw.charAt(raw.length() - 1);
        if (last == '.') {
            if (honorific) {
                return false; // "Dr."
            }
            // the core read in place: nearly every sentence ends so
            int start = coreStart(raw);
            int end = coreEnd(raw, start);
            if (end - start == 1 || isInitials(raw, start, end)) {
                return false; // an initial
            }
        }
        return ",.;:!?)\u201D\"".indexOf(last) >= 0;
    }

    /** The name the words make: their cores, with an initial's full stop, without a possessive. */
    static String join(List<String> words, int from, int to) {
        StringBuilder name = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (name.length() > 0) {
                name.append(' ');
            }
            String w = words.get(i);
            String core = core(w);
            if ((core.length() == 1 || isInitials(core)) && w.endsWith(".")) {
                core = core + ".";
            } else if (isPossessive(w)) {
                core = core.substring(0, core.length() - 2);
            }
            name.append(core);
        }
        return name.toString();
    }

    /** The word without the punctuation around it. */
    public static String core(String raw) {
        int start = coreStart(raw);
        return raw.substring(start, coreEnd(raw, start));
    }

    /** Where the word's core starts: its first letter or digit (its length when it has none). */
    private static int coreStart(String raw) {
        int start = 0;
        while (start < raw.length() && !Character.isLetterOrDigit(raw.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Where the word's core that starts at {@code start} ends: after its last letter or digit. */
    private static int coreEnd(String raw, int start) {
        int end = raw.length();
        while (end > start && !Character.isLetterOrDigit(raw.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /**
     * The text's words: its runs of characters between spaces. Only {@code ' '} splits, not every
     * {@link Blanks blank}: the text is collapsed, so a single space is the only blank left in it,
     * and {@link #wordCount} counts the same words.
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
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
