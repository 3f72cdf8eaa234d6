package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * The headings of show notes' sections ("Takeaways", "Links & Resources", "Invités :"): a few words
 * that name a section, never an episode's title, and the titles that carry such a word.
 */
final class SectionHeadings {

    /**
     * The headings of show notes' sections ("Takeaways", "Links & Resources", "Sponsors",
     * "Invités"), lower case, in the seven languages the parser reads: never an episode's title.
     */
    private static final Set<String> SECTION_WORDS =
            Set.of(
                    "takeaways",
                    "highlights",
                    "sponsors",
                    "sponsor",
                    "resources",
                    "links",
                    "mentioned",
                    "credits",
                    "chapters",
                    "timestamps",
                    "quotes",
                    "references",
                    "summary",
                    "topics",
                    "guests",
                    "guest",
                    "notes",
                    "related",
                    "recommended",
                    "reading",
                    "further",
                    "partners",
                    "thanks",
                    "acknowledgements",
                    "transcript",
                    "ressources",
                    "liens",
                    "crédits",
                    "chapitres",
                    "sommaire",
                    "invités",
                    "invité",
                    "remerciements",
                    "partenaires",
                    "ressourcen",
                    "kapitel",
                    "gäste",
                    "gast",
                    "sponsoren",
                    "themen",
                    "quellen",
                    "recursos",
                    "enlaces",
                    "créditos",
                    "capítulos",
                    "invitados",
                    "invitado",
                    "patrocinadores",
                    "temas",
                    "agradecimientos",
                    "risorse",
                    "crediti",
                    "capitoli",
                    "ospiti",
                    "ospite",
                    "argomenti",
                    "ringraziamenti",
                    "convidados",
                    "convidado",
                    "agradecimentos",
                    "bronnen",
                    "hoofdstukken",
                    "gasten",
                    "onderwerpen");

    /** The little words inside a section's heading ("Links & Resources", "Key takeaways"). */
    private static final Set<String> SECTION_JOINERS =
            Set.of("&", "key", "and", "et", "und", "y", "e", "en", "in", "this", "episode", "the");

    /** Words of a section's heading at most. */
    private static final int SECTION_MAX_WORDS = 4;

    private SectionHeadings() {}

    /**
     * Whether a word of the text names a section of show notes ("About Our Guest", "Links From the
     * Episode"), whatever the other words.
     */
    static boolean hasSectionWord(String text) {
        for (String word : text.toLowerCase(Locale.ROOT).split(" ")) {
            String core = SiteChrome.trimSigns(word);
            if (SECTION_WORDS.contains(core) || TitleText.isPageWord(core)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line is the heading of a section of show notes ("Takeaways", "Sponsors:"). */
    static boolean isOne(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split(" ");
        if (words.length > SECTION_MAX_WORDS) {
            return false;
        }
        boolean section = false;
        for (String word : words) {
            String core = word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
            if (SECTION_WORDS.contains(core) || TitleText.isPageWord(core)) {
                section = true; // "Transcripción", "Transkript": the heading of a transcript
            } else if (!SECTION_JOINERS.contains(core)) {
                return false;
            }
        }
        return section;
    }
}
