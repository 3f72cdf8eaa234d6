package dev.showpage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The pages the reliability tests start from: testdata's pages and the fuzz corpus. */
final class Corpus {

    static final Path TESTDATA = Path.of("testdata");

    /** Inputs that once broke the parser (or show a limit), replayed on every run. */
    static final Path FUZZ = TESTDATA.resolve("fuzz");

    /** The example page of the Goodpods layout. */
    static final Path EXAMPLE = TESTDATA.resolve(Path.of("goodpods", "database-school.txt"));

    /** A page of the corpus: its path relative to the project and its text. */
    record Entry(String name, Path path, String text) {
        @Override
        public String toString() {
            return name;
        }
    }

    private Corpus() {}

    /**
     * Every {@code *.txt} under testdata but the real pages of testdata/realworld (scored by the
     * real-world conformance test; mutating each of them many times would take minutes), and every
     * {@code *.input} in testdata/fuzz, by path.
     */
    static List<Entry> pages() {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(TESTDATA)) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".txt"))
                    .filter(p -> !p.startsWith(TESTDATA.resolve("realworld")))
                    .forEach(paths::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        paths.addAll(fuzzInputs());
        paths.sort(Comparator.comparing(Path::toString));
        List<Entry> entries = new ArrayList<>();
        for (Path path : paths) {
            entries.add(new Entry(path.toString().replace('\\', '/'), path, read(path)));
        }
        return entries;
    }

    /** The {@code *.input} files of testdata/fuzz, by name. */
    static List<Path> fuzzInputs() {
        if (!Files.isDirectory(FUZZ)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(FUZZ)) {
            return list.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".input"))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as UTF-8, with U+FFFD for what is not UTF-8 (as {@code parse(Path)} reads it). */
    static String read(Path path) {
        try {
            return new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String example() {
        return read(EXAMPLE);
    }

    /**
     * The text as a Java string literal body: line breaks, controls, surrogates and everything
     * outside printable ASCII escaped, cut to {@code max} characters.
     */
    static String escape(String text, int max) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c >= 0x20 && c < 0x7F) {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        if (out.length() >= max) {
            out.append("...(").append(text.length()).append(" chars)");
        }
        return out.toString();
    }
}
