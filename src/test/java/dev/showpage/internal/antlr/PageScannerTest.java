package dev.showpage.internal.antlr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.conformance.SharedFiles;
import dev.showpage.internal.grammar.EpisodePageLexer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner gives the generated lexer's tokens, token for token (type, offsets, line, column,
 * channel, text, and the token's class and source), on every test page, every real page beside the
 * project, a seeded corpus of mutated pages and made-up rows at the edges of each lexer rule.
 */
class PageScannerTest {

    private static final Path TEST_PAGES = Path.of("testdata");
    private static final Path REAL_PAGES = Path.of("../shared");

    /** What the mutations insert: a piece of every class the grammar names. */
    private static final String[] POOL = {
        "0",
        "1",
        "7",
        "12",
        "2024",
        ":",
        "/",
        "//",
        ".",
        "-",
        "---",
        "@",
        "#",
        "$",
        "%",
        "+",
        "_",
        "(",
        ")",
        "[",
        "]",
        "{",
        "}",
        "\"",
        "'",
        "<",
        ">",
        "*",
        ";",
        "|",
        "&",
        "?",
        "!",
        ",",
        "`",
        "\u201C",
        "\u201D",
        "\u2018",
        "\u2013",
        "\u2014",
        "\uFF0D",
        "\u2022",
        "\uFF03",
        "\uFF20",
        "P",
        "T",
        "H",
        "M",
        "S",
        "D",
        "PT",
        "a",
        "Z",
        "x",
        "e.g",
        "com",
        "www.",
        ".com",
        ".fm",
        "://",
        "https://",
        "ftp",
        "mailto",
        "Node.js",
        "1.2.3",
        "a-b",
        "-x",
        "\u4E2D",
        "\u3072",
        "\u30AB",
        "\uD55C",
        "\u3001",
        "\u300C",
        "\uFF71",
        "\u3006",
        "\u0436",
        "\u042F",
        "\u0451",
        "\u00E9",
        "\u0141",
        "\u0235",
        "\u00C0",
        "\u024F",
        "\u0250",
        "\uD83D\uDE00",
        "\uD840\uDC00",
        "\uD835\uDD38",
        "\uD83C\uDDEB\uD83C\uDDF7",
        " ",
        "  ",
        "\t",
        "\u000B",
        "\u000C",
        "\u001C",
        "\u001F",
        "\u00A0",
        "\u1680",
        "\u2000",
        "\u200A",
        "\u200B",
        "\u2028",
        "\u2029",
        "\u202F",
        "\u205F",
        "\u3000",
        "\uFEFF",
        "\uFFFF",
        "\r",
        "\n",
        "\r\n",
        "\u0000",
        "\u0007",
        "\u007F",
        "\u200E",
        "\u200F",
        "\u202A",
        "\u2066",
        "Chapters",
        "Chapter Markers",
        "Time stamps",
        "Topics",
        "Top",
        "FAQ",
        "Follow",
        "Where to find",
        "Connect with",
        "Show more",
        "All episodes",
        "Best episodes",
        "Listener",
        "Listeners",
        " Listeners",
        "1,204",
        " weeks ago",
        " day",
        " ago",
        "PT1H",
        "PT45M30S",
        "P1DT",
        "0.040S",
        "00:",
        ":00",
        "12:40",
        "[00:00]",
        "( 05:28 )",
        "(a)",
        "(1)",
        "2025-03-12",
        "02/17/25",
        "27.02.2016",
        "user@example.org",
        ".name@",
        "Ã©",
        "â€“",
        "&amp;",
        "<b>",
        "a\u00ADb",
    };

    private static List<String> describe(TokenSource source) {
        List<String> out = new ArrayList<>();
        for (int n = 0; ; n++) {
            Token t = source.nextToken();
            out.add(
                    t.getClass().getSimpleName()
                            + " "
                            + EpisodePageLexer.VOCABULARY.getSymbolicName(t.getType())
                            + " "
                            + t.getStartIndex()
                            + ":"
                            + t.getStopIndex()
                            + " "
                            + t.getLine()
                            + ":"
                            + t.getCharPositionInLine()
                            + " ch"
                            + t.getChannel()
                            + " src="
                            + (t.getTokenSource() instanceof EpisodePageLexer)
                            + " '"
                            + t.getText()
                            + "'");
            if (t.getType() == Token.EOF || n > 5_000_000) {
                return out;
            }
        }
    }

    private static List<String> lexed(String input) {
        EpisodePageLexer lexer = new EpisodePageLexer(PageChars.of(input));
        lexer.removeErrorListeners();
        WideCharLexerSimulator.install(lexer);
        lexer.setTokenFactory(PageToken.FACTORY);
        return describe(lexer);
    }

    private static List<String> scanned(String input) {
        return describe(new PageScanner(PageChars.of(input)));
    }

