package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * A field that names who takes part in an episode or who pays for it ("Host: Mara Quill", "Gast:
 * Lena Vogt", "Sponsor: Copper Kettle Bank"): an episode's own field, which a page prints again
 * under a sponsor's or a related episode's heading, and never the label that a listing's entries
 * share.
 */
final class PersonFields {

    /**
     * The words with which pages label the people of an episode, in the seven languages: the host,
     * the guest, the presenter, the moderator and the sponsor, as show notes print them.
     */
    private static final Set<String> PERSON_LABELS =
            Set.of(
                    "host",
                    "hosts",
                    "hosted by",
                    "guest",
                    "guests",
                    "presenter",
                    "moderator",
                    "sponsor",
                    "gast",
                    "gäste",
                    "gasten",
                    "moderatorin",
                    "moderation",
                    "gastgeber",
                    "gastgeberin",
                    "invité",
                    "invitée",
                    "invités",
                    "animateur",
                    "animatrice",
                    "présentateur",
                    "présentatrice",
                    "invitado",
                    "invitada",
                    "invitados",
                    "presentador",
                    "presentadora",
                    "ospite",
                    "ospiti",
                    "conduttore",
                    "conduttrice",
                    "convidado",
                    "convidada",
                    "convidados",
                    "apresentador",
                    "apresentadora",
                    "presentator",
                    "presentatrice",
                    "gastheer",
                    "gastvrouw");

    private PersonFields() {}

    /**
     * Whether a label line with the given opening (its text before the first separator) and text is
     * a person's field: the opening is a word for a person of the episode, or what follows it is a
     * name, two to four capitalised words.
     */
    static boolean isPersonField(String opening, String text) {
        return isPersonLabel(opening) || isName(valueAfter(opening, text));
    }

    /**
     * Whether a line is one person's field and nothing else ("Guest: Sanne Visser", "Ospite: Giulia
     * Romano"): a word for a person of the episode, a colon, and a name. Such a line says who takes
     * part; it is never the episode's title.
     */
    static boolean isPersonLine(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        String opening = text.substring(0, colon);
        return isPersonLabel(opening) && isName(valueAfter(opening, text));
    }

    private static boolean isPersonLabel(String opening) {
        return PERSON_LABELS.contains(opening.strip().toLowerCase(Locale.ROOT));
    }

    /** What follows the opening and its separator, or null when nothing does. */
    private static String valueAfter(String opening, String text) {
        if (opening.length() >= text.length()) {
            return null;
        }
        String value = text.substring(opening.length()).strip();
        return value.isEmpty() ? value : value.substring(1).strip(); // the separator
    }

    private static boolean isName(String value) {
        return value != null && Bylines.isName(value);
    }
}
