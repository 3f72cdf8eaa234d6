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
            Vocabulary.of("the les la le die der das los las el gli il i lo os as o de het");

    private AnnouncedGuestLines() {}

    /**
     * Whether a line announces the guests listed under it: it ends in a colon, and a plural guest
     * word stands in it ("guests", "Gäste", "invités", "invitados", "ospiti", "convidados",
     * "gasten").
     */
    public static boolean announces(String line) {
        String text = line.strip();
        if (text.isEmpty()
                || text.charAt(text.length() - 1) != ':'
                || text.length() > ANNOUNCING_MAX_CHARS) {
            return false; // the cheap test first: most lines end in no colon
        }
        for (String w : Names.words(text)) {
            if (PersonWords.isGuestHeadingWord(w) && GuestWordPhrases.isPlural(w)) {
                return true;
            }
        }
        return false;
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
            return names;
        }
        // "Mara Quill et Oskar Lind pour ...", "Mara Quill et Estéban pour ...": two guests
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
     * after a comma, or with a word in lower case ("pour", "mit", "para", "who").
     */
    private static boolean goesOn(List<String> words, int end) {
        if (end >= words.size()) {
            return false;
        }
        if (words.get(end - 1).endsWith(",")) {
            return true;
        }
        String next = words.get(end);
        return Character.isLowerCase(next.codePointAt(0));
    }
}
