package dev.showpage.internal.antlr;

import dev.showpage.BigPages;
import dev.showpage.EpisodePageParser;
import dev.showpage.internal.Layouts;
import dev.showpage.internal.grammar.EpisodePageLexer;
import dev.showpage.model.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
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
 * Where the time of a parse of the example page goes, stage by stage, with the parser's own streams
 * (which is why this benchmark lives in the internal package): lexing alone, with the generated
 * lexer (the reference) and with the scanner a parse uses; lexing and parsing (the tree built
 * whole, no model); and the whole parse to the model. The builder's share is the difference between
 * the last two.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 6, time = 3)
@Fork(
        value = 1,
        jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class StagesBenchmark {

    private String text;

    @Setup
    public void load() throws IOException {
        text = Files.readString(BigPages.EXAMPLE);
    }

    @Benchmark
    public int lex() {
        EpisodePageLexer lexer = new EpisodePageLexer(PageChars.of(text));
        WideCharLexerSimulator.install(lexer);
        lexer.setTokenFactory(PageToken.FACTORY);
        TokenWindow tokens = new TokenWindow(lexer, text.length());
        int count = 0;
        while (tokens.get(count).getType() != Token.EOF) {
            count++;
        }
        return count;
    }

    @Benchmark
    public int scan() {
        TokenWindow tokens = new TokenWindow(new PageScanner(PageChars.of(text)), text.length());
        int count = 0;
        while (tokens.get(count).getType() != Token.EOF) {
            count++;
        }
        return count;
    }

    @Benchmark
    public ParserRuleContext lexAndParse() {
        return TwoStageParse.run(
                text, false, stage -> Layouts.of(stage.tokens).parse(stage.parser));
    }

    @Benchmark
    public Page parseToModel() {
        return EpisodePageParser.parse(text);
    }
}
