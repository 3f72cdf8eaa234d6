package dev.showpage.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages that fail go to the failures output with their path, the reason and the diagnostics; no
 * page is dropped: every file is a page written or a failure.
 */
class FailuresTest {

    /** A card whose chapter list has a time that cannot exist: line 15, "15:75". */
    static final String ERROR_PAGE =
            """
            Harbour Lights Radio
            Saltmarsh Audio Co.

            3 Listeners
            All episodes
            Top 1 Harbour Lights Radio Episodes
            A weekly walk along the quay.

            Crossing the bar
            Harbour Lights Radio
            02/24/25 • 45 min
            The pilot boat guides a freighter over the sandbar.
            Chapters:
            00:00 - Casting off
            15:75 - The fog bank
            30:00 - Home

            1 Listener
            """;

    /** The same page without the bad time: warnings at most, no error. */
    static final String GOOD_PAGE = ERROR_PAGE.replace("15:75", "15:45");

    @Test
    void strictErrorsUnreadableBytesAndTooLargeFilesAreFailures(@TempDir Path dir) {
        Path pages = dir.resolve("pages");
        byte[] example =
                LocalSpark.bytes(
                        LocalSpark.dir("testdata.dir").resolve("goodpods/database-school.txt"));
        LocalSpark.write(pages.resolve("a-good.txt"), GOOD_PAGE.getBytes(StandardCharsets.UTF_8));
        LocalSpark.write(pages.resolve("b-error.txt"), ERROR_PAGE.getBytes(StandardCharsets.UTF_8));
        LocalSpark.write(
                pages.resolve("c-not-utf8.txt"),
                LocalSpark.notUtf8(GOOD_PAGE.getBytes(StandardCharsets.UTF_8), 12));
        // 16 KB: more than four bytes for each of the 2,000 characters allowed.
        LocalSpark.write(pages.resolve("d-example.txt"), example);
        LocalSpark.write(pages.resolve("e-not-a-page.html"), example);

        ConvertJob.Summary summary =
                ConvertJob.run(
                        LocalSpark.session(),
                        ConvertOptions.parse(
                                "--strict",
                                "--max-input-length",
                                "2000",
                                "--out",
                                dir.resolve("out").toString(),
                                "--failures",
                                dir.resolve("failed").toString(),
                                pages.toString()));

        assertThat(summary).isEqualTo(new ConvertJob.Summary(1, 3));
        String written =
                new String(
                        LocalSpark.partFiles(dir.resolve("out"), ".txt"), StandardCharsets.UTF_8);
        assertThat(written.lines()).singleElement().asString().contains("\"Crossing the bar\"");

        List<Row> failures =
                LocalSpark.session()
                        .read()
                        .json(dir.resolve("failed").toString())
                        .orderBy("path")
                        .collectAsList();
        int badByte = LocalSpark.lineStart(GOOD_PAGE.getBytes(StandardCharsets.UTF_8), 12);
        assertThat(failures)
                .extracting(r -> fileName(r.getAs("path")), r -> r.<String>getAs("reason"))
                .containsExactly(
                        tuple("b-error.txt", "has errors (--strict)"),
                        tuple(
                                "c-not-utf8.txt",
                                "not UTF-8 text (byte 0xFF at byte offset "
                                        + badByte
                                        + " is not UTF-8)"),
                        tuple(
                                "d-example.txt",
                                "too large: "
                                        + example.length
                                        + " bytes, more than the 8000 that a page of 2000"
                                        + " characters can take; not read"));
        List<Row> diagnostics = failures.get(0).getList(failures.get(0).fieldIndex("diagnostics"));
        assertThat(diagnostics)
                .extracting(d -> d.getAs("severity"), d -> d.getAs("code"), d -> d.getAs("line"))
                .contains(tuple("error", "invalid-timestamp", 15L));
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
