package dev.showpage.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.lit;

import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;

/**
 * Converts folders of show pages on an Apache Spark cluster: each file read whole, parsed on an
 * executor, and written as JSON Lines (the command line's {@code convert --format jsonl} lines) or
 * as Parquet typed by the JSON contract; every page that fails goes, with its path, reason and
 * diagnostics, to a separate JSON Lines output.
 *
 * <pre>
 * spark-submit --class dev.showpage.spark.ConvertJob spark-convert-VERSION-job.jar \
 *     --format parquet --out pages.parquet hdfs:///crawl/2026-12/
 * </pre>
 */
public final class ConvertJob {

    private ConvertJob() {}

    /** What a run did: pages written and pages that failed. */
    public record Summary(long pages, long failed) {}

    /**
     * Runs the job with the session {@code spark-submit} (or {@code spark.master}) gives, and exits
     * 0 when every page was converted, 1 when some failed (the others are still written), 2 on a
     * usage error.
     *
     * @param args the options and inputs ({@link ConvertOptions#parse(String...)})
     */
    public static void main(String[] args) {
        ConvertOptions options;
        try {
            options = ConvertOptions.parse(args);
        } catch (ConvertOptions.UsageException e) {
            System.err.println("ConvertJob: " + e.getMessage());
            System.err.println(ConvertOptions.USAGE);
            System.exit(2);
            return;
        }
        SparkSession spark =
                SparkSession.builder().appName("episode-page-parser convert").getOrCreate();
        Summary summary;
        try {
            summary = run(spark, options);
        } catch (Exception e) {
            // Spark throws AnalysisException, a checked exception, without declaring it: an
            // input that does not exist or an output that does. The user's to fix, so the
            // message, not a stack trace.
            if (!(e instanceof AnalysisException)) {
                throw e;
            }
            System.err.println("ConvertJob: " + e.getMessage());
            System.exit(1);
            return;
        } finally {
            spark.stop();
        }
        System.err.printf(
                "converted %d pages, %d failed (%s)%n",
                summary.pages(), summary.failed(), options.failures());
        System.exit(summary.failed() > 0 ? 1 : 0);
    }

    /**
     * Converts the pages the options name and writes the two outputs.
     *
     * @param spark the session to run in
     * @param options what to read, how to parse it, and where to write
     * @return how many pages were written and how many failed
     */
    public static Summary run(SparkSession spark, ConvertOptions options) {
        Dataset<Row> files =
                spark.read()
                        .format("binaryFile")
                        .option("pathGlobFilter", options.glob())
                        .option("recursiveFileLookup", "true")
                        .load(options.inputs().toArray(String[]::new));

        // The length filter is applied to each file's status before its content is read, so a
        // file too large to be a page is never loaded into an executor's memory.
        Column fits = col("length").leq(options.maxFileBytes());
        Dataset<Row> outcomes =
                files.filter(fits)
                        .select("path", "content")
                        .mapPartitions(
                                new PageConverter(options), Encoders.row(PageConverter.OUTCOME))
                        .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> tooLarge = tooLarge(files.filter(functions.not(fits)), options);
            Dataset<Row> pages = outcomes.filter(col("json").isNotNull());
            Dataset<Row> failures =
                    outcomes.filter(col("json").isNull())
                            .select("path", "reason", "diagnostics")
                            .unionByName(tooLarge);

            write(pages, options);
            failures.orderBy("path").write().json(options.failures());

            Row counts =
                    outcomes.agg(
                                    functions.count(col("json")).as("pages"),
                                    functions.count(col("reason")).as("failed"))
                            .first();
            return new Summary(counts.getLong(0), counts.getLong(1) + tooLarge.count());
        } finally {
            outcomes.unpersist();
        }
    }

    /** The failures of the files too large to read: path, reason, no diagnostics. */
    private static Dataset<Row> tooLarge(Dataset<Row> files, ConvertOptions options) {
        String limit =
                " bytes, more than the "
                        + options.maxFileBytes()
                        + " that a page of "
                        + options.maxInputLength()
                        + " characters can take; not read";
        Column reason = concat(lit("too large: "), col("length").cast("string"), lit(limit));
        Column noDiagnostics =
                functions.array().cast(PageConverter.OUTCOME.apply("diagnostics").dataType());
        return files.select(col("path"), reason.as("reason"), noDiagnostics.as("diagnostics"));
    }

    private static void write(Dataset<Row> pages, ConvertOptions options) {
        switch (options.format()) {
            case JSONL ->
                    // In path order: the part files, read in order, are the command line's one
                    // stream over the same folder.
                    pages.orderBy("path").select("json").write().text(options.out());
            case PARQUET ->
                    pages.select(
                                    col("path"),
                                    from_json(
                                                    col("json"),
                                                    PageSchema.PAGE,
                                                    Map.of("mode", "FAILFAST"))
                                            .as("page"))
                            .select("path", "page.*")
                            .write()
                            .parquet(options.out());
        }
    }
}
