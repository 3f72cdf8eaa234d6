package dev.showpage.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Promotion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * twitter-text's URL extraction cases (conformance/extract.yml: urls, urls_with_indices,
 * urls_with_directional_markers, tco_urls_with_params), each text parsed as a page: the URLs the
 * model holds, in the order they appear in the text, must be exactly the expected list.
 *
 * <p>The peer data lives beside the project ({@code ../shared/peer}); without it the test is
 * skipped. This class also holds what the URL suites of this package share: reading a suite,
 * finding the URLs of a page, and the score line.
 */
class TwitterTextUrlsConformanceTest {

    static final Path PEER = Path.of("../shared/peer");

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * The goal, 95%, is reached: measured 105/108 (97.2%). The three left: a capitalised name
     * ("ELPAÍS.com", "MLB.tv") is read as a company's name, not a link, on purpose (the example
     * page's "Fly.io" and "Xata.io"); and a domain without a scheme that runs into Japanese text.
     */
    private static final double FLOOR = 0.97;

    @Test
    void extractsTheSameUrlsInTheSameOrder() {
        List<String> failures = new ArrayList<>();
        JsonNode cases = cases("twitter-text-extract-urls.json");
        for (JsonNode c : cases) {
            String text = c.get("text").asString();
            List<String> expected = strings(c.get("expected"));
            List<String> found = urlsIn(text);
            if (!found.equals(expected)) {
                failures.add(
                        line(
                                c.get("section").asString()
                                        + ": "
                                        + c.get("description").asString(),
                                text,
                                expected,
                                found));
            }
        }
        score("twitter-text urls", cases.size(), failures, FLOOR);
    }

    // ---------------------------------------------------------------- shared by the URL suites

    /** The cases of a peer file; the calling test is skipped when the file is not there. */
    static JsonNode cases(String file) {
        Path path = PEER.resolve(file);
        SharedFiles.require(path);
        return MAPPER.readTree(path.toFile()).get("cases");
    }

    static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(s -> strings.add(s.asString()));
        return strings;
    }

    /**
     * Every URL the parsed page holds (episode links, people's links, promotions), ordered by where
     * it is in the text. The model keeps no positions for links, so each URL, longest first, takes
     * its first occurrence that no URL has taken yet: {@code twitter.com} after {@code
     * http://twitter.com/a} is the later one, not the one inside.
     */
    static List<String> urlsIn(String text) {
        Page page = EpisodePageParser.parse(text);
        List<String> urls = new ArrayList<>();
        for (Episode episode : page.episodes()) {
            episode.links().forEach(link -> urls.add(link.url()));
            for (Person person : episode.people()) {
                person.links().stream().map(Link::url).forEach(urls::add);
            }
            for (Promotion promotion : episode.promotions()) {
                promotion.url().ifPresent(urls::add);
            }
        }
        List<String> longestFirst = new ArrayList<>(urls);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        boolean[] taken = new boolean[text.length()];
        List<long[]> placed = new ArrayList<>();
        for (int i = 0; i < longestFirst.size(); i++) {
            String url = longestFirst.get(i);
            int at = text.indexOf(url);
            while (at >= 0 && isTaken(taken, at, url.length())) {
                at = text.indexOf(url, at + 1);
            }
            if (at >= 0) {
                java.util.Arrays.fill(taken, at, at + url.length(), true);
            }
            placed.add(new long[] {at < 0 ? Integer.MAX_VALUE : at, i});
        }
        placed.sort(Comparator.comparingLong((long[] p) -> p[0]).thenComparingLong(p -> p[1]));
        List<String> ordered = new ArrayList<>();
        placed.forEach(p -> ordered.add(longestFirst.get((int) p[1])));
        return ordered;
    }

    private static boolean isTaken(boolean[] taken, int at, int length) {
        for (int i = at; i < at + length; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }

    /** One failing case: what it is, its input, what was expected and what the parser found. */
    static String line(String id, String text, List<String> expected, List<String> found) {
        return "  FAIL "
                + id
                + "\n    input:    "
                + visible(text)
                + "\n    expected: "
                + visible(expected.toString())
                + "\n    got:      "
                + visible(found.toString());
    }

    /** Prints the score line and the failures, then holds the score to its floor. */
    static void score(String suite, int total, List<String> failures, double floor) {
        int passed = total - failures.size();
        System.out.printf("%s: %d/%d (%.1f%%)%n", suite, passed, total, 100.0 * passed / total);
        failures.forEach(System.out::println);
        assertThat((double) passed / total).as(suite + " score").isGreaterThanOrEqualTo(floor);
    }

    /** Line breaks, controls and invisible marks as escapes, so that a failure line shows them. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .forEach(
                        c -> {
                            int type = Character.getType(c);
                            if (Character.isISOControl(c)
                                    || type == Character.FORMAT
                                    || type == Character.LINE_SEPARATOR
                                    || type == Character.PARAGRAPH_SEPARATOR
                                    || (Character.isSpaceChar(c) && c != ' ')) {
                                out.append(String.format("\\u%04X", c));
                            } else {
                                out.appendCodePoint(c);
                            }
                        });
        return out.toString();
    }
}
