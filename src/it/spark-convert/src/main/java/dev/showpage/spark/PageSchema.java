package dev.showpage.spark;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The JSON contract as a Spark SQL type: the page's fields in the contract's order, with its names,
 * so that a row of the Parquet output reads back as the page's JSON ({@code to_json}). Dates are
 * {@code DATE}, every {@code ...Seconds} field and every count a {@code BIGINT}, lists arrays of
 * structs; a value the page does not give is {@code NULL}, as the JSON leaves it out.
 */
public final class PageSchema {

    private PageSchema() {}

    private static final DataType TEXT = DataTypes.StringType;
    private static final DataType NUMBER = DataTypes.LongType;
    private static final DataType POSITION = DataTypes.IntegerType;

    private static DataType list(DataType element) {
        return DataTypes.createArrayType(element);
    }

    /** A link: label, url, kind ({@code twitter}, ..., {@code website}), note. */
    public static final StructType LINK =
            new StructType()
                    .add("label", TEXT)
                    .add("url", TEXT)
                    .add("kind", TEXT)
                    .add("note", TEXT);

    /** A person: name, role ({@code host} or {@code guest}), links. */
    public static final StructType PERSON =
            new StructType().add("name", TEXT).add("role", TEXT).add("links", list(LINK));

    /** A chapter: start and end in seconds, title. */
    public static final StructType CHAPTER =
            new StructType()
                    .add("startSeconds", NUMBER)
                    .add("endSeconds", NUMBER)
                    .add("title", TEXT);

    /** Line and column, from 1. */
    public static final StructType SOURCE =
            new StructType().add("line", POSITION).add("column", POSITION);

    /** An episode, with its people, links, promotions and chapters nested. */
    public static final StructType EPISODE =
            new StructType()
                    .add("rank", POSITION)
                    .add("title", TEXT)
                    .add("show", TEXT)
                    .add("released", DataTypes.DateType)
                    .add("durationSeconds", NUMBER)
                    .add("listeners", NUMBER)
                    .add("description", TEXT)
                    .add("people", list(PERSON))
                    .add("links", list(LINK))
                    .add("promotions", list(new StructType().add("text", TEXT).add("url", TEXT)))
                    .add("chapters", list(CHAPTER))
                    .add("source", SOURCE);

    /** The page's FAQ and the statistics its answers state. */
    public static final StructType FAQ =
            new StructType()
                    .add(
                            "entries",
                            list(new StructType().add("question", TEXT).add("answer", TEXT)))
                    .add("episodeCount", NUMBER)
                    .add("topics", list(TEXT))
                    .add("mostPopularEpisode", TEXT)
                    .add("averageEpisodeSeconds", NUMBER)
                    .add("releaseIntervalSeconds", NUMBER)
                    .add("firstEpisodeDate", DataTypes.DateType);

    /** A diagnostic: severity ({@code warning} or {@code error}), code, line, column, message. */
    public static final StructType DIAGNOSTIC =
            new StructType()
                    .add("severity", TEXT)
                    .add("code", TEXT)
                    .add("line", POSITION)
                    .add("column", POSITION)
                    .add("message", TEXT);

    /** One page, as the JSON contract has it. */
    public static final StructType PAGE =
            new StructType()
                    .add("schemaVersion", POSITION)
                    .add("layout", TEXT)
                    .add(
                            "show",
                            new StructType()
                                    .add("title", TEXT)
                                    .add("publisher", TEXT)
                                    .add("listeners", NUMBER)
                                    .add("episodeCount", NUMBER))
                    .add("heading", TEXT)
                    .add("summary", TEXT)
                    .add("navigation", list(TEXT))
                    .add("episodes", list(EPISODE))
                    .add("faq", FAQ)
                    .add("diagnostics", list(DIAGNOSTIC));
}