    private static void assertSameTokens(String input) {
        List<String> expected = lexed(input);
        List<String> actual = scanned(input);
        if (!expected.equals(actual)) {
            int i = 0;
            while (i < Math.min(expected.size(), actual.size())
                    && expected.get(i).equals(actual.get(i))) {
                i++;
            }
            assertThat(actual.size() > i ? actual.get(i) : "(end)")
                    .as("token %d of %s", i, escaped(input))
                    .isEqualTo(expected.size() > i ? expected.get(i) : "(end)");
        }
    }

    private static String escaped(String input) {
        StringBuilder out = new StringBuilder("\"");
        String shown = input.length() > 400 ? input.substring(0, 400) + "..." : input;
        shown.codePoints()
                .forEach(
                        c -> {
                            if (c >= 0x20 && c < 0x7F) {
                                out.appendCodePoint(c);
                            } else {
                                out.append(String.format("\\u{%X}", c));
                            }
                        });
        return out.append('"').toString();
    }

    private static List<Path> pagesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final java.util.Map<Path, String> READ =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static String read(Path page) {
        return READ.computeIfAbsent(page, PageScannerTest::readFile);
    }

    private static String readFile(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Stream<Path> testPages() {
        return pagesUnder(TEST_PAGES).stream();
    }

    @ParameterizedTest
    @MethodSource("testPages")
    void everyTestPage(Path page) {
        assertSameTokens(read(page));
    }

    @Test
    void everyRealPage() {
        SharedFiles.require(REAL_PAGES);
        List<Path> pages = pagesUnder(REAL_PAGES);
        assertThat(pages).isNotEmpty();
        for (Path page : pages) {
            assertSameTokens(read(page));
        }
    }

    /** Slices of the test pages, cut, joined, doubled, swapped and strewn with the pool. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void mutatedPages(long seed) {
        List<Path> pages = pagesUnder(TEST_PAGES);
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 250; n++) {
            String page = read(pages.get(random.nextInt(pages.size())));
            int from = random.nextInt(page.length());
            int to = Math.min(page.length(), from + 1 + random.nextInt(1500));
            StringBuilder text = new StringBuilder(page.substring(from, to));
            int edits = 1 + random.nextInt(12);
            for (int e = 0; e < edits; e++) {
                mutate(text, random);
            }
            assertSameTokens(text.toString());
        }
    }

    private static void mutate(StringBuilder text, SplittableRandom random) {
        int length = text.length();
        int at = length == 0 ? 0 : random.nextInt(length + 1);
        int span = length == 0 ? 0 : random.nextInt(Math.min(40, length - at) + 1);
        switch (random.nextInt(6)) {
            case 0 -> text.delete(at, at + span); // cut
            case 1 -> { // join two lines
                int nl = text.indexOf("\n", at);
                if (nl >= 0) {
                    text.deleteCharAt(nl);
                }
            }
            case 2 -> text.insert(at, text.substring(at, at + span)); // duplicate
            case 3 -> { // swap two slices
                int other = length == 0 ? 0 : random.nextInt(length + 1);
                int otherSpan = Math.min(span, length - other);
                if (other >= at + span || other + otherSpan <= at) {
                    String a = text.substring(at, at + span);
                    String b = text.substring(other, other + otherSpan);
                    if (other > at) {
                        text.replace(other, other + otherSpan, a).replace(at, at + span, b);
                    } else {
                        text.replace(at, at + span, b).replace(other, other + otherSpan, a);
                    }
                }
            }
            default -> {
                int count = 1 + random.nextInt(3);
                for (int i = 0; i < count; i++) {
                    text.insert(at, POOL[random.nextInt(POOL.length)]);
                }
            }
        }
    }

    /** Words of the pool glued at random, with no page around them. */
    @ParameterizedTest
    @ValueSource(longs = {101, 102, 103, 104, 105, 106, 107, 108, 109, 110})
    void strewnPool(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int n = 0; n < 300; n++) {
            StringBuilder text = new StringBuilder();
            int parts = random.nextInt(30);
            for (int i = 0; i < parts; i++) {
                text.append(POOL[random.nextInt(POOL.length)]);
            }
            assertSameTokens(text.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "\n",
                "\r",
                "\r\n",
                "\n\r",
                "a\rb\r\nc\n",
                "word",
                "   ",
                "\uFFFF",
                "\uFFFF\uFFFF ab",
                " \uFFFFab",
                "ab\uFFFF cd",
                "\uFFFF\uFFFF  \t",
                "Kettle polish at 12:40 today",
                "http://example.com/a_(b)/c?d=e#f and more",
                "https://de.wikipedia.org/wiki/Foo_(bar) x",
                "quiz.Kapitel(00:00) Intro(04:13)",
                "see example.com/path, or www.example.org:8080/x.",
                "e.g. Node.js 1.2.3 1.1.1.1.1 a.b",
                "Transistor.fm and Buzzsprout.com",
                "\u0436\u0443\u0440.\u0440\u0444 \u00E9t\u00E9.fr",
                "#test.com $t.co @http://x.com \uFF03a.b \uFF20x.org",
                "@example.com @name @na-me @_x @ \uFF20name",
                "///test.com //a.b /x.y / //",
                "a.b@c.d x@y.org .a@b.cd %+_@x.io a-b@c.de 12@x.io",
                "a@b a@ @a foo@bar",
                "00:00 48:05 1:00:00 01:00:00 1:2 12: 12:3",
                "[00:00] (1:02:03) ( 05:28 ) [ 1:00 ] (12:34 [a] ( a",
                "02/17/25 2/3/2025 2025/03/12 31-07-2022 27.02.2016 1.2.2024 1-2-3",
                "2025-03-12 2025-3-12 20250-03-12",
                "2 weeks ago 1 day ago 3 months ago 5 minutes ago 2 weekss ago 2 week",
                "1 Listener 1,204 Listeners 12 Listen 1,2 Listeners 1,234,567 Listener",
                "12 min 3 hours 4 days 5 years 6 Lists 7 dogs",
                "PT1H24M PT45M30S PT1H0.040S P1DT2H PT P PTx PT5 Paul P1 Pt",
                "Follow Followers Where to find Where to Connect with Connected",
                "Chapters Chapter Markers CHAPTERS Chapter Timestamps Time stamps Time",
                "Topics Covered Topics covered Topics Top Top-10 Tops Segments Tracklist",
                "Track listing Track Setlist Links Mentioned Links FAQ FAQs Show more",
                "Show All episodes All Best episodes Best",
                "Top. Top: Top- FAQ.com Follow@x Chapters:",
                "--- -- - ------ \u2013 \u2014 \uFF0D \uFF0D\uFF71 a-b a- -a a--b",
                "| \u2022 : & ? . ! , ... ?! .,",
                "Kaplan-Moss a-a-a-a-a-a x-\u4E2D",
                "\u4E2D\u6587\u3001\u65E5\u672C\u8A9E\u3072\u3089\u304C\u306A \uD55C\uAD6D\uC5B4",
                "abc\u4E2Ddef http://x.com\u4E2D example.com\u3001x",
                "\uD83D\uDE00 a\uD83D\uDE00b \uD840\uDC00\uD840\uDC01 x\uD835\uDD38y.com",
                "\u200E\u200Fword\u202A\u2066 \u201Cquoted\u201D \u2018single' 'x",
                "\u0000\u0001 a\u0000b \u007F",
                "\u00A0\u1680\u2000\u200A\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF x",
                "$5 $x 100% +1 _x %d a+b:c a+b.c",
                "abc:def ab: x-:// y-.com mailto:x@y.z",
                "c++ a+:// a.+b",
                "x\u00ADy caf\u00E9.com \u00C0\u024F.fr \u0250.fr",
                "\uFFFFhttp://x.com a\uFFFF.com",
                "Ã© â€“ CafÃ© &amp; <b>x</b>",
                "word. word.\n word.) a.\u00E9 a.- a.: a.. a._ a.% a.@ a.\uFFFF a.\u0436 a.\u4E2D",
                "2024. 2024.) 12.x 12.\u00E9 12.. 12.@b.co 12.- 3h. 3h.x",
                "Guest: Host:// x:/y http:/x http:// a.b:// ab.:// a-://x",
                "1:23:4 1:234 12:3:45 1:23:45:67 1:2:34 123:45 1: :12 1:ab",
            })
    void madeUpRows(String row) {
        assertSameTokens(row);
        assertSameTokens(row + "\n");
        assertSameTokens("x " + row + " y\r\n");
    }

    /**
     * Every code point of the BMP, and those of the planes above in steps, in the places where the
     * scanner decides by a character's class: a word's start, middle and end, after a number, a
     * dot, a hyphen and a bracket, and in CJK text.
     */
    @Test
    void everyCodePointInEveryPlace() {
        StringBuilder text = new StringBuilder();
        int inPage = 0;
        for (int c = 0; c <= Character.MAX_CODE_POINT; c += c < 0x10000 ? 1 : 101) {
            String s = new String(Character.toChars(c));
            text.append(s)
                    .append(s)
                    .append(" a")
                    .append(s)
                    .append("b 1")
                    .append(s)
                    .append(" x.")
                    .append(s)
                    .append(" (")
                    .append(s)
                    .append(" \u4E2D")
                    .append(s)
                    .append(" a-")
                    .append(s)
                    .append(" .")
                    .append(s)
                    .append('\n');
            if (++inPage == 2048) {
                assertSameTokens(text.toString());
                text.setLength(0);
                inPage = 0;
            }
        }
        assertSameTokens(text.toString());
    }
}
