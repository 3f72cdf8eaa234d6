package dev.showpage.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The facts known to be true of real pages from many sites, checked one by one against what the
 * parser makes of each page: the shared cases ({@code ../shared/realworld/cases} and {@code more})
 * and the project's own ({@code testdata/realworld}).
 *
 * <p>A fact is one value the case's {@code expect} lists: the show's name, the episode count, and
 * per episode (compared by index) its title, date, length, each chapter (start and title), each
 * http(s) URL, each guest. An empty list is one fact ("none"). Values the parser gives beyond a
 * listed list (an extra chapter, URL or guest) each count as one more fact, failed. An episode's
 * URLs are the http(s) links of its links, people and promotions, distinct, in the order they first
 * appear in the page; bare domains are links to the parser but not URLs to these cases.
 *
 * <p>The pages of a third of the sites, drawn at random once, are set aside: the rules were not
 * written while looking at what the parser made of them, so their score says how the rules do on
 * pages they were not made on. Both parts are reported, by fact and by the average page (so that a
 * page with a long chapter list does not hide the others), and both have floors.
 *
 * <p>The shared cases are skipped where {@code ../shared} is absent, and required under {@code
 * CI=true}.
 */
class RealWorldConformanceTest {

    private static final Path SHARED = Path.of("../shared/realworld");
    private static final List<Path> FOLDERS =
            List.of(SHARED.resolve("cases"), SHARED.resolve("more"), Path.of("testdata/realworld"));
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * The sites whose pages are set aside, by the second part of a page's file name
     * ("011-podunk-..."): for the shared cases and for the project's own pages, each drawn once by
     * a seeded shuffle of their sites, taken until they held a third of the pages.
     */
    static final Set<String> SET_ASIDE =
            Set.of(
                    // ../shared/realworld
                    "arquitecturaeficiente",
                    "corecursive",
                    "goodpods",
                    "lawwu",
                    "metacast",
                    "pocketcasts",
                    "podbean",
                    "podtranscript",
                    "podunk",
                    "youtube",
                    // testdata/realworld
                    "commonground",
                    "deezer",
                    "pageone",
                    "podcastapp",
                    "podcastsnu",
                    "podchaser",
                    "podiumpodcast",
                    "sinneswandel",
                    "snipd",
                    "springcast",
                    "truesciphi",
                    "winamp");

    /**
     * The batches the pages came in, each scored and floored apart so that the floors of the
     * earlier pages keep their meaning when a batch of harder pages arrives. A page belongs to the
     * last batch whose first number is not above its own; the shared cases (number 0) to the first.
     * Each batch after the first was collected from sites new to the project and scored before any
     * rule was written for it; its first run is recorded here, its floors are as measured since.
     */
    static final List<Batch> BATCHES =
            List.of(
                    new Batch(0, "before 261", 0.89, 0.87, false),
                    // 21 sites; first run 87/143 facts (60.8%), 69.7% on the average page.
                    new Batch(261, "from 261", 0.98, 0.97, false),
                    // 12 sites, after the rules for the batch before; first run 60/89 (67.4%),
                    // 75.4% on the average page.
                    new Batch(301, "from 301", 0.99, 0.99, false),
                    // 18 sites, after the rules for the batch before; first run 62/84 (73.8%),
                    // 73.7% on the average page.
                    new Batch(321, "from 321", 0.98, 0.98, false),
                    // 16 sites, collected beside the batch before; first run 91/121 (75.2%),
                    // 79.4% on the average page.
                    new Batch(341, "from 341", 0.95, 0.92, false),
                    // 19 sites, collected after the rules for the batches before; first run 60/81
                    // facts (74.1%), 78.1% on the average page. Held out until its first run had
                    // been recorded, so that it measured unseen sites; worked on since.
                    new Batch(361, "from 361", 0.88, 0.90, false),
                    // 20 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 68/120 facts (56.7%), 64.5% on the
                    // average page. Held out until its first run had been recorded, like the batch
                    // before; worked on since.
                    new Batch(381, "from 381", 0.81, 0.83, false),
                    // 20 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 81/121 facts (66.9%), 72.3% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(401, "from 401", 0.88, 0.88, false),
                    // 20 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 76/112 facts (67.9%), 73.6% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(421, "from 421", 0.75, 0.80, false),
                    // 20 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 59/78 facts (75.6%), 85.1% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(441, "from 441", 0.85, 0.93, false),
                    // 20 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 77/106 facts (72.6%), 78.3% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(461, "from 461", 0.81, 0.84, false),
                    // 20 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 78/81 facts (96.3%), 95.7% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(481, "from 481", 0.97, 0.97, false),
                    // 14 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 119/186 facts (64.0%), 57.2% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(501, "from 501", 0.83, 0.74, false),
                    // 14 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 82/139 facts (59.0%), 57.4% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(515, "from 515", 0.69, 0.72, false),
                    // 15 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 41/127 facts (32.3%), 52.9% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(529, "from 529", 0.79, 0.70, false),
                    // 14 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 50/91 facts (54.9%), 58.9% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(544, "from 544", 0.67, 0.70, false),
                    // 16 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 58/158 facts (36.7%), 36.5% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(558, "from 558", 0.54, 0.50, false),
                    // 17 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 82/161 facts (50.9%), 54.7% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(574, "from 574", 0.60, 0.62, false),
                    // 17 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 45/68 facts (66.2%), 66.1% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(591, "from 591", 0.68, 0.68, false),
                    // 20 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 73/109 facts (67.0%), 66.2% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(608, "from 608", 0.68, 0.67, false),
                    // 18 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 92/153 facts (60.1%), 59.0% on the
                    // average page. Held out until its first run had been recorded, like the
                    // batches before; worked on since.
                    new Batch(628, "from 628", 0.60, 0.58, false),
                    // 18 sites, collected after the rules for the batches before and written up
                    // before the parser ran on them; first run 46/72 facts (63.9%), 66.3% on the
                    // average page. Held out, like the batches before it until their first runs:
                    // only its totals are read.
                    new Batch(646, "from 646", 0.63, 0.66, true));

