package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A row of a table's column names is no title, its cells glued or not; under it, a row whose cells
 * a scraper glued is titled by what follows its date. The rows are made up.
 */
class LabelRowTitlesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Pub. DateTitleDuration",
                "DateTitleDuration",
                "DatumTitelDauer",
                "Date | Title | Duration",
                "Fecha | Título | Duración",
                "DateTitreDurée",
                "Data Titolo Durata",
                "Nr.TitelLaufzeit",
                "Publicatiedatum | Titel | Duur",
                "Data de publicação | Título",
            })
    void aRowOfColumnNamesIsOne(String row) {
        assertThat(TableColumns.labelRow(row)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "No Time",
                "Date Night",
                "Title",
                "Episode Title",
                "Name Your Price",
                "Titre provisoire",
                "Time and Date",
                "The Date",
                "Zeit | Folge",
                "Date Title Duration and more",
                "Dauer",
            })
    void anyOtherLineIsNone(String line) {
        assertThat(TableColumns.labelRow(line)).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                "Pub. DateTitleDuration; 12 Mar 2024; The lighthouse keepers; 00:41:07",
                "DateTitleDuration; March 12, 2024; Lamps at low tide, with Mara Quist; 41:07",
                "Date | Title | Duration; 12 Mar 2024; Les gardiens du phare; 00:41:07",
            })
    void aGluedRowUnderTheHeaderIsTitledAfterItsDate(
            String header, String date, String title, String length) {
        Page page =
                EpisodePageParser.parse(
                        "Every episode of Harbour Notes\n\n"
                                + header
                                + "\n"
                                + date
                                + title
                                + length
                                + "\n\nMara Quist keeps the lamps of the old harbour and tells"
                                + " us how the ferries found their way.\n");
        assertThat(DatedPages.titles(page)).containsExactly(title);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                // No header over the glued row
                "Harbour Notes | 12 Mar 2024 | The lighthouse keepers",
                // A header that names no title column
                "Date Duration Number | 12 Mar 2024 | The lighthouse keepers",
            })
    void aGluedRowWithoutATitleColumnKeepsItsReading(String above, String date, String rest) {
        Page page =
                EpisodePageParser.parse(
                        above
                                + "\n\n"
                                + date
                                + rest
                                + "\n\nMara Quist keeps the lamps of the old harbour and tells"
                                + " us how the ferries found their way.\n");
        assertThat(DatedPages.titles(page)).doesNotContain(rest);
    }
}
