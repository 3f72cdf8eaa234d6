package dev.showpage.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The command line: {@code convert} and {@code validate}.
 *
 * <pre>
 * java -jar episode-page-parser-VERSION-cli.jar convert page.txt
 * java -jar episode-page-parser-VERSION-cli.jar convert --out json/ --jobs 4 dumps/
 * java -jar episode-page-parser-VERSION-cli.jar validate --strict dumps/
 * </pre>
 */
@Command(
        name = "episode-page-parser",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Turns scraped podcast show pages into JSON.",
        subcommands = {ConvertCommand.class, ValidateCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @Spec CommandSpec spec;

    /** Runs the command line and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(CliIo.system(), args));
    }

    /** Runs the command line on the given streams; returns the exit code (0, 1 or 2). */
    public static int run(CliIo io, String... args) {
        CommandLine commandLine = new CommandLine(new Main(), new Factory(io));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(new PrintWriter(io.out(), true, StandardCharsets.UTF_8));
        commandLine.setErr(new PrintWriter(io.err(), true, StandardCharsets.UTF_8));
        commandLine.setParameterExceptionHandler(Main::usageError);
        return commandLine.execute(args);
    }

    /** A usage error: the message and where to find help, not the whole usage text. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(command.getCommandName() + ": " + e.getMessage());
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command: convert or validate");
    }

    /** Gives the commands the run's streams. */
    private static final class Factory implements CommandLine.IFactory {
        private final CliIo io;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        Factory(CliIo io) {
            this.io = io;
        }

        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ConvertCommand.class) {
                return type.cast(new ConvertCommand(io));
            } else if (type == ValidateCommand.class) {
                return type.cast(new ValidateCommand(io));
            }
            return fallback.create(type);
        }
    }

    /** The version from the jar's manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {
                "episode-page-parser " + (version == null ? "(development build)" : version)
            };
        }
    }
}
