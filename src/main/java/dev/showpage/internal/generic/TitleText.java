package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.Set;

/**
 * An episode's title as sites print it, without what they put around it: the list marker before it
 * ("• 376: Success", "► Folge 3"), and the show's name the site adds before or after it ("Huberman
 * Lab - Machines ...", "... : The NPR Politics Podcast"). Lines that only stand where a title would
 * are not titles: a template placeholder a scraper left ("null", "{{title}}") and an episode's
 * number label alone ("Episode 13", "Folge 12", "S02 / E06").
 */
final class TitleText {

    /** The glyphs sites put before a list item: bullets, arrows, dashes, stars, check marks. */
    private static final String LIST_MARKERS =
            "\u2022\u00B7\u2023\u2043\u25AA\u25AB\u25CF\u25CB\u25E6\u25BA\u25B6\u25B8\u27A4\u2192"
                    + "\u2013\u2014-*+>\u2713\u2714\u2605\u2666\u2756\u25A0\u25A1";

    /**
     * How sites' image captions name the show a cover belongs to, lower case, in the seven
     * languages the parser reads.
     */
    private static final String[] CAPTIONS = {
        "cover art for ",
        "cover image for ",
        "artwork for ",
        "podcast cover for ",
        "cover for ",
        "pochette de ",
        "pochette du podcast ",
        "couverture de ",
        "cover von ",
        "cover-bild von ",
        "portada de ",
        "carátula de ",
        "copertina di ",
        "capa de ",
        "hoes van ",
        "omslag van "
    };

    /** The words transcript sites add after a title, lower case, in the seven languages. */
    private static final String[] PAGE_WORDS = {
        "transcript",
        "transcription",
        "transkript",
        "transcripción",
        "trascrizione",
        "transcrição",
        "transcriptie"
    };

    /** What a template leaves when its value is missing, lower case. */
    private static final Set<String> PLACEHOLDERS =
            Set.of("null", "undefined", "nan", "none", "[object object]", "title", "untitled");

    /** What separates the show's name from the title, either side of it. */
    private static final String[] SEPARATORS = {" - ", " \u2013 ", " \u2014 ", " : ", ": ", " | "};

    /**
     * The words that label an episode's number and their short forms, lower case, in the seven
     * languages the parser reads ("Episode 12", "Folge 12", "Épisode 12", "Episodio 12", "Puntata
     * 12", "Episódio 12", "Aflevering 12").
     */
    static final Set<String> EPISODE_NUMBER_WORDS =
            Set.of(
                    "episode",
                    "ep",
                    "ep.",
                    "épisode",
                    "folge",
                    "episodio",
                    "episódio",
                    "episodi",
                    "aflevering",
                    "afl",
                    "afl.",
                    "puntata");

    /** The words for an episode or a season, lower case, in the seven languages. */
    private static final Set<String> EPISODE_WORDS =
            java.util.stream.Stream.concat(
                            EPISODE_NUMBER_WORDS.stream(),
                            java.util.stream.Stream.of(
                                    "season",
                                    "saison",
                                    "staffel",
                                    "temporada",
                                    "stagione",
                                    "seizoen"))
                    .collect(java.util.stream.Collectors.toUnmodifiableSet());

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

    /**
     * The labels that name an episode's title as a field of a page's header ("Episode: ...",
     * "Episodio: ...", "Folge: ...", "Titre : ...", "Episode title: ..."), lower case, in the seven
     * languages the parser reads.
     */
    private static final Set<String> TITLE_LABELS =
            Set.of(
                    "episode",
                    "épisode",
                    "folge",
                    "episodio",
                    "episódio",
                    "aflevering",
                    "puntata",
                    "title",
                    "titre",
                    "titel",
                    "título",
                    "titulo",
                    "titolo",
                    "episode title",
                    "episode name",
                    "titre de l'épisode",
                    "titre de l’épisode",
                    "folgentitel",
                    "episodentitel",
                    "titel der folge",
                    "título del episodio",
                    "titolo dell'episodio",
                    "titolo dell’episodio",
                    "título do episódio",
                    "titel van de aflevering");

    /** Characters of a title's label, its colon included, at most. */
    private static final int TITLE_LABEL_MAX_CHARS = 28;

    /** Words of a section's heading at most. */
    private static final int SECTION_MAX_WORDS = 4;

    /** Words of a label line before its episode word ("Buzzcast Episode 290"), at most. */
    private static final int LABEL_LEADING_WORDS = 2;

    private TitleText() {}

    /** The title without the list marker before it. */
    static String undecorated(String title) {
        int i = 0;
        while (i < title.length() && LIST_MARKERS.indexOf(title.charAt(i)) >= 0) {
            i++;
        }
        if (i == 0 || i == title.length() || title.charAt(i) != ' ') {
            return title; // "-5 degrees", "*NSYNC": a sign glued to the title is the title's
        }
        return title.substring(i + 1);
    }

