package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The value of a labelled title field, and episode numbers glued to the title, made up. */
class TitleFieldsAndNumbersTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Episode: Lamps at low tide|Lamps at low tide",
                "Episodio: ¡Ya llegó la niebla!|¡Ya llegó la niebla!",
                "Folge: Nebel über dem Hafen|Nebel über dem Hafen",
                "Titre : Les lampes du port|Les lampes du port",
                "Episode title: The keeper|The keeper",
                "Titolo dell'episodio: Il faro|Il faro",
                "TÍTULO: El faro|El faro",
            })
    void aTitleFieldGivesItsValue(String line, String value) {
        assertThat(TitleText.labelledTitle(line)).isEqualTo(value);
        assertThat(TitleText.withoutTitleLabel(line)).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Episode: 12",
                "Episode:Lamps",
                "Host: Mara Quill",
                "Summary: the keeper explains",
                "12:30 Lamps",
                "Lamps at low tide",
                "Why the episode about lamps: a note",
            })
    void otherLinesAreNoTitleField(String line) {
        assertThat(TitleText.labelledTitle(line)).isNull();
        assertThat(TitleText.withoutTitleLabel(line)).isEqualTo(line);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ep.20-Mara Quill (Harbour Museum)",
                "Ep20: Lamps",
                "EP.7 - Lamps",
                "Folge12 – Nebel",
                "#14-Ivo Brandt",
                "Episodio.9-Ona Lobo",
                "Aflevering3: De vuurtoren",
            })
    void aNumberGluedToItsEpisodeWordOpensATitle(String title) {
        assertThat(EpisodeNumbers.opensWithEpisodeNumber(title)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Epic-20 lamps",
                "Ep.-Lamps",
                "Episode123456-Lamps",
                "Eps20-Lamps",
                "Ep.20",
                "#2024x Lamps",
                "Epilogue: 20 lamps",
            })
    void otherWordsBeforeANumberOpenNoTitle(String title) {
        assertThat(EpisodeNumbers.opensWithEpisodeNumber(title)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"POPULARITY", "ÜBERSICHT", "TENDANCES", "EPISODIOS"})
    void oneWordInCapitalsIsAHeading(String text) {
        assertThat(TitleText.isCapitalsHeading(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NASA", "FAQ", "Popularity", "COVID19", "TWO WORDS", "POP-UP"})
    void shortWordsMixedCaseDigitsAndSignsAreNoHeading(String text) {
        assertThat(TitleText.isCapitalsHeading(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"70 MB", "12,5 Mo", "1.2GB", "300 KB", "4 GiB", "850 bytes"})
    void aSizeAloneIsAFileSize(String text) {
        assertThat(TitleText.isFileSize(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"MB", "70", "70 MB free", "Top 70 MB", ".5 MB", "70 miles", "7 Go Live"})
    void otherLinesAreNoFileSize(String text) {
        assertThat(TitleText.isFileSize(text)).isFalse();
    }
}
