package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A sentence that announces an edition's guests and ends in a colon ("Tonight's guests on the
 * couch:", "Diese Gäste sitzen heute auf dem Sofa:", "Voici les invités de la soirée :", "Estos son
 * los invitados de la semana:", "Gli ospiti della puntata:", "Os convidados desta noite:", "De
 * gasten van vanavond:"), and the lines under it that each open with a guest's name and go on with
 * what the guest comes for ("Mara Quill pour son nouveau livre", "Jonas Berg mit seinem Film",
 * "Lucía Prado y Tomás Vidal para presentar su disco").
 */
public final class AnnouncedGuestLines {

    /** Characters of an announcing sentence at most: one sentence, not a paragraph. */
    private static final int ANNOUNCING_MAX_CHARS = 160;

    /** Characters of a guest's line at most: a name and what the guest comes for. */
    private static final int ITEM_MAX_CHARS = 240;

    /**
     * Articles a band's or a group's name opens with ("Les X interpréteront", "The X play", "Die X
     * spielen"): such a line names no person, and ends the list.
     */
    private static final Vocabulary ARTICLES =
            Vocabulary.of("the les la le die der das los las el gli il lo os het");

    /**
     * The prepositions that say what a guest comes for or with, or where the guest is seen, in the
     * seven languages: "for", "pour", "für", "para", "per", "voor"; "in", "dans", "im", "en",
     * "nel", "em", "op"; "about", "sur", "über", "sobre", "su", "over"; and "à", "zu", "to", which
     * follow a word of being ready ("prêt à présenter", "ready to sail").
     */
    private static final Vocabulary PREPOSITIONS =
            Vocabulary.of(
                    "for pour für para per voor om in dans im en nel nella no na em op about sur"
                            + " über sobre su over à zu to");

    /**
     * The words of being ready in the seven languages ("ready", "prêt", "bereit", "listo",
     * "pronto", "klaar"), the one kind of lower-case word that may stand between a guest's name and
     * a preposition ("Mara Quill, prête à présenter ..."): any other is a verb ("talks about",
     * "play for"), which tells of someone merely mentioned.
     */
    private static final Vocabulary READY =
            Vocabulary.of(
                    "ready prêt prête prêts prêtes bereit listo lista listos listas pronto pronta"
                            + " prontos prontas klaar");

    /**
     * The possessives of a plural owner in the seven languages ("their", "leur", "ihre", "sus",
     * "loro", "seus", "hun"): one name followed by one ("Harbour Lights with their new single") is
     * a band's or a group's, not a guest's.
     */
    private static final Vocabulary PLURAL_POSSESSIVES =
            Vocabulary.of("their leur leurs loro hun ihre sus seus");

    /** The words after a lone name in which a plural possessive makes it a group's. */
    private static final int GROUP_REACH = 3;

    private AnnouncedGuestLines() {}

    /**
     * Whether a line announces the guests listed under it: it ends in a colon, and a plural guest
     * word stands in it ("guests", "Gäste", "invités", "invitados", "ospiti", "convidados",
     * "gasten"); and it asks nothing and puts the guests in no other edition ("les invités de la
     * semaine dernière :", "nuestros invitados anteriores:", "Thanks to last season's guests:").
     */
    public static boolean announces(String line) {
        String text = line.strip();
        if (text.isEmpty()
                || text.charAt(text.length() - 1) != ':'
                || text.length() > ANNOUNCING_MAX_CHARS) {
            return false; // the cheap test first: most lines end in no colon
        }
        if (text.indexOf('?') >= 0) {
            return false; // "Want to be one of our guests? Write to us at:" announces no one
        }
        boolean plural = false;
        for (String w : Names.words(text)) {
            if (OtherEditions.placesElsewhere(w)) {
                return false; // "Die Gäste der nächsten Sendung:", "last season's guests:"
            }
            plural |= PersonWords.isGuestHeadingWord(w) && GuestWordPhrases.isPlural(w);
        }
        return plural;
    }

