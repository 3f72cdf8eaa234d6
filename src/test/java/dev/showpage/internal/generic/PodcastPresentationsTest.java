package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The show's name where the page's prose presents it as a podcast, printed at the page's top or
 * quoted at the start of its first paragraph.
 */
class PodcastPresentationsTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Todo esto me llevó a Mar de Fondo un podcast con dos amigas.|Mar de Fondo",
                "Harbour Talk is a weekly podcast about ships and the sea.|Harbour Talk",
                "Harbour Talk  is  a  podcast  about ships.|Harbour Talk",
                "So it began.  The podcast Harbour Talk was made in a shed.|Harbour Talk",
                "So kam es zu Hafenfunk, ein Podcast über Schiffe.|Hafenfunk",
                "Radio du Port est un podcast de la ville.|Radio du Port",
                "O podcast Porto Vivo é produzido por uma equipa pequena.|Porto Vivo",
                "Ogni settimana una storia. Il podcast Voci del Porto la racconta.|Voci del Porto",
                "Dit is Havenpraat, een podcast met verhalen uit de haven.|Havenpraat"
            })
    void aSentencePresentsTheNameAsAPodcast(String text, String name) {
        assertThat(PodcastPresentations.presents(text, name)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                // a person over a role noun: "podcast" is part of another word
                "Mara Quill, a podcast host from Leeds, joins us.|Mara Quill",
                "Jan de Vries, de podcastmaker, vertelt.|Jan de Vries",
                // the name is spoken of, not presented
                "We talked about Harbour Talk and the sea for an hour.|Harbour Talk",
                "Harbour Talk is the best thing on radio.|Harbour Talk",
                // a podcast named before another name
                "In the podcast we met Mara Quill on the quay.|Mara Quill",
                "In the podcast Mara Quill tells of the sea.|Mara Quill",
                "Ook de podcast Havenpraat komt aan bod.|Havenpraat",
                // part of a longer word
                "Harbour Talking is a podcast about ships.|Harbour Talk"
            })
    void otherSentencesPresentNothing(String text, String name) {
        assertThat(PodcastPresentations.presents(text, name)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "'Mar de Fondo’ es un podcast de una radio que te explica el día.|Mar de Fondo",
                "« Radio du Port » est un podcast sur la vie du port.|Radio du Port",
                "„Hafenfunk“ ist ein Podcast über Schiffe und Menschen.|Hafenfunk",
                "\"Harbour Talk\" is a podcast by two sailors.|Harbour Talk"
            })
    void aQuotedNameOpensAPresentation(String text, String name) {
        assertThat(PodcastPresentations.quotedAtStart(text)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "'Mar de Fondo’ es lo que escuchamos cada día en la radio.",
                "\"Harbour Talk\" was the name of my grandfather's boat.",
                "“too long a name to be any show's name at all” is a podcast.",
                "Harbour Talk is a podcast about ships."
            })
    void otherOpeningsPresentNoQuotedName(String text) {
        assertThat(PodcastPresentations.quotedAtStart(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "¡Mar de Fondo!|Todo esto me llevó a ¡Mar de Fondo! un podcast con dos amigas que"
                        + " hablan de la vida y de sus cosas cada semana.",
                "Porto Vivo|O podcast Porto Vivo é produzido por uma equipa pequena de jornalistas"
                        + " da cidade.",
                "Havenpraat|Zo ontstond Havenpraat, een podcast over de mensen die in de haven"
                        + " werken en wonen."
            })
    void aHeadingThePageDescribesAsAPodcastIsTheShowNotTheTitle(String heading, String prose) {
        Page page =
                EpisodePageParser.parse(
                        heading
                                + "\n\nA first paragraph that says how the author came to record"
                                + " this and what the weeks were like.\n\n"
                                + prose
                                + "\n");

        assertThat(page.show().map(Show::title)).isEqualTo(Optional.of(heading));
        assertThat(page.episodes().get(0).title()).isNotEqualTo(Optional.of(heading));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "'Mar de Fondo’ es un podcast de una radio que te explica el día, cada mañana con"
                        + " una periodista.|La vida en el puerto, con Ana Ruiz",
                "„Hafenfunk“ ist ein Podcast über Schiffe, jede Woche mit einem Gast aus dem"
                        + " Hafen.|Warum Schiffe nachts lauter sind, mit Ana Ruiz"
            })
    void theTitleStandsUnderTheShowsPresentation(String presentation, String title) {
        Page page =
                EpisodePageParser.parse(
                        presentation
                                + "\n"
                                + title
                                + "\nHoy hablamos con una capitana sobre las noches en el puerto y"
                                + " el ruido de los motores.\n");

        assertThat(page.episodes()).hasSize(1);
        assertThat(page.episodes().get(0).title()).isEqualTo(Optional.of(title));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Mara Quill|Mara Quill, a podcast host from Leeds, tells how she started.",
                "Harbour Talk|We talked about Harbour Talk and the sea for an hour or more.",
                "Mara Quill|In the podcast Mara Quill tells how she started sailing on the old"
                        + " harbour boats.",
                "Jan de Vries|Bij de podcast Jan de Vries vertelt hij over zijn jaren op zee en"
                        + " in de haven."
            })
    void aHeadingNotPresentedAsAPodcastNamesNoShow(String heading, String prose) {
        Page page =
                EpisodePageParser.parse(
                        heading
                                + "\n\nA first paragraph that says how the author came to record"
                                + " this and what the weeks were like.\n\n"
                                + prose
                                + "\n");

        assertThat(page.show().map(Show::title)).isNotEqualTo(Optional.of(heading));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "Episode 12: Knots with Lena|\"Deep Roots\", a podcast by Lena Ford, turns five"
                        + " this year. We ask Lena how it began.|Deep Roots",
                "Folge 8: Segeln mit Ana|„Hafenfunk“ ist ein Podcast von Ana Ruiz, den es seit"
                        + " drei Jahren gibt. Wir fragen sie, wie alles anfing.|Hafenfunk"
            })
    void aPodcastQuotedUnderTheEpisodesTitleIsTheGuestsNotTheShow(
            String title, String prose, String quoted) {
        Page page = EpisodePageParser.parse(title + "\n\n" + prose + "\n");

        assertThat(page.show().map(Show::title)).isNotEqualTo(Optional.of(quoted));
    }
}
