package dev.showpage.json;

import static java.util.Objects.requireNonNull;

import dev.showpage.model.Page;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;

/**
 * Streams pages as JSON Lines: one compact page document per line, each line ending with a line
 * break. Memory use does not grow with the number of pages: each page is written through and
 * nothing of it is kept.
 *
 * <pre>{@code
 * try (JsonLinesWriter lines = new JsonLinesWriter(System.out)) {
 *   for (Path file : files) {
 *     lines.write(EpisodePageParser.parse(file));
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer per stream.
 */
public final class JsonLinesWriter implements Closeable, Flushable {

    private final Writer out;
    private long pages;

    /**
     * Writes UTF-8 to {@code out}; closing this writer closes the stream.
     *
     * @param out the stream to write the lines to
     */
    public JsonLinesWriter(OutputStream out) {
        this(
                new BufferedWriter(
                        new OutputStreamWriter(
                                requireNonNull(out, "out is null"), StandardCharsets.UTF_8)));
    }

    /**
     * Writes to {@code out}; closing this writer closes it.
     *
     * @param out the writer to write the lines to
     */
    public JsonLinesWriter(Writer out) {
        this.out = requireNonNull(out, "out is null");
    }

    /**
     * Writes one page as one line.
     *
     * @param page the page to write
     * @throws UncheckedIOException when writing fails
     */
    public void write(Page page) {
        requireNonNull(page, "page is null");
        try (JsonGenerator g = PageJson.generator(out, false)) {
            PageJsonWriter.write(page, g);
        } catch (JacksonException e) {
            throw PageJson.unchecked(e);
        }
        try {
            out.write('\n');
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        pages++;
    }

    /**
     * How many pages this writer has written.
     *
     * @return the number of pages written so far
     */
    public long pagesWritten() {
        return pages;
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
