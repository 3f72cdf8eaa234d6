package dev.showpage.bench;

import dev.showpage.BigPages;
import dev.showpage.EpisodePageParser;
import dev.showpage.json.PageJson;
import dev.showpage.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm, single-thread parse throughput: the example page and pages of 10 KB, 1 MB and 50 MB built
 * from its cards. Besides operations per second, JMH prints the {@code chars} and {@code lines}
 * counters as rates: characters and lines parsed per second.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// The builder's methods are large: the JIT needs about ten seconds to compile them.
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ParseBenchmark {

    @Param({"example", "10KB", "1MB", "50MB"})
    public String page;

    private String text;
    private int lineCount;

    /** Characters and lines processed, reported by JMH as rates. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public long chars;
        public long lines;

        @Setup(Level.Iteration)
        public void reset() {
            chars = 0;
            lines = 0;
        }
    }

    @Setup
    public void load() throws IOException {
        BigPages pages = BigPages.fromExample();
        text =
                switch (page) {
                    case "example" -> Files.readString(BigPages.EXAMPLE);
                    case "10KB" -> pages.ofAtLeast(10_000);
                    case "1MB" -> pages.ofAtLeast(1_000_000);
                    case "50MB" -> pages.ofAtLeast(50_000_000);
                    default -> throw new IllegalArgumentException(page);
                };
        lineCount = (int) text.chars().filter(c -> c == '\n').count() + 1;
    }

    @Benchmark
    public Page parse(Processed processed) {
        processed.chars += text.length();
        processed.lines += lineCount;
        return EpisodePageParser.parse(text);
    }

    @Benchmark
    public String parseToJson(Processed processed) {
        processed.chars += text.length();
        processed.lines += lineCount;
        return PageJson.toCompactJson(EpisodePageParser.parse(text));
    }
}
