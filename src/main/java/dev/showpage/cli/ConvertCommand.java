package dev.showpage.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code convert}: pages to JSON, JSON Lines, chapter files or JSON-LD. */
@Command(
        name = "convert",
        mixinStandardHelpOptions = true,
        description = {
            "Converts scraped show pages to JSON.",
            "One input and no --out: the JSON goes to standard output. --out DIR: one file per "
                    + "input, mirroring the input tree, each written whole or not at all."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every input converted",
            "1:some input failed (the others are still converted)",
            "2:usage error"
        },
        footerHeading = "%nChapter files, for page X.txt and its episode N:%n",
        footer = {
            "  chapters    X.episode-N.chapters.json (Podcasting 2.0 JSON chapters)",
            "  webvtt      X.episode-N.chapters.vtt (WebVTT, <track kind=\"chapters\">)",
            "  ffmetadata  X.episode-N.chapters.ffmetadata (FFmpeg metadata)",
            "  psc         X.episode-N.chapters.psc.xml (Podlove Simple Chapters)",
            "A chapter a file cannot hold (a last one with no known end) is a warning."
        })
final class ConvertCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin PageOptions options;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "PATH",
            description =
                    "Output directory (json, jsonld and the chapter formats) or file (jsonl).")
    Path out;

    @Option(
            names = {"-f", "--format"},
            defaultValue = "json",
            paramLabel = "FORMAT",
            description =
                    "json (the page JSON), jsonl (one JSON Lines stream), jsonld (schema.org), or"
                            + " a chapter file per episode with chapters, below --out: chapters,"
                            + " webvtt, ffmetadata or psc (see below); default: ${DEFAULT-VALUE}.")
    Format format;

    private final CliIo io;

    ConvertCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        InputExpander.Expansion expansion = new InputExpander(options.glob).expand(options.inputs);
        checkUsage(expansion.pages().size());
        Report report = new Report(io, options.quiet, expansion.pages().size());
        expansion.problems().forEach(report::problem);

        List<PageJob> jobs = options.jobs(expansion.pages(), format, io);
        if (format == Format.JSONL) {
            convertToOneStream(jobs, report);
        } else {
            Set<Path> written = new HashSet<>();
            OrderedParallel.run(
                    jobs,
                    options.threads(),
                    outcome -> {
                        report.add(outcome);
                        if (!outcome.failed()) {
                            write(outcome, written, report);
                        }
                    });
        }
        report.summary("converted");
        return report.failed() > 0 ? 1 : 0;
    }

    private void checkUsage(int pages) {
        if (out == null && format != Format.JSONL && pages > 1) {
            throw new ParameterException(
                    spec.commandLine(),
                    "several inputs need --out DIR (or --format jsonl for one stream)");
        }
        if (out == null && format.perEpisode()) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--format " + format.label() + " writes one file per episode: give --out DIR");
        }
        if (out != null && format != Format.JSONL && Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(
                    spec.commandLine(),
                    "--out "
                            + out
                            + " is a file; --format "
                            + format.label()
                            + " needs a directory");
        }
    }

    private void write(Outcome outcome, Set<Path> written, Report report) {
        if (out == null) {
            PrintStream stdout = io.out();
            for (Outcome.Rendered rendered : outcome.outputs()) {
                byte[] bytes = rendered.text().getBytes(StandardCharsets.UTF_8);
                stdout.write(bytes, 0, bytes.length);
            }
            stdout.flush();
            return;
        }
        for (Outcome.Rendered rendered : outcome.outputs()) {
            Path target = outcome.input().output(out, rendered.suffix());
            if (!written.add(target.toAbsolutePath().normalize())) {
                report.writeFailed(
                        outcome.input(),
                        "not written: " + target + " is also the output of an earlier input");
                continue;
            }
            try {
                AtomicFiles.write(target, rendered.text());
            } catch (IOException e) {
                report.writeFailed(
                        outcome.input(), "cannot write " + target + ": " + PageJob.reason(e));
            }
        }
    }

    /** All pages as one JSON Lines stream, to standard output or written whole to --out. */
    private void convertToOneStream(List<PageJob> jobs, Report report) {
        if (out == null) {
            OrderedParallel.run(
                    jobs,
                    options.threads(),
                    outcome -> {
                        report.add(outcome);
                        if (!outcome.failed()) {
                            write(outcome, new HashSet<>(), report);
                        }
                    });
            return;
        }
        try {
            AtomicFiles.write(
                    out,
                    writer ->
                            OrderedParallel.run(
                                    jobs,
                                    options.threads(),
                                    outcome -> {
                                        report.add(outcome);
                                        for (Outcome.Rendered rendered :
                                                outcome.failed()
                                                        ? List.<Outcome.Rendered>of()
                                                        : outcome.outputs()) {
                                            try {
                                                writer.write(rendered.text());
                                            } catch (IOException e) {
                                                throw new java.io.UncheckedIOException(e);
                                            }
                                        }
                                    }));
        } catch (IOException e) {
            report.problem(out + ": cannot write: " + PageJob.reason(e));
        } catch (java.io.UncheckedIOException e) {
            report.problem(out + ": cannot write: " + PageJob.reason(e.getCause()));
        }
    }
}
