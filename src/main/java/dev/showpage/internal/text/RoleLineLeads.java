package dev.showpage.internal.text;

import java.util.List;

/**
 * The lines a run of "Name, role" lines ({@link NameRoleLines}) may follow and still be an
 * edition's guests: the lines an episode guide prints at an edition's head, its length and date
 * ("75 Min.", "Di. 14.03.2025", "Folge 12"), and a line that cues guests, a guest heading
 * ("Gäste:", "Our guests") or a sentence with a guest word ("Heute zu Gast im Studio", "Ce soir,
 * nos invités"). Any other line above the run heads something else: a team, the credits, a cast,
 * letters or reviews, a reading list, a transcript's speakers.
 */
public final class RoleLineLeads {

    /** Words of an edition's length or date line at most. */
    private static final int HEAD_LINE_MAX_WORDS = 6;

    /** Words of a guest cue at most: a heading or one sentence, not a paragraph. */
    private static final int CUE_MAX_WORDS = 24;

    private RoleLineLeads() {}

    /** Whether the line is an edition's length or date line: a few words, one of them a number. */
    public static boolean isLengthOrDate(String line) {
        boolean digit = false;
        for (int i = 0; i < line.length() && !digit; i++) {
            digit = Character.isDigit(line.charAt(i));
        }
        return digit && Names.words(line).size() <= HEAD_LINE_MAX_WORDS;
    }

    /**
     * Whether the line cues the guests listed under it: a guest heading, or a sentence with a guest
     * word that puts the guests in no other edition ("last week's guests", "nächste Sendung") and
     * asks nothing ("Want to be our guest?").
     */
    public static boolean cuesGuests(String line) {
        if (GuestHeadings.restAfter(line).isPresent()) {
            return true;
        }
        if (line.indexOf('?') >= 0) {
            return false;
        }
        List<String> words = Names.words(line);
        if (words.size() > CUE_MAX_WORDS) {
            return false;
        }
        boolean guest = false;
        for (String w : words) {
            if (OtherEditions.placesElsewhere(w)) {
                return false;
            }
            guest |= PersonWords.isGuestHeadingWord(w);
        }
        return guest;
    }
}
