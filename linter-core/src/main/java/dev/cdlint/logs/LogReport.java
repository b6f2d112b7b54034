package dev.cdlint.logs;

import dev.cdlint.finding.Severity;
import dev.cdlint.report.Report;
import dev.cdlint.report.WorkingDirectory;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * @param cuts where messages longer than cdlint holds were cut, one per log that had any
 * @param leftOut how many sightings of new problems were not kept because the logs named too many distinct ones
 * @param span the first and last time the logs show, when they have dated timestamps
 */
public record LogReport(String toolVersion, WorkingDirectory workingDirectory, List<Path> logs, long lines,
        Path model, List<Diagnosis> diagnoses, List<Cut> cuts, long leftOut, Optional<TimeSpan> span) {

    /**
     * Messages of one log cut because they reached the length cdlint holds (1 MiB): what follows a cut is read as a
     * new message, so an error that spans it may be missed.
     *
     * @param line the line of the first cut
     * @param count how many cuts the log had
     */
    public record Cut(Path log, int line, long count) {}

    public LogReport {
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        logs = List.copyOf(logs);
        diagnoses = List.copyOf(diagnoses);
        cuts = List.copyOf(cuts);
        Objects.requireNonNull(span, "span");
    }

    /** A report of logs read whole, without dated lines. */
    public LogReport(String toolVersion, WorkingDirectory workingDirectory, List<Path> logs, long lines, Path model,
            List<Diagnosis> diagnoses) {
        this(toolVersion, workingDirectory, logs, lines, model, diagnoses, List.of(), 0, Optional.empty());
    }

    /** What a reader must know about how the logs were read: cut messages, problems left out; empty when none. */
    public List<String> readingNotes(WorkingDirectory directory) {
        List<String> notes = new ArrayList<>();
        for (Cut cut : cuts) {
            notes.add(directory.display(new SourceLocation(cut.log(), cut.line(), 0)) + ": "
                    + (cut.count() == 1 ? "a message longer than 1 MiB was cut here"
                            : cut.count() + " messages longer than 1 MiB were cut, the first here")
                    + "; the text after a cut was read as a new message.");
        }
        if (leftOut > 0) {
            notes.add(leftOut + " sightings of further problems were not kept: the logs name more than "
                    + DiagnosisTally.MAX_PROBLEMS + " distinct problems.");
        }
        return notes;
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
