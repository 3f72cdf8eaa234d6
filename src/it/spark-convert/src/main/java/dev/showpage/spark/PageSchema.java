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
        return DataTypes.createArrayType(element, false);
    }

    /** A link: label, url, kind ({@code twitter}, ..., {@code website}), note. */
    public static final StructType LINK =
            new StructType()
                    .add("label", TEXT)
                    .add("url", TEXT, false)
                    .add("kind", TEXT, false)
                    .add("note", TEXT);

    /** A person: name, role ({@code host} or {@code guest}), links. */
    public static final StructType PERSON =
            new StructType()
                    .add("name", TEXT, false)
                    .add("role", TEXT, false)
                    .add("links", list(LINK), false);

    /** A chapter: start and end in seconds, title. */
    public static final StructType CHAPTER =
            new StructType()
                    .add("startSeconds", NUMBER, false)
                    .add("endSeconds", NUMBER)
                    .add("title", TEXT, false);

    /** Line and column, from 1. */
    public static final StructType SOURCE =
            new StructType().add("line", POSITION, false).add("column", POSITION, false);

    /** An episode, with its people, links, promotions and chapters nested. */
    public static final StructType EPISODE =
            new StructType()
                    .add("rank", POSITION, false)
                    .add("title", TEXT)
                    .add("show", TEXT)
                    .add("released", DataTypes.DateType)
                    .add("durationSeconds", NUMBER)
                    .add("listeners", NUMBER)
                    .add("description", TEXT)
                    .add("people", list(PERSON), false)
                    .add("links", list(LINK), false)
                    .add(
                            "promotions",
                            list(new StructType().add("text", TEXT, false).add("url", TEXT)),
                            false)
                    .add("chapters", list(CHAPTER), false)
                    .add("source", SOURCE, false);

    /** The page's FAQ and the statistics its answers state. */
    public static final StructType FAQ =
            new StructType()
                    .add(
                            "entries",
                            list(new StructType().add("question", TEXT, false).add("answer", TEXT)),
                            false)
                    .add("episodeCount", NUMBER)
                    .add("topics", list(TEXT), false)
                    .add("mostPopularEpisode", TEXT)
                    .add("averageEpisodeSeconds", NUMBER)
                    .add("releaseIntervalSeconds", NUMBER)
                    .add("firstEpisodeDate", DataTypes.DateType);

    /** A diagnostic: severity ({@code warning} or {@code error}), code, line, column, message. */
    public static final StructType DIAGNOSTIC = PageConverter.DIAGNOSTIC;

    /** One page, as the JSON contract has it. */
    public static final StructType PAGE =
            new StructType()
                    .add("schemaVersion", POSITION, false)
                    .add("layout", TEXT, false)
                    .add(
                            "show",
                            new StructType()
                                    .add("title", TEXT, false)
                                    .add("publisher", TEXT)
                                    .add("listeners", NUMBER)
                                    .add("episodeCount", NUMBER))
                    .add("heading", TEXT)
                    .add("summary", TEXT)
                    .add("navigation", list(TEXT), false)
                    .add("episodes", list(EPISODE), false)
                    .add("faq", FAQ)
                    .add("diagnostics", list(DIAGNOSTIC), false);
}
