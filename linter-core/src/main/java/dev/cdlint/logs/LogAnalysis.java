package dev.cdlint.logs;

import dev.cdlint.report.ToolVersion;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.report.WorkingDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    public record Source(Path name, Opener opener) {

        /** A log file. */
        public static Source file(Path file) {
            return new Source(file, () -> lenientUtf8(Files.newInputStream(file)));
        }

        /** A stream, such as standard input, under the name reports give it. */
        public static Source stream(Path name, InputStream in) {
            return new Source(name, () -> lenientUtf8(in));
        }
    }

    @FunctionalInterface
    public interface Opener {
        /** The log's text; the reader buffers it itself. */
        Reader open() throws IOException;
    }

    private LogAnalysis() {}

    /**
     * @param model {@code --model}, or null
     * @param against {@code --against}, or null
     * @throws InputException when a log, the model or the schema cannot be read
     */
    public static LogReport analyse(List<Source> logs, Path model, Path against, Path workingDirectory) {
        return analyse(logs, model, against, WiringEvidence.NONE, workingDirectory);
    }

    /**
     * @param wiring where the app's Info.plist and entitlements are about the wiring diagnoses: what the wiring
     *     checks read from the repository {@code --model} names, or {@link WiringEvidence#NONE}
     * @throws InputException when a log, the model or the schema cannot be read
     */
    public static LogReport analyse(List<Source> logs, Path model, Path against, WiringEvidence wiring,
            Path workingDirectory) {
        ModelEvidence evidence = model == null && against == null ? null : ModelEvidence.read(model, against);
        LogDiagnoser diagnoser = new LogDiagnoser();
        List<Path> names = new ArrayList<>();
        for (Source log : logs) {
            names.add(log.name());
            try (Reader in = log.opener().open()) {
                diagnoser.read(log.name(), in);
            } catch (NoSuchFileException e) {
                throw new InputException(SourceLocation.ofFile(log.name()), "no such file");
            } catch (IOException e) {
                throw new InputException(SourceLocation.ofFile(log.name()), "cannot read the log: " + IoReasons.of(e),
                        e);
            }
        }
        List<Diagnosis> diagnoses = diagnoser.diagnoses();
        if (evidence != null) {
            diagnoses = evidence.explain(diagnoses);
        }
        diagnoses = wiring.place(diagnoses);
        return new LogReport(ToolVersion.current(), new WorkingDirectory(workingDirectory), names,
                diagnoser.lines(), model, diagnoses, diagnoser.cuts(), diagnoser.leftOut(), diagnoser.span());
    }

    /** UTF-8, with any byte that is not UTF-8 replaced rather than failing the run: logs get mangled in transit. */
    private static Reader lenientUtf8(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}
