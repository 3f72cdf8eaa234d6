package dev.showpage;

import static dev.showpage.Pages.SHOW;
import static dev.showpage.Pages.chapter;
import static dev.showpage.Pages.link;
import static dev.showpage.Pages.mmss;
import static dev.showpage.Pages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Faq;
import dev.showpage.model.FaqEntry;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Promotion;
import dev.showpage.model.Role;
import dev.showpage.model.Show;
import dev.showpage.model.SourcePosition;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One small invented Goodpods page per construct, with exact model values.
 *
 * <p>Every page is {@link Pages#page(int, String)}: the same ten header lines, then the cards,
 * whose first line is therefore always line 11 of the input.
 */
class ConstructTest {

    static Duration hms(int hours, int minutes, int seconds) {
        return Duration.ofHours(hours).plusMinutes(minutes).plusSeconds(seconds);
    }

    static Promotion promotion(String text, String url) {
        return new Promotion(text, Optional.of(url));
    }

    // ---------------------------------------------------------------- header and card basics

    static final String HEADER_PAGE =
            page(
                    1,
                    """
                    Lanterns on the jetty
                    Harbour Lights Radio
                    02/17/25 • 84 min
                    We talk about the old paraffin lamps on the jetty.
                    The keeper's daughter explains how the wicks were trimmed.

                    1 Listener
                    Show more best episodes
                    """);

    @Test
    void headerGivesShowPublisherListenersNavigationHeadingAndSummary() {
        Page page = EpisodePageParser.parse(HEADER_PAGE);

        // Lines 2, 3 and 5: show title, publisher, "3 Listeners".
        assertThat(page.layout()).isEqualTo("goodpods");
        assertThat(page.show())
                .contains(new Show(SHOW, Optional.of("Saltmarsh Audio Co."), OptionalInt.of(3)));
        // Lines 6, 7 and 18: the site's navigation lines, in page order.
        assertThat(page.navigation())
                .containsExactly("All episodes", "Best episodes", "Show more best episodes");
        // Lines 8 and 9: heading and summary paragraph.
        assertThat(page.heading()).contains("Top 1 Harbour Lights Radio Episodes");
        assertThat(page.summary())
                .contains("A weekly walk along the quay with the people who keep the lamps lit.");
        // The page has no FAQ and nothing is wrong with it.
        assertThat(page.faq()).isEmpty();
        assertThat(page.diagnostics()).isEmpty();
    }

    @Test
    void cardGivesTitleShowDateDurationListenersAndProseJoinedByLineBreak() {
        Page page = EpisodePageParser.parse(HEADER_PAGE);

        // Lines 11-17: the one card; lines 14 and 15 are two prose lines joined by "\n".
        assertThat(page.episodes())
                .containsExactly(
                        new Episode(
                                1,
                                Optional.of("Lanterns on the jetty"),
                                Optional.of(SHOW),
                                Optional.of(LocalDate.of(2025, 2, 17)),
                                Optional.of(Duration.ofMinutes(84)),
                                OptionalInt.of(1),
                                Optional.of(
                                        "We talk about the old paraffin lamps on the jetty.\n"
                                            + "The keeper's daughter explains how the wicks were"
                                            + " trimmed."),
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of(),
                                new SourcePosition(11, 1)));
    }

    static final String WHITESPACE_PAGE =
            page(
                    1,
                    """
                      Lanterns   on the    jetty
                    Harbour Lights Radio
                    02/17/25 • 84 min
                    We talk    about the   old lamps.\t

                    1 Listener
                    """);

    @Test
    void whitespaceInsideTextIsTrimmedAndCollapsed() {
        String text = WHITESPACE_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Line 11: the title with leading blanks and inner runs of blanks.
        assertThat(episode.title()).contains("Lanterns on the jetty");
        // Line 14: prose with inner runs of blanks and a trailing tab.
        assertThat(episode.description()).contains("We talk about the old lamps.");
    }

    // ---------------------------------------------------------------- date and duration line

    static final String DATE_PAGE =
            page(
                    2,
                    """
                    Winter moorings
                    Harbour Lights Radio
                    11/03/24 • 125 min
                    Boats come out of the water for the cold months.

                    12 Listeners

                    Spring launch
                    Harbour Lights Radio
                    02/03/25 • 5 min
                    The first boats go back in.

                    1 Listener
                    """);

    @Test
    void dateLineIsMonthFirstByDefaultAndGivesDurationAndListenerCount() {
        String text = DATE_PAGE;

        Page page = EpisodePageParser.parse(text);

        // Lines 11-16: "11/03/24 • 125 min" is 3 November 2024, 2 h 5 min; "12 Listeners".
        Episode first = page.episodes().get(0);
        assertThat(first.released()).contains(LocalDate.of(2024, 11, 3));
        assertThat(first.duration()).contains(Duration.ofMinutes(125));
        assertThat(first.listeners()).hasValue(12);
        // Lines 18-23: "02/03/25 • 5 min" is 3 February 2025, second card has rank 2.
        Episode second = page.episodes().get(1);
        assertThat(second.rank()).isEqualTo(2);
        assertThat(second.released()).contains(LocalDate.of(2025, 2, 3));
        assertThat(second.duration()).contains(Duration.ofMinutes(5));
        assertThat(second.listeners()).hasValue(1);
        assertThat(second.source()).isEqualTo(new SourcePosition(18, 1));
        // Both dates read either way and no date on the page tells: each is reported.
        assertThat(page.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line, Diagnostic::column)
                .containsExactly(tuple("ambiguous-date", 13, 1), tuple("ambiguous-date", 20, 1));
    }

    static final String DAY_FIRST_PAGE =
            page(
                    2,
                    """
                    Winter moorings
                    Harbour Lights Radio
                    17/02/25 • 84 min
                    Boats come out of the water for the cold months.

                    1 Listener

                    Spring launch
                    Harbour Lights Radio
                    02/03/25 • 5 min
                    The first boats go back in.

                    1 Listener
                    """);

    @Test
    void dayMonthYearDateOrderReadsDayFirst() {
        String text = DAY_FIRST_PAGE;

        Page page =
                EpisodePageParser.builder()
                        .dateOrder(DateOrder.DAY_MONTH_YEAR)
                        .build()
                        .parsePage(text);

        // Line 13: "17/02/25" is 17 February 2025.
        assertThat(page.episodes().get(0).released()).contains(LocalDate.of(2025, 2, 17));
        // Line 20: "02/03/25" is 2 March 2025 when the day comes first.
        assertThat(page.episodes().get(1).released()).contains(LocalDate.of(2025, 3, 2));
    }

    // ---------------------------------------------------------------- chapters

    static final String DASH_CHAPTERS_PAGE =
            page(
                    1,
                    """
                    Crossing in fog
                    Harbour Lights Radio
                    02/17/25 • 84 min
                    A slow crossing with the horn going.
                    Chapters:
                    00:00 - Casting off
                    12:30 - The fog bank
                    1:02:05 - Home port

                    1 Listener
                    """);

    @Test
    void dashChaptersWithMinutesAndHoursEndAtNextStartAndLastAtDuration() {
        String text = DASH_CHAPTERS_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Lines 16-18: "MM:SS - Title" and "H:MM:SS - Title"; the last ends at 84 min (line 13).
        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, mmss(12, 30), "Casting off"),
                        chapter(mmss(12, 30), hms(1, 2, 5), "The fog bank"),
                        chapter(hms(1, 2, 5), Duration.ofMinutes(84), "Home port"));
        // Line 14: chapters are not part of the description.
        assertThat(episode.description()).contains("A slow crossing with the horn going.");
    }

    static final String HOUR_CHAPTERS_PAGE =
            page(
                    1,
                    """
                    Storm season
                    Harbour Lights Radio
                    09/10/24 • 84 min
                    Three keepers remember the worst nights.
                    Chapters:
                    00:00:00 Welcome aboard
                    00:15:00 - Knots and rigging
                    01:10:00 Storm stories

                    1 Listener
                    """);

    @Test
    void hourChaptersWithOptionalDash() {
        String text = HOUR_CHAPTERS_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Lines 16-18: "HH:MM:SS Title" without a dash, and one with a dash.
        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, Duration.ofMinutes(15), "Welcome aboard"),
                        chapter(
                                Duration.ofMinutes(15),
                                Duration.ofMinutes(70),
                                "Knots and rigging"),
                        chapter(Duration.ofMinutes(70), Duration.ofMinutes(84), "Storm stories"));
        assertThat(episode.description()).contains("Three keepers remember the worst nights.");
    }

    static final String INLINE_CHAPTERS_PAGE =
            page(
                    1,
                    """
                    Three legs
                    Harbour Lights Radio
                    08/01/24 • 30 min
                    We cover three legs of the voyage.
                    Chapters: 00:00 - Intro 05:00 - Sails 20:00 - Wrap up

                    1 Listener
                    """);

    @Test
    void inlineChapterRunOnTheChaptersLine() {
        String text = INLINE_CHAPTERS_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Line 15: three chapters on the "Chapters:" line itself; the last ends at 30 min.
        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, Duration.ofMinutes(5), "Intro"),
                        chapter(Duration.ofMinutes(5), Duration.ofMinutes(20), "Sails"),
                        chapter(Duration.ofMinutes(20), Duration.ofMinutes(30), "Wrap up"));
        // Line 14: the prose stays the description.
        assertThat(episode.description()).contains("We cover three legs of the voyage.");
    }

    static final String INLINE_CHAPTERS_AFTER_PROSE_PAGE =
            page(
                    1,
                    """
                    Three legs
                    Harbour Lights Radio
                    08/01/24 • 30 min
                    We cover three legs of the voyage. Chapters: 00:00 - Intro 05:00 - Sails 20:00 - Wrap up

                    1 Listener
                    """);

    @Test
    void inlineChapterRunAfterProseOnTheSameLine() {
        String text = INLINE_CHAPTERS_AFTER_PROSE_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Line 14: prose, then "Chapters:" and three chapters on the same line.
        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, Duration.ofMinutes(5), "Intro"),
                        chapter(Duration.ofMinutes(5), Duration.ofMinutes(20), "Sails"),
                        chapter(Duration.ofMinutes(20), Duration.ofMinutes(30), "Wrap up"));
        assertThat(episode.description()).contains("We cover three legs of the voyage.");
    }

    static final String TWO_CHAPTERS_ON_A_LINE_PAGE =
            page(
                    1,
                    """
                    Night watch
                    Harbour Lights Radio
                    07/04/24 • 25 min
                    Who stays awake on deck, and why.
                    Chapters:
                    00:00 - Intro 10:00 - Middle watch
                    20:00 - Landfall

                    1 Listener
                    """);

    @Test
    void twoChaptersOnOneLine() {
        String text = TWO_CHAPTERS_ON_A_LINE_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Line 16 holds two chapters, line 17 one; the last ends at 25 min (line 13).
        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, Duration.ofMinutes(10), "Intro"),
                        chapter(Duration.ofMinutes(10), Duration.ofMinutes(20), "Middle watch"),
                        chapter(Duration.ofMinutes(20), Duration.ofMinutes(25), "Landfall"));
    }

    static final String NO_DURATION_CHAPTERS_PAGE =
            page(
                    1,
                    """
                    Tide clocks
                    Harbour Lights Radio
                    Clockmakers explain why tide clocks follow the moon.
                    Chapters:
                    00:00 - Opening
                    07:30 - The lunar day

                    1 Listener
                    """);

    @Test
    void lastChapterHasNoEndWhenTheEpisodeHasNoDuration() {
        String text = NO_DURATION_CHAPTERS_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Lines 11-16: a card without a date line, so no duration; the last chapter has no end.
        assertThat(episode.duration()).isEmpty();
        assertThat(episode.chapters())
                .containsExactly(
                        chapter(Duration.ZERO, mmss(7, 30), "Opening"),
                        new Chapter(mmss(7, 30), Optional.empty(), "The lunar day"));
    }

    // ---------------------------------------------------------------- links

    static final String LABELLED_URLS_PAGE =
            page(
                    1,
                    """
                    Charting the harbour mouth
                    Harbour Lights Radio
                    03/19/25 • 47 min
                    We trace the channel markers from the breakwater to the bar.
                    Tide tables: https://tides.example.org/charts - updated every morning
                    Harbour map: https://maps.example.net/harbour.
                    Pilot roster: https://pilots.example.com/roster,
                    Wreck list: https://wrecks.example.org/list)
                    Bell buoys: https://en.example.org/wiki/Bell_(buoy)

                    1 Listener
                    """);

    @Test
    void labelledUrlsLoseSentencePunctuationAndKeepTheirNote() {
        String text = LABELLED_URLS_PAGE;

        Page page = EpisodePageParser.parse(text);
        Episode episode = page.episodes().get(0);

        // Line 15: note after " - "; line 16: trailing '.'; line 17: trailing ',';
        // line 18: unmatched ')'; line 19: a matched ')' stays in the URL.
        assertThat(episode.links())
                .containsExactly(
                        link(
                                "Tide tables",
                                "https://tides.example.org/charts",
                                LinkKind.WEBSITE,
                                "updated every morning"),
                        link("Harbour map", "https://maps.example.net/harbour", LinkKind.WEBSITE),
                        link("Pilot roster", "https://pilots.example.com/roster", LinkKind.WEBSITE),
                        link("Wreck list", "https://wrecks.example.org/list", LinkKind.WEBSITE),
                        link(
                                "Bell buoys",
                                "https://en.example.org/wiki/Bell_(buoy)",
                                LinkKind.WEBSITE));
        // Line 14 is the only prose; nothing here is a promotion or a person.
        assertThat(episode.description())
                .contains("We trace the channel markers from the breakwater to the bar.");
        assertThat(episode.promotions()).isEmpty();
        assertThat(episode.people()).isEmpty();
        assertThat(page.diagnostics()).isEmpty();
    }

    static final String LABEL_ON_PREVIOUS_LINE_PAGE =
            page(
                    1,
                    """
                    Foghorns and bells
                    Harbour Lights Radio
                    03/16/25 • 52 min
                    How ships heard the coast before radar.
                    Links Mentioned:
                    Buoy catalogue: https://buoys.example.com/catalogue The history of foghorns:
                    https://sound.example.org/foghorns
                    Lamp room photos:
                    https://lamps.example.org/gallery

                    1 Listener
                    """);

    @Test
    void labelAtTheEndOfThePreviousLineBelongsToTheUrlOnTheNextLine() {
        String text = LABEL_ON_PREVIOUS_LINE_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Lines 16-17: a link, then a label whose URL is alone on the next line;
        // lines 18-19: a label alone on its line, the URL alone on the next.
        assertThat(episode.links())
                .containsExactly(
                        link(
                                "Buoy catalogue",
                                "https://buoys.example.com/catalogue",
                                LinkKind.WEBSITE),
                        link(
                                "The history of foghorns",
                                "https://sound.example.org/foghorns",
                                LinkKind.WEBSITE),
                        link(
                                "Lamp room photos",
                                "https://lamps.example.org/gallery",
                                LinkKind.WEBSITE));
        // Line 14: the description has none of the link text.
        assertThat(episode.description()).contains("How ships heard the coast before radar.");
    }

    static final String LINKS_MENTIONED_PAGE =
            page(
                    1,
                    """
                    Where to find us
                    Harbour Lights Radio
                    03/23/25 • 12 min
                    A short tour of everywhere the show lives online.
                    Links Mentioned:
                    Harbour feed: https://x.com/harbourlights
                    Crew chatter: https://twitter.com/harbourcrew
                    Company page: https://www.linkedin.com/company/saltmarsh-audio
                    Rigging scripts: https://github.com/saltmarsh/rigging
                    Video tour: https://www.youtube.com/watch?v=quay123
                    Skeets: https://bsky.app/profile/harbourlights.bsky.social
                    Photos: https://www.instagram.com/harbourlights
                    Community: https://www.facebook.com/harbourlightsradio
                    Join the regatta: https://regatta.example.org

                    1 Listener
                    """);

    @Test
    void linksMentionedListGivesEpisodeLinksWithTheirKinds() {
        String text = LINKS_MENTIONED_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Lines 16-24: one link per line, kind from the host; line 24 starts with a
        // call-to-action verb but sits in a links section, so it is a link, not a promotion.
        assertThat(episode.links())
                .containsExactly(
                        link("Harbour feed", "https://x.com/harbourlights", LinkKind.TWITTER),
                        link("Crew chatter", "https://twitter.com/harbourcrew", LinkKind.TWITTER),
                        link(
                                "Company page",
                                "https://www.linkedin.com/company/saltmarsh-audio",
                                LinkKind.LINKEDIN),
                        link(
                                "Rigging scripts",
                                "https://github.com/saltmarsh/rigging",
                                LinkKind.GITHUB),
                        link(
                                "Video tour",
                                "https://www.youtube.com/watch?v=quay123",
                                LinkKind.YOUTUBE),
                        link(
                                "Skeets",
                                "https://bsky.app/profile/harbourlights.bsky.social",
                                LinkKind.BLUESKY),
                        link(
                                "Photos",
                                "https://www.instagram.com/harbourlights",
                                LinkKind.INSTAGRAM),
                        link(
                                "Community",
                                "https://www.facebook.com/harbourlightsradio",
                                LinkKind.FACEBOOK),
                        link("Join the regatta", "https://regatta.example.org", LinkKind.WEBSITE));
        assertThat(episode.promotions()).isEmpty();
        // Line 14: the only prose.
        assertThat(episode.description())
                .contains("A short tour of everywhere the show lives online.");
    }

    // ---------------------------------------------------------------- people

    static final String FOLLOW_PAGE =
            page(
                    1,
                    """
                    Charting the tides with Marguerite Osei
                    Harbour Lights Radio
                    04/02/25 • 66 min
                    Marguerite has mapped the estuary tides for twenty years.
                    Follow Marguerite:
                    Twitter: https://twitter.com/mosei_tides
                    Website: https://osei.example.com - essays on coastal weather

                    1 Listener
                    """);

    @Test
    void followGroupGivesPersonWithLinksAndFullNameFromTitle() {
        String text = FOLLOW_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Lines 15-17: "Follow Marguerite:" and her two links; line 11 gives her full name.
        // She is followed in one episode only, so she is a guest.
        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Marguerite Osei",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/mosei_tides",
                                                LinkKind.TWITTER),
                                        link(
                                                "Website",
                                                "https://osei.example.com",
                                                LinkKind.WEBSITE,
                                                "essays on coastal weather"))));
        // The person's links are not episode links, and line 14 is the description.
        assertThat(episode.links()).isEmpty();
        assertThat(episode.promotions()).isEmpty();
        assertThat(episode.description())
                .contains("Marguerite has mapped the estuary tides for twenty years.");
    }

    static final String FOLLOW_TWO_PAGE =
            page(
                    1,
                    """
                    Rigging a schooner
                    Harbour Lights Radio
                    04/09/25 • 58 min
                    Ines Karlsen and Tomas Berg show how a schooner is rigged for winter.
                    Follow Ines & Tomas:
                    Ines on Twitter: https://twitter.com/ines_rigs
                    Tomas on LinkedIn: https://www.linkedin.com/in/tomasberg
                    Ines on GitHub: https://github.com/inesrigs

                    1 Listener
                    """);

    @Test
    void followGroupOfTwoPeopleSplitsLinksByNameAndTakesFullNamesFromProse() {
        String text = FOLLOW_TWO_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Lines 15-18: "Follow Ines & Tomas:" with "X on Service: URL" lines; line 14 gives
        // both full names; each link keeps only the service as its label.
        assertThat(episode.people())
                .containsExactly(
                        new Person(
                                "Ines Karlsen",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/ines_rigs",
                                                LinkKind.TWITTER),
                                        link(
                                                "GitHub",
                                                "https://github.com/inesrigs",
                                                LinkKind.GITHUB))),
                        new Person(
                                "Tomas Berg",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "LinkedIn",
                                                "https://www.linkedin.com/in/tomasberg",
                                                LinkKind.LINKEDIN))));
        assertThat(episode.links()).isEmpty();
        assertThat(episode.description())
                .contains("Ines Karlsen and Tomas Berg show how a schooner is rigged for winter.");
    }

    static final String HOST_PAGE =
            page(
                    2,
                    """
                    Salt roads with Juno Achterberg
                    Harbour Lights Radio
                    05/06/25 • 61 min
                    Juno and Pieter walk the old salt road down to the harbour.
                    Follow Juno:
                    Twitter: https://twitter.com/junoachter
                    Follow Pieter:
                    Website: https://pieter.example.com

                    1 Listener

                    Net mending with Rosa Lindqvist
                    Harbour Lights Radio
                    05/13/25 • 55 min
                    Rosa and Pieter mend nets on the quay.
                    Follow Rosa:
                    Photos: https://www.instagram.com/rosanets
                    Follow Pieter:
                    Website: https://pieter.example.com

                    1 Listener
                    """);

    @Test
    void personFollowedInBothEpisodesIsTheHostAndOthersAreGuests() {
        Page page = EpisodePageParser.parse(HOST_PAGE);
        Person pieter =
                new Person(
                        "Pieter",
                        Role.HOST,
                        List.of(link("Website", "https://pieter.example.com", LinkKind.WEBSITE)));

        // Lines 11-20: Juno (full name from line 11, one episode) is a guest; "Follow Pieter:"
        // (lines 17 and 28) appears in 2 of the 2 episodes that have Follow groups: host.
        assertThat(page.episodes().get(0).people())
                .containsExactly(
                        new Person(
                                "Juno Achterberg",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Twitter",
                                                "https://twitter.com/junoachter",
                                                LinkKind.TWITTER))),
                        pieter);
        // Lines 22-31: Rosa (full name from line 22) is a guest, Pieter again the host.
        assertThat(page.episodes().get(1).people())
                .containsExactly(
                        new Person(
                                "Rosa Lindqvist",
                                Role.GUEST,
                                List.of(
                                        link(
                                                "Photos",
                                                "https://www.instagram.com/rosanets",
                                                LinkKind.INSTAGRAM))),
                        pieter);
        assertThat(page.diagnostics()).isEmpty();
    }

    static final String HOST_WITH_QUIET_EPISODES_PAGE =
            page(
                    4,
                    """
                    Salt roads with Juno Achterberg
                    Harbour Lights Radio
                    05/06/25 • 61 min
                    Juno and Pieter walk the old salt road down to the harbour.
                    Follow Juno:
                    Twitter: https://twitter.com/junoachter
                    Follow Pieter:
                    Website: https://pieter.example.com

                    1 Listener

                    Net mending with Rosa Lindqvist
                    Harbour Lights Radio
                    05/13/25 • 55 min
                    Rosa and Pieter mend nets on the quay.
                    Follow Rosa:
                    Photos: https://www.instagram.com/rosanets
                    Follow Pieter:
                    Website: https://pieter.example.com

                    1 Listener

                    The lighthouse ledger
                    Harbour Lights Radio
                    05/20/25 • 40 min
                    Reading the keepers' logbook from the winter of the great storm.

                    1 Listener

                    Fog signals
                    Harbour Lights Radio
                    05/27/25 • 35 min
                    A history of horns, guns and bells along the coast.

                    1 Listener
                    """);

    @Test
    void episodesWithoutFollowGroupsDoNotCountAgainstTheHost() {
        String text = HOST_WITH_QUIET_EPISODES_PAGE;

        Page page = EpisodePageParser.parse(text);

        // Lines 17 and 28: Pieter is followed in 2 of 4 episodes, but in 2 of the 2 episodes
        // that have Follow groups (lines 33-45 have none), so he is the host.
        assertThat(page.episodes().get(0).people())
                .extracting(Person::name, Person::role)
                .containsExactly(tuple("Juno Achterberg", Role.GUEST), tuple("Pieter", Role.HOST));
        assertThat(page.episodes().get(1).people())
                .extracting(Person::name, Person::role)
                .containsExactly(tuple("Rosa Lindqvist", Role.GUEST), tuple("Pieter", Role.HOST));
        // Lines 33-45: the episodes without Follow groups name nobody.
        assertThat(page.episodes().get(2).people()).isEmpty();
        assertThat(page.episodes().get(3).people()).isEmpty();
    }

    static final String TITLE_GUEST_PAGE =
            page(
                    2,
                    """
                    Storm glass forecasting with Hedda Marsh
                    Harbour Lights Radio
                    06/03/25 • 44 min
                    Hedda reads the crystals before every crossing.

                    1 Listener

                    Running the ferry with the CEO of Tidewater Lines
                    Harbour Lights Radio
                    06/10/25 • 50 min
                    The ferry company's boss explains the winter timetable.

                    1 Listener
                    """);

    @Test
    void withFirstLastInTitleIsAGuestButWithTheCeoOfIsNotAName() {
        String text = TITLE_GUEST_PAGE;

        Page page = EpisodePageParser.parse(text);

        // Line 11: "with Hedda Marsh" names a guest, who has no links.
        assertThat(page.episodes().get(0).people())
                .containsExactly(new Person("Hedda Marsh", Role.GUEST, List.of()));
        // Line 18: "with the CEO of Tidewater Lines" names nobody.
        assertThat(page.episodes().get(1).people()).isEmpty();
    }

    // ---------------------------------------------------------------- promotions

    static final String PROMOTIONS_PAGE =
            page(
                    1,
                    """
                    Knots, hitches and bends
                    Harbour Lights Radio
                    05/01/25 • 39 min
                    We sail at dawn. Get the crew list: https://crew.example.org/list. Bring a warm coat.
                    Seasick? Our remedies: https://remedies.example.org
                    Hand drawn charts for small harbours: https://charts.example.com
                    Our favourite knot tying guide: https://knots.example.org/guide
                    Tide tables: https://tides.example.org

                    1 Listener
                    """);

    @Test
    void promotionsAreSeparatedFromLinksAndProse() {
        String text = PROMOTIONS_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Line 14: "Get ..." starts with a call-to-action verb; line 15: the text has a '?';
        // line 16: six words.
        assertThat(episode.promotions())
                .containsExactly(
                        promotion("Get the crew list", "https://crew.example.org/list"),
                        promotion("Seasick? Our remedies", "https://remedies.example.org"),
                        promotion(
                                "Hand drawn charts for small harbours",
                                "https://charts.example.com"));
        // Line 17: five words, no verb, no '?'; line 18: two words: both are links.
        assertThat(episode.links())
                .containsExactly(
                        link(
                                "Our favourite knot tying guide",
                                "https://knots.example.org/guide",
                                LinkKind.WEBSITE),
                        link("Tide tables", "https://tides.example.org", LinkKind.WEBSITE));
        // Line 14: the prose around the promotion, joined by a space.
        assertThat(episode.description()).contains("We sail at dawn. Bring a warm coat.");
    }

    static String callToActionPage(String verb) {
        return page(
                1,
                """
                Almanac week
                Harbour Lights Radio
                05/08/25 • 20 min
                All about the tide almanac.
                %s the almanac: https://almanac.example.com

                1 Listener
                """
                        .formatted(verb));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Want", "Get", "Check", "Try", "Join", "Subscribe", "Sign", "Use", "Download",
                        "Grab",
                "Support", "Visit", "Learn", "Listen", "Buy", "Save", "Claim", "Start", "Book",
                        "Register"
            })
    void callToActionVerbMakesAShortLabelAPromotion(String verb) {
        String text = callToActionPage(verb);

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Line 15: three words, no '?', but the first is a call-to-action verb.
        assertThat(episode.promotions())
                .containsExactly(promotion(verb + " the almanac", "https://almanac.example.com"));
        assertThat(episode.links()).isEmpty();
        assertThat(episode.description()).contains("All about the tide almanac.");
    }

    static final String TWO_PROMOTIONS_PAGE =
            page(
                    1,
                    """
                    The almanac returns
                    Harbour Lights Radio
                    05/15/25 • 33 min
                    Want a printed tide almanac? Order the pocket edition: https://almanac.example.com/pocket. Support the show on our patron page: https://patrons.example.org/harbour.
                    We read this year's spring tides aloud.

                    1 Listener
                    """);

    @Test
    void twoPromotionsOnOneLine() {
        String text = TWO_PROMOTIONS_PAGE;

        Episode episode = EpisodePageParser.parse(text).episodes().get(0);

        // Line 14: two promotions, each URL losing its sentence '.'.
        assertThat(episode.promotions())
                .containsExactly(
                        promotion(
                                "Want a printed tide almanac? Order the pocket edition",
                                "https://almanac.example.com/pocket"),
                        promotion(
                                "Support the show on our patron page",
                                "https://patrons.example.org/harbour"));
        assertThat(episode.links()).isEmpty();
        // Line 15: the only prose.
        assertThat(episode.description()).contains("We read this year's spring tides aloud.");
    }

    // ---------------------------------------------------------------- FAQ

    static final String FAQ_PAGE =
            page(
                    1,
                    """
                    Lanterns on the jetty
                    Harbour Lights Radio
                    02/17/25 • 84 min
                    We talk about the old paraffin lamps on the jetty.

                    1 Listener
                    Show more best episodes

                    FAQ
                    How many episodes does Harbour Lights Radio have?
                    Harbour Lights Radio currently has 42 episodes available.
                    What topics does Harbour Lights Radio cover?
                    The podcast is about Sailing, History and Weather.
                    What is the most popular episode on Harbour Lights Radio?
                    The episode title 'Lanterns on the jetty' is the most popular.
                    What is the average episode length on Harbour Lights Radio?
                    The average episode length on Harbour Lights Radio is 75 minutes.
                    How often are episodes of Harbour Lights Radio released?
                    Episodes of Harbour Lights Radio are typically released every 13 days, 3 hours.
                    When was the first episode of Harbour Lights Radio?
                    The first episode of Harbour Lights Radio was released on Jun 13, 2024.
                    Show more FAQ
                    """);

    @Test
    void faqGivesEntriesAndStatistics() {
        Page page = EpisodePageParser.parse(FAQ_PAGE);

        // Lines 20-31: six questions with their answers, and the statistics they state.
        assertThat(page.faq())
                .contains(
                        new Faq(
                                List.of(
                                        new FaqEntry(
                                                "How many episodes does Harbour Lights Radio have?",
                                                "Harbour Lights Radio currently has 42 episodes"
                                                        + " available."),
                                        new FaqEntry(
                                                "What topics does Harbour Lights Radio cover?",
                                                "The podcast is about Sailing, History and"
                                                        + " Weather."),
                                        new FaqEntry(
                                                "What is the most popular episode on Harbour Lights"
                                                        + " Radio?",
                                                "The episode title 'Lanterns on the jetty' is the"
                                                        + " most popular."),
                                        new FaqEntry(
                                                "What is the average episode length on Harbour"
                                                        + " Lights Radio?",
                                                "The average episode length on Harbour Lights Radio"
                                                        + " is 75 minutes."),
                                        new FaqEntry(
                                                "How often are episodes of Harbour Lights Radio"
                                                        + " released?",
                                                "Episodes of Harbour Lights Radio are typically"
                                                        + " released every 13 days, 3 hours."),
                                        new FaqEntry(
                                                "When was the first episode of Harbour Lights"
                                                        + " Radio?",
                                                "The first episode of Harbour Lights Radio was"
                                                        + " released on Jun 13, 2024.")),
                                OptionalInt.of(42),
                                List.of("Sailing", "History", "Weather"),
                                Optional.of("Lanterns on the jetty"),
                                Optional.of(Duration.ofMinutes(75)),
                                Optional.of(Duration.ofDays(13).plusHours(3)),
                                Optional.of(LocalDate.of(2024, 6, 13))));
        // Lines 17 and 32: navigation after the cards and after the FAQ.
        assertThat(page.navigation())
                .containsExactly(
                        "All episodes",
                        "Best episodes",
                        "Show more best episodes",
                        "Show more FAQ");
        // Line 19 "FAQ" and the FAQ itself are not an episode.
        assertThat(page.episodes()).hasSize(1);
        assertThat(page.diagnostics()).isEmpty();
    }

    static final String FAQ_OTHER_VALUES_PAGE =
            page(
                    1,
                    """
                    Fog signals
                    Harbour Lights Radio
                    05/27/25 • 35 min
                    A history of horns, guns and bells along the coast.

                    1 Listener
                    Show more best episodes

                    FAQ
                    How many episodes does Harbour Lights Radio have?
                    Harbour Lights Radio currently has 7 episodes available.
                    What topics does Harbour Lights Radio cover?
                    The podcast is about Fishing, Boats, Weather and Local History.
                    What is the most popular episode on Harbour Lights Radio?
                    The episode title 'Fog signals' is the most popular.
                    What is the average episode length on Harbour Lights Radio?
                    The average episode length on Harbour Lights Radio is 38 minutes.
                    How often are episodes of Harbour Lights Radio released?
                    Episodes of Harbour Lights Radio are typically released every 6 days, 20 hours.
                    When was the first episode of Harbour Lights Radio?
                    The first episode of Harbour Lights Radio was released on Nov 2, 2022.
                    Show more FAQ
                    """);

    @Test
    void faqStatisticsAreReadFromTheAnswersNotFixed() {
        String text = FAQ_OTHER_VALUES_PAGE;

        Faq faq = EpisodePageParser.parse(text).faq().orElseThrow();

        // Line 21: "7 episodes".
        assertThat(faq.episodeCount()).hasValue(7);
        // Line 23: four topics, the last of two words.
        assertThat(faq.topics()).containsExactly("Fishing", "Boats", "Weather", "Local History");
        // Line 25: the title in single quotes.
        assertThat(faq.mostPopularEpisode()).contains("Fog signals");
        // Line 27: "38 minutes".
        assertThat(faq.averageEpisodeLength()).contains(Duration.ofMinutes(38));
        // Line 29: "every 6 days, 20 hours".
        assertThat(faq.releaseInterval()).contains(Duration.ofDays(6).plusHours(20));
        // Line 31: "Nov 2, 2022".
        assertThat(faq.firstEpisodeDate()).contains(LocalDate.of(2022, 11, 2));
        assertThat(faq.entries()).hasSize(6);
    }
}
