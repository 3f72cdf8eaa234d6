package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page whose text was decoded in the wrong character set, or carries HTML, reads as the page
 * without the damage: the same show, episodes, chapters and links, with a warning on each damaged
 * line at the column where the damage starts, and every other diagnostic where the input has it.
 * The pages are made up from one shape of show notes and words of many languages (seeded).
 */
class DamagedTextPageTest {

    private static final List<String> WORDS =
            List.of(
                    "Zoë",
                    "Müller",
                    "café",
                    "Søren",
                    "Łukasz",
                    "naïve",
                    "Ñandú",
                    "Kraków",
                    "Straße",
                    "Émilie",
                    "Dvořák",
                    "smörgåsbord",
                    "José",
                    "Gdańsk",
                    "Ærø",
                    "crème",
                    "Ålesund",
                    "coöperate",
                    "Björk",
                    "São");

    private static final List<String> TYPOGRAPHY = List.of("–", "—", "’", "“", "”", "•", "…");

    /** A page of notes, its words and typography drawn from the lists. */
    private static String page(Random random) {
        String w1 = pick(random, WORDS);
        String w2 = pick(random, WORDS);
        String w3 = pick(random, WORDS);
        String dash = pick(random, List.of("–", "—", "-"));
        return String.join(
                "\n",
                "Harbour Notes",
                "Home",
                "Episodes",
                "",
                "Ep. 12: The lamp room with " + w1 + " Keller",
                "March 12, 2025",
                "84 min",
                "",
                "We talk about the " + w2 + " by the quay " + dash + " and why it’s “the best”.",
                w3 + " keeps the old lamps " + pick(random, TYPOGRAPHY) + " and the ferry.",
                "Website: https://example.com/lamps",
                "",
                "Timestamps:",
                "00:00 " + dash + " Intro",
                "• 20:00 " + dash + " " + w2 + " stories",
                "• 15:00 " + dash + " Back to " + w3,
                "");
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    /**
     * UTF-8 bytes read as {@code charset}: C1 controls stand for the bytes Windows-1252 lacks, as
     * browsers decode them; null when another set lacks one.
     */
    private static String misread(String line, String charset) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        if (charset.equals("ISO-8859-1")) {
            return latin1;
        }
        StringBuilder out = new StringBuilder();
        Charset set = Charset.forName(charset);
        for (byte b : bytes) {
            String c = new String(new byte[] {b}, set);
            if (c.equals("\uFFFD") && !charset.equals("windows-1252")) {
                return null;
            }
            out.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return out.toString();
    }

    static Stream<Arguments> garbledPages() {
        List<String> charsets = List.of("windows-1252", "ISO-8859-1", "windows-1257", "x-MacRoman");
        return IntStream.range(0, 24)
                .mapToObj(
                        n -> {
                            Random random = new Random(n * 7919L);
                            String charset = charsets.get(n % charsets.size());
                            return Arguments.of(charset, page(random), random.nextLong());
                        });
    }

    /** The page with some of its lines garbled in the charset, each with the column of damage. */
    private record Garbled(String text, List<int[]> damaged) {}

    private static Garbled garble(String page, String charset, long seed) {
        Random random = new Random(seed);
        String[] lines = page.split("\n", -1);
        List<int[]> damaged = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean garbles = line.chars().anyMatch(c -> c > 0x7F);
            if (garbles && (random.nextInt(3) > 0 || i == 15)) {
                String garbled = misread(line, charset);
                if (garbled == null || charset.equals("x-MacRoman") && !macRomanShowsIt(line)) {
                    continue; // MacRoman garbling is only repaired where its lead bytes are symbols
                }
                int column = 0;
                while (garbled.charAt(column) == line.charAt(column)) {
                    column++;
                }
                lines[i] = garbled;
                damaged.add(new int[] {i + 1, column + 1});
            }
        }
        return new Garbled(String.join("\n", lines), damaged);
    }

    private static boolean macRomanShowsIt(String line) {
        for (byte b : line.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            if (v >= 0xC0 && !(v <= 0xC5 || v == 0xE2 || v == 0xF0)) {
                return false;
            }
        }
        return true;
    }

