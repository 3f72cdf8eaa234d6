package dev.showpage.internal.generic;

import static dev.showpage.internal.generic.OneEpisodePage.PARAGRAPH;
import static dev.showpage.internal.generic.OneEpisodePage.onlyTitle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A post's byline whose names the copy lost ("Reviews | By , , and"), over its heading: never the
 * episode's title. The pages are made up; the comment before each assertion names the 1-based page
 * lines it reads.
 */
class EmptyBylinesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reviews 12 May 2019 | By , , and",
                "Kritiken 3. März 2021 | Von , und",
                "Critiques | Par , et",
                "Reseñas | Por ,  y",
                "Recensioni | Di , e",
                "By , and",
                "Door , , en"
            })
    void aBylineWithoutItsNamesIsNoTitle(String byline) {
        String page = byline + "\n\nThe Keeper of Lock Nine\n\n" + PARAGRAPH + "\n";

        // Line 1 is the post's byline with its names lost; line 3 is the title.
        assertThat(onlyTitle(EpisodePageParser.parse(page))).isEqualTo("The Keeper of Lock Nine");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Reviews | By Ana Ruiz and Tom Berg",
                "By and By",
                "Stand By Me",
                "Von A bis Z",
                "Par ici",
                "Door en door",
                "By"
            })
    void aBylineWithNamesOrATitleIsNoEmptyByline(String text) {
        assertThat(EmptyBylines.isOne(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "BY , , AND",
                "Reviews | BY ,, And",
                "\tPar et",
                "  Door  , , en  ",
                "Von , und &",
                "Di , E",
                "Por , Y",
                "News \u00B7 Sport | by , , and\u2003",
                "Reviews | Essays | By , and"
            })
    void anEmptyBylineInAnyCaseOrSpacingIsOne(String text) {
        // The test in place before the copy turns none of them away.
        assertThat(EmptyBylines.isOne(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Byline , and",
                "By , and Tom",
                "By , \u0130and",
                "By , \u00C6t",
                "By , an\u0111",
                "\u0392y , and",
                "Par , \u00E9t",
                "Reviews | By , , and | Ana"
            })
    void aByWordTooLongOrAnotherLetterAfterItIsNone(String text) {
        assertThat(EmptyBylines.isOne(text)).isFalse();
    }
}
