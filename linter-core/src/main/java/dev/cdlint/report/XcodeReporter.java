package dev.cdlint.report;

import dev.cdlint.finding.Finding;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.Writer;

/**
 * One compiler-style line per finding, {@code /abs/path:line:column: error: message [rule-id]}, which Xcode turns
 * into issues when a Run Script build phase prints it. Info findings are {@code note}s. Paths are absolute because
 * Xcode resolves relative ones against nothing useful and then cannot jump to the file; an unknown line or column
 * is left out ({@code /abs/path: warning: ...}), which Xcode shows as an issue on the file. Messages are joined to
 * one line, since Xcode reads each line on its own.
 */
final class XcodeReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Finding finding : report.findings()) {
            out.write(line(report.workingDirectory(), finding.location(), kind(finding),
                    finding.message() + " [" + finding.rule() + "]") + "\n");
        }
        out.flush();
    }

    /** {@code /abs/path:line:column: kind: message}, with control characters escaped. */
    static String line(WorkingDirectory directory, SourceLocation location, String kind, String message) {
        return ControlCharacters.escape(directory.displayAbsolute(location)) + ": " + kind + ": "
                + ControlCharacters.escape(Messages.oneLine(message));
    }

    private static String kind(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }
}
