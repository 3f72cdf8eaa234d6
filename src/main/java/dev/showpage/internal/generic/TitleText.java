package dev.showpage.internal.generic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An episode's title as sites print it, without what they put around it: the list marker before it
 * ("• 376: Success", "► Folge 3"), and the show's name the site adds before or after it ("Huberman
 * Lab - Machines ...", "... : The NPR Politics Podcast"). Lines that only stand where a title would
 * are not titles: a template placeholder a scraper left ("null", "{{title}}") and an episode's
 * number label alone ("Episode 13", "Folge 12", "S02 / E06"; see {@link EpisodeNumbers}).
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

    /**
     * Each page word's suffixes, in the order they are tried: the word as a link's label in
     * brackets ("Title [transcript]", "Title (Transkript)"), then after each separator, the last
     * after a plain space. Made once, not for each title read.
     */
    private static final String[][] PAGE_WORD_SUFFIXES = pageWordSuffixes();

    private static String[][] pageWordSuffixes() {
        String[] separators = {" - ", " | ", " \u2013 ", " : ", ": ", " "};
        String[][] suffixes = new String[PAGE_WORDS.length][];
        for (int w = 0; w < PAGE_WORDS.length; w++) {
            String word = PAGE_WORDS[w];
            List<String> forms = new ArrayList<>();
            forms.add(" [" + word + "]");
            forms.add(" (" + word + ")");
            for (String separator : separators) {
                forms.add(separator + word);
            }
            suffixes[w] = forms.toArray(new String[0]);
        }
        return suffixes;
    }

    /** What a template leaves when its value is missing, lower case. */
    private static final Set<String> PLACEHOLDERS =
            Set.of("null", "undefined", "nan", "none", "[object object]", "title", "untitled");

    /** What separates the show's name from the title, either side of it. */
    private static final String[] SEPARATORS = {" - ", " \u2013 ", " \u2014 ", " : ", ": ", " | "};

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
            if (title.startsWith(prefix)
                    && title.length() > prefix.length()
                    && !DateOnlyTitles.isOne(title.substring(prefix.length()))) {
                return title.substring(prefix.length());
            }
            String suffix = separator + show;
            if (title.endsWith(suffix)
                    && title.length() > suffix.length()
                    && !DateOnlyTitles.isOne(
                            title.substring(0, title.length() - suffix.length()))) {
                return title.substring(0, title.length() - suffix.length());
            }
        }
        return title;
    }

    /** Whether {@code lowerCase}, a word, is one transcript sites add after a title. */
    static boolean isPageWord(String lowerCase) {
        for (String word : PAGE_WORDS) {
            if (word.equals(lowerCase)) {
                return true;
            }
        }
        return false;
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
        // After a plain space (each word's last suffix) only where the title opens with its number
        // ("#214: ... Transcript"): elsewhere the word may be the title's own ("Reading the
        // Transcript").
        int left = EpisodeNumbers.opensWithEpisodeNumber(title) ? 0 : 1;
        for (String[] suffixes : PAGE_WORD_SUFFIXES) {
            for (int k = 0; k < suffixes.length - left; k++) {
                String suffix = suffixes[k];
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
                && EpisodeNumbers.isNumber(EpisodeNumbers.trimSeparator(words[1]));
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
}
