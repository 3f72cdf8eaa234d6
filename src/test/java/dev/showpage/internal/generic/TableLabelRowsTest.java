package dev.showpage.internal.generic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A row of a table's column names is no title, its cells glued or not; the rows under it keep their
 * own reading (a schedule's, a results table's or a news list's rows are no episodes). The rows are
 * made up.
 */
class TableLabelRowsTest {

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
                // The first word as the row's reading parts it: after blanks, before a bar, a
                // tab or a glued capital, with a closing dot or colon.
                "   Date | Title | Duration",
                "Date:\tTitle:\tDuration:",
                "Datum|Titel|Dauer",
                "Nr.TitelDatum",
                "EpisodeTitleDate",
                "Titre: | Date: | Durée:",
                "N°\tTítulo\tFecha",
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

    /**
     * A release line whose date runs into its text keeps its own reading under a header row: no
     * title is read from its glued cells, whatever the header names (a schedule, a results table,
     * an archive).
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {
                // No header over the glued row
                "Harbour Notes; 12 Mar 2024; The lighthouse keepers; ''",
                // A header that names no title column
                "Date Duration Number; 12 Mar 2024; The lighthouse keepers; ''",
                // A schedule's header over its glued row: a concert and its clock time
                "Date | Name | Time; 12 Mar 2025; Concert in the park; 20:00",
                // A results table (Dutch)
                "Datum | Naam | Tijd; 12-03-2025; Regatta aan de kade; 1:02:41",
                // An archive's header over a glued row with its length
                "Pub. DateTitleDuration; 12 Mar 2024; The lighthouse keepers; 00:41:07",
            })
    void aGluedRowKeepsItsReading(String above, String date, String rest, String glued) {
        Page page =
                EpisodePageParser.parse(
                        above
                                + "\n\n"
                                + date
                                + rest
                                + glued
                                + "\n\nMara Quist keeps the lamps of the old harbour and tells"
                                + " us how the ferries found their way.\n");
        assertThat(DatedPages.titles(page)).noneMatch(title -> title.contains(rest));
    }
}
