package dev.showpage.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code validate}: parse and report, write nothing; for a CI step that checks dumps. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = "Parses pages and prints their diagnostics; writes no JSON.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:no input has an error-severity diagnostic",
            "1:some input has an error, or could not be read",
            "2:usage error"
        })
final class ValidateCommand implements Callable<Integer> {

    @Mixin PageOptions options;

    private final CliIo io;

    ValidateCommand(CliIo io) {
        this.io = io;
    }

    @Override
    public Integer call() {
        InputExpander.Expansion expansion = new InputExpander(options.glob).expand(options.inputs);
        Report report = new Report(io, options.quiet, expansion.pages().size());
        expansion.problems().forEach(report::problem);
        List<PageJob> jobs = options.jobs(expansion.pages(), null, io);
        OrderedParallel.run(jobs, options.threads(), report::add);
        report.summary("validated");
        return report.failed() > 0 || report.errors() > 0 ? 1 : 0;
    }
}
