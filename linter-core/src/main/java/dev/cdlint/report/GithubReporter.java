package dev.cdlint.report;

import dev.cdlint.finding.Finding;
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
            List<String> properties = new ArrayList<>();
            properties.add("file=" + escapeProperty(report.workingDirectory().display(finding.location().file())));
            if (finding.location().line() > 0) {
                properties.add("line=" + finding.location().line());
                if (finding.location().column() > 0) {
                    properties.add("col=" + finding.location().column());
                }
            }
            properties.add("title=" + escapeProperty(Report.TOOL_NAME + ": " + finding.rule()));
            out.write("::" + command(finding) + " " + String.join(",", properties) + "::"
                    + escapeData(finding.message()) + "\n");
        }
        out.flush();
    }

    private static String command(Finding finding) {
        return switch (finding.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
    }

    /** The message after {@code ::}: the runner decodes these three, so a newline survives as one. */
    static String escapeData(String data) {
        return data.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value, where {@code :} and {@code ,} would otherwise end the value. */
    static String escapeProperty(String value) {
        return escapeData(value).replace(":", "%3A").replace(",", "%2C");
    }
}
