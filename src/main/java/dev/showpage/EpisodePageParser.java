package dev.showpage;

import static java.util.Objects.requireNonNull;

import dev.showpage.internal.PageReader;
import dev.showpage.internal.session.ParseSettings;
import dev.showpage.model.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Parses the text of a scraped podcast show page into a {@link Page}.
 *
 * <pre>{@code
 * Page page = EpisodePageParser.parse(Path.of("database-school.txt"));
 * for (Episode episode : page.episodes()) {
 *   System.out.println(episode.title().orElse("(untitled)") + " " + episode.released());
 * }
 * }</pre>
 *
 * <p>The static methods use the default settings: numeric dates are month first (day first on a
 * page that writes them all with dots; see {@link Builder#dateOrder(DateOrder)}), and the parse is
 * lenient (problems become {@link Page#diagnostics()}). {@link #builder()} makes a parser with
 * other settings. A parser is immutable and may be shared by any number of threads: every call
 * works on state of its own.
 */
public final class EpisodePageParser {

    private static final EpisodePageParser DEFAULT = builder().build();

    /** The default {@link Builder#maxInputLength(int)}: 64 Mi characters. */
    public static final int DEFAULT_MAX_INPUT_LENGTH = 64 * 1024 * 1024;

    /** The default {@link Builder#maxDiagnostics(int)}. */
    public static final int DEFAULT_MAX_DIAGNOSTICS = 1000;

    private final DateOrder dateOrder;
    private final boolean dateOrderChosen;
    private final Optional<LocalDate> referenceDate;
    private final boolean strict;
    private final int maxInputLength;
    private final int maxDiagnostics;

    private EpisodePageParser(Builder builder) {
        this.dateOrder = builder.dateOrder;
        this.dateOrderChosen = builder.dateOrderChosen;
        this.referenceDate = builder.referenceDate;
        this.strict = builder.strict;
        this.maxInputLength = builder.maxInputLength;
        this.maxDiagnostics = builder.maxDiagnostics;
    }

    /**
     * A builder for a parser with settings other than the defaults.
     *
     * @return a new builder, holding the default settings
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Parses page text with the default settings.
     *
     * @param text the whole text of the page
     * @return the page; problems are among its diagnostics
     */
    public static Page parse(String text) {
        return DEFAULT.parsePage(text);
    }

    /**
     * Reads the whole reader and parses it with the default settings. The reader is not closed.
     *
     * @param reader the text of the page, read to its end
     * @return the page; problems are among its diagnostics
     * @throws IOException when reading fails
     */
    public static Page parse(Reader reader) throws IOException {
        return DEFAULT.parsePage(reader);
    }

    /**
     * Reads a UTF-8 file (a byte order mark is skipped) and parses it with the default settings.
     * Bytes that are not UTF-8 become U+FFFD, with an {@code invalid-utf8} error that names the
     * first one's byte offset.
     *
     * @param file the file holding the text of the page
     * @return the page; problems are among its diagnostics
     * @throws IOException when reading fails
     */
    public static Page parse(Path file) throws IOException {
        return DEFAULT.parsePage(file);
    }

    /**
     * Parses page text with this parser's settings.
     *
     * @param text the whole text of the page
     * @return the page; in lenient mode, problems are among its diagnostics
     * @throws EpisodePageParseException in strict mode, at the first error-severity problem
     */
    public Page parsePage(String text) {
        requireNonNull(text, "text is null");
        return reader().read(text);
    }

    /**
     * Reads the whole reader and parses it with this parser's settings. The reader is not closed.
     *
     * @param reader the text of the page, read to its end
     * @return the page; in lenient mode, problems are among its diagnostics
     * @throws IOException when reading fails
     * @throws EpisodePageParseException in strict mode, at the first error-severity problem
     */
    public Page parsePage(Reader reader) throws IOException {
        requireNonNull(reader, "reader is null");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        // Stop reading one character past the limit: that is enough to refuse the input.
        for (int n; text.length() <= maxInputLength && (n = reader.read(buffer)) != -1; ) {
            text.append(buffer, 0, n);
        }
        return parsePage(text.toString());
    }

    /**
     * Reads a UTF-8 file (a byte order mark is skipped) and parses it with this parser's settings.
     * Bytes that are not UTF-8 are an {@code invalid-utf8} error that names the first one's byte
     * offset: they become U+FFFD and the page is parsed; in strict mode the first error in page
     * order is thrown, this one or one on an earlier line.
     *
     * @param file the file holding the text of the page
     * @return the page; in lenient mode, problems are among its diagnostics
     * @throws IOException when reading fails
     * @throws EpisodePageParseException in strict mode, at the first error-severity problem
     */
    public Page parsePage(Path file) throws IOException {
        requireNonNull(file, "file is null");
        // A UTF-8 character takes at most 4 bytes: a larger file is refused without reading it.
        long size = Files.size(file);
        if (size > 4L * maxInputLength) {
            return reader().tooLarge("the file has " + size + " bytes");
        }
        return reader().read(Files.readAllBytes(file));
    }

    /**
     * Reads UTF-8 bytes from the stream to its end (a byte order mark is skipped) and parses them
     * with this parser's settings, as {@link #parsePage(Path)} reads a file: bytes that are not
     * UTF-8 are an {@code invalid-utf8} error and become U+FFFD. The stream is not closed.
     *
     * @param in the bytes of the page, read to their end
     * @return the page; in lenient mode, problems are among its diagnostics
     * @throws IOException when reading fails
     * @throws EpisodePageParseException in strict mode, at the first error-severity problem
     */
    public Page parsePage(InputStream in) throws IOException {
        requireNonNull(in, "in is null");
        // A UTF-8 character takes at most 4 bytes: one byte more than that is enough to refuse it.
        long limit = 4L * maxInputLength;
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (bytes.length > limit) {
            return reader().tooLarge("the input has more than " + limit + " bytes");
        }
        return reader().read(bytes);
    }

    private PageReader reader() {
        return new PageReader(
                new ParseSettings(
                        dateOrder,
                        dateOrderChosen,
                        referenceDate,
                        strict,
                        maxInputLength,
                        maxDiagnostics));
    }

    /**
     * How this parser reads numeric dates that a page does not settle.
     *
     * @return the date order; {@link DateOrder#MONTH_DAY_YEAR} unless the builder set another (left
     *     unset, a page of the generic layout whose numeric dates all have dots is still read day
     *     first)
     */
    public DateOrder dateOrder() {
        return dateOrder;
    }

    /**
     * The day relative dates ("2 weeks ago") are counted back from.
     *
     * @return the reference date; empty unless the builder set one
     */
    public Optional<LocalDate> referenceDate() {
        return referenceDate;
    }

    /**
     * Whether this parser throws at the first error instead of reporting it.
     *
     * @return {@code true} for a strict parser, {@code false} for a lenient one (the default)
     */
    public boolean isStrict() {
        return strict;
    }

    /** Settings for an {@link EpisodePageParser}. Not thread-safe; the parser it builds is. */
    public static final class Builder {

        private DateOrder dateOrder = DateOrder.MONTH_DAY_YEAR;
        private boolean dateOrderChosen;
        private Optional<LocalDate> referenceDate = Optional.empty();
        private boolean strict;
        private int maxInputLength = DEFAULT_MAX_INPUT_LENGTH;
        private int maxDiagnostics = DEFAULT_MAX_DIAGNOSTICS;

        private Builder() {}

        /**
         * The longest input, in characters, that is parsed; 64 Mi ({@value
         * EpisodePageParser#DEFAULT_MAX_INPUT_LENGTH}) by default. A longer input is not parsed:
         * the page holds one {@code input-too-large} error (thrown in strict mode), so that a
         * runaway dump cannot exhaust memory.
         *
         * @param maxInputLength the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException when the limit is below 1
         */
        public Builder maxInputLength(int maxInputLength) {
            if (maxInputLength < 1) {
                throw new IllegalArgumentException(
                        "maxInputLength must be at least 1: " + maxInputLength);
            }
            this.maxInputLength = maxInputLength;
            return this;
        }

        /**
         * The most diagnostics a page keeps; {@value EpisodePageParser#DEFAULT_MAX_DIAGNOSTICS} by
         * default. Past it, the first ones in page order are kept and a last {@code
         * too-many-diagnostics} warning says how many were left out.
         *
         * @param maxDiagnostics the limit, at least 1
         * @return this builder
         * @throws IllegalArgumentException when the limit is below 1
         */
        public Builder maxDiagnostics(int maxDiagnostics) {
            if (maxDiagnostics < 1) {
                throw new IllegalArgumentException(
                        "maxDiagnostics must be at least 1: " + maxDiagnostics);
            }
            this.maxDiagnostics = maxDiagnostics;
            return this;
        }

        /**
         * The day that relative release dates ("3 days ago", "2 weeks ago") are counted back from,
         * usually the day the page was scraped. Without one (the default) a relative date is
         * reported and the episode has no release date: the parser never reads the clock, so the
         * same page always gives the same result.
         *
         * @param referenceDate the day the page was read
         * @return this builder
         */
        public Builder referenceDate(LocalDate referenceDate) {
            this.referenceDate =
                    Optional.of(requireNonNull(referenceDate, "referenceDate is null"));
            return this;
        }

        /**
         * How to read numeric dates that the page itself does not settle; {@link
         * DateOrder#MONTH_DAY_YEAR} by default. A page whose numeric dates include one that can
         * only be read one way ({@code 17/02/25}) is read that way throughout; otherwise this order
         * is used, and each date that could be read either way is reported as {@code
         * ambiguous-date}. Left unset, a page that writes every numeric date with dots ({@code
         * 04.03.2023}) is read day first, as the languages that write dates so do; an order set
         * here is kept for such pages too.
         *
         * @param dateOrder the order of day, month and year in numeric dates
         * @return this builder
         */
        public Builder dateOrder(DateOrder dateOrder) {
            this.dateOrder = requireNonNull(dateOrder, "dateOrder is null");
            this.dateOrderChosen = true;
            return this;
        }

        /**
         * Whether to throw {@link EpisodePageParseException} at the first error-severity problem
         * instead of returning it among the diagnostics; {@code false} by default.
         *
         * @param strict {@code true} to throw, {@code false} to report problems as diagnostics
         * @return this builder
         */
        public Builder strict(boolean strict) {
            this.strict = strict;
            return this;
        }

        /**
         * A parser with these settings.
         *
         * @return a new parser; later changes to this builder do not affect it
         */
        public EpisodePageParser build() {
            return new EpisodePageParser(this);
        }
    }
}
