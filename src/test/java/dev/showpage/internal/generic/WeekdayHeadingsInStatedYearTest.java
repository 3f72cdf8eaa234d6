package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Episode;
import dev.showpage.model.Page;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A news item that gives each evening under a heading of its weekday and day, without a year
 * ("Montag, 18. September"), the year in its headline: each evening is dated in that year when its
 * weekday agrees. The items are made up; in 2023, 18 September was a Monday.
 */
class WeekdayHeadingsInStatedYearTest {

    private static Page item(String headline, String first, String second) {
        return EpisodePageParser.parse(
                headline
                        + "\n\n"
                        + first
                        + "\n\n"
                        + "The first evening welcomes a cook who talks about her harbour"
                        + " kitchen.\n\n"
                        + second
                        + "\n\n"
                        + "The second evening welcomes a forester who talks about the dry"
                        + " summer.\n");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Die Gäste vom 18. bis 21. September 2023|Montag, 18. September|Dienstag, 19."
                        + " September",
                "Les invités du 18 au 21 septembre 2023|Lundi 18 septembre|Mardi 19 septembre",
                "Gli ospiti dal 18 al 21 settembre 2023|Lunedì 18 settembre|Martedì 19 settembre",
                "Los invitados del 18 al 21 de septiembre de 2023|Lunes, 18 de septiembre|Martes,"
                        + " 19 de septiembre",
                "This week's guests, September 18 to 21, 2023|Monday, September 18|Tuesday,"
                        + " September 19",
                "Mercoledì e giovedì: gli ospiti, settembre 2023|Mercoledì 20 settembre|Giovedì 21"
                        + " settembre",
                "Die Gäste der Woche, veröffentlicht am 15.09.2023|Montag, 18. September|Dienstag,"
                        + " 19. September",
            })
    void eachHeadingIsDatedInTheHeadlinesYear(String headline, String first, String second) {
        Page page = item(headline, first, second);

        assertThat(page.episodes()).hasSize(2);
        LocalDate firstDay = page.episodes().get(0).released().orElseThrow();
        assertThat(firstDay.getYear()).isEqualTo(2023);
        assertThat(page.episodes().get(1).released()).contains(firstDay.plusDays(1));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // the weekday does not agree with 2024's calendar (18 September 2024 was a
                // Wednesday)
                "Die Gäste vom 18. bis 21. September 2024|Montag, 18. September|Dienstag, 19."
                        + " September",
                "This week's guests, September 18 to 21, 2024|Monday, September 18|Tuesday,"
                        + " September 19",
                // two years in the header: which one is the evenings', it does not say
                "Les invités de 2023, comme en 2022|Lundi 18 septembre|Mardi 19 septembre",
                // a number in the headline that only looks like a year (16 September 2019 was
                // a Monday)
                "Harbour Nights, Folge 2019: die Gäste der Woche|Montag, 16. September|Dienstag,"
                        + " 17. September",
                "Top 2019: the guests of the week|Monday, September 16|Tuesday, September 17",
                // no year at all
                "Los invitados de la semana|Lunes, 18 de septiembre|Martes, 19 de septiembre",
            })
    void noYearThatTheWeekdayAgreesWithGivesNoDate(String headline, String first, String second) {
        Page page = item(headline, first, second);

        assertThat(page.episodes()).extracting(Episode::released).allMatch(Optional::isEmpty);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "Die Gäste vom 18. bis 21. September 2023|18. September|19. September",
                "Los invitados del 18 al 21 de septiembre de 2023|18 de septiembre|19 de"
                        + " septiembre",
            })
    void aHeadingWithoutItsWeekdayGivesNoDate(String headline, String first, String second) {
        Page page = item(headline, first, second);

        assertThat(page.episodes()).extracting(Episode::released).allMatch(Optional::isEmpty);
    }
}
