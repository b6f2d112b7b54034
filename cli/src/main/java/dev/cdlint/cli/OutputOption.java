package dev.cdlint.cli;

import dev.cdlint.report.ControlCharacters;
import dev.cdlint.source.InputException;
import dev.cdlint.source.IoReasons;
import dev.cdlint.source.OutputFile;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --output FILE}: where a command writes its result instead of standard output. */
final class OutputOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard"
            + " output. It must be a new or a regular file that the run does not read.")
    Path file;

    /** Whether the output is a terminal someone reads, which is when colour helps. */
    boolean isTerminal() {
        return file == null && System.console() != null;
    }

    /** The checked output file, or null for standard output; see {@link OutputFile#check}. */
    OutputFile target(Collection<Path> inputs) {
        return file == null ? null : OutputFile.check(file, inputs);
    }

    /** Writes to standard output, or to the file after checking it against the run's inputs. */
    void write(String text, Collection<Path> inputs) {
        write(text, target(inputs));
    }

    /**
     * With {@code --output} the report is in a file, and a CI log would show only a failed step: a run that fails
     * on its findings says so on standard error, in one line.
     */
    void sayWhyTheRunFails(String summary, String failOn) {
        if (file != null) {
            spec.commandLine().getErr().println("cdlint: " + summary + " The run fails on " + failOn
                    + " (--fail-on); the report is in " + ControlCharacters.escape(file.toString()) + ".");
        }
    }

    void write(String text, OutputFile target) {
        if (target == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return;
        }
        try {
            target.write(text);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot write the output file: "
                    + IoReasons.of(e), e);
        }
    }
}
