package dev.cdlint.report;

import dev.cdlint.finding.Finding;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * GitHub Actions workflow commands, {@code ::error file=...,line=...,col=...,title=cdlint: rule-id::message}, which
 * the runner turns into annotations on the pull request. Warnings are {@code ::warning}, infos {@code ::notice}.
 * Paths are relative to the working directory: GitHub matches them against the repository, so run cdlint from the
 * checkout's root. Line and column are left out when unknown, which annotates the file as a whole.
 */
final class GithubReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        for (Finding finding : report.findings()) {
            out.write(command(command(finding), report.workingDirectory(), finding.location(),
                    Report.TOOL_NAME + ": " + finding.rule(), finding.message()) + "\n");
        }
        out.flush();
    }

    /** {@code ::command file=...,line=...,col=...,title=...::message}, every value escaped. */
    static String command(String command, WorkingDirectory directory, SourceLocation location, String title,
            String message) {
        List<String> properties = new ArrayList<>();
        properties.add("file=" + escapeProperty(directory.display(location.file())));
        if (location.line() > 0) {
            properties.add("line=" + location.line());
            if (location.column() > 0) {
                properties.add("col=" + location.column());
            }
        }
        properties.add("title=" + escapeProperty(title));
        return "::" + command + " " + String.join(",", properties) + "::" + escapeData(message);
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /**
     * The message after {@code ::}: the runner decodes these three, so a newline survives as one. Other control
     * characters would reach the log as they are, where an ESC sequence is interpreted.
     */
    static String escapeData(String data) {
        return ControlCharacters.escapeKeepingLines(
                data.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** A property value, where {@code :} and {@code ,} would otherwise end the value. */
    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