    /**
     * The guests a line under an announcing sentence opens with: a name, or two joined by
     * "and"/"et"/"und"/"y"/"e"/"en", then lower-case words or a comma that say what they come for.
     * None when the line opens with no name, with an article, or is the name alone.
     */
    public static List<String> guestsOpening(String line) {
        List<String> names = new ArrayList<>();
        if (line.isEmpty()
                || line.length() > ITEM_MAX_CHARS
                || !Character.isUpperCase(line.codePointAt(0))) {
            return names;
        }
        List<String> words = Names.words(line);
        if (ARTICLES.containsCore(words.get(0)) || CreditLines.startsCredit(words, 0)) {
            return names;
        }
        Names.Span span = Names.personAt(words, 0);
        if (span == null || span.from() != 0 || Names.isPossessive(words.get(span.to() - 1))) {
            return names;
        }
        int end = span.to();
        if (!goesOn(words, end)) {
            return names;
        }
        names.add(Names.join(words, 0, end));
        if (words.get(end - 1).endsWith(",") || !PersonWords.isAndWord(words.get(end))) {
            return namesAGroup(words, end) ? List.of() : names;
        }
        // "Mara Quill et Oskar Lind pour ...", "Mara Quill et Tomás pour ...": two guests
        int second = end + 1;
        Names.Span next = second < words.size() ? Names.personAt(words, second) : null;
        if (next != null
                && next.from() == second
                && !Names.isPossessive(words.get(next.to() - 1))) {
            if (goesOn(words, next.to())) {
                names.add(Names.join(words, second, next.to()));
            }
        } else if (second < words.size()
                && Names.isNameWord(words.get(second))
                && !ARTICLES.containsCore(words.get(second))
                && !Names.isPossessive(words.get(second))
                && goesOn(words, second + 1)) {
            names.add(Names.core(words.get(second)));
        }
        return names;
    }

    /**
     * Whether the line goes on after a name that ends at {@code end} the way a guest's line does:
     * after a comma, or with a preposition or a conjunction ("pour", "mit", "para", "et son
     * spectacle"), or with a word of being ready before one ("prêt à", {@link #READY}); not with a
     * verb ("hosts the show", "moderiert", "ha parlato", "play their single"), which tells of a
     * host, a band or a person merely mentioned.
     */
    private static boolean goesOn(List<String> words, int end) {
        if (end >= words.size()) {
            return false;
        }
        if (words.get(end - 1).endsWith(",")) {
            return true;
        }
        String next = words.get(end);
        if (!Character.isLowerCase(next.codePointAt(0)) || ShowCircleWords.isShowsOwn(next)) {
            return false;
        }
        if (isLinking(next)) {
            return true;
        }
        return end + 1 < words.size()
                && READY.containsCore(next)
                && !Names.endsPhrase(next)
                && PREPOSITIONS.containsCore(words.get(end + 1));
    }

    /** Whether a plural possessive stands within a few words after a lone name that ends at end. */
    private static boolean namesAGroup(List<String> words, int end) {
        for (int i = end; i < words.size() && i < end + GROUP_REACH; i++) {
            if (PLURAL_POSSESSIVES.containsCore(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** A preposition, a with-word, an on-word or an and-word. */
    private static boolean isLinking(String raw) {
        return PREPOSITIONS.containsCore(raw)
                || PersonWords.isWithWord(raw)
                || PersonWords.isOnWordCore(raw)
                || PersonWords.isAndWord(raw);
    }

    /**
     * Whether a line under the announcing sentence ends the list though no guest's line: it tells
     * of one who hosts or presents ("Greta Hansen moderiert wie immer", "hosts the show", "la
     * présentatrice"). Only host words: a credit word may be what a guest comes with ("musique").
     */
    public static boolean endsList(String line) {
        for (String w : Names.words(line)) {
            if (PersonWords.isHostWord(w)
                    || ShowCircleWords.HOST_NOUNS.containsCore(w)
                    || ShowCircleWords.CO_HOST_WORDS.containsCore(w)) {
                return true;
            }
        }
        return false;
    }
}
