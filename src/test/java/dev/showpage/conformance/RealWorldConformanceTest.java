package dev.showpage.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Faq;
import dev.showpage.model.Link;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Promotion;
import dev.showpage.model.Role;
import dev.showpage.model.Show;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts known to be true of real pages from many sites ({@code ../shared/realworld/}), checked
 * one by one against what the parser makes of each page.
 *
 * <p>A fact is one value the case's {@code expect} lists: the show's name, the episode count, and
 * per episode (compared by index) its title, date, length, each chapter (start and title), each
 * http(s) URL, each guest. An empty list is one fact ("none"). Values the parser gives beyond a
 * listed list (an extra chapter, URL or guest) each count as one more fact, failed. An episode's
 * URLs are the http(s) links of its links, people and promotions, distinct, in the order they first
 * appear in the page; bare domains are links to the parser but not URLs to these cases.
 *
 * <p>Skipped where {@code ../shared} is absent.
 */
class RealWorldConformanceTest {

    private static final Path CASES = Path.of("../shared/realworld/cases");
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** The share of facts met, as measured; the build fails if it drops below. */
    private static final double FLOOR = 0.98;

    @Test
    void realWorldFacts() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(CASES), "../shared/realworld is not here");
        List<Path> facts;
        try (Stream<Path> files = Files.list(CASES)) {
            facts = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        Score total = new Score();
        for (Path factsFile : facts) {
            Path pageFile = Path.of(factsFile.toString().replaceAll("\\.json$", ".txt"));
            String text = Files.readString(pageFile, StandardCharsets.UTF_8);
            JsonNode expect = MAPPER.readTree(factsFile.toFile()).get("expect");
            Score score = new Score();
            check(EpisodePageParser.parse(text), text, expect, score);
            System.out.printf(
                    Locale.ROOT,
                    "realworld %-55s %3d/%3d%n",
                    factsFile.getFileName(),
                    score.met,
                    score.total);
            score.failures.forEach(f -> System.out.println("    " + f));
            total.add(score);
        }
        System.out.printf(
                Locale.ROOT,
                "realworld: %d/%d facts (%.1f%%)%n",
                total.met,
                total.total,
                100.0 * total.met / total.total);
        assertThat((double) total.met / total.total).isGreaterThanOrEqualTo(FLOOR);
    }

    private static void check(Page page, String text, JsonNode expect, Score score) {
        if (expect.has("show")) {
            score.fact(
                    "show",
                    expect.get("show").asString(),
                    page.show().map(Show::title).orElse(null));
        }
        if (expect.has("episodeCount")) {
            Integer count =
                    page.faq()
                            .map(Faq::episodeCount)
                            .filter(c -> c.isPresent())
                            .map(c -> c.getAsInt())
                            .orElse(null);
            score.fact("episodeCount", expect.get("episodeCount").asInt(), count);
        }
        JsonNode episodes = expect.get("episodes");
        for (int i = 0; i < episodes.size(); i++) {
            JsonNode want = episodes.get(i);
            Episode got = i < page.episodes().size() ? page.episodes().get(i) : null;
            String at = "episode " + (i + 1) + " ";
            if (want.has("title")) {
                score.fact(
                        at + "title",
                        want.get("title").asString(),
                        got == null ? null : got.title().orElse(null));
            }
            if (want.has("date")) {
                score.fact(
                        at + "date",
                        want.get("date").asString(),
                        got == null ? null : got.released().map(Object::toString).orElse(null));
            }
            if (want.has("durationSeconds")) {
                score.fact(
                        at + "durationSeconds",
                        want.get("durationSeconds").asLong(),
                        got == null ? null : got.duration().map(d -> d.getSeconds()).orElse(null));
            }
            if (want.has("chapters")) {
                List<String> wanted = new ArrayList<>();
                want.get("chapters")
                        .forEach(
                                c ->
                                        wanted.add(
                                                c.get("start").asLong()
                                                        + " "
                                                        + c.get("title").asString()));
                List<String> found = new ArrayList<>();
                if (got != null) {
                    for (Chapter c : got.chapters()) {
                        found.add(c.start().getSeconds() + " " + c.title());
                    }
                }
                score.list(at + "chapter", wanted, found, true);
            }
            if (want.has("urls")) {
                List<String> wanted = new ArrayList<>();
                want.get("urls").forEach(u -> wanted.add(u.asString()));
                score.list(at + "url", wanted, got == null ? List.of() : urls(got, text), true);
            }
            if (want.has("guests")) {
                List<String> wanted = new ArrayList<>();
                want.get("guests").forEach(g -> wanted.add(g.asString()));
                List<String> found = new ArrayList<>();
                if (got != null) {
                    for (Person p : got.people()) {
                        if (p.role() == Role.GUEST) {
                            found.add(p.name());
                        }
                    }
                }
                score.list(at + "guest", wanted, found, false);
            }
        }
    }

    /** The episode's http(s) URLs, distinct, in the order they first appear in the page. */
    static List<String> urls(Episode episode, String text) {
        Set<String> all = new LinkedHashSet<>();
        episode.links().forEach(l -> all.add(l.url()));
        for (Person p : episode.people()) {
            p.links().stream().map(Link::url).forEach(all::add);
        }
        episode.promotions().stream()
                .map(Promotion::url)
                .flatMap(java.util.Optional::stream)
                .forEach(all::add);
        List<String> http = new ArrayList<>();
        for (String url : all) {
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                http.add(url);
            }
        }
        int offset = 0;
        for (int line = 1;
                line < episode.source().line() && offset > 0
                        || line == 1 && line < episode.source().line();
                line++) {
            offset = text.indexOf('\n', offset) + 1;
        }
        int start = offset;
        http.sort((a, b) -> Integer.compare(position(text, a, start), position(text, b, start)));
        return http;
    }

    /** Where the URL stands as a whole (not as the start of a longer URL), or MAX_VALUE. */
    private static int position(String text, String url, int from) {
        for (int at = text.indexOf(url, from); at >= 0; at = text.indexOf(url, at + 1)) {
            int end = at + url.length();
            if (end == text.length()
                    || !(Character.isLetterOrDigit(text.charAt(end))
                            || "/-_%#?=&~+".indexOf(text.charAt(end)) >= 0)) {
                return at;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static final class Score {
        int met;
        int total;
        final List<String> failures = new ArrayList<>();

        void fact(String what, Object want, Object got) {
            total++;
            if (want.equals(got)) {
                met++;
            } else {
                failures.add(what + ": want <" + want + "> got <" + got + ">");
            }
        }

        /** Each listed value is a fact (by index when ordered), an empty list one; extras fail. */
        void list(String what, List<String> want, List<String> got, boolean ordered) {
            if (want.isEmpty()) {
                fact(what + "s", List.of(), got);
                return;
            }
            for (int i = 0; i < want.size(); i++) {
                String found =
                        ordered
                                ? (i < got.size() ? got.get(i) : null)
                                : (got.contains(want.get(i)) ? want.get(i) : null);
                fact(what + " " + (i + 1), want.get(i), found);
            }
            List<String> extra = new ArrayList<>(got);
            if (ordered) {
                extra = got.size() > want.size() ? got.subList(want.size(), got.size()) : List.of();
            } else {
                extra.removeAll(want);
            }
            for (String e : extra) {
                total++;
                failures.add(what + ": extra <" + e + ">");
            }
        }

        void add(Score other) {
            met += other.met;
            total += other.total;
        }
    }
}
