package dev.showpage.internal.generic;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A show's name printed as a word for its kind and the name in quotes, as a directory or a
 * broadcaster heads the show's page: "Podcast „Sternenstaub“", "Sendung: »Am Tisch«", "Émission «
 * La Mesa »", "Programa «Café de Noche»", "Programma “La Tavola”", "Podcast 'Aan Tafel'". The
 * kind word is the page's label for what the quoted name is, so the show is the quoted name alone.
 * A line with more than the label and the quote ("Podcast „X“ mit Mara Quill") is not this shape.
 */
final class LabelledQuotedName {

    /**
     * Words for a show's kind in the seven languages, lower case: "podcast" in all, "show",
     * "talkshow", "sendung", "radiosendung", "émission", "programa", "programme", "programma",
     * "trasmissione", "uitzending", "programa de rádio".
     */
    private static final Pattern LABELLED =
            Pattern.compile(
                    "^(?iu:podcast|show|talkshow|sendung|radiosendung|émission|emission|programa"
                            + "|programme|program|programma|trasmissione|uitzending)"
                            + "\\s?:?\\s"
                            + "(?:[\u201C\u201E\u00AB\u00BB\"]\\s?([^\u201C\u201D\u201E\u00AB\u00BB\"]{1,60}?)"
                            + "\\s?[\u201D\u201C\u00BB\u00AB\"]"
                            + "|[\u2018\u201A']([^\u2018\u2019'\"]{1,60}?)[\u2019'])$");

    private LabelledQuotedName() {}

    /** The quoted name when the name has the label-and-quote shape, else the name as it is. */
    static String unwrap(String name) {
        Matcher m = LABELLED.matcher(name.strip());
        if (!m.matches()) {
            return name;
        }
        String quoted = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
        return ShortNames.isOne(quoted, ShowName.MAX_WORDS)
                        && Character.isLetterOrDigit(quoted.codePointAt(0))
                ? quoted
                : name;
    }
}
