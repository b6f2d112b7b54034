package dev.cdlint.report;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report for people: findings under a heading per model, then the totals.
 *
 * <pre>
 * App/Model.xcdatamodeld
 *   App/Model.xcdatamodeld/Model.xcdatamodel/contents:12:5  error    Note.title is required  [rule-id]
 *
 * 1 finding (1 error) in 1 model.
 * </pre>
 *
 * Locations are relative to the working directory, padded to one width within each model's group so that
 * severities and messages line up in columns there (one long path elsewhere in the run does not push every line
 * wide). Each finding is one line: untrusted text has its control characters, line breaks included, escaped.
 * Colour only marks things up: the text without it says the same.
 */
final class TextReporter implements Reporter {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String DIM = "\u001B[2m";
    private static final String INDENT = "  ";
    private static final String GAP = "  ";
    private static final int SEVERITY_WIDTH = "warning".length();

    private final boolean colour;

    TextReporter(boolean colour) {
        this.colour = colour;
    }

    /**
     * Colour only on a terminal, and never when {@code NO_COLOR} is set to a non-empty value: no-color.org says
     * an empty value does not count.
     */
    static boolean useColour(boolean terminal, Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return terminal && (noColor == null || noColor.isEmpty());
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        WorkingDirectory directory = report.workingDirectory();
        for (Report.Group group : report.groups()) {
            if (group.findings().isEmpty()) {
                continue;
            }
            out.write(style(BOLD, ControlCharacters.escape(group.name())) + "\n");
            List<String> locations = group.findings().stream()
                    .map(f -> ControlCharacters.escape(directory.display(f.location()))).toList();
            int locationWidth = locations.stream().mapToInt(String::length).max().orElse(0);
            for (int i = 0; i < locations.size(); i++) {
                writeFinding(out, locations.get(i), locationWidth, group.findings().get(i));
            }
            out.write("\n");
        }
        out.write(report.summary() + "\n");
        for (String note : report.notCloudKitEnabledNote().stream().toList()) {
            out.write(note + "\n");
        }
        for (String note : baselineNotes(report.baseline())) {
            out.write(note + "\n");
        }
        out.flush();
    }

    private void writeFinding(Writer out, String location, int locationWidth, Finding finding) throws IOException {
        String severity = finding.severity().id();
        // One line per finding, whatever the message holds: a line break in a name is escaped, never a new line.
        out.write(INDENT + pad(location, locationWidth) + GAP + style(severityColour(finding.severity()), severity)
                + " ".repeat(SEVERITY_WIDTH - severity.length()) + GAP + ControlCharacters.escape(finding.message())
                + GAP + style(DIM, "[" + finding.rule() + "]") + "\n");
    }

    private static List<String> baselineNotes(BaselineCounts baseline) {
        List<String> notes = new ArrayList<>();
        if (baseline.baselined() > 0) {
            notes.add(Report.count(baseline.baselined(), "finding", "findings") + " in the baseline not shown.");
        }
        if (baseline.gone() > 0) {
            notes.add(Report.count(baseline.gone(), "baseline entry", "baseline entries")
                    + " matched nothing (fixed?): write the baseline again to drop "
                    + (baseline.gone() == 1 ? "it." : "them."));
        }
        return notes;
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - text.length()));
    }

    private String style(String code, String text) {
        return colour ? code + text + RESET : text;
    }

    private static String severityColour(Severity severity) {
        return switch (severity) {
            case ERROR -> "\u001B[1;31m";
            case WARNING -> "\u001B[33m";
            case INFO -> "\u001B[36m";
        };
    }
}
