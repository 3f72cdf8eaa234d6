package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.OneEpisodePage.PARAGRAPH;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An episode's number with its date on a line of its own ("S02 / E05 - 3 March 2022") is a kicker
 * beside the title, never the title. The pages are made up; the comment before each assertion names
 * the 1-based page lines it reads.
 */
class DatedNumberLabelTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "S02 / E05 - 3 March 2022",
                "S3E11 \u2013 12 janvier 2020",
                "E07 | 5 de mayo de 2023",
                "Harbour Talk #87 June 4, 2019",
                "The Canal Radio Hour #112 November 30, 2021",
                "Folge 12 \u00B7 14. Mai 2021",
                "Afl. 7 - 2 juni 2022",
                "Puntata 31 - 5 maggio 2023",
                "Episódio 4, 9 de março de 2020",
                "#41 14.05.2021"
            })
    void aNumberWithItsDateIsALabel(String line) {
        assertThat(DatedNumberLabel.isOne(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "S02 / E05 - Lamps at Low Tide",
                "Harbour Talk #87",
                "#87 Lamps at Low Tide, June 4, 2019",
                "the story of #3 June 4, 2019",
                "Episode 12 - 1984",
                "Episode 12 - Summer 2020",
                "S02 / E05 - 3 March 2022 with Ana Lobo",
                "Lamps at Low Tide June 4, 2019",
                "Our Very Long Show Name Here #87 June 4, 2019"
            })
    void aNumberWithOtherWordsIsNoLabel(String line) {
        assertThat(DatedNumberLabel.isOne(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "S02 / E05 - 3 March 2022",
                "S1E9 \u2013 12 janvier 2020",
                "Harbour Talk #87 June 4, 2019",
                "Het Sluishuis #4 2 juni 2022"
            })
    void theTitleUnderTheLabelIsTheTitle(String label) {
        String page = label + "\n\nLamps at Low Tide, with Keeper Ana Lobo\n\n" + PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the label; line 3 is the title.
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title())
                .contains("Lamps at Low Tide, with Keeper Ana Lobo");
    }

    @ParameterizedTest
    @ValueSource(strings = {"S02 / E05 - 3 March 2022", "Harbour Talk #87 June 4, 2019"})
    void aSentenceUnderTheLabelIsNoTitle(String label) {
        String page = label + "\n\n" + PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the label and line 3 the notes: no line is the title.
        assertThat(parsed.episodes()).hasSize(1);
        assertThat(parsed.episodes().get(0).title()).isEmpty();
    }
}
