package dev.showpage.internal.generic;

import dev.showpage.internal.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The show a page's headline quotes, when another line of the page calls the quoted name a show
 * with a word for a programme right before it: a headline "Gli ospiti di “La Tavola” del 9 marzo",
 * "« Le Grand Large » : le nouveau podcast de Mara Quill" or "“La Sobremesa”, el podcast que ..."
 * and a line "Stasera la trasmissione “La Tavola” ...", "Chaque semaine, l'émission « Le Grand
 * Large » ...", "el podcast «La Sobremesa» ...", "der Podcast „Hafenrunde“ ...", "o programa
 * “Conversa Aberta” ...", "de podcast ‘Aan Tafel’ ...". A headline quotes a film, an album, a
 * novel, a venue, a party or someone's words as often, and a guest's own show is named so too: the
 * name is taken only where the page calls it a show (the kind words of {@link
 * ArticlePhrases#AFTER_KIND}, never after a possessive: "her podcast “X”"), and never where any
 * line puts another thing's noun right before it ("the album “X”", "le parti « X »", "das Hotel
 * „X“": {@link WorkKinds#isOtherThing}) or an episode's or an edition's ("la puntata “X”"), nor
 * where a line calls it an episode after it ("“X”, tonight's episode of ..."), nor where it opens
 * with a word for a special edition ("Spécial Noël"), is a channel's shape or a person's name,
 * nor on a page of tips, which quotes other people's shows.
 */
final class QuotedHeadlineShow {

    /** The page's first lines with text, where a news item prints its headline. */
    private static final int FIRST_LINES = 4;

    /** A name between the quotation marks of {@link QuoteMarks}. */
    private static final Pattern QUOTED =
            Pattern.compile(
                    "["
                            + QuoteMarks.OPENING
                            + "]\\s?([^"
                            + QuoteMarks.OPENING
                            + QuoteMarks.CLOSING
                            + "\u00BB\\n]{1,60}?)\\s?["
                            + QuoteMarks.CLOSING
                            + "]");

    /**
     * Words read after a quoted name and its comma for the head of an apposition: "“X”, tonight's
     * episode of ...", "« X », l'épisode de Noël", "„X“, die Ausgabe vom Montag".
     */
    private static final int APPOSITION_WORDS = 3;

    /**
     * "Special" in the seven languages opening a name: an edition's title ("Spécial Noël",
     * "Speciale Capodanno"), not a show's.
     */
    private static final Pattern SPECIAL_OPENER =
            Pattern.compile(
                    "(?iu)^(?:special|spécial|speciale|spezial|especial|speciaal)(?!\\p{L})");

    /** A year in a name, an event's edition as often ("Jazz am See 2024"). */
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d{2}(?!\\d)");

    private QuotedHeadlineShow() {}

    /** The show the headline quotes and another line calls a show, else null. */
    static String find(List<String> texts) {
        String headline = null;
        String name = null;
        int seen = 0;
        for (String text : texts) {
            if (text.isBlank()) {
                continue;
            }
            Matcher m = QUOTED.matcher(text);
            if (m.find()) {
                headline = text.strip();
                name = m.group(1).strip();
                break;
            }
            if (++seen == FIRST_LINES) {
                return null;
            }
        }
        if (name == null
                || YEAR.matcher(name).find()
                || SPECIAL_OPENER.matcher(name).find()
                || HeadlineShowName.showNameOrNull(name) == null) {
            return null;
        }
        boolean calledAShow = false;
        for (String text : texts) {
            if (!text.contains(name)) {
                continue;
            }
            if (namedOtherwise(text, name)) {
                return null;
            }
            calledAShow |= !text.strip().equals(headline) && calledAShow(text, name);
        }
        return calledAShow && !recommends(texts) && !Names.isPersonIn(name, texts) ? name : null;
    }

    /** Whether the page is one of tips ({@link ArticlePhrases#RECOMMENDS}): others' shows. */
    private static boolean recommends(List<String> texts) {
        for (String text : texts) {
            if (ArticlePhrases.RECOMMENDS.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line puts a word for a programme right before the quoted name. */
    private static boolean calledAShow(String text, String name) {
        Matcher m = ArticlePhrases.AFTER_KIND.matcher(text);
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null && m.group(g).strip().equals(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the line says the name is another thing's, an episode's or an edition's: by the word
     * right before it, or by an apposition after it.
     */
    private static boolean namedOtherwise(String text, String name) {
        int at = text.indexOf(name);
        while (at >= 0) {
            String before = wordBefore(text, at);
            if (WorkKinds.isOtherThing(before)
                    || ArticlePhrases.EPISODE_OR_EDITION_WORD.matcher(before).matches()) {
                return true;
            }
            int end = at + name.length();
            while (end < text.length() && QuoteMarks.CLOSING.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (episodeApposition(text, end)) {
                return true;
            }
            at = text.indexOf(name, at + 1);
        }
        return false;
    }

    /**
     * Whether a comma after the name opens an apposition that calls it an episode or an edition
     * in its first words ("“X”, tonight's episode of ..."). Only a comma: a headline's colon opens
     * its rest ("“X”: gli ospiti della puntata"), which speaks of the show's edition, not of X.
     */
    private static boolean episodeApposition(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length() || text.charAt(i) != ',') {
            return false;
        }
        i++;
        for (int words = 0; words < APPOSITION_WORDS; words++) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                if (".;:!?()".indexOf(text.charAt(i)) >= 0) {
                    return false;
                }
                i++;
            }
            int start = i;
            while (i < text.length() && Character.isLetter(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                return false;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (ArticlePhrases.EPISODE_OR_EDITION_WORD.matcher(word).matches()) {
                return true;
            }
            if (i < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')) {
                // an elided article glued to its noun ("l'épisode") or a possessive's "s"
                words--;
                i++;
            }
        }
        return false;
    }

    /** The word right before a position, past quotation marks and spaces, lower case. */
    private static String wordBefore(String text, int at) {
        int i = at;
        while (i > 0
                && (Character.isWhitespace(text.charAt(i - 1))
                        || QuoteMarks.OPENING.indexOf(text.charAt(i - 1)) >= 0
                        || text.charAt(i - 1) == '\u00BB')) {
            i--;
        }
        int end = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return text.substring(i, end).toLowerCase(Locale.ROOT);
    }
}
