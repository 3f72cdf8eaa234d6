package dev.showpage.spark;

import dev.showpage.DateOrder;
import dev.showpage.EpisodePageParser;
import dev.showpage.json.PageJson;
import dev.showpage.model.Diagnostic;
import dev.showpage.model.Page;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Turns each file's bytes into the line {@code convert --format jsonl} writes for it, or into a
 * failure with its reason and diagnostics: the same steps as the command line's, in the same order
 * (UTF-8 or refused, parsed, refused under {@code --strict} when the page has an error).
 *
 * <p>Parsers are immutable and thread-safe, so each executor JVM builds one per setting and every
 * task on it shares that one.
 */
final class PageConverter implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    /** One file's outcome: {@code json} for a page, or {@code reason} for a failure. */
    static final StructType OUTCOME =
            new StructType()
                    .add("path", DataTypes.StringType)
                    .add("json", DataTypes.StringType)
                    .add("reason", DataTypes.StringType)
                    .add("diagnostics", DataTypes.createArrayType(PageSchema.DIAGNOSTIC));

    private static final Map<ParserSettings, EpisodePageParser> PARSERS = new ConcurrentHashMap<>();

    private record ParserSettings(DateOrder dateOrder, int maxInputLength) {}

    private final DateOrder dateOrder;
    private final int maxInputLength;
    private final boolean strict;

    PageConverter(ConvertOptions options) {
        this.dateOrder = options.dateOrder();
        this.maxInputLength = options.maxInputLength();
        this.strict = options.strict();
    }

    /** The one parser of this JVM for these settings: lenient, as the command line's is. */
    static EpisodePageParser parser(DateOrder dateOrder, int maxInputLength) {
        return PARSERS.computeIfAbsent(
                new ParserSettings(dateOrder, maxInputLength),
                s -> {
                    EpisodePageParser.Builder builder =
                            EpisodePageParser.builder().maxInputLength(s.maxInputLength());
                    if (s.dateOrder() != null) {
                        builder.dateOrder(s.dateOrder()); // set only when given, as the CLI does
                    }
                    return builder.build();
                });
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        EpisodePageParser parser = parser(dateOrder, maxInputLength);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                Row file = files.next();
                return convert(parser, file.getString(0), file.getAs(1));
            }
        };
    }

    Row convert(EpisodePageParser parser, String path, byte[] bytes) {
        String text;
        try {
            text = utf8(bytes);
        } catch (NotUtf8 e) {
            // A dump that is not UTF-8 text is not converted: its characters would be guesses.
            return failure(path, "not UTF-8 text (" + e.getMessage() + ")", List.of());
        }
        Page page;
        try {
            page = parser.parsePage(text);
        } catch (RuntimeException e) {
            // One page must not end a job of millions; it is reported with the others.
            return failure(path, "the parser failed: " + e, List.of());
        }
        if (strict && page.hasErrors()) {
            return failure(path, "has errors (--strict)", page.diagnostics());
        }
        return RowFactory.create(path, PageJson.toCompactJson(page), null, new Row[0]);
    }

    static Row failure(String path, String reason, List<Diagnostic> diagnostics) {
        Row[] rows = new Row[diagnostics.size()];
        for (int i = 0; i < rows.length; i++) {
            Diagnostic d = diagnostics.get(i);
            rows[i] =
                    RowFactory.create(
                            d.severity().name().toLowerCase(Locale.ROOT),
                            d.code(),
                            d.line(),
                            d.column(),
                            d.message());
        }
        return RowFactory.create(path, null, reason, rows);
    }

    /** The bytes as UTF-8 text; a byte order mark stays, for the parser to skip. */
    private static String utf8(byte[] bytes) throws NotUtf8 {
        // The JDK's decoder writes U+FFFD for what is not UTF-8: text without one was all UTF-8,
        // and is copied once. Only text with U+FFFD is decoded again, strictly, to tell which.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text;
        }
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            throw new NotUtf8(
                    String.format(
                            "byte 0x%02X at byte offset %d is not UTF-8",
                            bytes[offset] & 0xFF, offset));
        }
        return text;
    }

    private static final class NotUtf8 extends Exception {
        private static final long serialVersionUID = 1L;

        NotUtf8(String message) {
            super(message, null, false, false);
        }
    }
}
