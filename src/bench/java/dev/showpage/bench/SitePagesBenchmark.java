package dev.showpage.bench;

import dev.showpage.EpisodePageParser;
import dev.showpage.model.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm, single-thread parse throughput on the real pages of {@code testdata/realworld}: pages from
 * hundreds of sites, nearly all read by the generic layout, which the example page (a Goodpods
 * page) never reaches. Each operation parses the next page in turn, so a measurement averages over
 * the sites; the {@code chars} counter gives characters per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class SitePagesBenchmark {

    private static final Path PAGES = Path.of("testdata/realworld");

    private String[] texts;

    /** Characters processed, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public long chars;
        int next;

        @Setup(Level.Iteration)
        public void reset() {
            chars = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        try (Stream<Path> files = Files.list(PAGES)) {
            List<Path> pages = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            texts = pages.stream().map(SitePagesBenchmark::read).toArray(String[]::new);
        }
        if (texts.length == 0) {
            throw new IllegalStateException("no pages in " + PAGES + ": run from the project root");
        }
    }

    private static String read(Path page) {
        try {
            return Files.readString(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public Page parse(Processed processed) {
        String text = texts[processed.next];
        processed.next = (processed.next + 1) % texts.length;
        processed.chars += text.length();
        return EpisodePageParser.parse(text);
    }
}
