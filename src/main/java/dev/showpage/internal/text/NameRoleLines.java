package dev.showpage.internal.text;

import java.util.List;
import java.util.Optional;

/**
 * A line that is a person's name, a comma and a short role phrase, as an episode guide gives each
 * guest of an edition above a sentence about them: "Mara Quill, Historikerin", "Jonas Berg,
 * ehemaliger Lotse", "Claire Dubois, ministre de la Mer", "Lucía Prado, actriz", "Dr. Oskar Lind,
 * Arzt"; and not a line of that look whose role is no guest's (a host, the crew, a place, years).
 */
public final class NameRoleLines {

    /** Characters of such a line at most. */
    private static final int LINE_MAX_CHARS = 120;

    /** Words of the role phrase at most ("Vater von zwei Töchtern", "ministre de la Mer"). */
    private static final int ROLE_MAX_WORDS = 6;

    /**
     * The words a byline opens with ("Von Mara Quill, Redakteurin", "By Mara Quill, editor", "Par
     * Claire Dubois, journaliste", "Por Lucía Prado", "Door Sanne de Vries"): its person wrote the
     * page and is no guest.
     */
    private static final Vocabulary BYLINE_WORDS = Vocabulary.of("by von par por door");

    private NameRoleLines() {}

    /** The name of a "Name, role" line; empty for any other line. */
    public static Optional<String> nameOf(String line) {
        if (line.isEmpty()
                || line.length() > LINE_MAX_CHARS
                || !Character.isUpperCase(line.codePointAt(0))
                || line.indexOf(',') < 0) {
            return Optional.empty(); // the cheap tests first: most lines have no early comma
        }
        List<String> words = Names.words(line);
        if (BYLINE_WORDS.containsCore(words.get(0)) || CreditLines.startsCredit(words, 0)) {
            return Optional.empty();
        }
        Names.Span span = Names.personAt(words, 0);
        if (span == null
                || (span.from() > 0 && !PersonWords.isHonorific(words.get(0)))
                || !words.get(span.to() - 1).endsWith(",")
                || Names.isPossessive(words.get(span.to() - 1))) {
            return Optional.empty();
        }
        List<String> role = words.subList(span.to(), words.size());
        if (role.isEmpty()
                || role.size() > ROLE_MAX_WORDS
                || !isRolePhrase(role)
                || !isGuestsRole(role)) {
            return Optional.empty();
        }
        return Optional.of(Names.join(words, span.from(), span.to()));
    }

    /**
     * Whether a "Name, role" line's role holds a word that only a role has: a lower-case word
     * ("ehemaliger Lotse", "ministre de la Mer") or a role noun ("Historikerin", "actriz",
     * "sailor"). A lone capitalised word ("Mara Quill, Hamburg") is a place as often, as letters
     * sign with their town.
     */
    public static boolean hasRoleWord(String line) {
        int comma = line.indexOf(',');
        if (comma < 0) {
            return false;
        }
        for (String w : Names.words(line.substring(comma + 1))) {
            String core = Names.core(w);
            if (!core.isEmpty() && Character.isLowerCase(core.codePointAt(0))) {
                return true;
            }
            if (PersonWords.isRoleNoun(w, true) || GermanRoleNouns.isRoleShaped(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the words after the comma are a role phrase: no second comma, no colon a quotation
     * follows (a quoted speaker's "Mara Quill, Autorin: ..."), no quotation, no question, and no
     * sentence's end inside it.
     */
    private static boolean isRolePhrase(List<String> role) {
        for (int k = 0; k < role.size(); k++) {
            String w = role.get(k);
            if (w.indexOf(',') >= 0
                    || w.indexOf(':') >= 0
                    || w.indexOf('?') >= 0
                    || w.indexOf('!') >= 0
                    || hasQuotationMark(w)) {
                return false;
            }
            // "a.D." and "Dr." end in a point; a sentence's last word is a longer one
            if (k < role.size() - 1 && w.endsWith(".") && w.length() > 4) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the role may be a guest's: no word of the show's own people (a host, a credit, the
     * crew: "Moderatorin", "host and producer", "réalisateur", "montage"), no number (a year range
     * "1923 bis 2001", an age, a count), and not two or more capitalised words alone none of which
     * is a role noun (a place, "New Haven", "Santa Cruz"; a work's title, "The Lighthouse
     * Keepers"), as letters, reviews and reading lists give them.
     */
    private static boolean isGuestsRole(List<String> role) {
        boolean allCapitalised = true;
        boolean roleNoun = false;
        for (String w : role) {
            if (ShowCircleWords.isShowsOwn(w)) {
                return false;
            }
            for (int i = 0; i < w.length(); i++) {
                if (Character.isDigit(w.charAt(i))) {
                    return false;
                }
            }
            String core = Names.core(w);
            allCapitalised &= !core.isEmpty() && Character.isUpperCase(core.codePointAt(0));
            roleNoun |= PersonWords.isRoleNoun(w, true) || GermanRoleNouns.isRoleShaped(w);
        }
        // One capitalised word is as often a German role noun without a role's ending ("Lotse",
        // "Arzt") as a place: only a longer run of capitals is taken for a place or a title
        return !allCapitalised || roleNoun || role.size() < 2;
    }

    /** "»", "„", "“" and the like: a quotation is no role. */
    private static boolean hasQuotationMark(String w) {
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '\u201E' || QuotationMarks.closesDouble(c)) {
                return true;
            }
        }
        return false;
    }
}
