package dev.showpage.internal.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes the character references that scraped text keeps from its HTML: {@code &rsquo;}, {@code
 * &#39;}, {@code &#x2019;}.
 *
 * <p>Scrapers and feed generators often escape text that was already escaped, so a page shows
 * {@code &amp;#39;} or {@code &amp;rsquo;} where the author wrote an apostrophe. Such text is
 * decoded all the way and flagged, so that the model builder can report the damage instead of
 * hiding it. Anything that is not a complete, known reference ({@code AT&T}, {@code &foo;}, {@code
 * &copy} without its semicolon) is kept as written: guessing would change text that was never
 * escaped.
 */
public final class HtmlEntities {

    /** What {@link #decode} made of a text, and whether it was escaped twice. */
    public record Decoded(String text, boolean doubleEncoded) {
        public Decoded {
            Objects.requireNonNull(text, "text is null");
        }
    }

    /** The names of U+00A0 to U+00FF, in order: every Latin-1 entity of HTML 4. */
    private static final String LATIN_1 =
            "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg"
                + " plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12"
                + " frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute"
                + " Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml"
                + " times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc"
                + " atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc"
                + " iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute"
                + " ucirc uuml yacute thorn yuml";

    /**
     * The rest of HTML 4's entities (markup, typography, Greek, arrows, mathematics) and XML's
     * {@code apos}, as name and code point. HTML 5 adds two thousand more names, which scraped show
     * notes do not use; HTML 4's set is what feed and CMS escapers emit.
     */
    private static final String OTHERS =
            "quot 34 amp 38 apos 39 lt 60 gt 62 OElig 338 oelig 339 Scaron 352 scaron 353 Yuml 376"
                + " fnof 402 circ 710 tilde 732 ensp 8194 emsp 8195 thinsp 8201 zwnj 8204 zwj 8205"
                + " lrm 8206 rlm 8207 ndash 8211 mdash 8212 lsquo 8216 rsquo 8217 sbquo 8218 ldquo"
                + " 8220 rdquo 8221 bdquo 8222 dagger 8224 Dagger 8225 bull 8226 hellip 8230 permil"
                + " 8240 prime 8242 Prime 8243 lsaquo 8249 rsaquo 8250 oline 8254 frasl 8260 euro"
                + " 8364 image 8465 weierp 8472 real 8476 trade 8482 alefsym 8501 Alpha 913 Beta"
                + " 914 Gamma 915 Delta 916 Epsilon 917 Zeta 918 Eta 919 Theta 920 Iota 921 Kappa"
                + " 922 Lambda 923 Mu 924 Nu 925 Xi 926 Omicron 927 Pi 928 Rho 929 Sigma 931 Tau"
                + " 932 Upsilon 933 Phi 934 Chi 935 Psi 936 Omega 937 alpha 945 beta 946 gamma 947"
                + " delta 948 epsilon 949 zeta 950 eta 951 theta 952 iota 953 kappa 954 lambda 955"
                + " mu 956 nu 957 xi 958 omicron 959 pi 960 rho 961 sigmaf 962 sigma 963 tau 964"
                + " upsilon 965 phi 966 chi 967 psi 968 omega 969 thetasym 977 upsih 978 piv 982"
                + " larr 8592 uarr 8593 rarr 8594 darr 8595 harr 8596 crarr 8629 lArr 8656 uArr"
                + " 8657 rArr 8658 dArr 8659 hArr 8660 forall 8704 part 8706 exist 8707 empty 8709"
                + " nabla 8711 isin 8712 notin 8713 ni 8715 prod 8719 sum 8721 minus 8722 lowast"
                + " 8727 radic 8730 prop 8733 infin 8734 ang 8736 and 8743 or 8744 cap 8745 cup"
                + " 8746 int 8747 there4 8756 sim 8764 cong 8773 asymp 8776 ne 8800 equiv 8801 le"
                + " 8804 ge 8805 sub 8834 sup 8835 nsub 8836 sube 8838 supe 8839 oplus 8853 otimes"
                + " 8855 perp 8869 sdot 8901 lceil 8968 rceil 8969 lfloor 8970 rfloor 8971 lang"
                + " 9001 rang 9002 loz 9674 spades 9824 clubs 9827 hearts 9829 diams 9830";

    /**
     * What {@code &#128;} to {@code &#159;} mean: pages written in Windows-1252 escape its
     * typographic characters by their byte ({@code &#146;} for an apostrophe), and HTML reads them
     * so. The five bytes Windows-1252 leaves undefined stand for themselves.
     */
    private static final String WINDOWS_1252 =
            "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D"
                + "\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161"
                + "\u203A\u0153\u009D\u017E\u0178";

    /** Longer than any name in the table or any code point, leading zeros aside. */
    private static final int MAX_BODY = 12;

    private static final Map<String, Integer> NAMED = named();

    private HtmlEntities() {}

    /**
     * Decodes named, decimal and hexadecimal references. Text without {@code &} comes back as the
     * same string, uncopied: most text has no references, and the builder calls this on every piece
     * of text.
     */
    public static Decoded decode(String text) {
        int amp = text.indexOf('&');
        if (amp < 0) {
            return new Decoded(text, false);
        }
        StringBuilder out = null;
        boolean doubled = false;
        int copied = 0;
        for (int i = amp; i >= 0; i = text.indexOf('&', i)) {
            int semicolon = semicolon(text, i + 1);
            int codePoint = semicolon < 0 ? -1 : codePoint(text, i + 1, semicolon);
            if (codePoint < 0) {
                i++; // not a reference: the '&' stays as written
                continue;
            }
            // An '&' that itself starts a reference ("&amp;#39;") was escaped twice: decode again.
            while (codePoint == '&') {
                int next = semicolon(text, semicolon + 1);
                int again = next < 0 ? -1 : codePoint(text, semicolon + 1, next);
                if (again < 0) {
                    break;
                }
                doubled = true;
                semicolon = next;
                codePoint = again;
            }
            if (out == null) {
                out = new StringBuilder(text.length());
            }
            out.append(text, copied, i).appendCodePoint(codePoint);
            copied = semicolon + 1;
            i = copied;
        }
        if (out == null) {
            return new Decoded(text, false);
        }
        return new Decoded(out.append(text, copied, text.length()).toString(), doubled);
    }

    /**
     * The index of the ';' that ends a reference body starting at {@code from}, or -1 when the body
     * has other characters than letters, digits and '#', or is too long to be one.
     */
    private static int semicolon(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_BODY + 1);
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i > from ? i : -1;
            }
            if (!(c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '#')) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The code point a reference body ({@code rsquo}, {@code #39}, {@code #x2019}) stands for, or
     * -1.
     */
    private static int codePoint(String text, int from, int to) {
        if (text.charAt(from) != '#') {
            Integer named = NAMED.get(text.substring(from, to));
            return named == null ? -1 : named;
        }
        int radix = 10;
        int i = from + 1;
        if (i < to && (text.charAt(i) == 'x' || text.charAt(i) == 'X')) {
            radix = 16;
            i++;
        }
        if (i == to) {
            return -1;
        }
        int value = 0;
        for (; i < to; i++) {
            int digit = Character.digit(text.charAt(i), radix);
            if (digit < 0) {
                return -1;
            }
            value = value * radix + digit;
            if (value > Character.MAX_CODE_POINT) {
                return -1;
            }
        }
        if (value == 0 || Character.isSurrogate((char) value) && value <= 0xFFFF) {
            return -1; // no character: keep what the page wrote
        }
        if (value >= 0x80 && value <= 0x9F) {
            return WINDOWS_1252.charAt(value - 0x80);
        }
        return value;
    }

    private static Map<String, Integer> named() {
        Map<String, Integer> map = new HashMap<>();
        String[] latin1 = LATIN_1.split(" ");
        for (int i = 0; i < latin1.length; i++) {
            map.put(latin1[i], 0xA0 + i);
        }
        String[] others = OTHERS.split(" ");
        for (int i = 0; i < others.length; i += 2) {
            map.put(others[i], Integer.parseInt(others[i + 1]));
        }
        return Map.copyOf(map);
    }
}
