package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * One shape at a time, on small show-note pages: the release, length, link and chapter shapes the
 * generic layout reads, and what it reports where the page does not settle a value.
 */
class ShowNoteShapesTest {

    private static Episode only(String text) {
        Page page = EpisodePageParser.parse(text);
        assertThat(page.layout()).isEqualTo("generic");
        assertThat(page.episodes()).hasSize(1);
        return page.episodes().get(0);
    }

    @Test
    void labelledAndIsoLengthLinesGiveTheLength() {
        assertThat(only("Title\nMarch 3, 2025\nDuration: 01:23:45\nNotes.\n").duration())
                .contains(Duration.ofSeconds(5025));
        assertThat(only("Title\nMarch 3, 2025\nLength: 5040\nNotes.\n").duration())
                .contains(Duration.ofSeconds(5040));
        assertThat(only("Title\nMarch 3, 2025\nPT1H24M\nNotes.\n").duration())
                .contains(Duration.ofMinutes(84));
        assertThat(only("Title\nMarch 3, 2025\n56 mins 21 secs\nNotes.\n").duration())
                .contains(Duration.ofSeconds(3381));
    }

    @Test
    void aPageWithoutALengthHasNone() {
        assertThat(only("Title\nMarch 3, 2025\nNotes about 30 minutes of talk.\n").duration())
                .isEmpty();
    }

    @Test
    void everyReleaseDateShapeGivesTheSameDay() {
        for (String date :
                new String[] {
                    "March 12, 2025",
                    "Mar 12, 2025",
                    "Mar. 12, 2025",
                    "12 March 2025",
                    "2025-03-12",
                    "Wednesday Mar 12, 2025",
                    "March 12th, 2025",
                    "Published March 12, 2025",
                    "12-03-2025",
                    "12.03.2025"
                }) {
            // A second episode's "16/12/2025" proves day-first order for the numeric shapes.
            String page = "Title\n" + date + "\nNotes.\n" + "Other\n16/12/2025\nMore notes.\n";
            assertThat(EpisodePageParser.parse(page).episodes().get(0).released())
                    .as(date)
                    .contains(LocalDate.of(2025, 3, 12));
        }
    }

    @Test
    void aNumericDateThatReadsBothWaysFollowsTheOrderTheOtherDatesProve() {
        String page = "One\n05/02/22\nNotes.\n\nTwo\n04/19/22\nNotes.\n";
        // "04/19/22" can only be month first, so "05/02/22" is 2 May.
        Page parsed = EpisodePageParser.parse(page);
        assertThat(parsed.episodes())
                .extracting(e -> e.released().orElseThrow())
                .containsExactly(LocalDate.of(2022, 5, 2), LocalDate.of(2022, 4, 19));
        assertThat(parsed.diagnostics()).isEmpty();
    }

    @Test
    void aNumericDateNothingSettlesIsReadInTheConfiguredOrderAndReported() {
        String page = "One\n05/02/22\nNotes.\n";
        Page parsed =
                EpisodePageParser.builder()
                        .dateOrder(DateOrder.DAY_MONTH_YEAR)
                        .build()
                        .parsePage(page);
        assertThat(parsed.episodes().get(0).released()).contains(LocalDate.of(2022, 2, 5));
        assertThat(parsed.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("ambiguous-date", 2));
    }

    @Test
    void aRelativeDateNeedsAReferenceDate() {
        String page = "Title\n2 weeks ago\nNotes.\n";
        Page without = EpisodePageParser.parse(page);
        assertThat(without.episodes().get(0).released()).isEmpty();
        assertThat(without.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("relative-date");

        Page with =
                EpisodePageParser.builder()
                        .referenceDate(LocalDate.of(2025, 3, 15))
                        .build()
                        .parsePage(page);
        assertThat(with.episodes().get(0).released()).contains(LocalDate.of(2025, 3, 1));
        assertThat(with.diagnostics()).isEmpty();
    }

    @Test
    void aHandleLabelledWithAPlatformIsALinkOfThatKind() {
        Episode episode = only("Title\nMarch 3, 2025\nNotes.\nTwitter: @ann_dev\n");
        assertThat(episode.links())
                .extracting(l -> l.label().orElseThrow(), Link::url, Link::kind)
                .containsExactly(tuple("Twitter", "@ann_dev", LinkKind.TWITTER));
    }

    @Test
    void aHandleWithAnyOtherLabelStaysText() {
        Episode episode = only("Title\nMarch 3, 2025\nNotes.\nSay hi: @ann_dev\n");
        assertThat(episode.links()).isEmpty();
        assertThat(episode.description().orElseThrow()).contains("Say hi: @ann_dev");
    }

    @Test
    void markdownAndAngleBracketLinksKeepTheirLabels() {
        Episode episode =
                only(
                        "Title\nMarch 3, 2025\nNotes.\n"
                                + "See [the build log](https://example.org/log) for more.\n"
                                + "Recipe: <https://example.org/recipe>\n");
        assertThat(episode.links())
                .extracting(l -> l.label().orElseThrow(), Link::url)
                .containsExactly(
                        tuple("the build log", "https://example.org/log"),
                        tuple("Recipe", "https://example.org/recipe"));
        assertThat(episode.description().orElseThrow())
                .doesNotContain("[", "](", "<", ">")
                .contains("See", "for more.");
    }

    @Test
    void bareDomainsAreLinksWhenWrittenAsLinksAndWordsWhenNamesOfCompanies() {
        Episode episode =
                only(
                        "Title\n"
                            + "March 3, 2025\n"
                            + "Visit example.com/shop or www.example.org today. We use Fly.io for"
                            + " hosting.\n");
        assertThat(episode.links())
                .extracting(Link::url)
                .containsExactly("example.com/shop", "www.example.org");
        assertThat(episode.description().orElseThrow()).contains("We use Fly.io for hosting.");
    }

    @Test
    void aLoneTimeInProseIsNoChapterButAListIs() {
        Episode prose = only("Title\nMarch 3, 2025\nWe met at 10:30 and left at 11:45.\n");
        assertThat(prose.chapters()).isEmpty();
        assertThat(prose.description()).contains("We met at 10:30 and left at 11:45.");

        Episode list = only("Title\nMarch 3, 2025\nIntro (0:00)\nMain part (4:10)\nOutro (9:30)\n");
        assertThat(list.chapters())
                .extracting(Chapter::title)
                .containsExactly("Intro", "Main part", "Outro");
    }

    @Test
    void anHourLeftOutOfAListIsRepairedAndReported() {
        Page page =
                EpisodePageParser.parse(
                        "Title\nMarch 3, 2025\nChapters:\n00:00 Intro\n"
                                + "20:00 One\n51:00 Two\n06:00 Three\n15:00 Four\n");
        assertThat(page.episodes().get(0).chapters())
                .extracting(c -> c.start().toMinutes())
                .containsExactly(0L, 20L, 51L, 66L, 75L);
        assertThat(page.diagnostics()).extracting(Diagnostic::code).contains("chapter-rollover");
    }

    @Test
    void entitiesAreDecodedAndTwiceEncodedOnesReported() {
        Page page =
                EpisodePageParser.parse(
                        "Tom &amp; Jerry&rsquo;s show\nMarch 3, 2025\n"
                                + "Q&amp;amp;A with listeners.\n");
        Episode episode = page.episodes().get(0);
        assertThat(episode.title()).contains("Tom & Jerry\u2019s show");
        assertThat(episode.description()).contains("Q&A with listeners.");
        assertThat(page.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("double-encoded", 3));
    }
}