    /** The share of facts met on the set-aside sites' pages, as measured. */
    private static final double SET_ASIDE_FACTS_FLOOR = 0.85;

    /**
     * One batch of pages: its first page number, its name in the report, and its floors. A held-out
     * batch is scored by its totals alone, like the set-aside sites: its pages' lines are not
     * printed, and it is not counted among the pages worked on.
     */
    record Batch(int from, String name, double factsFloor, double pageFloor, boolean heldOut) {}

    static Batch batchOf(Path page) {
        int number = batch(page);
        Batch found = BATCHES.get(0);
        for (Batch candidate : BATCHES) {
            if (candidate.from() <= number) {
                found = candidate;
            }
        }
        return found;
    }

    @Test
    void realWorldFacts() throws IOException {
        SharedFiles.require(SHARED);
        Tally worked = new Tally();
        Tally setAside = new Tally();
        Tally heldOut = new Tally();
        Map<Batch, Tally> batches = new LinkedHashMap<>();
        BATCHES.forEach(b -> batches.put(b, new Tally()));
        for (Path factsFile : factFiles()) {
            Path pageFile = Path.of(factsFile.toString().replaceAll("\\.json$", ".txt"));
            String text = Files.readString(pageFile, StandardCharsets.UTF_8);
            JsonNode expect = MAPPER.readTree(factsFile.toFile()).get("expect");
            Score score = new Score();
            check(EpisodePageParser.parse(text), text, expect, score);
            boolean aside = SET_ASIDE.contains(site(factsFile));
            Batch batch = batchOf(factsFile);
            (aside ? setAside : batch.heldOut() ? heldOut : worked).add(score);
            batches.get(batch).add(score);
            boolean hidden = aside || batch.heldOut();
            if (!hidden || System.getProperty("realworld.showSetAside") != null) {
                System.out.printf(
                        Locale.ROOT,
                        "realworld %-55s %3d/%3d%n",
                        factsFile.getFileName(),
                        score.met,
                        score.total);
                score.failures.forEach(f -> System.out.println("    " + f));
            }
        }
        Tally all = new Tally();
        all.add(worked);
        all.add(setAside);
        all.add(heldOut);
        System.out.println("realworld worked on: " + worked);
        System.out.println("realworld set aside: " + setAside);
        System.out.println("realworld held out:  " + heldOut);
        System.out.println("realworld all:       " + all);
        System.out.println("realworld by kind, worked on: " + worked.kinds());
        System.out.println("realworld by kind, set aside: " + setAside.kinds());
        System.out.println("realworld by kind, held out:  " + heldOut.kinds());
        batches.forEach(
                (batch, tally) ->
                        System.out.printf(
                                Locale.ROOT, "realworld %-12s %s%n", batch.name() + ":", tally));
        assertThat(setAside.facts())
                .as("set-aside facts")
                .isGreaterThanOrEqualTo(SET_ASIDE_FACTS_FLOOR);
        batches.forEach(
                (batch, tally) -> {
                    assertThat(tally.facts())
                            .as("facts, pages " + batch.name())
                            .isGreaterThanOrEqualTo(batch.factsFloor());
                    assertThat(tally.averagePage())
                            .as("average page, pages " + batch.name())
                            .isGreaterThanOrEqualTo(batch.pageFloor());
                });
    }

