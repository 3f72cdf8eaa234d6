package dev.showpage.internal.episode;

import static dev.showpage.internal.episode.NotePages.episode;
import static dev.showpage.internal.episode.NotePages.link;
import static dev.showpage.internal.episode.NotePages.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.showpage.model.Diagnostic;
import dev.showpage.model.Episode;
import dev.showpage.model.LinkKind;
import dev.showpage.model.Page;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How {@link NotesReader} reads the links of an episode's notes and the words around them: the
 * label before a URL, on its line or the line above, the note after it, the brackets and stops that
 * are not part of it, bare domains and handles. The notes start on line 14 of a page of {@link
 * NotePages}; each expected value is read from the notes written in the test.
 */
class NotesReaderTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Slides: https://slides.example.org/fog  | Slides       |"
                        + " https://slides.example.org/fog",
                "The harbour log: https://log.example.com | The harbour log |"
                        + " https://log.example.com",
                // A capitalised domain before the colon is the name of what the URL points at.
                "Tidewatch.io: https://tidewatch.io      | Tidewatch.io | https://tidewatch.io",
                "Log: <https://log.example.com>          | Log          | https://log.example.com",
                "[Harbour log](https://log.example.com)  | Harbour log  | https://log.example.com",
            })
    void theWordsBeforeAUrlAreItsLabel(String notes, String label, String url) {
        Episode episode = episode(notes);

        assertThat(episode.links()).containsExactly(link(label, url));
        assertThat(episode.description()).as("label, colon and brackets are no text").isEmpty();
    }

    @Test
    void aLabelStartsAfterTheLastSentenceBoundary() {
        Episode episode = episode("We kept notes. Tide tables: https://tides.example.net/march");

        assertThat(episode.links())
                .containsExactly(link("Tide tables", "https://tides.example.net/march"));
        assertThat(episode.description()).contains("We kept notes.");
    }

    @Test
    void aMarkdownLinkInASentenceLeavesTheSentenceAroundIt() {
        Episode episode =
                episode("See the [harbour log](https://harbour.example.com/log) for times.");

        assertThat(episode.links())
                .containsExactly(link("harbour log", "https://harbour.example.com/log"));
        assertThat(episode.description()).contains("See the for times.");
    }

    static Stream<Arguments> labelsOnTheLineAbove() {
        return Stream.of(
                arguments("Tide tables:\nhttps://tides.example.net/march", "Tide tables", null),
                arguments(
                        "We kept notes. The full tide tables:\nhttps://tides.example.net/march",
                        "The full tide tables",
                        "We kept notes."),
                arguments(
                        "For charts, tides and moons:\nhttps://tides.example.net/march",
                        "For charts, tides and moons",
                        null));
    }

    @ParameterizedTest
    @MethodSource("labelsOnTheLineAbove")
    void aLineEndingInAColonLabelsTheUrlThatStartsTheNextLine(
            String notes, String label, String prose) {
        Episode episode = episode(notes);

        assertThat(episode.links()).containsExactly(link(label, "https://tides.example.net/march"));
        assertThat(episode.description()).isEqualTo(Optional.ofNullable(prose));
    }

    @Test
    void aLabelThatNoUrlTakesStaysInTheText() {
        Episode followedByText = episode("Tide tables:\nWe ran out of time.");
        assertThat(followedByText.links()).isEmpty();
        assertThat(followedByText.description()).contains("Tide tables:\nWe ran out of time.");

        Episode blankLineBetween = episode("Tide tables:\n\nhttps://tides.example.net/march");
        assertThat(blankLineBetween.links())
                .containsExactly(link(null, "https://tides.example.net/march"));
        assertThat(blankLineBetween.description()).contains("Tide tables:");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Read the log at https://harbour.example.com/log.      | Read the log at",
                "Read the log at https://harbour.example.com/log, too. | Read the log at too.",
                "The log (https://harbour.example.com/log) is online.  | The log is online.",
                "Is the log at https://harbour.example.com/log?        | Is the log at",
            })
    void punctuationAfterAUrlIsNotPartOfIt(String notes, String prose) {
        Episode episode = episode(notes);

        assertThat(episode.links()).containsExactly(link(null, "https://harbour.example.com/log"));
        assertThat(episode.description()).contains(prose);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "https://harbour.example.com/log - tide times and weather | | tide times and"
                        + " weather",
                "Log: https://harbour.example.com/log - updated weekly    | Log | updated weekly",
            })
    void wordsAfterADashAfterAUrlAreItsNote(String notes, String label, String note) {
        Episode episode = episode(notes);

        assertThat(episode.links())
                .singleElement()
                .satisfies(
                        link -> {
                            assertThat(link.label()).isEqualTo(Optional.ofNullable(label));
                            assertThat(link.url()).isEqualTo("https://harbour.example.com/log");
                            assertThat(link.note()).contains(note);
                        });
        assertThat(episode.description()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Charts at www.harbourcharts.com every week     | www.harbourcharts.com",
                "Charts at harbourcharts.com every week         | harbourcharts.com",
                "Charts at Harbourcharts.com/march every week   | Harbourcharts.com/march",
            })
    void aDomainWithoutSchemeIsALink(String notes, String url) {
        Episode episode = episode(notes);

        assertThat(episode.links()).containsExactly(link(null, url));
        assertThat(episode.description()).contains("Charts at every week");
    }

    @Test
    void aCapitalisedDomainInASentenceIsAName() {
        Episode episode = episode("We host on Tidewatch.io these days.");

        assertThat(episode.links()).isEmpty();
        assertThat(episode.description()).contains("We host on Tidewatch.io these days.");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Twitter: @idabrenner | Twitter | @idabrenner | TWITTER",
                "X: @idab             | X       | @idab       | TWITTER",
                "GitHub: @idabrenner  | GitHub  | @idabrenner | GITHUB",
                "Bluesky: @ida        | Bluesky | @ida        | BLUESKY",
            })
    void aHandleLabelledWithAPlatformIsALinkOfItsKind(
            String notes, String label, String handle, LinkKind kind) {
        Episode episode = episode(notes);

        assertThat(episode.links()).containsExactly(link(label, handle, kind));
        assertThat(episode.description()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Call sign: @foghorn",
                "LinkedIn: @idabrenner",
            })
    void aHandleLabelledWithAnythingElseIsText(String notes) {
        Episode episode = episode(notes);

        assertThat(episode.links()).isEmpty();
        assertThat(episode.description()).contains(notes);
    }

    @Test
    void aUrlWithoutHostIsReportedAndItsLabelStaysInTheText() {
        Page page = page("Tide tables: https://");

        Episode episode = page.episodes().get(0);
        assertThat(episode.links()).isEmpty();
        assertThat(episode.description()).contains("Tide tables");
        assertThat(page.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::line)
                .containsExactly(tuple("broken-url", 14));
    }

    @Test
    void piecesOfOneLineAreJoinedBySpacesAndLinesByLineBreaks() {
        Episode episode =
                episode(
                        "Fog came in early. Charts: https://charts.example.org then more"
                                + " fog.\nThe horn sounded twice.");

        assertThat(episode.description())
                .contains("Fog came in early. then more fog.\nThe horn sounded twice.");
    }
}
