package dev.showpage.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * HTML markup that a scraper left in a page's text: tags ({@code <br>}, {@code <p class="x">},
 * {@code </a>}), comments, the attributes of a tag whose start was cut off ({@code
 * class="episode-title">}), and the {@code ">} that ends such a tag after a link.
 *
 * <p>A tag is only a tag when it names an element of HTML and is well formed, so that prose keeps
 * {@code a < b}, {@code x -> y}, {@code <3}, {@code <00:00>}, {@code <jane@example.com>} and {@code
 * <https://example.com>}. A tag that breaks the line where a browser shows it ({@code <br>}, {@code
 * <p>}, {@code <li>}) reads as a blank; an inline one ({@code <strong>}, {@code <a>}) as nothing,
 * so that {@code <strong>Title</strong>} reads "Title" and {@code word<br>word} "word word". The
 * web address of a link's {@code href} or an image's {@code src} stays where it stands: it is the
 * part of the markup a reader wants.
 */
final class HtmlRemnants {

    /**
     * The elements of HTML (the WHATWG living standard's list, with the obsolete ones CMS editors
     * still write: font, center, tt, strike, big), lower case.
     */
    private static final Set<String> ELEMENTS =
            Set.of(
                    ("a abbr address area article aside audio b base bdi bdo big blockquote body br"
                         + " button canvas caption center cite code col colgroup data datalist dd"
                         + " del details dfn dialog div dl dt em embed fieldset figcaption figure"
                         + " font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe"
                         + " img input ins kbd label legend li link main map mark menu meta meter"
                         + " nav noscript object ol optgroup option output p param picture pre"
                         + " progress q rp rt ruby s samp script search section select slot small"
                         + " source span strike strong style sub summary sup svg table tbody td"
                         + " template textarea tfoot th thead time title tr track tt u ul var video"
                         + " wbr")
                            .split(" "));

    /** The elements a browser shows inside a line, without a break (HTML's phrasing content). */
    private static final Set<String> INLINE =
            Set.of(
                    ("a abbr b bdi bdo big cite code data del dfn em font i ins kbd mark q s samp"
                                    + " small span strike strong sub sup time tt u var wbr")
                            .split(" "));

    /** Longer than any tag a page writes; keeps a line of many '<' linear. */
    private static final int MAX_TAG = 1000;

    private HtmlRemnants() {}

    /** The remnants on the line {@code [from, to)} of {@code text}, in order. */
    static List<TextDamage.Repair> find(String text, int from, int to) {
        List<TextDamage.Repair> found = null;
        int quotes = 0; // straight double quotes of the line's text, outside remnants
        boolean wordStart = true;
        int commentEnd = -1; // where the next "-->" starts; {@code to} for none on the line
        for (int i = from; i < to; ) {
            char c = text.charAt(i);
            Markup markup = null;
            if (c == '<') {
                if (text.startsWith("<!--", i) && commentEnd < i + 4) {
                    // The first "-->" after this "<!--"; found once for all the comments it can
                    // end.
                    commentEnd = i + 4;
                    while (commentEnd + 3 <= to && !text.startsWith("-->", commentEnd)) {
                        commentEnd++;
                    }
                    if (commentEnd + 3 > to) {
                        commentEnd = to;
                    }
                }
                markup = comment(text, i, to, commentEnd);
                if (markup == null) {
                    markup = tag(text, i, to);
                }
            } else if (wordStart && isNameStart(c)) {
                markup = residue(text, i, to);
            } else if (c == '"'
                    && i + 1 < to
                    && text.charAt(i + 1) == '>'
                    && quotes % 2 == 0
                    && i > from
                    && !Blanks.isBlank(text.charAt(i - 1))) {
                // The end of a tag whose start was cut off, after the value of its last attribute.
                markup = new Markup(i, i + 2, -1, -1, TextDamage.Fill.BLANK);
            }
            if (markup != null) {
                if (found == null) {
                    found = new ArrayList<>();
                }
                markup.addTo(found);
                i = markup.end;
                wordStart = true;
                continue;
            }
            if (c == '"') {
                quotes++;
            }
            wordStart = Blanks.isBlank(c);
            i++;
        }
        return found == null ? List.of() : found;
    }

