package dev.showpage.internal.text;

import java.util.List;

/**
 * Where a person's name starts and ends among a text's words: past an honorific or a role, over
 * particles and middle initials, and not over a site's, a place's or a noun's words. Kept apart
 * from the reading of one word ({@link NameWords}) because this is the one rule of how far a name
 * runs that every phrase introducing a guest shares.
 */
final class NameSpans {

    private NameSpans() {}

    /**
     * The name that starts at {@code start}, after any honorific ("Dr.", "Prof", "GM") and any role
     * in the same run of capitals ("Chroma CTO Mara Quill"): two to four name words (particles
     * aside), or null. A run of more capitalised words is a title or a company, not a name.
     */
    static Names.Span personAt(List<String> words, int start) {
        int from = start;
        while (from + 1 < words.size()
                && PersonWords.isHonorific(words.get(from))
                && !NameWords.endsPhrase(words.get(from), true)
                && NameWords.isNameWord(words.get(from + 1))) {
            from++;
        }
        int end = nameEnd(words, from);
        for (int i = from; i < end - 2; i++) {
            // A role by its ending alone ("Guitarist") leaves a name of two words after it:
            // "Vincent van Gogh" and "Pieter de Wit" are names, not a role and a surname
            if (PersonWords.isRoleNoun(words.get(i), true)
                    && !NameWords.endsPhrase(words.get(i))
                    && (PersonWords.isListedRole(words.get(i))
                            || nameWords(words, i + 1, end) >= 2)) {
                from = i + 1;
            }
        }
        for (int i = Math.max(from, start + 1); i + 2 < end; i++) {
            // "Präsident der Bundesbank Mara Quill", "Inspecteur-Generaal der Krijgsmacht Mara
            // Quill": a genitive "der" after a word that is no particle ends an office's name; the
            // person's follows the word after it ("von der Leyen", "van der Berg" keep theirs); a
            // role noun before "der" may have moved the start onto it already. With more words
            // after it ("der Deutschen Bundesbank Lea Brandt") the office may be of two words or
            // the name of three, and no one can tell where the name starts: no name is read
            if (Vocabulary.coreIs(words.get(i), "der")
                    && Character.isLowerCase(words.get(i).charAt(0))
                    && !PersonWords.isParticle(words.get(i - 1))) {
                int after = nameWords(words, i + 2, end);
                if (after < 2) {
                    continue;
                }
                if (after > 2) {
                    return null;
                }
                from = i + 2;
                break;
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
                || nameWords > Names.NAME_MAX_WORDS
                || NonPersonNames.isPlaceOrOrganisation(words, from, end)) {
            return null; // "New York", "Harbour University": a place's or an institution's name
        }
        return new Names.Span(from, end);
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
                            && !NameWords.endsPhrase(words.get(end - 1))
                            && (PersonWords.isParticle(w) || NameWords.isBareInitial(w))
                            && nameAfterParticles(words, end + 1);
            if (!inside && (!NameWords.isNameWord(w) || (end > start && w.startsWith("(")))) {
                break;
            }
            end++;
            if (NameWords.endsPhrase(w) || NameWords.isPossessive(w)) {
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
                && NameWords.isNameWord(words.get(i))
                && !PersonWords.isGuestHeadingWord(words.get(i));
    }
}
