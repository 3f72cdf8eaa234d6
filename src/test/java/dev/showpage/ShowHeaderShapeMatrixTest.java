package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The show's name and episode count on pages built from made-up parts: the site's chrome over the
 * header, a header in one of the shapes sites print it in, then a listing of dated episodes or a
 * single episode. Every combination of chrome, header shape and body is built for a few made-up
 * names, and a seeded random draw picks each page's publisher, episode titles and dates, so a
 * failure names a page that can be built again.
 */
class ShowHeaderShapeMatrixTest {

    private static final long SEED = 20_261_204L;

    /** Made-up show names, in several languages and shapes. */
    private static final List<String> NAMES =
            List.of(
                    "Harbour Lights",
                    "Quiet Engines Weekly",
                    "Die Nachtschicht",
                    "Le Bruit du Port",
                    "Radio Niebla",
                    "99 Knots",
                    "Salt & Rope");

    private static final List<String> PUBLISHERS =
            List.of("Mara Quill", "Saltmarsh Audio", "Ivo Brandt", "Lena Hofmann");

    private static final List<String> TITLES =
            List.of(
                    "The keeper's logbook",
                    "Fog over the quay",
                    "Why the last lamp stays lit",
                    "A night with the ferrymen",
                    "Salt, rope and patience",
                    "What the tide took back");

    private static final List<String> DATES =
            List.of(
                    "March 12, 2025",
                    "February 26, 2025",
                    "February 12, 2025",
                    "January 29, 2025",
                    "January 15, 2025");

    private static final String DESCRIPTION =
            "Every week two friends sit down with someone who keeps an old craft alive and ask how"
                    + " they learned it, what it costs them and why they go on.";

    private static final String NOTES =
            "We walk the quay at dawn and count the lamps that are still lit, one by one, and ask"
                    + " the keeper why the last one never goes out.";

    /** The site's controls above the header, as directories and hosting platforms print them. */
    private static final List<List<String>> CHROME =
            List.of(
                    List.of(),
                    List.of("Home", "Browse", "Sign in"),
                    List.of("Menu", "Search", "Podcasts"),
                    List.of("Skip to main content", "Log in"),
                    List.of(
                            "We use cookies to give you the best experience on our site.",
                            "Accept"));

