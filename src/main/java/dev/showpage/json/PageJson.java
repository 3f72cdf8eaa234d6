package dev.showpage.json;

import static java.util.Objects.requireNonNull;

import dev.showpage.model.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a {@link Page} as the JSON of the published contract and reads it back.
 *
 * <pre>{@code
 * String json = PageJson.toJson(page);         // pretty, ends with a line break
 * Page again = PageJson.fromJson(json);       // equals page
 * }</pre>
 *
 * <p>The field order is fixed and nothing depends on Jackson's defaults, so the same page always
 * gives the same bytes. Dates are ISO-8601 ({@code "2025-02-17"}), every duration and offset is a
 * whole number of seconds in a field whose name ends in {@code Seconds}, a value the page does not
 * give is left out, and an empty list is {@code []}. The JSON Schema of the document is the
 * resource {@value #SCHEMA_RESOURCE}. All methods are thread-safe.
 */
public final class PageJson {

    /** The class-path resource of the JSON Schema (draft 2020-12) every document follows. */
    public static final String SCHEMA_RESOURCE = "/dev/showpage/episode-page.schema.json";

    /** The {@code schemaVersion} this library writes and reads. */
    public static final int SCHEMA_VERSION = PageJsonWriter.SCHEMA_VERSION;

    /**
     * Writing needs only jackson-core's generator; databind's mapper, whose start-up added about
     * 225 ms to a program's first write (0.15 s of a 0.87 s one-page run of the command line), is
     * made on the first read. The caller's writer is flushed, never closed: it is the caller's.
     */
    private static final JsonFactory FACTORY =
            JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /** Compact output: no pretty printer. */
    private static final ObjectWriteContext COMPACT = new ObjectWriteContext.Base();

    /** Two-space indent, "name": value, and [] for an empty list: chosen here, not inherited. */
    private static final ObjectWriteContext PRETTY =
            new ObjectWriteContext.Base() {
                private final DefaultPrettyPrinter printer =
                        new DefaultPrettyPrinter()
                                .withSeparators(
                                        Separators.createDefaultInstance()
                                                .withObjectNameValueSpacing(
                                                        Separators.Spacing.AFTER)
                                                .withObjectEmptySeparator("")
                                                .withArrayEmptySeparator(""))
                                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                                .withArrayIndenter(new DefaultIndenter("  ", "\n"));

                @Override
                public PrettyPrinter getPrettyPrinter() {
                    return printer
                            .createInstance(); // a printer keeps its nesting: one per generator
                }

                @Override
                public boolean hasPrettyPrinter() {
                    return true;
                }
            };

    /** The mapper that reads JSON into a tree, made when first used. */
    private static final class Reading {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    private PageJson() {}

    /**
     * The page as pretty JSON: two-space indent, one field per line, a final line break.
     *
     * @param page the page to write
     * @return the JSON document
     */
    public static String toJson(Page page) {
        StringWriter out = new StringWriter();
        write(page, out, true);
        return out.toString();
    }

    /**
     * The page as JSON on one line, without a final line break.
     *
     * @param page the page to write
     * @return the JSON document
     */
    public static String toCompactJson(Page page) {
        StringWriter out = new StringWriter();
        write(page, out, false);
        return out.toString();
    }

    /**
     * Writes the page to {@code out}, which is flushed but not closed.
     *
     * @param page the page to write
     * @param out where to write the JSON document
     * @param pretty indented with a final line break, or compact on one line
     * @throws UncheckedIOException when writing fails
     */
    public static void write(Page page, Writer out, boolean pretty) {
        requireNonNull(page, "page is null");
        requireNonNull(out, "out is null");
        try (JsonGenerator g = generator(out, pretty)) {
            PageJsonWriter.write(page, g);
        } catch (JacksonException e) {
            throw unchecked(e);
        }
        if (pretty) {
            try {
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Reads a page from JSON that follows the contract.
     *
     * @param json the JSON document
     * @return the page the document describes
     * @throws PageJsonException when the text is not JSON or breaks the contract
     */
    public static Page fromJson(String json) {
        requireNonNull(json, "json is null");
        try {
            return PageJsonReader.read(Reading.MAPPER.readTree(json));
        } catch (JacksonException e) {
            throw new PageJsonException("", "not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads a page from JSON that follows the contract. The reader is not closed.
     *
     * @param json the JSON document
     * @return the page the document describes
     * @throws PageJsonException when the text is not JSON or breaks the contract
     * @throws UncheckedIOException when reading fails
     */
    public static Page fromJson(Reader json) {
        requireNonNull(json, "json is null");
        try {
            return PageJsonReader.read(Reading.MAPPER.readTree(json));
        } catch (JacksonException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new PageJsonException("", "not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Opens the JSON Schema of the contract; the caller closes the stream.
     *
     * @return a new stream of the resource {@value #SCHEMA_RESOURCE}
     * @throws IllegalStateException when the resource is missing from the class path
     */
    public static InputStream openSchema() {
        InputStream schema = PageJson.class.getResourceAsStream(SCHEMA_RESOURCE);
        if (schema == null) {
            throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the class path");
        }
        return schema;
    }

    static JsonGenerator generator(Writer out, boolean pretty) {
        return FACTORY.createGenerator(pretty ? PRETTY : COMPACT, out);
    }

    static UncheckedIOException unchecked(JacksonException e) {
        IOException cause = e.getCause() instanceof IOException io ? io : new IOException(e);
        return new UncheckedIOException(e.getOriginalMessage(), cause);
    }
}
