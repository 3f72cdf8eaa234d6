package dev.showpage.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** The tests' Spark (local mode, two threads, one session for all) and their files. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {}

    /** The session: two worker threads, as the smallest cluster has two executors. */
    static synchronized SparkSession session() {
        if (session == null) {
            session =
                    SparkSession.builder()
                            .master("local[2]")
                            .appName("spark-convert tests")
                            .config("spark.ui.enabled", "false")
                            .config("spark.sql.shuffle.partitions", "2")
                            .getOrCreate();
        }
        return session;
    }

    /** A folder the build passes in as a system property. */
    static Path dir(String property) {
        String value = System.getProperty(property);
        Assertions.assertNotNull(value, "the build sets -D" + property);
        return Path.of(value);
    }

    /**
     * Skips the calling test where the shared reference pages are absent, or fails it under {@code
     * CI=true}, where they must be.
     */
    static void requireShared(Path path) {
        if (Files.exists(path)) {
            return;
        }
        String message = path + " is not here";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(message + " (CI=true: the shared reference files are required)");
        }
        Assumptions.abort(message);
    }

    /** The page files below {@code dir}, in the order of their paths. */
    static List<Path> pages(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the page files below {@code from} to the same places below {@code to}. */
    static void copyPages(Path from, Path to) {
        for (Path page : pages(from)) {
            write(to.resolve(from.relativize(page).toString()), bytes(page));
        }
    }

    /** The part files of a Spark output folder, joined in the order of their names. */
    static byte[] partFiles(Path dir, String suffix) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> parts =
                    files.filter(p -> p.getFileName().toString().startsWith("part-"))
                            .filter(p -> p.getFileName().toString().endsWith(suffix))
                            .sorted()
                            .toList();
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (Path part : parts) {
                all.writeBytes(Files.readAllBytes(part));
            }
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code page} with a byte 0xFF put in at the start of line {@code line}. */
    static byte[] notUtf8(byte[] page, int line) {
        int offset = lineStart(page, line);
        byte[] damaged = new byte[page.length + 1];
        System.arraycopy(page, 0, damaged, 0, offset);
        damaged[offset] = (byte) 0xFF;
        System.arraycopy(page, offset, damaged, offset + 1, page.length - offset);
        return damaged;
    }

    /** The byte offset where line {@code line} (from 1) of {@code page} starts. */
    static int lineStart(byte[] page, int line) {
        int lines = 1;
        for (int i = 0; i < page.length && lines < line; i++) {
            if (page[i] == '\n' && ++lines == line) {
                return i + 1;
            }
        }
        Assertions.assertEquals(1, line, "the page has no line " + line);
        return 0;
    }
}