    /** One remnant, {@code [start, end)}, keeping the web address at {@code [keepFrom, keepTo)}. */
    private record Markup(int start, int end, int keepFrom, int keepTo, TextDamage.Fill fill) {

        void addTo(List<TextDamage.Repair> out) {
            if (keepFrom < 0) {
                out.add(new TextDamage.Repair(TextDamage.Kind.HTML_REMNANT, start, end, "", fill));
                return;
            }
            // The address becomes a word of its own: blanks on both sides of it.
            out.add(
                    new TextDamage.Repair(
                            TextDamage.Kind.HTML_REMNANT,
                            start,
                            keepFrom,
                            "",
                            TextDamage.Fill.BLANK));
            if (keepTo < end) {
                out.add(
                        new TextDamage.Repair(
                                TextDamage.Kind.HTML_REMNANT,
                                keepTo,
                                end,
                                "",
                                TextDamage.Fill.BLANK));
            }
        }
    }

    /** {@code <!-- ... -->} ending on the line, whose first "-->" after {@code at} is given. */
    private static Markup comment(String text, int at, int to, int close) {
        if (!text.startsWith("<!--", at) || close >= to) {
            return null;
        }
        return new Markup(at, close + 3, -1, -1, TextDamage.Fill.SILENT);
    }

    /** A start or end tag of an HTML element, with its attributes. */
    private static Markup tag(String text, int at, int to) {
        int limit = Math.min(to, at + MAX_TAG);
        int i = at + 1;
        if (i < limit && text.charAt(i) == '/') {
            i++;
        }
        int nameStart = i;
        while (i < limit && isAsciiLetterOrDigit(text.charAt(i))) {
            i++;
        }
        if (i == nameStart || !isAsciiLetter(text.charAt(nameStart))) {
            return null;
        }
        String name = text.substring(nameStart, i).toLowerCase(Locale.ROOT);
        if (!ELEMENTS.contains(name) || i >= limit) {
            return null;
        }
        char next = text.charAt(i);
        if (next != '>' && next != '/' && !Blanks.isBlank(next)) {
            return null; // "<ab@c.d>", "<https://...>": not a tag
        }
        Attributes attributes = attributes(text, i, limit, false);
        if (attributes == null || attributes.names > 0 && attributes.values == 0) {
            return null; // "a<b and c>d" is prose: a tag's attributes, if any, have a value
        }
        TextDamage.Fill fill =
                INLINE.contains(name) ? TextDamage.Fill.SILENT : TextDamage.Fill.BLANK;
        return new Markup(at, attributes.end, attributes.keepFrom, attributes.keepTo, fill);
    }

    /**
     * {@code class="episode-title">}: attributes with quoted values and the '>' that ends them, at
     * the start of a word.
     */
    private static Markup residue(String text, int at, int to) {
        Attributes attributes = attributes(text, at, Math.min(to, at + MAX_TAG), true);
        if (attributes == null) {
            return null;
        }
        return new Markup(
                at, attributes.end, attributes.keepFrom, attributes.keepTo, TextDamage.Fill.BLANK);
    }

    /** Where a tag's attributes end (after its '>'), and the web address they give, if any. */
    private record Attributes(int end, int keepFrom, int keepTo, int names, int values) {}

