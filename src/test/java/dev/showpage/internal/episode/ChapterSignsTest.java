package dev.showpage.internal.episode;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The values behind the notations: what {@link ChapterTitles#clean} cuts from a title's ends, which
 * words open a transcript line as a speaker's label ({@link TranscriptTimes#speakerLabel}).
 */
class ChapterSignsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Signal flags",
                "} Signal flags",
                "\u3011Signal flags",
                ") - Signal flags",
                "~ Signal flags",
                "> Signal flags",
                "\u00BB Signal flags",
                "\u2192 Signal flags",
                ": Signal flags",
                "Signal flags -",
                "Signal flags {",
                "Signal flags <",
                "Signal flags (",
                "Signal flags |",
            })
    void signsLeftFromTheMarkAreCut(String title) {
        assertThat(ChapterTitles.clean(title)).isEqualTo("Signal flags");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "(Signal) flags",
                "Signal flags (part 2)",
                "\u00BBSignal\u00AB flags",
                "Signal flags >2",
                "\"Signal\" flags",
                "Signal flags!",
            })
    void bracketsQuotesAndSignsOfTheTitleStay(String title) {
        assertThat(ChapterTitles.clean(title)).isEqualTo(title);
    }

    private static final String SPEECH =
            " so we began with the old harbour maps that nobody in town wanted to buy from us";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Jane:|Jane",
                "Speaker 1:|Speaker 1",
                "Marta Ruiz:|Marta Ruiz",
                "Dr. Ines Moreau:|Dr. Ines Moreau",
            })
    void aNameAndItsSpeechOrNothingOpenATranscriptLine(String label, String name) {
        assertThat(TranscriptTimes.speakerLabel(label)).isEqualTo(name);
        assertThat(TranscriptTimes.speakerLabel(label + SPEECH)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Part 1: The harbour",
                "News: the ferry timetable",
                "Q&A",
                "the pier: a history",
                "Signal flags and what they say: a long talk about every flag we could find",
                "A very long label of words: so we began",
            })
    void aTitleWithAColonIsNoSpeakerLine(String title) {
        assertThat(TranscriptTimes.speakerLabel(title)).isNull();
    }
}
