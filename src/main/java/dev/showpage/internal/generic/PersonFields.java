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
        if (PERSON_LABELS.contains(opening.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (opening.length() >= text.length()) {
            return false;
        }
        String value = text.substring(opening.length()).strip();
        value = value.isEmpty() ? value : value.substring(1).strip(); // the separator
        return Bylines.isName(value);
    }

    /**
     * Whether a line is one person's field and nothing else ("Guest: Sanne Visser", "Ospite: Giulia
     * Romano"): a word for a person of the episode, a colon, and a name. Such a line says who takes
     * part; it is never the episode's title.
     */
    static boolean isPersonLine(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            return false;
        }
        String opening = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        return PERSON_LABELS.contains(opening) && Bylines.isName(text.substring(colon + 1).strip());
    }
}