    /**
     * Attributes from {@code at} to the '>' that ends them; null when the text is not such. A
     * residue ({@code quotedOnly}) must start with a name and give every attribute a quoted value.
     */
    private static Attributes attributes(String text, int at, int limit, boolean quotedOnly) {
        int keepFrom = -1;
        int keepTo = -1;
        int i = at;
        boolean first = true;
        int names = 0;
        int values = 0;
        while (true) {
            int blanks = i;
            while (i < limit && Blanks.isBlank(text.charAt(i))) {
                i++;
            }
            if (i >= limit) {
                return null;
            }
            char c = text.charAt(i);
            if (c == '>' && !(quotedOnly && first)) {
                return new Attributes(i + 1, keepFrom, keepTo, names, values);
            }
            if (c == '/' && i + 1 < limit && text.charAt(i + 1) == '>' && !quotedOnly) {
                return new Attributes(i + 2, keepFrom, keepTo, names, values);
            }
            if (!first && i == blanks) {
                return null; // attributes are apart
            }
            int nameStart = i;
            while (i < limit && isNameChar(text.charAt(i), quotedOnly)) {
                i++;
            }
            if (i == nameStart || quotedOnly && !isNameStart(text.charAt(nameStart))) {
                return null;
            }
            int nameEnd = i;
            names++;
            int afterName = i;
            while (i < limit && Blanks.isBlank(text.charAt(i))) {
                i++;
            }
            if (i < limit && text.charAt(i) == '=') {
                i++;
                while (i < limit && Blanks.isBlank(text.charAt(i))) {
                    i++;
                }
                if (i >= limit) {
                    return null;
                }
                char quote = text.charAt(i);
                int valueStart;
                int valueEnd;
                if (quote == '"' || quote == '\'') {
                    valueStart = i + 1;
                    valueEnd = valueStart;
                    while (valueEnd < limit && text.charAt(valueEnd) != quote) {
                        valueEnd++;
                    }
                    if (valueEnd >= limit) {
                        return null;
                    }
                    i = valueEnd + 1;
                } else if (quotedOnly) {
                    return null;
                } else {
                    valueStart = i;
                    while (i < limit && isUnquotedValueChar(text.charAt(i))) {
                        i++;
                    }
                    if (i == valueStart) {
                        return null;
                    }
                    valueEnd = i;
                }
                values++;
                if (keepFrom < 0
                        && isAddressAttribute(text, nameStart, nameEnd)
                        && isWebAddress(text, valueStart, valueEnd)) {
                    keepFrom = valueStart;
                    keepTo = valueEnd;
                }
            } else if (quotedOnly) {
                return null;
            } else {
                i = afterName;
            }
            first = false;
        }
    }

    /** Whether the attribute's name, read where it stands, is {@code href} or {@code src}. */
    private static boolean isAddressAttribute(String text, int from, int to) {
        return to - from == 4 && text.regionMatches(true, from, "href", 0, 4)
                || to - from == 3 && text.regionMatches(true, from, "src", 0, 3);
    }

    private static boolean isWebAddress(String text, int from, int to) {
        return text.regionMatches(true, from, "http://", 0, 7) && to - from > 7
                || text.regionMatches(true, from, "https://", 0, 8) && to - from > 8;
    }

    private static boolean isNameStart(char c) {
        return isAsciiLetter(c) || c == '_';
    }

    /** A character of an attribute's name: HTML's, or XML's narrower set for a residue. */
    private static boolean isNameChar(char c, boolean strict) {
        if (strict) {
            return isAsciiLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.';
        }
        return !Blanks.isBlank(c) && "\"'<>/=".indexOf(c) < 0;
    }

    private static boolean isUnquotedValueChar(char c) {
        return !Blanks.isBlank(c) && "\"'<>=`".indexOf(c) < 0;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return isAsciiLetter(c) || c >= '0' && c <= '9';
    }

    /** Whether a kept value starts at {@code at}: its quote, or its '=', stands before it. */
    private static boolean opensValue(String text, int at) {
        char before = text.charAt(at - 1);
        return before == '"' || before == '\'' || before == '=';
    }

    /**
     * "'<br>
     * ', '</a>'": the line's remnants as they were, the first few.
     */
    static String describe(String text, List<TextDamage.Repair> repairs) {
        StringBuilder out = new StringBuilder("HTML left in the text (");
        int shown = 0;
        for (int k = 0; k < repairs.size(); k++) {
            TextDamage.Repair r = repairs.get(k);
            int end = r.end();
            if (k + 1 < repairs.size() && opensValue(text, end)) {
                end = repairs.get(++k).end(); // the rest of a tag around a kept address
            }
            if (shown == 3) {
                out.append(", …");
                break;
            }
            out.append(shown++ == 0 ? "'" : ", '")
                    .append(TextDamage.shortened(text.substring(r.start(), end), 60))
                    .append('\'');
        }
        return out.append("); removed").toString();
    }
}
