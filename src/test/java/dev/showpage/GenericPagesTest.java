package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Chapter;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Link;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import dev.showpage.model.Person;
import dev.showpage.model.Role;
import dev.showpage.model.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a user relies on from the generic layout, page by page, for the invented show-note pages in
 * {@code testdata/generic}. Every expected value is written out from the page text (never copied
 * from the parser's output); the comment before each assertion names the 1-based page line(s) it
 * comes from.
 */
class GenericPagesTest {

    private static Page parse(String name) throws IOException {
        return EpisodePageParser.parse(Path.of("testdata/generic", name + ".txt"));
    }

    private static Object[] chapter(int start, int end, String title) {
        return new Object[] {
            Duration.ofSeconds(start), Optional.of(Duration.ofSeconds(end)), title
        };
    }

    private static void assertChapters(Episode episode, Object[]... expected) {
        assertThat(episode.chapters())
                .extracting(Chapter::start, Chapter::end, Chapter::title)
                .containsExactly(
                        Arrays.stream(expected).map(values -> tuple(values)).toArray(Tuple[]::new));
    }

    private static int seconds(int h, int m, int s) {
        return h * 3600 + m * 60 + s;
    }

    private static Page tidewaterPage;
    private static Episode tidewaterEpisode;
    private static Page harbourPage;
    private static Episode harbourEpisode;
    private static Page ledgerPage;
    private static Page linguistPage;
    private static Episode linguistEpisode;

    @BeforeAll
    static void parsePages() throws IOException {
        tidewaterPage = parse("tidewater-makers");
        tidewaterEpisode = tidewaterPage.episodes().get(0);
        harbourPage = parse("harbour-lights");
        harbourEpisode = harbourPage.episodes().get(0);
        ledgerPage = parse("ledger-lines");
        linguistPage = parse("pocket-linguist");
        linguistEpisode = linguistPage.episodes().get(0);
    }

    // tidewater-makers.txt: a WordPress-style post of one episode: long date, "84 min",
    // "Timestamps:" with hours.

    @Test
    void tidewaterIsOneGenericEpisode() {
        assertThat(tidewaterPage.layout()).isEqualTo("generic");
        // Lines 7-35: one post, one episode.
        assertThat(tidewaterPage.episodes()).hasSize(1);
        // Lines 1-5: the blog's name and menu come before the episode.
        assertThat(tidewaterPage.navigation())
                .containsExactly("Tidewater Makers", "Home", "Episodes", "About", "Contact");
        assertThat(tidewaterPage.diagnostics()).isEmpty();
    }

    @Test
    void tidewaterTitleDateAndLength() {
        // Line 7.
        assertThat(tidewaterEpisode.title())
                .contains("Ep. 41: Rebuilding a 1962 Lathe with Ann Ferreira");
        // Line 8: "March 12, 2025".
        assertThat(tidewaterEpisode.released()).contains(LocalDate.of(2025, 3, 12));
        // Line 9: "84 min" on its own line.
        assertThat(tidewaterEpisode.duration()).contains(Duration.ofMinutes(84));
        assertThat(tidewaterEpisode.source().line()).isEqualTo(7);
    }

    @Test
    void tidewaterTimestampsWithHoursEndAtTheNextAndTheLastAtTheLength() {
        // Lines 17-24 under "Timestamps:", "MM:SS - Title" and "H:MM:SS - Title"; the last one
        // ends at line 9's 84 min.
        assertChapters(
                tidewaterEpisode,
                chapter(0, seconds(0, 2, 15), "Intro"),
                chapter(
                        seconds(0, 2, 15),
                        seconds(0, 14, 40),
                        "Buying a lathe from a classified ad"),
                chapter(seconds(0, 14, 40), seconds(0, 31, 5), "Freeing a seized headstock"),
                chapter(seconds(0, 31, 5), seconds(0, 52, 30), "Scraping the ways by hand"),
                chapter(seconds(0, 52, 30), seconds(1, 2, 3), "Tooling on a budget"),
                chapter(seconds(1, 2, 3), seconds(1, 18, 45), "The paper notebook"),
                chapter(seconds(1, 18, 45), 84 * 60, "Listener questions"));
    }

    @Test
    void tidewaterATimeInProseIsNotAChapterAndItsSentenceStaysWithTheEntityDecoded() {
        // Line 15: "we met at 10:30" is prose; "&amp;" reads as "&".
        assertThat(tidewaterEpisode.chapters())
                .extracting(Chapter::title)
                .noneMatch(title -> title.contains("Sunday"));
        assertThat(tidewaterEpisode.description().orElseThrow())
                .contains(
                        "Fun fact: we met at 10:30 on a Sunday morning at the Harbor Flea & Swap,"
                                + " both reaching for the same box of collets.");
        // Lines 11-13: the notes' own prose.
        assertThat(tidewaterEpisode.description().orElseThrow())
                .startsWith("Ann Ferreira runs a two-person machine shop in a converted boathouse")
                .contains("Thanks for listening! New episodes every other Wednesday.") // line 35
                .doesNotContain("https://", "00:00", "Instagram:");
    }

    @Test
    void tidewaterFollowAnnIsTheGuestWithHerLinks() {
        // Line 26 "Follow Ann:" and lines 27-28; her full name from lines 7 and 11.
        assertThat(tidewaterEpisode.people())
                .extracting(Person::name, Person::role)
                .containsExactly(tuple("Ann Ferreira", Role.GUEST));
        assertThat(tidewaterEpisode.people().get(0).links())
                .extracting(l -> l.label().orElse(null), Link::url, Link::kind)
                .containsExactly(
                        tuple(
                                "Instagram",
                                "https://instagram.com/annferreira.makes",
                                LinkKind.INSTAGRAM),
                        tuple("Website", "https://annferreira.example.com", LinkKind.WEBSITE));
    }

    @Test
    void tidewaterLinksWithLabelBareAndWithTheSentencesFullStopLeftOut() {
        assertThat(tidewaterEpisode.links())
                .extracting(l -> l.label().orElse(null), Link::url)
                .containsExactly(
                        // Line 31: "Label: URL".
                        tuple(
                                "Restoration forum thread",
                                "https://forum.example.org/t/1962-lathe/8812"),
                        // Line 32: a URL after words with no colon.
                        tuple(null, "https://files.example.com/collet-chart.pdf"),
                        // Line 33: the full stop ends the sentence, not the URL.
                        tuple(null, "https://tidewatermakers.example.com/posts/lathe-41"));
    }

    // harbour-lights.txt: an Apple-style episode page: an HTML entity in the title, the date
    // printed twice with a weekday, "56 mins 21 secs", title-first chapters with blank lines
    // between them.

    @Test
    void harbourIsOneGenericEpisode() {
        assertThat(harbourPage.layout()).isEqualTo("generic");
        // Line 6 repeats line 5's date: still one episode.
        assertThat(harbourPage.episodes()).hasSize(1);
        // Lines 1-2: the show's header.
        assertThat(harbourPage.navigation())
                .containsExactly("Harbour Lights", "Stories from the edge of the map");
    }

    @Test
    void harbourTitleWithItsEntityDecodedDateAndLength() {
        // Line 4: "&rsquo;" is a right single quotation mark.
        assertThat(harbourEpisode.title()).contains("The Keeper\u2019s Daughter");
        // Lines 5-6: "Tuesday Aug 27, 2024".
        assertThat(harbourEpisode.released()).contains(LocalDate.of(2024, 8, 27));
        // Line 7: "56 mins 21 secs" on its own line.
        assertThat(harbourEpisode.duration()).contains(Duration.ofSeconds(56 * 60 + 21));
        assertThat(harbourEpisode.source().line()).isEqualTo(4);
    }

    @Test
    void harbourTitleFirstChaptersSeparatedByBlankLines() {
        // Lines 15-23, "Title (M:SS)", one every other line; the last ends at line 7's length.
        assertChapters(
                harbourEpisode,
                chapter(42, 6 * 60 + 15, "Arriving on the rock"),
                chapter(6 * 60 + 15, 19 * 60 + 30, "The foghorn years"),
                chapter(19 * 60 + 30, 31 * 60 + 50, "School by radio"),
                chapter(31 * 60 + 50, 44 * 60 + 5, "Relief keepers and comics"),
                chapter(44 * 60 + 5, 56 * 60 + 21, "Leaving"));
        // Line 15: a first chapter at 0:42 is worth a warning, not an error.
        assertThat(harbourPage.diagnostics())
                .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple(Severity.WARNING, "chapter-late-start", 15));
    }

    @Test
    void harbourProseKeepsTheEmojiAndReadsTheNoBreakSpaceAsASpace() {
        String description = harbourEpisode.description().orElseThrow();
        // Line 10: "11\u00A0miles", and the wave emoji at its end.
        assertThat(description)
                .contains(
                        "Nell Ashworth grew up on a rock 11 miles off the coast, where the nearest"
                            + " neighbour was a seal colony and school came over the radio twice a"
                            + " week. \uD83C\uDF0A");
        // Line 11 and line 29.
        assertThat(description)
                .contains("She talks about the foghorn that ran her childhood,")
                .contains("Harbour Lights is made by Kestrel Audio. Music by Tomasz Reyes.")
                .doesNotContain("(0:42)", "https://");
    }

    @Test
    void harbourWhereToFindNellIsTheGuestWithHerLinks() {
        // Line 25 "Where to find Nell:", lines 26-27; her full name from line 10.
        assertThat(harbourEpisode.people())
                .extracting(Person::name, Person::role)
                .containsExactly(tuple("Nell Ashworth", Role.GUEST));
        assertThat(harbourEpisode.people().get(0).links())
                .extracting(l -> l.label().orElse(null), Link::url, Link::kind)
                .containsExactly(
                        tuple("Website", "https://nellashworth.example.com", LinkKind.WEBSITE),
                        tuple(
                                "Bluesky",
                                "https://bsky.app/profile/nellashworth.example.com",
                                LinkKind.BLUESKY));
        // Line 30.
        assertThat(harbourEpisode.links())
                .extracting(l -> l.label().orElse(null), Link::url)
                .containsExactly(tuple("Write to us", "https://harbourlights.example.org/contact"));
    }

    // ledger-lines.txt: a Podbean-style listing: "December 31, 2024 • 25 mins" release lines,
    // "• (M:SS) Title" chapters with no heading, and a twice-escaped entity.

    @Test
    void ledgerThreeEpisodesWithTitleDateAndLength() {
        assertThat(ledgerPage.layout()).isEqualTo("generic");
        // Lines 1 and 4: the show's name printed twice.
        assertThat(ledgerPage.show())
                .hasValueSatisfying(s -> assertThat(s.title()).isEqualTo("Ledger Lines"));
        assertThat(ledgerPage.episodes())
                .extracting(
                        e -> e.title().orElse(null),
                        e -> e.released().orElse(null),
                        e -> e.duration().orElse(null))
                .containsExactly(
                        // Lines 7-8.
                        tuple(
                                "Closing the year without panic",
                                LocalDate.of(2024, 12, 31),
                                Duration.ofMinutes(25)),
                        // Lines 17-18.
                        tuple(
                                "Payroll for your first employee",
                                LocalDate.of(2024, 12, 17),
                                Duration.ofMinutes(41)),
                        // Lines 27-28.
                        tuple(
                                "Receipts, photos and the shoebox",
                                LocalDate.of(2024, 12, 3),
                                Duration.ofMinutes(33)));
        assertThat(ledgerPage.episodes())
                .extracting(e -> e.source().line())
                .containsExactly(7, 17, 27);
    }

    @Test
    void ledgerBulletedChaptersWithoutAHeading() {
        // Lines 10-14; the last ends at line 8's 25 mins.
        assertChapters(
                ledgerPage.episodes().get(0),
                chapter(0, 145, "Intro"),
                chapter(145, 490, "Unmatched bank lines"),
                chapter(490, 875, "Stock counts"),
                chapter(875, 1260, "Deposits and retainers"),
                chapter(1260, 1500, "The forgotten invoice"));
        // Lines 20-24; the last ends at line 18's 41 mins.
        assertChapters(
                ledgerPage.episodes().get(1),
                chapter(0, 210, "Intro"),
                chapter(210, 765, "Registering as an employer"),
                chapter(765, 1520, "Choosing a pay date"),
                chapter(1520, 2165, "Records to keep"),
                chapter(2165, 2460, "Listener question"));
        // Lines 29-30: no times.
        assertThat(ledgerPage.episodes().get(2).chapters()).isEmpty();
    }

    @Test
    void ledgerATwiceEscapedEntityIsDecodedAndReported() {
        // Line 9: "P&amp;amp;L".
        assertThat(ledgerPage.episodes().get(0).description())
                .hasValueSatisfying(
                        d ->
                                assertThat(d)
                                        .contains(
                                                "from unmatched bank lines and a messy P&L to the"
                                                        + " one invoice")
                                        .doesNotContain("&amp;"));
        assertThat(ledgerPage.diagnostics())
                .extracting(Diagnostic::severity, Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple(Severity.WARNING, "double-encoded", 9));
    }

    @Test
    void ledgerLabelledLinksStayWithTheirEpisodes() {
        // Line 15.
        assertThat(ledgerPage.episodes().get(0).links())
                .extracting(l -> l.label().orElse(null), Link::url)
                .containsExactly(
                        tuple(
                                "Year-end checklist",
                                "https://ledgerlines.example.com/checklists/year-end"));
        // Line 25.
        assertThat(ledgerPage.episodes().get(1).links())
                .extracting(l -> l.label().orElse(null), Link::url)
                .containsExactly(
                        tuple(
                                "Guest notes from Dalia Moreno",
                                "https://dmoreno-payroll.example.net/first-hire"));
        // Line 30.
        assertThat(ledgerPage.episodes().get(2).links())
                .extracting(l -> l.label().orElse(null), Link::url)
                .containsExactly(tuple("Ask us a question", "https://ledgerlines.example.com/ask"));
        // Nobody has a "Follow X:" group on this page.
        assertThat(ledgerPage.episodes()).allSatisfy(e -> assertThat(e.people()).isEmpty());
    }

    // pocket-linguist.txt: a European web player's episode page, saved with CRLF line ends: "1 h 6
    // min • 16/12/2025", numbered "N. M:SS Title" chapters under "Chapters", and bare URLs under
    // "Where to find X:".

    @Test
    void linguistThePageReallyHasCrlfLineEnds() throws IOException {
        String text =
                Files.readString(
                        Path.of("testdata/generic/pocket-linguist.txt"), StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContain("\r\r");
    }

    @Test
    void linguistIsOneGenericEpisode() {
        assertThat(linguistPage.layout()).isEqualTo("generic");
        assertThat(linguistPage.episodes()).hasSize(1);
        // Lines 1-6: the player's menu and the show's name.
        assertThat(linguistPage.navigation())
                .containsExactly(
                        "Accueil",
                        "Rechercher",
                        "Votre biblioth\u00e8que",
                        "The Pocket Linguist",
                        "\u00c9pisode");
        assertThat(linguistPage.diagnostics()).isEmpty();
    }

    @Test
    void linguistTitleAndALengthBeforeADayFirstDate() {
        // Line 8.
        assertThat(linguistEpisode.title()).contains("Why every language has a word for \"huh\"");
        // Line 9: "16/12/2025" can only be day first.
        assertThat(linguistEpisode.released()).contains(LocalDate.of(2025, 12, 16));
        // Line 9: "1 h 6 min".
        assertThat(linguistEpisode.duration()).contains(Duration.ofMinutes(66));
        assertThat(linguistEpisode.source().line()).isEqualTo(8);
    }

    @Test
    void linguistNumberedChaptersWithHours() {
        // Lines 18-24, "N. time title"; the numbers are not part of the titles; the last ends at
        // line 9's 1 h 6 min.
        assertChapters(
                linguistEpisode,
                chapter(0, 105, "Cold open"),
                chapter(105, 570, "Meet Tamsin"),
                chapter(570, seconds(0, 24, 10), "The \"huh\" study"),
                chapter(seconds(0, 24, 10), seconds(0, 38, 55), "Repair in conversation"),
                chapter(seconds(0, 38, 55), seconds(0, 52, 20), "The half-second gap"),
                chapter(seconds(0, 52, 20), seconds(1, 1, 40), "Texting breaks everything"),
                chapter(seconds(1, 1, 40), 66 * 60, "What we got wrong"));
    }

    @Test
    void linguistWhereToFindTamsinGroupsBareUrls() {
        // Line 26 "Where to find Tamsin:", lines 27-28; her full name from line 14.
        assertThat(linguistEpisode.people())
                .extracting(Person::name, Person::role)
                .containsExactly(tuple("Tamsin Okoro", Role.GUEST));
        assertThat(linguistEpisode.people().get(0).links())
                .extracting(Link::url, Link::kind)
                .containsExactly(
                        tuple("https://tamsinokoro.example.org", LinkKind.WEBSITE),
                        tuple(
                                "https://bsky.app/profile/tamsinokoro.example.org",
                                LinkKind.BLUESKY));
        // Lines 30 and 32.
        assertThat(linguistEpisode.links())
                .extracting(l -> l.label().orElse(null), Link::url)
                .containsExactly(
                        tuple(
                                "The study we talk about",
                                "https://journal.example.org/articles/huh-2013"),
                        tuple(
                                "Send us a voice note",
                                "https://pocketlinguist.example.com/voicemail"));
    }

    @Test
    void linguistDescriptionKeepsBothParagraphsWithoutCarriageReturns() {
        // Lines 14-15, read without their CR.
        assertThat(linguistEpisode.description())
                .hasValueSatisfying(
                        d ->
                                assertThat(d)
                                        .contains(
                                                "Linguist Tamsin Okoro joins to explain why nearly"
                                                    + " every language on Earth has a short word"
                                                    + " that means \"what did you say?\", and why"
                                                    + " it sounds so similar everywhere.\n"
                                                    + "We also get into repair in conversation, the"
                                                    + " half-second gap between turns, and why text"
                                                    + " messages break all of it.")
                                        // Line 31: text with no URL stays in the notes.
                                        .contains("Producer: Wren Halvorsen")
                                        .doesNotContain("\r", "https://", "1:45"));
    }
}
