package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Chapter;
import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Promotion;
import dev.showpage.model.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Generic pages that list several episodes, in the shapes sites print them: the date under the
 * title, the title under the date, "Published ..." under the notes. The pages are invented ({@code
 * testdata/generic}); every value below is read from the page, and the comment before it names the
 * page line(s).
 */
class GenericListingsTest {

    private static Page parse(String name) throws IOException {
        return EpisodePageParser.parse(Path.of("testdata/generic", name + ".txt"));
    }

    private static List<Long> starts(Episode episode) {
        return episode.chapters().stream().map(c -> c.start().getSeconds()).toList();
    }

    @Test
    void slowBreadRadioListsFourEpisodesWithTheirLengthsAndDayFirstDates() throws IOException {
        Page page = parse("slow-bread-radio");
        // Lines 11, 21, 31, 36: four titles, each above its "length • date" line.
        assertThat(page.episodes())
                .extracting(e -> e.title().orElseThrow())
                .containsExactly(
                        "Why rye behaves differently",
                        "Lamination without tears",
                        "Starter myths, answered",
                        "Scoring patterns for beginners");
        // Lines 12, 22, 32, 37: "16/12/2025" can only be day first, so "02/12/2025" is 2 December.
        assertThat(page.episodes())
                .extracting(e -> e.released().orElseThrow())
                .containsExactly(
                        LocalDate.of(2025, 12, 16),
                        LocalDate.of(2025, 12, 2),
                        LocalDate.of(2025, 11, 18),
                        LocalDate.of(2025, 11, 4));
        // The same lines: 1 h 6 min, 52, 38 and 44 min.
        assertThat(page.episodes())
                .extracting(e -> e.duration().orElseThrow().toMinutes())
                .containsExactly(66L, 52L, 38L, 44L);
        // Lines 1-9: the site's menu, the show and "Épisodes" stand above the first episode.
        assertThat(page.navigation()).contains("Ondes", "Épisodes");
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void slowBreadRadioReadsBracketedAndNumberedChapters() throws IOException {
        Episode rye = parse("slow-bread-radio").episodes().get(0);
        // Lines 14-18: "(0:00) Welcome back" ... "(58:05) Your questions"; the last ends at 1 h 6
        // min.
        assertThat(rye.chapters())
                .extracting(Chapter::title)
                .containsExactly(
                        "Welcome back",
                        "What pentosans do",
                        "Souring for structure, not flavour",
                        "The 24-hour rest",
                        "Your questions");
        assertThat(starts(rye)).containsExactly(0L, 220L, 1092L, 2490L, 3485L);
        assertThat(rye.chapters().get(4).end()).contains(Duration.ofMinutes(66));
        // Line 19: "Recipe card: <URL>": the label is kept and the angle brackets are not text.
        assertThat(rye.links())
                .extracting(l -> l.label().orElseThrow(), Link::url)
                .containsExactly(
                        tuple("Recipe card", "https://slowbread.example.org/recipes/rye-100"));
        assertThat(rye.description().orElseThrow()).doesNotContain("<");

        Episode lamination = parse("slow-bread-radio").episodes().get(1);
        // Lines 24-28: "1. 0:00 Introductions": the track numbers are not part of the titles.
        assertThat(lamination.chapters())
                .extracting(Chapter::title)
                .containsExactly(
                        "Introductions",
                        "Butter temperature",
                        "The first fold",
                        "Proofing in a cold kitchen",
                        "Lightning round");
        assertThat(starts(lamination)).containsExactly(0L, 250L, 1065L, 2000L, 2820L);
        // Lines 23 and 29: the guest, and the link "Idris on Mastodon" gives him.
        assertThat(lamination.people())
                .extracting(Person::name, Person::role)
                .containsExactly(tuple("Idris Lindqvist", Role.GUEST));
        assertThat(lamination.people().get(0).links())
                .extracting(Link::url)
                .containsExactly("https://bakers.example.social/@idris");
    }

    @Test
    void riversideAstronomyReadsEveryDateShapeAndMarkdownLinks() throws IOException {
        Page page = parse("riverside-astronomy");
        // Lines 6, 17, 32, 38, 42: "12 March 2025", "Mar. 3, 2025", "2025-02-12",
        // "December 31, 2024 • 25 mins", "August 6th, 2018".
        assertThat(page.episodes())
                .extracting(e -> e.released().orElseThrow())
                .containsExactly(
                        LocalDate.of(2025, 3, 12),
                        LocalDate.of(2025, 3, 3),
                        LocalDate.of(2025, 2, 12),
                        LocalDate.of(2024, 12, 31),
                        LocalDate.of(2018, 8, 6));
        // Lines 7, 18, 33, 38: "2h 45m", "1 hr 5 min", "40 min", "25 mins"; line 42 gives none.
        assertThat(page.episodes())
                .extracting(e -> e.duration().map(Duration::toMinutes))
                .containsExactly(
                        Optional.of(165L),
                        Optional.of(65L),
                        Optional.of(40L),
                        Optional.of(25L),
                        Optional.empty());
        // Line 41: a title that starts with its episode number keeps it.
        assertThat(page.episodes().get(4).title()).contains("Episode 1: Why We Started a Podcast");

        Episode dark = page.episodes().get(0);
        // Lines 9-14: "[00:00] ..." under "Chapters", hours in "[1:28:00]"; the last ends at 2h
        // 45m.
        assertThat(starts(dark)).containsExactly(0L, 390L, 2470L, 5280L, 8415L);
        assertThat(dark.chapters().get(4).end()).contains(Duration.ofMinutes(165));
        // Line 13: "Q&amp;amp;A" is encoded twice: decoded, and reported once.
        assertThat(dark.chapters().get(3).title()).isEqualTo("Q&A from the tent");
        assertThat(page.diagnostics())
                .singleElement()
                .satisfies(d -> assertThat(d.code()).isEqualTo("double-encoded"))
                .satisfies(d -> assertThat(d.line()).isEqualTo(13));

        Episode mirrors = page.episodes().get(1);
        // Lines 21-27: en-dash chapters with blank lines between them.
        assertThat(mirrors.chapters())
                .extracting(Chapter::title)
                .containsExactly(
                        "Introductions",
                        "Why grind your own?",
                        "Foucault testing on a kitchen table",
                        "The loan kit");
        // Line 29: a markdown link keeps its text as the label.
        assertThat(mirrors.links())
                .extracting(l -> l.label().orElseThrow(), Link::url)
                .containsExactly(
                        tuple("Eight Inch Winters", "https://oskarbrandt.example.net/mirror-log"));
        assertThat(mirrors.description().orElseThrow()).doesNotContain("](");
    }

    @Test
    void nightGardenHourPutsEachPublishedDateUnderItsNotes() throws IOException {
        Page page = parse("night-garden-hour");
        // Line 1: "X - A podcast by Y" names the show.
        assertThat(page.show().orElseThrow().title()).isEqualTo("The Night Garden Hour");
        // Lines 2-3: the site's lines are not the first episode's notes.
        assertThat(page.navigation()).containsExactly("Listen on your favourite app", "Episodes");
        // Lines 9 and 15: two episodes, each dated by the "Published" line under its notes
        // ("04/19/22" can only be month first).
        assertThat(page.episodes())
                .extracting(e -> e.released().orElseThrow())
                .containsExactly(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 4, 19));
        // Lines 5 and 11: each episode's notes, where each episode starts.
        assertThat(page.episodes()).extracting(e -> e.source().line()).containsExactly(5, 11);
        assertThat(page.episodes().get(0).description().orElseThrow()).startsWith("Moths are");
        assertThat(page.episodes().get(1).description().orElseThrow()).startsWith("Hedgehogs");
        // Lines 6-8: bullets with bracketed times.
        assertThat(starts(page.episodes().get(0))).containsExactly(0L, 145L, 700L);
        // Line 17: the page's closing call to action goes with the last episode, not a new one.
        assertThat(page.episodes().get(1).promotions())
                .extracting(p -> p.url().orElseThrow())
                .containsExactly("https://nightgarden.example.com/support");
    }