    /**
     * The value of a field that labels the episode's title ("Episodio: Ya llegó el platillo",
     * "Titre : Les lampes", "Episode title: Lamps"), or null when the line is no such field. A
     * number alone after the label ("Episode: 12") is the episode's number, not its title.
     */
    static String labelledTitle(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon >= TITLE_LABEL_MAX_CHARS || colon + 1 >= text.length()) {
            return null;
        }
        String label = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        if (!TITLE_LABELS.contains(label) || text.charAt(colon + 1) != ' ') {
            return null; // "Folge:3" or "12:30": no field
        }
        String value = text.substring(colon + 1).strip();
        return value.codePoints().anyMatch(Character::isLetter) ? value : null;
    }

    /** The units of a file's size as sites print them, lower case (French "Mo" for megabytes). */
    private static final Set<String> SIZE_UNITS =
            Set.of("b", "kb", "mb", "gb", "kib", "mib", "gib", "ko", "mo", "go", "bytes");

    /** Whether the text is a file's size alone: "70 MB", "12,5 Mo", "1.2GB". */
    static boolean isFileSize(String text) {
        int i = 0;
        while (i < text.length()
                && (Character.isDigit(text.charAt(i))
                        || i > 0 && (text.charAt(i) == '.' || text.charAt(i) == ','))) {
            i++;
        }
        if (i == 0 || !Character.isDigit(text.charAt(i - 1))) {
            return false;
        }
        String unit = text.substring(i).strip().toLowerCase(Locale.ROOT);
        return SIZE_UNITS.contains(unit);
    }

    /** Letters of a heading in capitals at least: "NEWS" and "FAQ" may be a title's words. */
    private static final int CAPITALS_HEADING_MIN_LETTERS = 5;

    /**
     * Whether the text is one word in capitals ("POPULARITY", "ÜBERSICHT"), as sites print the
     * headings of a page's sections: over an episode's title, never the title.
     */
    static boolean isCapitalsHeading(String text) {
        if (text.length() < CAPITALS_HEADING_MIN_LETTERS) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c) || !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** The title without the field label before it ("Episode: Title" gives "Title"). */
    static String withoutTitleLabel(String title) {
        String value = labelledTitle(title);
        return value == null ? title : value;
    }

    /** The title without the show's name that the site put before or after it. */
    static String withoutShowName(String title, String show) {
        if (show == null || show.isEmpty()) {
            return title;
        }
        for (String separator : SEPARATORS) {
            String prefix = show + separator;
            if (title.startsWith(prefix) && title.length() > prefix.length()) {
                return title.substring(prefix.length());
            }
            String suffix = separator + show;
            if (title.endsWith(suffix) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length());
            }
        }
        return title;
    }

    /** Whether the line is the heading of a section of show notes ("Takeaways", "Sponsors:"). */
    private static boolean isPageWord(String lowerCase) {
        for (String word : PAGE_WORDS) {
            if (word.equals(lowerCase)) {
                return true;
            }
        }
        return false;
    }

    static boolean isSectionHeading(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split(" ");
        if (words.length > SECTION_MAX_WORDS) {
            return false;
        }
        boolean section = false;
        for (String word : words) {
            String core = word.endsWith(":") ? word.substring(0, word.length() - 1) : word;
            if (SECTION_WORDS.contains(core) || isPageWord(core)) {
                section = true; // "Transcripción", "Transkript": the heading of a transcript
            } else if (!SECTION_JOINERS.contains(core)) {
                return false;
            }
        }
        return section;
    }

    /**
     * The show's name an image's alternative text gives ("cover art for Harbour Lights", "Pochette
     * de Harbour Lights"), or null when the line is not such a caption.
     */
    static String captionedName(String text) {
        for (String caption : CAPTIONS) {
            if (text.length() > caption.length()
                    && text.regionMatches(true, 0, caption, 0, caption.length())) {
                String name = text.substring(caption.length());
                // Without a letter or digit after the words there is no name, and the caption's
                // words would be lost with the line.
                return name.codePoints().anyMatch(Character::isLetterOrDigit) ? name : null;
            }
        }
        return null;
    }

    /**
     * The title without the word a transcript site's heading adds after it ("#214: Dive into
     * CPython Transcript", "... - Transkript").
     */
    static String withoutPageWord(String title) {
        // After a plain space only where the title opens with its number ("#214: ... Transcript"):
        // elsewhere the word may be the title's own ("Reading the Transcript").
        String[] separators =
                opensWithEpisodeNumber(title)
                        ? new String[] {" - ", " | ", " \u2013 ", " : ", ": ", " "}
                        : new String[] {" - ", " | ", " \u2013 ", " : ", ": "};
        for (String word : PAGE_WORDS) {
            // "Title [transcript]", "Title (Transkript)": the word as a link's label, in brackets.
            for (String bracketed : new String[] {" [" + word + "]", " (" + word + ")"}) {
                if (title.length() > bracketed.length()
                        && title.regionMatches(
                                true,
                                title.length() - bracketed.length(),
                                bracketed,
                                0,
                                bracketed.length())) {
                    return title.substring(0, title.length() - bracketed.length());
                }
            }
            for (String separator : separators) {
                String suffix = separator + word;
                if (title.length() > suffix.length()
                        && title.regionMatches(
                                true,
                                title.length() - suffix.length(),
                                suffix,
                                0,
                                suffix.length())) {
                    return title.substring(0, title.length() - suffix.length());
                }
            }
        }
        return title;
    }

    /** Whether the line is what a template leaves for a missing title ("null", "{{title}}"). */
    /**
     * Whether the line is a transcript's speaker label without a name: "Speaker 1", "Sprecher 2",
     * "Intervenant 3", "Locutor 1", "Spreker 2".
     */
    static boolean isSpeakerLabel(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split(" ");
        return words.length == 2
                && SPEAKER_WORDS.contains(words[0])
                && isNumber(trimSeparator(words[1]));
    }

    /** The word transcript sites label an unnamed speaker with, in the seven languages. */
    private static final Set<String> SPEAKER_WORDS =
            Set.of(
                    "speaker",
                    "sprecher",
                    "sprecherin",
                    "intervenant",
                    "intervenante",
                    "locutor",
                    "locutora",
                    "hablante",
                    "interlocutore",
                    "parlante",
                    "orador",
                    "oradora",
                    "spreker");

    static boolean isPlaceholder(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return PLACEHOLDERS.contains(lower)
                || lower.startsWith("{{") && lower.endsWith("}}")
                || lower.startsWith("${") && lower.endsWith("}")
                || lower.length() > 2 && lower.startsWith("%") && lower.endsWith("%");
    }

    /**
     * Whether the line is only an episode's number label: "Episode 13", "Ep. 5", "EP 94", "Folge
     * 12", "Season 2 Episode 20", "S02 / E06", "Buzzcast Episode 290".
     */
    static boolean isEpisodeLabel(String text) {
        String[] words = text.toLowerCase(Locale.ROOT).split(" ");
        if (words.length > 6) {
            return false;
        }
        int leading = 0;
        boolean labelled = false;
        boolean numbered = false;
        for (String word : words) {
            String core = word.startsWith("#") ? word.substring(1) : word;
            if (EPISODE_WORDS.contains(core)) {
                labelled = true;
            } else if (isNumber(core) || isSeasonEpisodeCode(core)) {
                numbered = true;
            } else if (core.equals("/") || core.equals("-") || core.equals("\u00B7")) {
                continue;
            } else if (!labelled && !numbered && leading < LABEL_LEADING_WORDS) {
                leading++; // the show's name before the label: "Buzzcast Episode 290"
            } else {
                return false; // a word after the number ("Episode 230: The Wager") is a title's
            }
        }
        return numbered && (labelled || hasSeasonEpisodeCode(words) && leading == 0);
    }

    /**
     * The words before the episode word of a number label that opens with them ("Phorest FM" of
     * "Phorest FM Episode 39", "Buzzcast" of "Buzzcast Episode 290"): the show's name, as the label
     * prints it; null when the line is no label or has no words before its episode word.
     */
    static String labelName(String text) {
        if (!isEpisodeLabel(text)) {
            return null;
        }
        String[] words = text.split(" ");
        int k = 0;
        while (k < words.length && !EPISODE_WORDS.contains(words[k].toLowerCase(Locale.ROOT))) {
            k++;
        }
        if (k == 0 || k == words.length) {
            return null;
        }
        for (int j = 0; j < k; j++) {
            if (!Character.isUpperCase(words[j].codePointAt(0))
                    && !Character.isDigit(words[j].codePointAt(0))) {
                return null; // a name's words are capitalised: "the Episode 3" names nothing
            }
        }
        return String.join(" ", java.util.Arrays.copyOf(words, k));
    }

    /**
     * Whether the title opens with its episode's number: "Episode 3: ...", "Folge 12 – ...", "Ep. 5
     * - ...", "#41: ...".
     */
    static boolean opensWithEpisodeNumber(String title) {
        String[] words = title.toLowerCase(Locale.ROOT).split(" ", 3);
        if (words[0].startsWith("#") && isNumber(trimSeparator(words[0].substring(1)))) {
            return true;
        }
        if (words.length > 1 && opensWithSeasonCode(words[0], words[1])) {
            return true;
        }
        if (words.length > 1 && words[0].endsWith(":") && isNumber(trimSeparator(words[0]))) {
            return true; // "31: Title"; a "1." is a list's item, not an episode's number
        }
        return words.length > 1
                        && EPISODE_WORDS.contains(words[0])
                        && isNumber(
                                trimSeparator(
                                        words[1].startsWith("#")
                                                ? words[1].substring(1)
                                                : words[1]))
                || opensWithGluedNumber(words[0], words.length > 1);
    }

    /**
     * Whether the title's first word numbers a season's episode, as rewatch shows and series number
     * theirs, followed by the title's words: "3.02: Title", "#3.02 Title", "S3E02 - Title",
     * "S03E02: Title", "3x02 - Title", "E30 Title". A number with a point needs its colon or its
     * "#" ("3.5 Million Reasons" is a title's own number), and a number with an "x" its separator
     * or its title's capital.
     */
    private static boolean opensWithSeasonCode(String first, String second) {
        boolean separated = first.endsWith(":") || isDash(second);
        String word = separated && first.endsWith(":") ? trimSeparator(first) : first;
        boolean hash = word.startsWith("#");
        if (hash) {
            word = word.substring(1);
        }
        int point = word.indexOf('.');
        if (point > 0) {
            return (separated || hash)
                    && point <= 2
                    && isNumber(word.substring(0, point))
                    && word.length() - point - 1 == 2
                    && isNumber(word.substring(point + 1));
        }
        int x = word.indexOf('x');
        if (x > 0) {
            return (separated || hash)
                    && x <= 2
                    && isNumber(word.substring(0, x))
                    && word.length() - x - 1 >= 1
                    && word.length() - x - 1 <= 3
                    && isNumber(word.substring(x + 1));
        }
        if (!hash && isSeasonEpisodeCode(word)) {
            // "s3e02", "s03", "e30": the letter's code; a lone "e" or "s" code needs two digits
            // or a separator, so that "E3 Highlights" stays a title of its own words.
            return word.indexOf('e', 1) > 0 || separated || word.length() >= 3;
        }
        return false;
    }

    /** A dash between a title's parts: "-", "–", "—". */
    private static boolean isDash(String word) {
        return word.equals("-") || word.equals("\u2013") || word.equals("\u2014");
    }

    /** The signs that end a number glued to what follows it ("Ep.20-Name", "Folge12: ..."). */
    private static final String GLUED_SEPARATORS = "-\u2013\u2014:.)|";

    /**
     * Whether the word is an episode word glued to the episode's number ("ep.20-livia", "ep20:",
     * "folge12", "#20-livia"), the title's first word run into it or following it.
     */
    private static boolean opensWithGluedNumber(String word, boolean moreWords) {
        int i = 0;
        while (i < word.length() && Character.isLetter(word.charAt(i))) {
            i++;
        }
        String label = word.substring(0, i);
        if (label.isEmpty() ? !word.startsWith("#") : !EPISODE_WORDS.contains(label)) {
            return false;
        }
        i = label.isEmpty() ? 1 : i;
        if (!label.isEmpty() && i < word.length() && word.charAt(i) == '.') {
            i++;
        }
        int digits = i;
        while (digits < word.length() && Character.isDigit(word.charAt(digits))) {
            digits++;
        }
        if (digits == i || digits - i > 5) {
            return false;
        }
        return digits == word.length()
                ? moreWords
                : GLUED_SEPARATORS.indexOf(word.charAt(digits)) >= 0
                        && (digits + 1 < word.length() || moreWords);
    }

    /** The word without a colon or full stop after it ("3:", "12."). */
    private static String trimSeparator(String word) {
        return word.endsWith(":") || word.endsWith(".")
                ? word.substring(0, word.length() - 1)
                : word;
    }

    private static boolean hasSeasonEpisodeCode(String[] words) {
        for (String word : words) {
            if (isSeasonEpisodeCode(word)) {
                return true;
            }
        }
        return false;
    }

    /** "s02", "e06", "s2e6": a season or an episode by its letter and number, in lower case. */
    static boolean isSeasonEpisodeCode(String word) {
        if (word.length() < 2 || (word.charAt(0) != 's' && word.charAt(0) != 'e')) {
            return false;
        }
        int e = word.indexOf('e', 1);
        return e < 0
                ? isNumber(word.substring(1))
                : word.charAt(0) == 's'
                        && isNumber(word.substring(1, e))
                        && isNumber(word.substring(e + 1));
    }

    /** Digits only, one to five of them: an episode's number. */
    static boolean isNumber(String word) {
        if (word.isEmpty() || word.length() > 5) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
