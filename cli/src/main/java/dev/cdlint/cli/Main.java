package dev.cdlint.cli;

import dev.cdlint.report.ControlCharacters;
import dev.cdlint.report.ToolVersion;
import dev.cdlint.source.InputException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
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
            // Each line within the usage width (80): picocli would wrap a longer one at column 0.
            "  2  bad usage, a missing input, an unreadable configuration or schema, or a",
            "     refused output (an unreadable model is a model-unreadable finding instead)",
            "  3  the ./cdlint launcher could not build cdlint, or found no Java to run it",
            "  4  internal error (CDLINT_DEBUG=1 shows the stack trace; please report it),",
            "     or out of memory (the message says how to raise the limit)"
        })
public final class Main {

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL_ERROR = 4;

    /**
     * The subcommands, in the order help lists them. picocli builds a command from its annotations by reflection,
     * which is a good part of a short run's start-up, so a run that names a subcommand builds only that one (a
     * new subcommand is one line here); help, version, usage errors and suggestions build them all.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("check", CheckCommand.class);
        SUBCOMMANDS.put("logs", LogsCommand.class);
        SUBCOMMANDS.put("schema", SchemaCommand.class);
        SUBCOMMANDS.put("format", FormatCommand.class);
        SUBCOMMANDS.put("rules", RulesCommand.class);
        SUBCOMMANDS.put("explain", ExplainCommand.class);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand.class);
    }

    private static final Set<String> TOP_LEVEL_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    public static void main(String[] args) {
        // Work that does not depend on how picocli reads the arguments starts now, on another core.
        ReadAhead.start(withDefaultCommand(args));
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs cdlint as the process would, writing to the given streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String[] command = withDefaultCommand(args);
        return execute(commandLine(command.length > 0 ? command[0] : "", out, err), command, err);
    }

    /**
     * Runs a command line built by {@link #commandLine}. An {@link Error} (out of memory, a stack overflow) is not
     * an {@link Exception}, so picocli lets it through: it ends here with exit 4, like any internal error, instead
     * of a raw stack trace and exit 1, the findings code. Running out of memory is no bug to report but a limit to
     * raise, so it says how, in one line.
     */
    static int execute(CommandLine commandLine, String[] args, PrintWriter err) {
        try {
            return commandLine.execute(args);
        } catch (OutOfMemoryError e) {
            return outOfMemory(e, err);
        } catch (Error e) {
            return internalError(e, err);
        }
    }

    private static int outOfMemory(OutOfMemoryError e, PrintWriter err) {
        long limit = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        long raised = (2 * limit + 255) / 256 * 256; // twice the limit, in whole steps of 256 MB
        err.println("cdlint: ran out of memory at its limit of " + limit + " MB of heap; raise the limit with"
                + " CDLINT_JAVA_OPTS=-Xmx" + raised + "m (the launcher passes it to Java)");
        if (System.getenv("CDLINT_DEBUG") != null) {
            e.printStackTrace(err);
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    /** The command line with the subcommand {@code first} names, or with all of them when it names none. */
    static CommandLine commandLine(String first, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Main());
        boolean one = SUBCOMMANDS.containsKey(first) && !first.equals("help");
        SUBCOMMANDS.forEach((name, command) -> {
            if (!one || name.equals(first)) {
                commandLine.addSubcommand(name, command);
            }
        });
        // After the subcommands are added: picocli hands these settings only to the subcommands it already has.
        commandLine.setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler(Main::handleException)
                .setParameterExceptionHandler(Main::handleUsageError);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof InputException ? BAD_INPUT : INTERNAL_ERROR);
        HelpText.keepFileNamesWhole(commandLine);
        return commandLine;
    }

    /** {@code cdlint PATH...} means {@code cdlint check PATH...}. */
    static String[] withDefaultCommand(String[] args) {
        if (args.length == 0 || SUBCOMMANDS.containsKey(args[0]) || TOP_LEVEL_OPTIONS.contains(args[0])) {
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
            String line = ControlCharacters.escape(input.location().toString()) + ": error: "
                    + ControlCharacters.escape(input.getMessage());
            for (CommandLine.Model.CommandSpec mixin : commandLine.getCommandSpec().mixins().values()) {
                if (mixin.userObject() instanceof ReportOptions reporting) {
                    reporting.reportRunError(input, line);
                    return BAD_INPUT;
                }
            }
            err.println(line);
            return BAD_INPUT;
        }
        return internalError(e, err);
    }

    private static int internalError(Throwable e, PrintWriter err) {
        err.println("cdlint: internal error: " + e);
        if (System.getenv("CDLINT_DEBUG") != null) {
            e.printStackTrace(err);
        } else {
            err.println("cdlint: set CDLINT_DEBUG=1 to see the stack trace, and please report it");
        }
        err.flush();
        return INTERNAL_ERROR;
    }

    private static int handleUsageError(CommandLine.ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("cdlint: " + ControlCharacters.escape(e.getMessage()));
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
