package dev.showpage.spark;

import static dev.showpage.spark.LocalSpark.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job's JSON Lines are the command line's: for the same folder, {@code convert --format jsonl}
 * and the job give the same line for every page, and the job's part files, read in order, are the
 * command line's stream byte for byte.
 */
class JsonLinesTest {

    @Test
    void theProjectsPagesGiveTheCommandLinesLines(@TempDir Path dir) {
        Path pages = dir.resolve("pages");
        Path testdata = LocalSpark.dir("testdata.dir");
        for (String layout : List.of("goodpods", "generic", "realworld")) {
            LocalSpark.copyPages(testdata.resolve(layout), pages.resolve(layout));
        }
        // The command line refuses it, and writes no line for it; the job must too.
        Path damaged = pages.resolve("damaged/not-utf8.txt");
        byte[] example = bytes(testdata.resolve("goodpods/database-school.txt"));
        LocalSpark.write(damaged, LocalSpark.notUtf8(example, 15));

        assertSameLinesAsTheCommandLine(pages, dir.resolve("out"), List.of(damaged));

        int offset = LocalSpark.lineStart(example, 15);
        List<Row> failures =
                LocalSpark.session()
                        .read()
                        .json(dir.resolve("out-failures").toString())
                        .collectAsList();
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0).<String>getAs("path")).endsWith("/damaged/not-utf8.txt");
        assertThat(failures.get(0).<String>getAs("reason"))
                .isEqualTo("not UTF-8 text (byte 0xFF at byte offset " + offset + " is not UTF-8)");
    }

    @Test
    void theSharedRealWorldPagesGiveTheCommandLinesLines(@TempDir Path dir) {
        Path realworld = LocalSpark.dir("realworld.dir");
        LocalSpark.requireShared(realworld);
        Path pages = dir.resolve("pages");
        LocalSpark.copyPages(realworld, pages);

        assertSameLinesAsTheCommandLine(pages, dir.resolve("out"), List.of());
    }

    private static void assertSameLinesAsTheCommandLine(Path pages, Path out, List<Path> refused) {
        ConvertJob.Summary summary =
                ConvertJob.run(
                        LocalSpark.session(),
                        ConvertOptions.parse("--out", out.toString(), pages.toString()));
        CommandLineRun cli =
                CommandLineRun.of("convert", "--format", "jsonl", "--quiet", pages.toString());

        List<Path> converted = new ArrayList<>(LocalSpark.pages(pages));
        converted.removeAll(refused);
        assertThat(cli.exit()).as(cli.err()).isEqualTo(refused.isEmpty() ? 0 : 1);
        assertThat(summary).isEqualTo(new ConvertJob.Summary(converted.size(), refused.size()));

        byte[] job = LocalSpark.partFiles(out, ".txt");
        String[] jobLines = new String(job, StandardCharsets.UTF_8).split("\n", -1);
        String[] cliLines = new String(cli.out(), StandardCharsets.UTF_8).split("\n", -1);
        assertThat(jobLines).hasSize(converted.size() + 1); // and the empty rest after the last
        assertThat(cliLines).hasSize(converted.size() + 1);
        for (int i = 0; i < converted.size(); i++) {
            assertThat(jobLines[i])
                    .as("line %d, %s", i + 1, converted.get(i))
                    .isEqualTo(cliLines[i]);
        }
        assertThat(job).isEqualTo(cli.out());
    }
}
