package dev.cdlint.logs;

import dev.cdlint.finding.Severity;
import dev.cdlint.report.Report;
import dev.cdlint.report.WorkingDirectory;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything {@code cdlint logs} found in one run.
 *
 * @param logs the logs read, in order ({@code -} is standard input)
 * @param lines how many log lines were read
 * @param model the model given with {@code --model}, or null
 * @param diagnoses in the order they first appear
 * @param span the first and last time the logs show, when they have dated timestamps
 */
public record LogReport(String toolVersion, WorkingDirectory workingDirectory, List<Path> logs, long lines,
        Path model, List<Diagnosis> diagnoses, Optional<TimeSpan> span) {

    public LogReport {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        logs = List.copyOf(logs);
        diagnoses = List.copyOf(diagnoses);
        Objects.requireNonNull(span, "span");
    }

    public LogReport(String toolVersion, WorkingDirectory workingDirectory, List<Path> logs, long lines, Path model,
            List<Diagnosis> diagnoses) {
        this(toolVersion, workingDirectory, logs, lines, model, diagnoses, Optional.empty());
    }

    public long count(Severity severity) {
        return diagnoses.stream().filter(d -> d.severity() == severity).count();
    }

    /** Whether a diagnosis is at or above the fail level; with no level ({@code never}) nothing fails. */
    public boolean reaches(Optional<Severity> failLevel) {
        return failLevel.map(level -> diagnoses.stream().anyMatch(d -> d.severity().atLeast(level))).orElse(false);
    }

    /** The closing line: "2 problems (1 error, 1 info) in 1 log of 40 lines.", or that there were none. */
    public String summary() {
        String in = " in " + Report.count(logs.size(), "log", "logs") + " of " + Report.count(lines, "line", "lines");
        if (diagnoses.isEmpty()) {
            return "No sync problems found" + in + ".";
        }
        return Report.count(diagnoses.size(), "problem", "problems") + " ("
                + Report.severityCounts(count(Severity.ERROR), count(Severity.WARNING), count(Severity.INFO)) + ")" + in
                + ".";
    }
}
