package dev.showpage.bench;

import dev.showpage.EpisodePageParser;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.internal.grammar.EpisodePageParser.PageContext;
import dev.showpage.model.Page;
import dev.showpage.perf.BigPages;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Where the time of a parse of the example page goes, stage by stage: the generated lexer
 * alone, the lexer and the generated parser (SLL, the tree built, no model), and the whole
 * parse to the model. The builder's share is the difference between the last two. The first
 * two use ANTLR's own char and token streams, so they are a little slower than the parser's
 * own; they bound the stages, they do not time the library's internals exactly.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class StagesBenchmark {

  private String text;

  @Setup
  public void load() throws IOException {
    text = Files.readString(BigPages.EXAMPLE);
  }

  @Benchmark
  public int lex() {
    EpisodePageLexer lexer = new EpisodePageLexer(CharStreams.fromString(text));
    int tokens = 0;
    while (lexer.nextToken().getType() != Token.EOF) {
      tokens++;
    }
    return tokens;
  }

  @Benchmark
  public PageContext lexAndParse() {
    CharStream chars = CharStreams.fromString(text);
    dev.showpage.internal.grammar.EpisodePageParser parser =
        new dev.showpage.internal.grammar.EpisodePageParser(
            new CommonTokenStream(new EpisodePageLexer(chars)));
    parser.removeErrorListeners();
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    return parser.page();
  }

  @Benchmark
  public Page parseToModel() {
    return EpisodePageParser.parse(text);
  }
}
