package dev.showpage.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.showpage.EpisodePageParser;
import dev.showpage.json.PageJson;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Parquet output: typed as the JSON contract, and queried with Spark SQL. */
class ParquetTest {

    @TempDir static Path dir;

    static Path pages;

    @BeforeAll
    static void convertTheProjectsPages() {
        pages = dir.resolve("pages");
        Path testdata = LocalSpark.dir("testdata.dir");
        for (String layout : List.of("goodpods", "generic", "realworld")) {
            LocalSpark.copyPages(testdata.resolve(layout), pages.resolve(layout));
        }
        ConvertJob.Summary summary =
                ConvertJob.run(
                        LocalSpark.session(),
                        ConvertOptions.parse(
                                "--format",
                                "parquet",
                                "--out",
                                dir.resolve("pages.parquet").toString(),
                                pages.toString()));
        assertThat(summary.failed()).isZero();
        LocalSpark.session()
                .read()
                .parquet(dir.resolve("pages.parquet").toString())
                .createOrReplaceTempView("pages");
    }

    /**
     * Release dates and lengths from the date lines of the example page's ten cards (lines 13, 50,
     * 96, 103, 110, 121, 163, 202, 210 and 218: "02/17/25 • 84 min" and so on); chapter counts from
     * the times in their chapter lists (lines 25-44, 65-90, the lists inside lines 97 and 104,
     * 137-160, 174-197 and the list inside line 204; cards 5, 9 and 10 have none).
     */
    @Test
    void sparkSqlReadsTheExamplePagesEpisodes() {
        List<Row> rows =
                LocalSpark.session()
                        .sql(
                                """
                                SELECT e.rank, e.released, e.durationSeconds, size(e.chapters)
                                FROM pages LATERAL VIEW explode(episodes) AS e
                                WHERE path LIKE '%/goodpods/database-school.txt'
                                ORDER BY e.rank
                                """)
                        .collectAsList();

        assertThat(rows)
                .extracting(r -> List.of(r.get(0), r.getDate(1).toLocalDate(), r.get(2), r.get(3)))
                .containsExactly(
                        List.of(1, LocalDate.of(2025, 2, 17), 84 * 60L, 20),
                        List.of(2, LocalDate.of(2024, 10, 14), 81 * 60L, 26),
                        List.of(3, LocalDate.of(2024, 11, 26), 69 * 60L, 15),
                        List.of(4, LocalDate.of(2025, 4, 18), 88 * 60L, 22),
                        List.of(5, LocalDate.of(2024, 6, 20), 51 * 60L, 0),
                        List.of(6, LocalDate.of(2024, 10, 7), 61 * 60L, 24),
                        List.of(7, LocalDate.of(2024, 9, 24), 62 * 60L, 23),
                        List.of(8, LocalDate.of(2024, 6, 13), 86 * 60L, 20),
                        List.of(9, LocalDate.of(2024, 6, 13), 57 * 60L, 0),
                        List.of(10, LocalDate.of(2024, 6, 13), 53 * 60L, 0));
    }

    /**
     * Nothing of the JSON is lost in the typed rows: each row, written back as JSON, is the page's
     * JSON (field for field; the order of an object's fields is the contract's).
     */
    @Test
    void eachRowIsItsPagesJson() throws IOException {
        SparkSession spark = LocalSpark.session();
        Column[] fields =
                Arrays.stream(PageSchema.PAGE.fieldNames())
                        .map(functions::col)
                        .toArray(Column[]::new);
        List<Row> rows =
                spark.table("pages")
                        .select(functions.col("path"), functions.to_json(functions.struct(fields)))
                        .collectAsList();

        List<Path> files = LocalSpark.pages(pages);
        assertThat(rows).hasSize(files.size());
        for (Row row : rows) {
            Path file = Path.of(java.net.URI.create(row.getString(0)));
            String expected = PageJson.toCompactJson(EpisodePageParser.parse(file));
            assertThat(row.getString(1)).as("%s", file).isEqualTo(expected);
        }
    }
}
