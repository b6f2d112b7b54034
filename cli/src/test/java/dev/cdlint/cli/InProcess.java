package dev.cdlint.cli;

import dev.cdlint.cli.CdlintProcess.Run;
import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs cdlint in the test's own JVM through {@link Main#run}, for tests that need no separate process. */
final class InProcess {

    private InProcess() {}

    static Run cdlint(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exitCode, out.toString(), err.toString());
    }
}