    /** What a user reads of a page but its diagnostics, with episodes placed by line only. */
    private static String model(Page page) {
        return (page.show()
                        + " "
                        + page.navigation()
                        + " "
                        + page.heading()
                        + " "
                        + page.summary()
                        + " "
                        + page.episodes()
                        + " "
                        + page.faq())
                .replaceAll("source=(\\d+):\\d+", "source=$1");
    }

    @ParameterizedTest(name = "{0} {2}")
    @MethodSource("garbledPages")
    void aGarbledPageReadsAsTheCleanOne(String charset, String clean, long seed) {
        Garbled garbled = garble(clean, charset, seed);
        assertThat(garbled.damaged()).isNotEmpty();

        Page repaired = EpisodePageParser.parse(garbled.text());
        Page expected = EpisodePageParser.parse(clean);

        assertThat(model(repaired)).isEqualTo(model(expected));
        assertThat(repaired.diagnostics())
                .filteredOn(d -> d.code().equals("mojibake-repaired"))
                .extracting(Diagnostic::line, Diagnostic::column)
                .containsExactlyElementsOf(
                        garbled.damaged().stream().map(d -> tuple(d[0], d[1])).toList());
        assertThat(repaired.diagnostics())
                .filteredOn(d -> !d.code().equals("mojibake-repaired"))
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactlyElementsOf(
                        expected.diagnostics().stream()
                                .map(d -> tuple(d.code(), d.line()))
                                .toList());
        assertThat(LineAccounting.unaccountedLines(garbled.text(), repaired)).isEmpty();
    }

    @Test
    void aChapterTimeAfterAGarbledBulletKeepsItsColumn() {
        String clean = page(new Random(1));
        String garbled = clean.replace("• 15:00", "â€¢ 15:00");

        Page page = EpisodePageParser.parse(garbled);

        // Line 16 goes back from 20:00 to 15:00, whose time stands at column 5 of the input.
        assertThat(page.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .contains(tuple("mojibake-repaired", 16, 1), tuple("chapter-order", 16, 5));
    }

    static Stream<Arguments> pagesWithHtml() {
        return IntStream.range(0, 12)
                .mapToObj(
                        n -> {
                            Random random = new Random(n * 104_729L);
                            String clean = page(random);
                            String[] lines = clean.split("\n", -1);
                            List<Integer> marked = new ArrayList<>();
                            // Notes: a paragraph, a line break between words, bold words, residue.
                            int[] notes = {8, 9, 10};
                            for (int i : notes) {
                                String line = lines[i];
                                String html =
                                        switch (random.nextInt(4)) {
                                            case 0 -> "<p class=\"note\">" + line + "</p>";
                                            case 1 -> line.replaceFirst(" ", "<br>");
                                            case 2 ->
                                                    line.replaceFirst(
                                                            "(\\S+)$", "<strong>$1</strong>");
                                            default -> "class=\"episode-notes\">" + line;
                                        };
                                if (!html.equals(line)) {
                                    lines[i] = html;
                                    marked.add(i + 1);
                                }
                            }
                            lines[13] = "00:00 <em>" + lines[13].substring(6) + "</em>";
                            marked.add(14);
                            return Arguments.of(n, clean, String.join("\n", lines), marked);
                        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesWithHtml")
    void aPageWithHtmlReadsAsTheCleanOne(
            int n, String clean, String withHtml, List<Integer> marked) {
        Page repaired = EpisodePageParser.parse(withHtml);
        Page expected = EpisodePageParser.parse(clean);

        assertThat(model(repaired)).isEqualTo(model(expected));
        assertThat(repaired.diagnostics())
                .filteredOn(d -> d.code().equals("html-remnant"))
                .extracting(Diagnostic::line)
                .containsExactlyElementsOf(marked);
        assertThat(LineAccounting.unaccountedLines(withHtml, repaired)).isEmpty();
    }

    @Test
    void aLineOfMarkupAloneIsReportedNotLost() {
        String text = page(new Random(3)).replace("Website:", "<br/>\n<div class=\"x\">Website:");

        Page page = EpisodePageParser.parse(text);

        assertThat(page.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .contains(tuple("html-remnant", 11, 1), tuple("html-remnant", 12, 1));
        assertThat(LineAccounting.unaccountedLines(text, page)).isEmpty();
    }
}
