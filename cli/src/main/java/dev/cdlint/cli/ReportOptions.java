package dev.cdlint.cli;

import dev.cdlint.finding.Severity;
import dev.cdlint.report.ReportFormat;
import dev.cdlint.report.WorkingDirectory;
import dev.cdlint.source.InputException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --format} and {@code --fail-on}, for the commands that report problems ({@code check}, {@code logs}): a
 * bad value is a usage error, and an error that stops the run is written in the chosen format too.
 */
final class ReportOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text, xcode, json, sarif,"
            + " junit, checkstyle, github or html (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error", description = "Exit with 1 when a"
            + " problem reported is at or above LEVEL: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    ReportFormat format() {
        return ReportFormat.fromId(format).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--format: '" + format + "' is not a format; use one of " + String.join(", ", ReportFormat.ids())));
    }

    Optional<Severity> failLevel() {
        try {
            return Severity.failLevel(failOn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage());
        }
    }

    /**
     * Reports an error that stopped the run in the chosen format too, where its reader looks for one: a GitHub
     * {@code ::error} on standard output beside the plain line, an Xcode line (absolute path) instead of it.
     */
    void reportRunError(InputException error, String plainLine) {
        Optional<ReportFormat> chosen = ReportFormat.fromId(format);
        Optional<String> formatted = chosen.flatMap(f -> f.runError(new WorkingDirectory(Path.of("")),
                error.location(), error.getMessage()));
        PrintWriter err = spec.commandLine().getErr();
        if (formatted.isPresent() && chosen.get() == ReportFormat.GITHUB) {
            spec.commandLine().getOut().println(formatted.get());
            spec.commandLine().getOut().flush();
            err.println(plainLine);
        } else {
            err.println(formatted.orElse(plainLine));
        }
    }
}
