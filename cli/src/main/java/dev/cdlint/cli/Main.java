package dev.cdlint.cli;

import dev.cdlint.lint.Linter;
import dev.cdlint.report.ToolVersion;
import dev.cdlint.source.InputException;
import java.io.PrintWriter;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code cdlint} command: picocli wiring, the default {@code check} subcommand and the exit codes. */
@Command(
        name = "cdlint",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Lints Core Data models that sync through CloudKit (NSPersistentCloudKitContainer) before they"
                + " ship: what the container rejects, what the public database needs, and what production lacks.",
        subcommands = {CheckCommand.class, LogsCommand.class, SchemaCommand.class, FormatCommand.class, RulesCommand.class,
                ExplainCommand.class, CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  cdlint App/Model.xcdatamodeld        lint a model ('check' is implied)",
            "  cdlint check . --against production.ckdb --format xcode",
            "  cdlint schema App/Model.xcdatamodeld --scope public",
            "  cdlint explain relationship-missing-inverse",
            "  cdlint logs sync.log --model App/Model.xcdatamodeld",
            "",
            "Exit codes:",
            "  0  nothing at or above the --fail-on level (default: error)",
            "  1  findings at or above the --fail-on level",
            "  2  bad usage, or unreadable input (the message names file:line:column)",
            "  3  the ./cdlint launcher could not build cdlint",
            "  4  internal error (CDLINT_DEBUG=1 shows the stack trace; please report it)"
        })
public final class Main {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 4;

    private static final Set<String> TOP_LEVEL = Set.of("check", "logs", "schema", "format", "rules", "explain",
            "help", "-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        String[] command = withDefaultCommand(args);
        if (command.length > 0 && command[0].equals("check")) {
            // check reads models and configuration: build their parsers on a second core while picocli starts.
            Thread prepare = new Thread(Linter::prepare, "cdlint-prepare");
            prepare.setDaemon(true);
            prepare.start();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs cdlint as the process would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main())
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(Main::handleException)
                .setParameterExceptionHandler(Main::handleUsageError);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof InputException ? BAD_INPUT : INTERNAL_ERROR);
        return commandLine.execute(withDefaultCommand(args));
    }

    /** {@code cdlint PATH...} means {@code cdlint check PATH...}. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length == 0 || TOP_LEVEL.contains(args[0])) {
            return args;
        }
        String[] withCheck = new String[args.length + 1];
        withCheck[0] = "check";
        System.arraycopy(args, 0, withCheck, 1, args.length);
        return withCheck;
    }

    private static int handleException(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
        PrintWriter err = commandLine.getErr();
        if (e instanceof InputException input) {
            err.println(input.location() + ": error: " + input.getMessage());
            return BAD_INPUT;
        }
        err.println("cdlint: internal error: " + e);
        if (System.getenv("CDLINT_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("cdlint: set CDLINT_DEBUG=1 to see the stack trace, and please report it");
        }
        return INTERNAL_ERROR;
    }

    private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("cdlint: " + e.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        }
        return BAD_INPUT;
    }

    @Command(name = "version")
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cdlint " + ToolVersion.current()};
        }
    }

}
