package dev.showpage.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.showpage.DateOrder;
import dev.showpage.EpisodePageParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job's options read as the command line's: the same names, values and defaults. */
class ConvertOptionsTest {

    @Test
    void defaultsAreTheCommandLinesAndTheLibrarys() {
        ConvertOptions options = ConvertOptions.parse("--out", "out/pages/", "in", "more/*.txt");

        assertThat(options)
                .isEqualTo(
                        new ConvertOptions(
                                List.of("in", "more/*.txt"),
                                "out/pages/",
                                "out/pages-failures",
                                ConvertOptions.Format.JSONL,
                                "*.txt",
                                null,
                                false,
                                EpisodePageParser.DEFAULT_MAX_INPUT_LENGTH));
    }

    @Test
    void everyOptionIsRead() {
        ConvertOptions options =
                ConvertOptions.parse(
                        "--strict",
                        "-f",
                        "PARQUET",
                        "--date-order",
                        "dmy",
                        "--glob",
                        "*.page",
                        "--max-input-length",
                        "1000",
                        "-o",
                        "o",
                        "--failures",
                        "f",
                        "in");

        assertThat(options)
                .isEqualTo(
                        new ConvertOptions(
                                List.of("in"),
                                "o",
                                "f",
                                ConvertOptions.Format.PARQUET,
                                "*.page",
                                DateOrder.DAY_MONTH_YEAR,
                                true,
                                1000));
        assertThat(options.maxFileBytes()).isEqualTo(4000);
    }

    @Test
    void aBadCommandLineSaysWhatIsWrong() {
        assertThatThrownBy(() -> ConvertOptions.parse("in"))
                .isInstanceOf(ConvertOptions.UsageException.class)
                .hasMessageContaining("--out");
        assertThatThrownBy(() -> ConvertOptions.parse("--out", "o")).hasMessageContaining("INPUT");
        assertThatThrownBy(() -> ConvertOptions.parse("--out", "o", "--format", "json", "in"))
                .hasMessageContaining("jsonl or parquet, not json");
        assertThatThrownBy(() -> ConvertOptions.parse("--out", "o", "--date-order", "dym", "in"))
                .hasMessageContaining("mdy, dmy or ymd, not dym");
        assertThatThrownBy(
                        () -> ConvertOptions.parse("--out", "o", "--max-input-length", "0", "in"))
                .hasMessageContaining("at least 1, not 0");
        assertThatThrownBy(() -> ConvertOptions.parse("--out", "o", "--jobs", "2", "in"))
                .hasMessageContaining("unknown option --jobs");
        assertThatThrownBy(() -> ConvertOptions.parse("in", "--out"))
                .hasMessageContaining("--out needs a value");
    }
}
