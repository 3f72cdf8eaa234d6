package dev.showpage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A line that opens, in lower case, with the seven languages' "from" or "of the" and holds nothing
 * but a date after it: the second half of a listing's label ("[Sendung] vom ...", "[émission] du
 * ..."), or a directory's "from" before its timestamp. A capital, or words after the date, make it
 * a sentence.
 */
class FromDayLinesTest {

    private static Page parse(String line) {
        return EpisodePageParser.builder()
                .referenceDate(LocalDate.of(2025, 5, 1))
                .build()
                .parsePage(
                        "Der Leuchtturm im Nebel\n" + line + "\nDie Wärterin blieb den Winter.\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "vom 14. Juni 2023;2023-06-14",
                "du 9 février 2022;2022-02-09",
                "del 27 de octubre de 2020;2020-10-27",
                "do 5 de maio de 2019;2019-05-05",
                "van 30 januari 2024;2024-01-30",
                "from 18 July 2021;2021-07-18",
                "from 2022-08-07T19:44:03;2022-08-07",
                "from 2022-08-07T19:44:03.918274;2022-08-07",
                "on 2020-02-29T06:00:00+01:00;2020-02-29",
                "from 2021-11-02;2021-11-02",
            })
    void aLowerCaseFromAndADateAloneDateTheEpisode(String line, String day) {
        Episode episode = parse(line).episodes().get(0);
        assertThat(episode.released()).as(line).contains(LocalDate.parse(day));
        assertThat(episode.title()).as(line).contains("Der Leuchtturm im Nebel");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "Vom 14. Juni 2023 an gilt der neue Fahrplan.",
                "vom 14. Juni 2023 an gilt der neue Fahrplan",
                "from 18 July 2021 to 25 July 2021",
                "from 2022-08-07T19:44:03 until the end of the week",
                "From 2021-11-02 onwards the ferry runs daily.",
                "from 2021",
                "from 1.2.3 to 1.2.4",
                "du 9 au 12 février",
                "van 10:00 tot 17:00",
                "from 2022-08-07Tuesday",
            })
    void otherwiseTheWordsAreProse(String line) {
        assertThat(parse(line).episodes())
                .allSatisfy(e -> assertThat(e.released()).as(line).isEmpty());
    }
}
