package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The behaviour expected of inputs of {@code testdata/fuzz} that showed a defect which the
 * invariants of {@link FuzzCorpusReplayTest} do not catch by themselves (a wrong column, a damaged
 * line that takes other episodes with it). Each test names its input file and fails if the defect
 * comes back.
 */
class FuzzFindingsTest {

    private static final EpisodePageParser STRICT =
            EpisodePageParser.builder().strict(true).build();

    private static Path input(String name) {
        return Corpus.FUZZ.resolve(name);
    }

    /**
     * Line 4 is "😀 Tide tables: https://": the URL starts at UTF-16 column 17 (the emoji is two
     * code units). {@link dev.showpage.model.SourcePosition} counts UTF-16 code units, so the
     * broken-url error is at 4:17 and its offending text is the URL.
     */
    @Test
    void columnsAfterAnEmojiCountUtf16CodeUnits() {
        String text = Corpus.read(input("emoji-before-error-column.input"));
        String line4 = text.split("\n")[3];
        int urlColumn = line4.indexOf("https://") + 1;
        assertThat(urlColumn).isEqualTo(17);

        Diagnostic lenient =
                EpisodePageParser.parse(text).diagnostics().stream()
                        .filter(d -> d.code().equals("broken-url"))
                        .findFirst()
                        .orElseThrow();
        EpisodePageParseException strict =
                catchThrowableOfType(EpisodePageParseException.class, () -> STRICT.parsePage(text));

        assertThat(lenient.position()).hasToString("4:" + urlColumn);
        assertThat(strict).isNotNull();
        assertThat(strict.column()).isEqualTo(urlColumn);
        assertThat(strict.offendingText()).isEqualTo("https://");
    }

    /**
     * The file is a byte order mark, "ab", the byte 0xFF, "c". The mark is not part of the text
     * (the parser drops it, and every other diagnostic's column on line 1 leaves it out), so the
     * bad byte is at 1:3, and the offending text of the strict exception starts with its U+FFFD.
     */
    @Test
    void invalidUtf8AfterAByteOrderMarkIsAtTheColumnOfTheText() throws IOException {
        Path file = input("bom-then-invalid-utf8-on-line-1.input");

        Diagnostic invalid =
                EpisodePageParser.parse(file).diagnostics().stream()
                        .filter(d -> d.code().equals("invalid-utf8"))
                        .findFirst()
                        .orElseThrow();
        EpisodePageParseException strict =
                catchThrowableOfType(EpisodePageParseException.class, () -> STRICT.parsePage(file));

        assertThat(invalid.message()).contains("byte offset 5"); // the file's offset: right
        assertThat(invalid.position()).hasToString("1:3");
        assertThat(strict).isNotNull();
        assertThat(strict.offendingText()).isEqualTo("\uFFFDc");
    }

    /**
     * Line 5, inside the first card, is prose that starts with "Show more". It damages that card at
     * most: the second card ("Spring launch", lines 9-14) is still an episode, and the first card
     * keeps its listener count.
     */
    @Test
    void showMoreLineInsideACardLeavesTheNextCardAlone() {
        Page page = EpisodePageParser.parse(Corpus.read(input("show-more-line-inside-card.input")));

        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null))
                .containsExactly("Lanterns on the jetty", "Spring launch");
        assertThat(page.episodes().get(0).listeners()).hasValue(1);
    }

    /**
     * Line 5, inside the first card, is "FAQ" alone, and line 6 is the card's "1 Listener". The
     * line does not fit a card: it gets a diagnostic, and it is not joined to the line after it, so
     * the card still ends at line 6 and the second card is an episode of its own.
     */
    @Test
    void faqLineInsideACardIsReportedAndDoesNotSwallowTheNextLine() {
        Page page = EpisodePageParser.parse(Corpus.read(input("faq-line-alone-inside-card.input")));

        assertThat(page.diagnostics()).extracting(Diagnostic::line).contains(5);
        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null))
                .containsExactly("Lanterns on the jetty", "Spring launch");
        Episode first = page.episodes().get(0);
        assertThat(first.listeners()).hasValue(1);
        assertThat(first.description())
                .hasValueSatisfying(d -> assertThat(d).doesNotContain("Listener"));
    }

    /**
     * Line 7 is the ranking heading cut to "Top". That line is damaged, nothing else: the show
     * header (lines 1-4), the navigation (5-6) and the card (lines 10-15) are still read.
     */
    @Test
    void headingCutToTopLosesThatLineOnly() {
        Page page =
                EpisodePageParser.parse(
                        Corpus.read(input("heading-cut-to-top-loses-the-page.input")));

        assertThat(page.show())
                .hasValueSatisfying(show -> assertThat(show.title()).isEqualTo("Database School"));
        assertThat(page.navigation()).contains("All episodes", "Best episodes");
        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null))
                .containsExactly("Lanterns on the jetty");
        assertThat(page.diagnostics()).extracting(Diagnostic::line).doesNotContain(1, 2, 4, 10, 15);
    }

    /**
     * Line 5, inside the first card, is "Top" alone. Like "FAQ" or "Show more" there, it is the
     * card's text (or a diagnostic): the card is not cut in two, and line 6 does not become the
     * title of a card of its own.
     */
    @Test
    void topLineInsideACardLeavesTheCardWhole() {
        Page page = EpisodePageParser.parse(Corpus.read(input("top-line-alone-inside-card.input")));

        assertThat(page.episodes())
                .extracting(e -> e.title().orElse(null))
                .containsExactly("Lanterns on the jetty", "Spring launch");
        Episode first = page.episodes().get(0);
        assertThat(first.listeners()).hasValue(1);
        assertThat(first.description())
                .hasValueSatisfying(
                        d -> assertThat(d).contains("Divers recover a bell from the old church."));
    }

    /**
     * Lines 6-10 and 12-16 are two chapter lists with the same starts; their last titles differ
     * (line 10 "Texting breaks everything", line 16 "Texting ruins everything"). The second is not
     * the first printed twice: the first list is the episode's chapters, and the second stays in
     * the description with a chapter-list-ignored warning at line 13, instead of being dropped with
     * the word "ruins".
     */
    @Test
    void secondChapterListWithOneOtherTitleIsNotDroppedAsARepeat() {
        Page page =
                EpisodePageParser.parse(
                        Corpus.read(input("second-chapter-list-differs-in-one-title.input")));

        Episode episode = page.episodes().get(0);
        assertThat(episode.chapters())
                .extracting(c -> c.title())
                .containsExactly(
                        "Cold open",
                        "The study",
                        "Repair in conversation",
                        "Texting breaks everything");
        assertThat(episode.description())
                .hasValueSatisfying(d -> assertThat(d).contains("52:20 Texting ruins everything"));
        assertThat(page.diagnostics())
                .extracting(Diagnostic::code, d -> d.line())
                .contains(tuple("chapter-list-ignored", 13));
    }

    /**
     * Line 1 is "Cover art for …": the words of an image caption with no name after them. It names
     * no show, so it is not taken as a caption, and its words stay in the page instead of being
     * dropped with the line.
     */
    @Test
    void captionWordsWithoutANameStayInThePage() {
        Page page =
                EpisodePageParser.parse(Corpus.read(input("caption-words-without-a-name.input")));

        assertThat(page.show()).isEmpty();
        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).description())
                .hasValueSatisfying(d -> assertThat(d).startsWith("Cover art for \u2026"));
    }
}
