package dev.cdlint.cli;

import dev.cdlint.finding.Severity;
import dev.cdlint.report.ReportFormat;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code --format} and {@code --fail-on} as every reporting command reads them: a bad value is a usage error. */
final class ReportOptions {

    private ReportOptions() {}

    static ReportFormat format(CommandSpec spec, String id) {
        return ReportFormat.fromId(id).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "--format: '" + id + "' is not a format; use one of " + String.join(", ", ReportFormat.ids())));
    }

    static Optional<Severity> failLevel(CommandSpec spec, String failOn) {
        try {
            return Severity.failLevel(failOn);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--fail-on: " + e.getMessage());
        }
    }
}
