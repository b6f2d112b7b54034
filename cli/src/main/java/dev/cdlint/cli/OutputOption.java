package dev.cdlint.cli;

import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --output FILE}: where a command writes its result instead of standard output. */
final class OutputOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard"
            + " output.")
    Path file;

    /** Whether the output is a terminal someone reads, which is when colour helps. */
    boolean isTerminal() {
        return file == null && System.console() != null;
    }

    void write(String text) {
        if (file == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return;
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new InputException(SourceLocation.ofFile(file), "cannot write the output file: " + e.getMessage(),
                    e);
        }
    }
}
