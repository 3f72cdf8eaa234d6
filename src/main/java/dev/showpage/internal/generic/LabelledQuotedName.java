package dev.showpage.internal.generic;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A show's name printed as a word for its kind and the name in quotes, as a directory or a
 * broadcaster heads the show's page: "Podcast „Sternenstaub“", "Sendung: »Am Tisch«", "Émission «
 * La Mesa »", "Programa «Café de Noche»", "Programma “La Tavola”", "Podcast ‘Aan Tafel’". The kind
 * word is the page's label for what the quoted name is, so the show is the quoted name alone; a
 * broadcast's word ("Uitzending ‘Het Late Uur’") names an edition, so its quote is no show's. A
 * line with more than the label and the quote ("Podcast „X“ mit Mara Quill"), a quote that is only
 * a word for an episode or a programme ("Podcast „Folge 12“"), and a quote between straight single
 * marks (an apostrophe as often: "Show 'Em Dash'") are not this shape.
 */
final class LabelledQuotedName {

    /**
     * Words for a show's kind in the seven languages, lower case, as the labels print them:
     * "podcast" (all seven), "show", "talkshow", "program", "programme", "sendung", "radiosendung",
     * "émission" (and "emission" without its accent), "programa", "programma", "trasmissione". Then
     * a colon or not, and the name between the quotation marks of {@link QuoteMarks}.
     */
    private static final Pattern LABELLED =
            Pattern.compile(
                    "^(?iu:podcast|show|talkshow|program|programme|sendung|radiosendung|émission"
                            + "|emission|programa|programma|trasmissione)"
                            + "\\s?:?\\s["
                            + QuoteMarks.OPENING
                            + "\u00BB]\\s?([^"
                            + QuoteMarks.OPENING
                            + QuoteMarks.CLOSING
                            + "\u00BB\u00AB]{1,60}?)\\s?["
                            + QuoteMarks.CLOSING
                            + "\u00AB]$");

    /** A word, then a number: "folge 12", "épisode #3". */
    private static final Pattern NUMBERED = Pattern.compile("^(\\p{L}+)\\.?\\s#?\\d{1,4}$");

    private LabelledQuotedName() {}

    /** The quoted name when the name has the label-and-quote shape, else the name as it is. */
    static String unwrap(String name) {
        Matcher m = LABELLED.matcher(name.strip());
        if (!m.matches()) {
            return name;
        }
        String quoted = m.group(1).strip();
        String lower = quoted.toLowerCase(Locale.ROOT);
        boolean onlyAKindWord =
                ArticlePhrases.KIND_OR_EPISODE_WORD.matcher(lower).matches()
                        || numberedKindWord(lower);
        return ShortNames.isOne(quoted, ShowName.MAX_WORDS)
                        && Character.isLetterOrDigit(quoted.codePointAt(0))
                        && !onlyAKindWord
                ? quoted
                : name;
    }

    /** A word for an episode or a programme and its number ("folge 12", "episode #3") names one. */
    private static boolean numberedKindWord(String lower) {
        Matcher m = NUMBERED.matcher(lower);
        return m.matches() && ArticlePhrases.KIND_OR_EPISODE_WORD.matcher(m.group(1)).matches();
    }
}