    @Test
    void staticHissTakesTheTitleBelowEachDate() throws IOException {
        Page page = parse("static-hiss");
        // Lines 1-2: the blog's name and menu, not a title.
        assertThat(page.navigation()).containsExactly("static hiss", "posts / tags / rss");
        // Lines 4-5 and 17-18: the date first, then the title.
        assertThat(page.episodes())
                .extracting(e -> e.title().orElseThrow(), e -> e.released().orElseThrow())
                .containsExactly(
                        tuple("The Great Tape Transfer Marathon", LocalDate.of(2025, 3, 12)),
                        tuple("Hum, Buzz and Ground Loops", LocalDate.of(2025, 2, 19)));
        // Lines 9-13: the first episode's chapters; its length (line 6, 2h 45m) ends the last one.
        Episode tapes = page.episodes().get(0);
        assertThat(starts(tapes)).containsExactly(0L, 460L, 2295L);
        assertThat(tapes.chapters().get(2).end()).contains(Duration.ofMinutes(165));
        // Line 15: "Label: URL".
        assertThat(tapes.links())
                .extracting(l -> l.label().orElseThrow())
                .containsExactly("Baking temperatures we used");
        assertThat(page.episodes().get(1).promotions()).extracting(Promotion::text).isEmpty();
    }
}
