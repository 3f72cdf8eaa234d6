package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.internal.text.HtmlEntities.Decoded;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlEntitiesTest {

    private static final long SEED = 20_250_312L;

    @Test
    void textWithoutAmpersandIsReturnedUncopied() {
        String text = "Don’t panic \u00A0 – 84 min";
        Decoded decoded = HtmlEntities.decode(text);
        assertThat(decoded.text()).isSameAs(text);
        assertThat(decoded.doubleEncoded()).isFalse();
        assertThat(HtmlEntities.decode("").text()).isEmpty();
    }

    @Test
    void textWhoseAmpersandsStartNoReferenceIsReturnedUncopied() {
        String text = "AT&T & friends &foo; R&D&";
        assertThat(HtmlEntities.decode(text).text()).isSameAs(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    &amp;     | 0026
                    &lt;      | 003C
                    &gt;      | 003E
                    &quot;    | 0022
                    &apos;    | 0027
                    &nbsp;    | 00A0
                    &iexcl;   | 00A1
                    &copy;    | 00A9
                    &reg;     | 00AE
                    &deg;     | 00B0
                    &frac34;  | 00BE
                    &iquest;  | 00BF
                    &Agrave;  | 00C0
                    &Eacute;  | 00C9
                    &eacute;  | 00E9
                    &times;   | 00D7
                    &ETH;     | 00D0
                    &szlig;   | 00DF
                    &divide;  | 00F7
                    &oslash;  | 00F8
                    &yuml;    | 00FF
                    &rsquo;   | 2019
                    &lsquo;   | 2018
                    &ldquo;   | 201C
                    &rdquo;   | 201D
                    &mdash;   | 2014
                    &ndash;   | 2013
                    &hellip;  | 2026
                    &bull;    | 2022
                    &trade;   | 2122
                    &euro;    | 20AC
                    &OElig;   | 0152
                    &Scaron;  | 0160
                    &thinsp;  | 2009
                    &zwj;     | 200D
                    &Omega;   | 03A9
                    &sigmaf;  | 03C2
                    &omega;   | 03C9
                    &thetasym; | 03D1
                    &rarr;    | 2192
                    &minus;   | 2212
                    &ne;      | 2260
                    &diams;   | 2666
                    &#39;     | 0027
                    &#039;    | 0027
                    &#8217;   | 2019
                    &#x2019;  | 2019
                    &#X2019;  | 2019
                    &#xe9;    | 00E9
                    &#233;    | 00E9
                    &#x1F600; | 1F600
                    &#128512; | 1F600
                    &#146;    | 2019
                    &#150;    | 2013
                    &#151;    | 2014
                    &#133;    | 2026
                    &#128;    | 20AC
                    &#129;    | 0081
                    """)
    void decodesNamedDecimalAndHexadecimalReferences(String reference, String hex) {
        String expected = Character.toString(Integer.parseInt(hex, 16));
        Decoded decoded = HtmlEntities.decode("x" + reference + "y");
        assertThat(decoded.text()).isEqualTo("x" + expected + "y");
        assertThat(decoded.doubleEncoded()).isFalse();
    }

    /** Every Latin-1 character has its HTML 4 name; spot-check that the table is complete. */
    @Test
    void everyLatin1CharacterIsNamed() {
        String names =
                "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr"
                    + " deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14"
                    + " frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil"
                    + " Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute"
                    + " Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig"
                    + " agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml"
                    + " igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide"
                    + " oslash ugrave uacute ucirc uuml yacute thorn yuml";
        StringBuilder written = new StringBuilder();
        StringBuilder expected = new StringBuilder();
        String[] each = names.split(" ");
        for (int i = 0; i < each.length; i++) {
            written.append('&').append(each[i]).append(';');
            expected.append((char) (0xA0 + i));
        }
        assertThat(each).hasSize(96);
        assertThat(HtmlEntities.decode(written.toString()).text()).isEqualTo(expected.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    Don&amp;#39;t                | Don't
                    Don&amp;rsquo;t              | Don’t
                    Tom &amp;amp; Jerry          | Tom & Jerry
                    &amp;lt;b&amp;gt;            | <b>
                    Don&amp;amp;#39;t            | Don't
                    Don&amp;#x2019;t             | Don’t
                    Don&#38;#39;t                | Don't
                    Caf&amp;eacute; &amp; more   | Café & more
                    """)
    void decodesTextEscapedTwiceAllTheWayAndSaysSo(String text, String expected) {
        Decoded decoded = HtmlEntities.decode(text);
        assertThat(decoded.text()).isEqualTo(expected);
        assertThat(decoded.doubleEncoded()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            textBlock =
                    """
                    Tom &amp; Jerry        | Tom & Jerry
                    &amp;&amp;             | &&
                    &amp;foo;              | &foo;
                    &amp;copy              | &copy
                    Q&amp;A: &lt;3         | Q&A: <3
                    """)
    void anAmpersandBeforeNoReferenceIsEscapedOnce(String text, String expected) {
        Decoded decoded = HtmlEntities.decode(text);
        assertThat(decoded.text()).isEqualTo(expected);
        assertThat(decoded.doubleEncoded()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "AT&T",
                "&",
                "a & b",
                "trailing &",
                "&;",
                "&foo;",
                "&AMP;",
                "&Amp;",
                "&copy 2025",
                "&rsquo",
                "&#;",
                "&#x;",
                "&#xZZ;",
                "&#12a;",
                "&#0;",
                "&#x0;",
                "&#xD800;",
                "&#55296;",
                "&#x110000;",
                "&#99999999999;",
                "&#x0000000000041;",
                "&averyveryverylongname;",
                "&r squo;",
                "&&&",
                "&#&#39",
            })
    void keepsWhatIsNoKnownCompleteReference(String text) {
        Decoded decoded = HtmlEntities.decode(text);
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.doubleEncoded()).isFalse();
    }

    @Test
    void referencesNextToEachOtherAndToText() {
        assertThat(HtmlEntities.decode("&lt;&gt;&amp;&quot;").text()).isEqualTo("<>&\"");
        assertThat(HtmlEntities.decode("&amp;&#39;").text()).isEqualTo("&'");
        assertThat(HtmlEntities.decode("a&b&lt;c").text()).isEqualTo("a&b<c");
        assertThat(HtmlEntities.decode("&&lt;").text()).isEqualTo("&<");
    }

    // ------------------------------------------------------------------- round trips

    private static final String ALPHABET = "ab Z9&<>\"'’“”—–…é€\u00A0©;#x";

    /**
     * Random texts over characters that escaping touches. A text that already holds a reference
     * ({@code &#9;}) is left out: escaped once, it reads exactly like a text escaped twice.
     */
    static Stream<String> texts() {
        Random random = new Random(SEED);
        return IntStream.range(0, 300)
                .mapToObj(
                        i -> {
                            StringBuilder text = new StringBuilder();
                            int length = random.nextInt(40);
                            for (int j = 0; j < length; j++) {
                                text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                            }
                            return text.toString();
                        })
                .filter(text -> HtmlEntities.decode(text).text().equals(text));
    }

    /** Escapes the way feed writers do: markup by name, the rest by name or by number. */
    private static String escape(String text, Random random) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .forEach(
                        c -> {
                            switch (c) {
                                case '&' -> out.append("&amp;");
                                case '<' -> out.append("&lt;");
                                case '>' -> out.append("&gt;");
                                case '"' -> out.append(random.nextBoolean() ? "&quot;" : "&#34;");
                                case '\'' -> out.append(random.nextBoolean() ? "&#39;" : "&apos;");
                                case '’' ->
                                        out.append(random.nextBoolean() ? "&rsquo;" : "&#x2019;");
                                case '—' ->
                                        out.append(random.nextBoolean() ? "&mdash;" : "&#8212;");
                                default -> {
                                    if (c > 0x7F && random.nextBoolean()) {
                                        out.append("&#").append(c).append(';');
                                    } else {
                                        out.appendCodePoint(c);
                                    }
                                }
                            }
                        });
        return out.toString();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("texts")
    void escapedTextDecodesBack(String text) {
        Random random = new Random(SEED + text.hashCode());
        Decoded once = HtmlEntities.decode(escape(text, random));
        assertThat(once.text()).isEqualTo(text);
        assertThat(once.doubleEncoded()).isFalse();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @MethodSource("texts")
    void textEscapedTwiceDecodesBackAndIsFlagged(String text) {
        Random random = new Random(SEED - text.hashCode());
        String escaped = escape(text, random);
        Decoded twice = HtmlEntities.decode(escape(escaped, random));
        assertThat(twice.text()).isEqualTo(text);
        assertThat(twice.doubleEncoded()).isEqualTo(!escaped.equals(text));
    }
}
