package dev.showpage.bench;

import dev.showpage.BigPages;
import dev.showpage.cli.CliIo;
import dev.showpage.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The command line's parallel path, warm: {@code convert --jobs N --format jsonl} over a folder of
 * 1,000 copies of the example page, in process, its output dropped. JMH prints conversions of the
 * folder per second and, as the {@code chars} rate, characters converted per second. The whole
 * process (JVM start and JIT warm-up included) is timed by {@code src/bench/cli-vs-python.sh}
 * instead.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
        value = 1,
        jvmArgs = {"-Xms1g", "-Xmx1g"})
@State(Scope.Benchmark)
public class ConvertBenchmark {

    private static final int PAGES = 1_000;

    @Param({"1", "2"})
    public int jobs;

    private Path folder;
    private long pageChars;
    private CliIo io;

    /** Characters converted, reported by JMH as a rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public long chars;

        @Setup(Level.Iteration)
        public void reset() {
            chars = 0;
        }
    }

    @Setup
    public void writePages() throws IOException {
        folder = Files.createTempDirectory("convert-benchmark");
        String page = Files.readString(BigPages.EXAMPLE);
        pageChars = page.length();
        for (int i = 0; i < PAGES; i++) {
            Files.writeString(folder.resolve("page-" + i + ".txt"), page);
        }
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        io = new CliIo(InputStream.nullInputStream(), nowhere, nowhere, false);
    }

    @TearDown
    public void deletePages() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    @Benchmark
    public int convertThousandPages(Processed processed) {
        processed.chars += PAGES * pageChars;
        return Main.run(
                io,
                "convert",
                "--quiet",
                "--jobs",
                String.valueOf(jobs),
                "--format",
                "jsonl",
                folder.toString());
    }
}
