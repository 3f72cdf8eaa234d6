package dev.showpage.internal.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * HTML a scraper left in the text is taken out, reading as a blank where a browser breaks the line
 * and as nothing inside one; prose with '<' or '>' in it stays as written.
 */
class HtmlRemnantsTest {

    private static final List<String> BLOCK = List.of("p", "br", "div", "li", "h2", "hr", "td");
    private static final List<String> INLINE =
            List.of("strong", "b", "em", "i", "span", "a", "small", "mark", "u");
    private static final List<String> ATTRIBUTES =
            List.of(
                    "",
                    " class=\"episode-title\"",
                    " data-id='42'",
                    " style=\"color: red; margin: 0\"",
                    " id=intro",
                    " class=\"x\" hidden",
                    " title=\"a > b\"");
    private static final List<String> WORDS =
            List.of("Lamps", "harbour", "Zoë", "ferry", "Episode", "quay", "Fog", "tide");

    /** A word, a tag of each kind in made-up dress, another word: seeded. */
    static Stream<Arguments> tagsBetweenWords() {
        Random random = new Random(4_242);
        return IntStream.range(0, 80)
                .mapToObj(
                        n -> {
                            boolean block = n % 2 == 0;
                            List<String> names = block ? BLOCK : INLINE;
                            String name = names.get(random.nextInt(names.size()));
                            if (n % 5 == 0) {
                                name = name.toUpperCase(java.util.Locale.ROOT);
                            }
                            String tag =
                                    switch (n % 4) {
                                        case 0 ->
                                                "<"
                                                        + name
                                                        + ATTRIBUTES.get(
                                                                random.nextInt(ATTRIBUTES.size()))
                                                        + ">";
                                        case 1 -> "</" + name + ">";
                                        case 2 -> "<" + name + "/>";
                                        default -> "<" + name + " />";
                                    };
                            String before = WORDS.get(random.nextInt(WORDS.size()));
                            String after = WORDS.get(random.nextInt(WORDS.size()));
                            return Arguments.of(before, tag, after, block);
                        });
    }

    @ParameterizedTest(name = "{0}{1}{2}")
    @MethodSource("tagsBetweenWords")
    void aTagIsTakenOutAndReadAsItShows(String before, String tag, String after, boolean block) {
        String text = "Notes\n" + before + tag + after + " at 05:10\n";

        TextDamage damage = TextDamage.find(text);

        String expected = before + (block ? " ".repeat(tag.length()) : "") + after + " at 05:10";
        assertThat(Repaired.apply(text, damage)).isEqualTo("Notes\n" + expected + "\n");
        assertThat(damage.reports())
                .extracting(
                        TextDamage.Report::kind, TextDamage.Report::line, TextDamage.Report::column)
                .containsExactly(tuple(TextDamage.Kind.HTML_REMNANT, 2, before.length() + 1));
        assertThat(damage.reports().get(0).message()).contains(tag);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "class=\"episode-title\">The lamp room|The lamp room|1",
                "data-id=\"42\">Tide tables|Tide tables|1",
                "Notes style=\"font-weight: bold\" id='n1'>Fog|Notes Fog|7",
                "https://example.com/ep/5\">Episode 5|https://example.com/ep/5 Episode 5|25",
                "<!-- promo -->Ferry times|Ferry times|1",
                "Ferry<!-- x -->times|Ferrytimes|6",
                "<a href=\"https://example.com/a\">the site</a>.|https://example.com/a the site.|1",
                "<img src='https://cdn.example.com/x.png'"
                        + " alt=\"\">|https://cdn.example.com/x.png|1",
                // the name of the address's attribute in any case; a longer name gives none
                "<a HREF=\"https://example.com/b\">the map</a>|https://example.com/b the map|1",
                "<img Src=\"https://cdn.example.com/y.png\">|https://cdn.example.com/y.png|1",
                "<a hrefs=\"https://example.com/c\">the pier</a>|the pier|1",
                "<img srcset=\"https://cdn.example.com/z.png\">Quay|Quay|1",
            })
    void residueCommentsAndLinksAreTakenOutAndAddressesKept(
            String line, String expected, int column) {
        TextDamage damage = TextDamage.find(line + "\n");

        assertThat(SourceLike.collapse(Repaired.apply(line + "\n", damage))).isEqualTo(expected);
        assertThat(damage.reports())
                .extracting(TextDamage.Report::line, TextDamage.Report::column)
                .containsExactly(tuple(1, column));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "a < b and b > c",
                "x -> y, y <- z, a => b",
                "I <3 this show",
                "<00:00> Intro <01:30> Guest",
                "Write to <jane@example.com> or <bob@example.org>",
                "See <https://example.com/ep?id=5> for more",
                "if a<b and c>d then",
                "Reply with <your name> and <your town>",
                "He said \"go\"> and left",
                "<< back | next >>",
                "<p unclosed at the end",
                "<!-- never closed",
                "--> arrow",
                "5 > 3 > 1",
                "x=\"5\" is a string",
                "<b",
                "</>",
                "<1st> place",
            })
    void proseWithAngleBracketsIsLeftAlone(String line) {
        assertThat(TextDamage.find(line + "\n").repairs()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<p a=\"x", "<a b=\"", "<!--", "<!-- x", "class=\"", "<b ", "<!--\n"})
    void manyUnclosedRemnantsOnOneLongLineStayLinear(String unclosed) {
        String line = unclosed.repeat(20_000) + "\n";

        long start = System.nanoTime();
        TextDamage damage = TextDamage.find(line);

        assertThat(damage.repairs()).isEmpty();
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }

    /** Blanks collapsed, as the text read back has them. */
    private static final class SourceLike {
        static String collapse(String text) {
            return text.trim().replaceAll("[ \\u00A0]+", " ");
        }
    }
}
