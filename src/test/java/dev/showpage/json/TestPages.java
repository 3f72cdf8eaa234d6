package dev.showpage.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The project's own test pages with golden files: every {@code testdata/**}{@code /*.txt} but the
 * real pages of {@code testdata/realworld}, whose {@code .json} is a list of facts, not a golden
 * file.
 */
final class TestPages {

    static final Path ROOT = Path.of("testdata");

    /** The real pages with facts, scored by {@code RealWorldConformanceTest}. */
    static final Path REAL_WORLD = ROOT.resolve("realworld");

    private TestPages() {}

    static List<Path> all() {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> !p.startsWith(REAL_WORLD))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code X.json} beside {@code X.txt}. */
    static Path goldenOf(Path page) {
        String name = page.getFileName().toString();
        return page.resolveSibling(name.substring(0, name.length() - ".txt".length()) + ".json");
    }
}
