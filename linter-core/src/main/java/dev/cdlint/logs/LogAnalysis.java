package dev.cdlint.logs;

import dev.cdlint.report.ToolVersion;
import dev.cdlint.report.WorkingDirectory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The one entry point front ends call for {@code cdlint logs}: reads the logs, diagnoses them, and adds what the
 * model and the production schema say. The front end opens the logs (a file, or standard input), so this
 * package never touches the process's streams.
 */
public final class LogAnalysis {

    /** A log to read: its name for reports, and how to open it. */
    public record Source(Path name, Opener opener) {}

    @FunctionalInterface
    public interface Opener {
        BufferedReader open() throws IOException;
    }

    private LogAnalysis() {}

    /**
     * @param model {@code --model}, or null
     * @param against {@code --against}, or null
     * @throws UncheckedIOException when a log cannot be read; the front end names the log
     */
    public static LogReport analyse(List<Source> logs, Path model, Path against, Path workingDirectory)
            throws IOException {
        ModelEvidence evidence = model == null && against == null ? null : ModelEvidence.read(model, against);
        LogDiagnoser diagnoser = new LogDiagnoser();
        List<Path> names = new ArrayList<>();
        for (Source log : logs) {
            names.add(log.name());
            try (BufferedReader in = log.opener().open()) {
                diagnoser.read(log.name(), in);
            }
        }
        List<Diagnosis> diagnoses = diagnoser.diagnoses();
        if (evidence != null) {
            diagnoses = evidence.explain(diagnoses);
        }
        return new LogReport(ToolVersion.current(), new WorkingDirectory(workingDirectory), names,
                diagnoser.lines(), model, diagnoses);
    }
}