    private static List<Path> factFiles() throws IOException {
        List<Path> facts = new ArrayList<>();
        for (Path folder : FOLDERS) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(p -> p.toString().endsWith(".json")).sorted().forEach(facts::add);
            }
        }
        return facts;
    }

    /**
     * The number of one of the project's own pages ("261-..." is 261), by which its batch is told;
     * 0 for the shared cases.
     */
    static int batch(Path page) {
        String name = page.getFileName().toString();
        return page.getParent() != null
                        && page.getParent().endsWith(Path.of("testdata", "realworld"))
                        && name.matches("\\d{3}-.*")
                ? Integer.parseInt(name.substring(0, 3))
                : 0;
    }

    /** The site of a page, the second part of its file name ("011-podunk-modern-wisdom.json"). */
    static String site(Path page) {
        String[] parts = page.getFileName().toString().split("-");
        return parts.length > 1 ? parts[1] : parts[0];
    }

    private static void check(Page page, String text, JsonNode expect, Score score) {
        if (expect.has("show")) {
            score.fact(
                    "show",
                    expect.get("show").asString(),
                    page.show().map(Show::title).orElse(null));
        }
        if (expect.has("episodeCount")) {
            OptionalInt count = page.show().map(Show::episodeCount).orElse(OptionalInt.empty());
            score.fact(
                    "episodeCount",
                    expect.get("episodeCount").asInt(),
                    count.isPresent() ? count.getAsInt() : null);
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

    /**
     * The kind of a fact ("episode 3 chapter 2" is a chapter), by which the totals are broken down
     * so that the hidden pages say which kinds of value the rules miss without showing a page.
     */
    static String kind(String what) {
        String[] words = what.split(" ");
        String last = words.length > 2 ? words[2] : words[0];
        return last.endsWith("s") && !last.equals("durationSeconds")
                ? last.substring(0, last.length() - 1)
                : last;
    }

    private static final class Score {
        int met;
        int total;
        final List<String> failures = new ArrayList<>();
        final Map<String, int[]> byKind = new java.util.TreeMap<>();

        void fact(String what, Object want, Object got) {
            total++;
            int[] kind = byKind.computeIfAbsent(kind(what), k -> new int[4]);
            kind[1]++;
            if (want.equals(got)) {
                kind[0]++;
                met++;
            } else {
                if (got == null) {
                    kind[2]++;
                }
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
                int[] kind = byKind.computeIfAbsent(kind(what), k -> new int[4]);
                kind[1]++;
                kind[3]++;
                failures.add(what + ": extra <" + e + ">");
            }
        }

        void add(Score other) {
            met += other.met;
            total += other.total;
        }
    }

    /** The facts of a set of pages, and each page's share of its own. */
    private static final class Tally {
        int pages;
        int met;
        int total;
        double pageShares;
        final Map<String, int[]> byKind = new java.util.TreeMap<>();

        private void addKinds(Map<String, int[]> kinds) {
            kinds.forEach(
                    (kind, counts) -> {
                        int[] sum = byKind.computeIfAbsent(kind, k -> new int[4]);
                        for (int i = 0; i < sum.length; i++) {
                            sum[i] += counts[i];
                        }
                    });
        }

        /**
         * Met and total facts per kind, and of the failed ones how many the parser gave nothing for
         * and how many were values beyond the listed ones: "guest 20/30 (4 none, 6 extra)".
         */
        String kinds() {
            StringBuilder out = new StringBuilder();
            byKind.forEach(
                    (kind, counts) ->
                            out.append(
                                    String.format(
                                            Locale.ROOT,
                                            "%s %d/%d (%d none, %d extra); ",
                                            kind,
                                            counts[0],
                                            counts[1],
                                            counts[2],
                                            counts[3])));
            return out.toString().strip();
        }

        void add(Score page) {
            pages++;
            addKinds(page.byKind);
            met += page.met;
            total += page.total;
            pageShares += page.total == 0 ? 1 : (double) page.met / page.total;
        }

        void add(Tally other) {
            pages += other.pages;
            addKinds(other.byKind);
            met += other.met;
            total += other.total;
            pageShares += other.pageShares;
        }

        double facts() {
            return total == 0 ? 1 : (double) met / total;
        }

        double averagePage() {
            return pages == 0 ? 1 : pageShares / pages;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d pages, %d/%d facts (%.1f%%), average page %.1f%%",
                    pages,
                    met,
                    total,
                    100 * facts(),
                    100 * averagePage());
        }
    }
}
