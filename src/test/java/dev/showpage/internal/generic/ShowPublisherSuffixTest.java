package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A line "Show - A podcast by Publisher" in the languages of platforms' storefronts: the show and
 * its publisher, a storefront's category after them left out. The texts are made up.
 */
class ShowPublisherSuffixTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Harbour Talk - A podcast by Quay Media|Harbour Talk|Quay Media",
                "Havnesnak - En podcast af Radio Kaj - Søndage|Havnesnak|Radio Kaj",
                "Hamnprat - En podcast av Radio Kaj - Samhälle|Hamnprat|Radio Kaj",
                "Hafenfunk - Ein Podcast von Radio Kai|Hafenfunk|Radio Kai",
                "Havenpraat – Een podcast door Omroep Kade|Havenpraat|Omroep Kade",
                "Cais do Porto - Um podcast da Rádio Cais|Cais do Porto|Rádio Cais",
                "Les Quais - Un podcast de Radio Port - Société|Les Quais|Radio Port"
            })
    void theLineNamesTheShowAndItsPublisher(String line, String show, String publisher) {
        assertThat(ShowPublisherSuffix.of(line))
                .isEqualTo(new ShowPublisherSuffix.Names(show, publisher));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // an episode's page title, the platform's suffix in lower case
                "HT12 - Lamps and ferries - a podcast by Quay Media",
                // a sentence before the dash
                "Why did the lamp go out? - En podcast af Radio Kaj",
                // a measure, not a publisher
                "Havnesnak - En podcast af 10 minutter",
                // no phrase of a publisher
                "Havnesnak - Søndage",
                "Hafenfunk - Ein Gespräch von Radio Kai",
                // a name too long for a show's
                "The Long and Winding Story of the Harbour Lamps - En podcast af Radio Kaj"
            })
    void otherLinesNameNoShow(String line) {
        assertThat(ShowPublisherSuffix.of(line)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Havnesnak - En podcast af Radio Kaj - Søndage|Havnesnak",
                "Hafenfunk - Ein Podcast von Radio Kai|Hafenfunk"
            })
    void aPageNamesItsShowSo(String line, String show) {
        String page =
                "Lamps at Low Tide | "
                        + show
                        + "\n"
                        + line
                        + "\n"
                        + OneEpisodePage.PARAGRAPH
                        + "\n";

        // Line 2 names the show, which line 1, the episode's title, prints too.
        assertThat(EpisodePageParser.parse(page).show()).map(Show::title).contains(show);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Havnesnak - En podcast af Radio Kaj - Søndage|Havnesnak",
                "Warum ich ging – Ein Podcast von Zufall|Warum ich ging"
            })
    void aNameNoOtherLinePrintsIsNoShowInTheOtherLanguages(String line, String name) {
        String page = "Lamps at Low Tide\n" + line + "\n" + OneEpisodePage.PARAGRAPH + "\n";

        // Line 2 alone prints the name: it may be a title ending in the phrase's words.
        assertThat(EpisodePageParser.parse(page).show().map(Show::title).orElse(""))
                .isNotEqualTo(name);
    }
}
