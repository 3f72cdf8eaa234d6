package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The golden files of generic pages are compared byte for byte with the parser's output, which
 * alone would pass whatever the parser once wrote. Here every episode's title, date, length, people
 * and description are written out from the page itself, each with the page lines it comes from, so
 * that the golden files hold what the pages say.
 */
class GenericGoldenValuesTest {

    private static Page parse(String name) throws IOException {
        return EpisodePageParser.parse(Path.of("testdata/generic", name + ".txt"));
    }

    private static List<Object> titlesDatesLengths(Page page) {
        return page.episodes().stream()
                .map(
                        e ->
                                (Object)
                                        tuple(
                                                e.title().orElse(null),
                                                e.released().orElse(null),
                                                e.duration().map(Duration::toMinutes).orElse(null)))
                .toList();
    }

    @Test
    void nightGardenHour() throws IOException {
        Page page = parse("night-garden-hour");

        // Lines 5 and 11 open each episode with its notes (no title line); lines 9 and 15 date
        // them ("04/19/22" settles month first); no length is given.
        assertThat(titlesDatesLengths(page))
                .containsExactly(
                        tuple(null, LocalDate.of(2022, 5, 2), null),
                        tuple(null, LocalDate.of(2022, 4, 19), null));
        // Line 5 and line 11, the chapters of lines 6-8 and 12-14 taken out.
        assertThat(page.episodes())
                .extracting(e -> e.description().orElse(null))
                .containsExactly(
                        "Moths are the night shift of the garden, and this week Priya counts them"
                                + " with a bedsheet, a torch and a lot of patience.",
                        "Hedgehogs travel much further in one night than most people think,"
                                + " sometimes two kilometres or more between gardens.");
        // "Priya" (line 5) is a first name alone: no one is introduced by a full name.
        assertThat(page.episodes()).allMatch(e -> e.people().isEmpty());
    }

    @Test
    void staticHiss() throws IOException {
        Page page = parse("static-hiss");

        // Lines 4-6: date, title, "2h 45m"; lines 17-19: date, title, "1 hr 5 min".
        assertThat(titlesDatesLengths(page))
                .containsExactly(
                        tuple("The Great Tape Transfer Marathon", LocalDate.of(2025, 3, 12), 165L),
                        tuple("Hum, Buzz and Ground Loops", LocalDate.of(2025, 2, 19), 65L));
        // Lines 7 and 20; the chapters (9-13, 22-26) and the labelled links (15, 28) are taken out.
        assertThat(page.episodes())
                .extracting(e -> e.description().orElse(null))
                .containsExactly(
                        "Marek and I finally digitised the last box of my uncle's reel-to-reel"
                                + " tapes, live, with commentary and far too much coffee.",
                        "Marek explains where mains hum comes from and how to chase it out of a"
                                + " home studio without buying anything new.");
        // "Marek" (lines 7 and 20) is a first name alone.
        assertThat(page.episodes()).allMatch(e -> e.people().isEmpty());
    }

    @Test
    void slowBreadRadio() throws IOException {
        Page page = parse("slow-bread-radio");

        // Lines 11-12, 21-22, 31-32, 36-37: title, then "length • date"; "16/12/2025" (line 12)
        // settles day first.
        assertThat(titlesDatesLengths(page))
                .containsExactly(
                        tuple("Why rye behaves differently", LocalDate.of(2025, 12, 16), 66L),
                        tuple("Lamination without tears", LocalDate.of(2025, 12, 2), 52L),
                        tuple("Starter myths, answered", LocalDate.of(2025, 11, 18), 38L),
                        tuple("Scoring patterns for beginners", LocalDate.of(2025, 11, 4), 44L));
        List<Episode> episodes = page.episodes();
        // Line 13 (chapters 14-18 and the recipe link 19 taken out).
        assertThat(episodes.get(0).description())
                .contains(
                        "Rye has almost no gluten to speak of, so everything you know about"
                                + " kneading goes out the window. Marguerite walks through"
                                + " pentosans, acidity and why a rye loaf wants to rest a full"
                                + " day before you cut it.");
        // Line 23 (chapters 24-28 and Idris's link 29 taken out).
        assertThat(episodes.get(1).description())
                .contains(
                        "Guest baker Idris Lindqvist joins to talk croissant dough in a home"
                                + " kitchen with no sheeter and a small fridge.");
        // Line 33 (the call to action of line 34 is a promotion).
        assertThat(episodes.get(2).description())
                .contains(
                        "Short one this week: five things people tell you about starters that"
                                + " are not true, and one that is.");
        // Line 38 opens the last description.
        assertThat(episodes.get(3).description().orElseThrow())
                .startsWith(
                        "Ear, no ear, wheat stalk, leaf. We keep it to three patterns and one"
                                + " razor, and talk about the angle that matters more than the"
                                + " pattern.");
        // Line 23 introduces Idris Lindqvist as a guest; line 29 labels his link with his first
        // name.
        assertThat(episodes.get(1).people())
                .containsExactly(
                        new Person(
                                "Idris Lindqvist",
                                Role.GUEST,
                                List.of(
                                        new Link(
                                                Optional.of("Mastodon"),
                                                "https://bakers.example.social/@idris",
                                                LinkKind.WEBSITE,
                                                Optional.empty()))));
        assertThat(List.of(episodes.get(0), episodes.get(2), episodes.get(3)))
                .allMatch(e -> e.people().isEmpty());
    }

    @Test
    void riversideAstronomy() throws IOException {
        Page page = parse("riverside-astronomy");

        // Lines 5-7, 16-18, 31-33: title, date, length; line 37-38: title, "date • length";
        // lines 41-42: title and date, no length.
        assertThat(titlesDatesLengths(page))
                .containsExactly(
                        tuple("Live from the Dark Sky Weekend", LocalDate.of(2025, 3, 12), 165L),
                        tuple("Mirrors, Grinding and Patience", LocalDate.of(2025, 3, 3), 65L),
                        tuple("Light Pollution Survey Results", LocalDate.of(2025, 2, 12), 40L),
                        tuple("Year-End Sky Review", LocalDate.of(2024, 12, 31), 25L),
                        tuple(
                                "Episode 1: Why We Started a Podcast",
                                LocalDate.of(2018, 8, 6),
                                null));
        // Lines 8, 19 (with line 29's words before its markdown link), 34, 39 and 43; chapters
        // (10-14, 21-27) and links (29, 35) are taken out.
        assertThat(page.episodes())
                .extracting(e -> e.description().orElse(null))
                .containsExactly(
                        "Recorded in the field tent on the Saturday night, with questions from"
                                + " whoever wandered in. The sound gets a bit windy after the first"
                                + " hour.",
                        "Club member Oskar Brandt ground his first 8-inch mirror over two winters."
                                + " He explains the process and shows why the club's loan kit"
                                + " exists.\nOskar's build log:",
                        "Results from the 2024 survey: 212 readings, 38 volunteers and one very"
                                + " determined dog walker.",
                        "A quick look back at what the club saw in 2024 and what to watch for in"
                                + " 2025.",
                        "Our very first episode. Three members, one microphone, and a lot of"
                                + " echo.");
        // "Club member Oskar Brandt" (line 19) names the episode's subject with no phrase that
        // introduces a guest ("with", "joins", "Follow"): no one is a guest or a host.
        assertThat(page.episodes()).allMatch(e -> e.people().isEmpty());
    }
}
