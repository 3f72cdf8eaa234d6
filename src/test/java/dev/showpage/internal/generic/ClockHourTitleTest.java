package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import dev.showpage.model.Show;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An edition titled by the hour it aired, the hour's sign glued to the time ("21:00H | 3 MAR 2025 |
 * Show"): the line is the title, kept whole with the show's name in it, since without the name the
 * rest names no episode. The texts are made up.
 */
class ClockHourTitleTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "21:00H | 03 MAR 2025 | Puerto Abierto; Puerto Abierto - Un podcast de Radio Molo",
                "07:30h - 12 oct. 2024 - Les Quais; Les Quais - Un podcast de Radio Port",
                "Porto Aperto | 14:00H | 5 MAG 2025; Porto Aperto - Un podcast di Radio Molo"
            })
    void theHourTitledLineIsTheTitleKeptWhole(String title, String showLine) {
        String page = title + "\n" + showLine + "\n" + OneEpisodePage.PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 1 is the title as printed; line 2 names the show.
        assertThat(OneEpisodePage.onlyTitle(parsed)).isEqualTo(title);
        assertThat(parsed.show()).map(Show::title).isPresent();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // a chapter's time, with a blank before its title
                "21:00 | Lamps at Low Tide",
                // the sign apart from the time: a word of the line, not the hour's sign
                "21:00 h Lamps at Low Tide",
                // another word glued after the time
                "21:00min Lamps at Low Tide"
            })
    void otherTimesKeepTheLineFromBeingATitle(String line) {
        String page = line + "\n" + OneEpisodePage.PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        assertThat(parsed.episodes()).allSatisfy(e -> assertThat(e.title()).isEmpty());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "21:00H | 03 MAR 2025; true",
                "Lunes 3 marzo 2025; true",
                "12 oct. 2024; true",
                "3 mai 2025; true",
                "Lamps at Low Tide; false",
                // a weekday and a number, a month and a year's last digits, a count of hours
                "Friday 13; false",
                "Viernes 13; false",
                "Mai 68; false",
                "Ottobre 77; false",
                "24h; false",
                "48H; false",
                "25:00; false",
                "Episode 12; false",
                "3 Lamps; false",
                "; false"
            })
    void aRestOfDatesAndHoursNamesNoEpisode(String rest, boolean dateOnly) {
        assertThat(DateOnlyTitles.isOne(rest == null ? "" : rest)).isEqualTo(dateOnly);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Harbour Talk - Friday 13; Friday 13",
                "Harbour Talk - Mai 68; Mai 68",
                "Harbour Talk | 24h; 24h",
                "Harbour Talk | Venerdì 17; Venerdì 17"
            })
    void aTitleOfNoFullDateLosesTheShowsName(String line, String title) {
        String page =
                "Harbour Talk\n\n" + line + "\nMarch 3, 2025\n" + OneEpisodePage.PARAGRAPH + "\n";

        Page parsed = EpisodePageParser.parse(page);

        // Line 3 is the title; line 1 names the show, which the title's rest does without.
        assertThat(OneEpisodePage.onlyTitle(parsed)).isEqualTo(title);
    }
}
