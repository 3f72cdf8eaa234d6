package dev.showpage.cli;

import dev.showpage.EpisodePageParser;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The options {@code convert} and {@code validate} share: what to read and how to parse it. */
final class PageOptions {

    @Parameters(
            arity = "1..*",
            paramLabel = "INPUT",
            description =
                    "A page file, a directory (searched recursively), or - for standard input.")
    List<String> inputs;

    @Option(
            names = "--glob",
            defaultValue = "*.txt",
            paramLabel = "GLOB",
            description = "Which files of a directory are pages (default: ${DEFAULT-VALUE}).")
    String glob;

    @Option(
            names = "--date-order",
            paramLabel = "ORDER",
            description =
                    "How to read numeric dates: mdy, dmy or ymd (default: mdy, or dmy on a page"
                            + " that writes all its numeric dates with dots).")
    DateOrderOption dateOrder;

    @Option(names = "--strict", description = "An error-severity diagnostic fails its input.")
    boolean strict;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    Integer jobs;

    @Option(
            names = {"-j", "--jobs"},
            paramLabel = "N",
            description = "Pages parsed in parallel (default: the number of processors).")
    void setJobs(int jobs) {
        if (jobs < 1) {
            throw new ParameterException(
                    spec.commandLine(), "--jobs must be at least 1, not " + jobs);
        }
        this.jobs = jobs;
    }

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar and no summary; diagnostics are still printed.")
    boolean quiet;

    /** One job per page, sharing one parser with these options. */
    List<PageJob> jobs(List<PageInput> pages, Format format, CliIo io) {
        EpisodePageParser.Builder builder = EpisodePageParser.builder();
        if (dateOrder != null) {
            builder.dateOrder(dateOrder.order);
        }
        EpisodePageParser parser = builder.build();
        return pages.stream()
                .map(page -> new PageJob(page, parser, format, strict, io.in()))
                .toList();
    }

    int threads() {
        return jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
    }
}