    /** A header shape: the lines it prints for a name and a publisher. */
    private record Shape(
            String label,
            BiFunction<String, String, List<String>> lines,
            UnaryOperator<String> expected) {
        Shape(String label, BiFunction<String, String, List<String>> lines) {
            this(label, lines, UnaryOperator.identity());
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final List<Shape> SHAPES =
            List.of(
                    new Shape("name alone", (n, p) -> List.of(n, "", DESCRIPTION)),
                    new Shape("name, by publisher", (n, p) -> List.of(n, "By " + p, DESCRIPTION)),
                    new Shape(
                            "name, lower-case by",
                            (n, p) -> List.of(n, "by " + p, "", DESCRIPTION)),
                    new Shape("name, von", (n, p) -> List.of(n, "von " + p, "", DESCRIPTION)),
                    new Shape("name, par", (n, p) -> List.of(n, "par " + p, "", DESCRIPTION)),
                    new Shape(
                            "name, publisher and category",
                            (n, p) -> List.of(n, p + " \u00B7 Technology", "", DESCRIPTION)),
                    new Shape(
                            "breadcrumb with >",
                            (n, p) -> List.of("Podcasts > Technology > " + n, n, "", DESCRIPTION)),
                    new Shape(
                            "breadcrumb with /",
                            (n, p) -> List.of("Home / " + n, "", n, "", DESCRIPTION)),
                    new Shape(
                            "name - Podcast on Site",
                            (n, p) -> List.of(n + " - Podcast on Tidewave", "", DESCRIPTION)),
                    new Shape(
                            "name | Listen on Site",
                            (n, p) -> List.of(n + " | Listen on Tidewave", "", DESCRIPTION)),
                    new Shape(
                            "name, rating, category",
                            (n, p) -> List.of(n, p, "4.8 (1,234)", "Technology", "", DESCRIPTION)),
                    new Shape(
                            "name, hosted by",
                            (n, p) -> List.of(n, "Hosted by " + p, "", DESCRIPTION)),
                    new Shape(
                            "name Podcast, no description",
                            (n, p) -> List.of(n + " Podcast", "By " + p),
                            n -> n + " Podcast"),
                    new Shape(
                            "About name",
                            (n, p) -> List.of("Episodes", "About " + n, "", DESCRIPTION)));

    /** A count line and the count it states; an empty line states none. */
    private record CountLine(String line, OptionalInt count) {
        @Override
        public String toString() {
            return line.isEmpty() ? "no count" : line;
        }
    }

    private static final List<CountLine> COUNTS =
            List.of(
                    new CountLine("", OptionalInt.empty()),
                    new CountLine("48 episodes", OptionalInt.of(48)),
                    new CountLine("112 Folgen", OptionalInt.of(112)),
                    new CountLine("37 épisodes", OptionalInt.of(37)),
                    new CountLine("Episodes (63)", OptionalInt.of(63)),
                    new CountLine("Technology \u00B7 205 episodios", OptionalInt.of(205)),
                    new CountLine("19 afleveringen", OptionalInt.of(19)),
                    new CountLine("74 episodi", OptionalInt.of(74)),
                    new CountLine("63 Episoden", OptionalInt.of(63)),
                    new CountLine("48 eps", OptionalInt.of(48)),
                    new CountLine("All episodes (48)", OptionalInt.of(48)));

    static Stream<Arguments> pages() {
        Random random = new Random(SEED);
        List<Arguments> cases = new ArrayList<>();
        for (Shape shape : SHAPES) {
            for (List<String> chrome : CHROME) {
                for (String name : NAMES) {
                    for (boolean listing : new boolean[] {true, false}) {
                        // Scrapers often drop the blank lines between a header's lines.
                        boolean compact = random.nextBoolean();
                        String publisher = PUBLISHERS.get(random.nextInt(PUBLISHERS.size()));
                        CountLine count =
                                listing ? COUNTS.get(random.nextInt(COUNTS.size())) : COUNTS.get(0);
                        int episodes = listing ? 2 + random.nextInt(3) : 1;
                        int firstTitle = random.nextInt(TITLES.size() - episodes + 1);
                        int firstDate = random.nextInt(DATES.size() - episodes + 1);
                        StringBuilder page = new StringBuilder();
                        for (String line : chrome) {
                            page.append(line).append('\n');
                        }
                        page.append('\n');
                        for (String line : shape.lines().apply(name, publisher)) {
                            if (!(compact && line.isEmpty())) {
                                page.append(line).append('\n');
                            }
                        }
                        page.append('\n');
                        if (!count.line().isEmpty()) {
                            page.append(count.line()).append("\n\n");
                        }
                        for (int e = 0; e < episodes; e++) {
                            page.append(TITLES.get(firstTitle + e))
                                    .append('\n')
                                    .append(DATES.get(firstDate + e))
                                    .append('\n')
                                    .append(NOTES)
                                    .append("\n\n");
                        }
                        cases.add(
                                Arguments.of(
                                        shape,
                                        String.join("/", chrome),
                                        listing ? episodes + " episodes" : "one episode",
                                        count,
                                        shape.expected().apply(name),
                                        page.toString()));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} | chrome {1} | {2} | {3} | {4}")
    @MethodSource("pages")
    void theHeaderNamesTheShowAndTheCountLineCountsItsEpisodes(
            Shape shape, String chrome, String body, CountLine count, String name, String page) {
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.show().map(Show::title)).as(page).isEqualTo(Optional.of(name));
        assertThat(parsed.show().map(Show::episodeCount).orElse(OptionalInt.empty()))
                .as(page)
                .isEqualTo(count.count());
    }

    /**
     * Headers without the show's name: the site's controls, a rating, a category, a host line, the
     * description. None of their lines, and no episode's title, is the show's name.
     */
    private static final List<List<String>> NAMELESS_HEADERS =
            List.of(
                    List.of("Podcasts", "Episodes", "Follow", "Share"),
                    List.of("4.8 (1,234)", "Technology", "", DESCRIPTION),
                    List.of("Technology", "", DESCRIPTION),
                    List.of("Hosted by Mara Quill", "", DESCRIPTION),
                    List.of("Menu", "Search", "4,7 \u2605 312 Bewertungen", "Society & Culture"),
                    List.of("Home", "Sign in", "", DESCRIPTION),
                    List.of("Episodes", "Follow", "Share", "", DESCRIPTION));

    static Stream<Arguments> namelessPages() {
        Random random = new Random(SEED + 1);
        List<Arguments> cases = new ArrayList<>();
        for (List<String> header : NAMELESS_HEADERS) {
            for (int episodes = 1; episodes <= 3; episodes++) {
                int firstTitle = random.nextInt(TITLES.size() - episodes + 1);
                StringBuilder page = new StringBuilder();
                for (String line : header) {
                    page.append(line).append('\n');
                }
                page.append('\n');
                List<String> titles = new ArrayList<>();
                for (int e = 0; e < episodes; e++) {
                    titles.add(TITLES.get(firstTitle + e));
                    page.append(TITLES.get(firstTitle + e))
                            .append('\n')
                            .append(DATES.get(e))
                            .append('\n')
                            .append(NOTES)
                            .append("\n\n");
                }
                cases.add(Arguments.of(String.join(" / ", header), titles, page.toString()));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} | {1}")
    @MethodSource("namelessPages")
    void noLineOfANamelessHeaderAndNoEpisodeTitleIsTheShow(
            String header, List<String> titles, String page) {
        Optional<String> show = EpisodePageParser.parse(page).show().map(Show::title);
        List<String> wrong = new ArrayList<>(List.of(header.split(" / ")));
        wrong.addAll(titles);
        assertThat(show).as(page).matches(s -> s.isEmpty() || !wrong.contains(s.get()));
    }

    /** Prose that says a number of episodes states no count; a count line does. */
    @ParameterizedTest
    @MethodSource("proseCounts")
    void aNumberOfEpisodesInProseIsNoCount(String prose) {
        String page =
                "Harbour Lights\n\n"
                        + prose
                        + "\n\n"
                        + TITLES.get(0)
                        + "\n"
                        + DATES.get(0)
                        + "\n"
                        + NOTES
                        + "\n\n"
                        + TITLES.get(1)
                        + "\n"
                        + DATES.get(1)
                        + "\n"
                        + NOTES
                        + "\n";
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.show().map(Show::title)).contains("Harbour Lights");
        assertThat(parsed.show().get().episodeCount()).isEmpty();
    }

    static Stream<String> proseCounts() {
        return Stream.of(
                "Last spring we recorded 3 episodes with Jane Doe at the harbour museum, and more"
                        + " of them are coming soon.",
                "In zwei Jahren sind 80 Folgen entstanden, und jede erzählt von einem alten"
                        + " Handwerk am Hafen.",
                "Nous avons publié 12 épisodes avec le musée du port depuis le début de l'année"
                        + " dernière.");
    }
}
