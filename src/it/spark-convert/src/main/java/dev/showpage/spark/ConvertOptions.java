package dev.showpage.spark;

import dev.showpage.DateOrder;
import dev.showpage.EpisodePageParser;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's command line, in the words of the command line's {@code convert}: the inputs, where the
 * pages and the failures go, and how pages are parsed. Serializable: the executors get it with the
 * job.
 *
 * @param inputs Hadoop paths or globs: files, or folders searched recursively
 * @param out where the pages go (a folder of part files)
 * @param failures where the pages that failed go, with their paths and diagnostics
 * @param format JSON Lines or Parquet
 * @param glob which files of a folder are pages, matched against file names
 * @param dateOrder how numeric dates are read; {@code null} where not given, for the library's
 *     default (month first, or day first on a page whose numeric dates all have dots)
 * @param strict whether a page with an error-severity diagnostic fails
 * @param maxInputLength the longest page parsed, in characters
 */
public record ConvertOptions(
        List<String> inputs,
        String out,
        String failures,
        Format format,
        String glob,
        DateOrder dateOrder,
        boolean strict,
        int maxInputLength)
        implements Serializable {

    /** What the pages are written as. */
    public enum Format {
        /** One line per page, each the line {@code convert --format jsonl} writes for it. */
        JSONL,
        /** One row per page, typed as the JSON contract ({@link PageSchema}), beside its path. */
        PARQUET
    }

    /** A command line the job cannot run: the message says what is wrong. */
    public static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static final String USAGE =
            "usage: ConvertJob --out PATH [--failures PATH] [--format jsonl|parquet] [--strict]"
                    + " [--date-order mdy|dmy|ymd] [--glob GLOB] [--max-input-length N]"
                    + " INPUT...";

    public ConvertOptions {
        inputs = List.copyOf(inputs);
    }

    /**
     * A file of more bytes than this cannot hold a page the parser reads (a character takes at most
     * four bytes in UTF-8), so it is refused without being read, as {@code
     * EpisodePageParser.parsePage(Path)} refuses it.
     */
    public long maxFileBytes() {
        return 4L * maxInputLength;
    }

    /**
     * Reads the job's arguments.
     *
     * @param args the arguments after the jar (or the main class)
     * @return the options
     * @throws UsageException when an option is unknown, lacks its value or has a bad one, or no
     *     input or no {@code --out} is given
     */
    public static ConvertOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String out = null;
        String failures = null;
        Format format = Format.JSONL;
        String glob = "*.txt";
        DateOrder dateOrder = null;
        boolean strict = false;
        int maxInputLength = EpisodePageParser.DEFAULT_MAX_INPUT_LENGTH;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--strict" -> strict = true;
                case "-o", "--out" -> out = value(args, ++i, arg);
                case "--failures" -> failures = value(args, ++i, arg);
                case "-f", "--format" -> format = format(value(args, ++i, arg));
                case "--glob" -> glob = value(args, ++i, arg);
                case "--date-order" -> dateOrder = dateOrder(value(args, ++i, arg));
                case "--max-input-length" -> maxInputLength = positive(value(args, ++i, arg), arg);
                default -> {
                    if (arg.startsWith("-")) {
                        throw new UsageException("unknown option " + arg);
                    }
                    inputs.add(arg);
                }
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no INPUT: give the pages' folders, files or globs");
        }
        if (out == null) {
            throw new UsageException("no --out PATH: the job writes a folder of part files");
        }
        if (failures == null) {
            failures = out.replaceAll("/+$", "") + "-failures";
        }
        return new ConvertOptions(
                inputs, out, failures, format, glob, dateOrder, strict, maxInputLength);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static Format format(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "jsonl" -> Format.JSONL;
            case "parquet" -> Format.PARQUET;
            default ->
                    throw new UsageException(
                            "--format is jsonl or parquet, not "
                                    + value
                                    + " (one file per page"
                                    + " is the command line's)");
        };
    }

    private static DateOrder dateOrder(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "mdy" -> DateOrder.MONTH_DAY_YEAR;
            case "dmy" -> DateOrder.DAY_MONTH_YEAR;
            case "ymd" -> DateOrder.YEAR_MONTH_DAY;
            default -> throw new UsageException("--date-order is mdy, dmy or ymd, not " + value);
        };
    }

    private static int positive(String value, String option) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, as for a number below 1
        }
        throw new UsageException(option + " must be a whole number of at least 1, not " + value);
    }
}
