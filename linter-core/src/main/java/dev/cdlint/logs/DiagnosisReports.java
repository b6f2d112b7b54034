package dev.cdlint.logs;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.report.BaselineCounts;
import dev.cdlint.report.ControlCharacters;
import dev.cdlint.report.PrettyJson;
import dev.cdlint.report.Report;
import dev.cdlint.report.ReportFormat;
import dev.cdlint.report.WorkingDirectory;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link LogReport} in a {@code --format}. Text and JSON have their own layout (a diagnosis has a count,
 * a first log line and a fix); every other format is the one {@code check} writes, each diagnosis a finding at
 * its model element, or at its log line when it has none, so Xcode, GitHub and SARIF viewers show it there.
 */
public final class DiagnosisReports {

    private DiagnosisReports() {}

    /** @param failLevel {@code --fail-on}, which decides what JUnit counts as a failure */
    public static void write(LogReport report, ReportFormat format, Optional<Severity> failLevel, boolean terminal,
            Map<String, String> environment, Writer out) throws IOException {
        switch (format) {
            case TEXT -> text(report, out);
            case JSON -> json(report, out);
            // SARIF describes every kind a result names; JUnit would list each kind as a passed test.
            default -> format.reporter(terminal, environment).write(asFindings(report, failLevel,
                    format == ReportFormat.SARIF ? List.of(DiagnosisKind.values()) : List.of()), out);
        }
        out.flush();
    }

    /** The report as {@code check}'s reporters take it: one finding per diagnosis. */
    private static Report asFindings(LogReport report, Optional<Severity> failLevel, List<DiagnosisKind> kinds) {
        List<Finding> findings = report.diagnoses().stream().map(d -> new Finding(d.kind().id(), d.severity(),
                d.message() + " Fix: " + d.fix() + " (" + seen(report.workingDirectory(), d) + ")", d.location(),
                d.entity(), d.property(), null, d.recordType(), d.field())).toList();
        return new Report(report.toolVersion(), report.workingDirectory(),
                report.model() == null ? List.of() : List.of(report.model()), findings, kinds, BaselineCounts.NONE,
                failLevel, Map.of(), 0);
    }

    private static String seen(WorkingDirectory directory, Diagnosis d) {
        return (d.count() == 1 ? "once" : d.count() + " times") + ", first at "
                + directory.display(new SourceLocation(d.log(), d.line(), 0));
    }

    private static void text(LogReport report, Writer out) throws IOException {
        WorkingDirectory directory = report.workingDirectory();
        for (Diagnosis d : report.diagnoses()) {
            out.write(ControlCharacters.escape(directory.display(new SourceLocation(d.log(), d.line(), 0))) + ": "
                    + d.severity().id() + ": " + d.kind().id() + (d.rule() == null ? "" : " [" + d.rule() + "]")
                    + (d.count() == 1 ? "" : " (" + d.count() + " times)") + "\n");
            out.write("  " + ControlCharacters.escape(d.detail()) + "\n");
            out.write("  why: " + d.kind().rationale() + "\n");
            if (d.element() != null) {
                out.write("  model: " + ControlCharacters.escape(directory.display(d.element()))
                        + (d.elementName() == null ? "" : " (" + ControlCharacters.escape(d.elementName()) + ")") + "\n");
            }
            for (String note : d.notes()) {
                out.write("  " + ControlCharacters.escape(note) + "\n");
            }
            out.write("  fix: " + d.fix() + "\n\n");
        }
        out.write(report.summary() + "\n");
    }

    private static void json(LogReport report, Writer out) throws IOException {
        WorkingDirectory directory = report.workingDirectory();
        PrettyJson.write(out, json -> {
            json.writeStartObject();
            PrettyJson.tool(json, report.toolVersion());
            json.writeArrayFieldStart("diagnoses");
            for (Diagnosis d : report.diagnoses()) {
                json.writeStartObject();
                json.writeStringField("kind", d.kind().id());
                json.writeStringField("severity", d.severity().id());
                json.writeNumberField("count", d.count());
                // Where it was first seen; with several logs, the line alone would not say in which.
                json.writeStringField("log", directory.display(d.log()));
                json.writeNumberField("line", d.line());
                json.writeStringField("message", d.message());
                json.writeStringField("fix", d.fix());
                PrettyJson.stringOrNull(json, "rule", d.rule());
                PrettyJson.stringOrNull(json, "recordType", d.recordType());
                PrettyJson.stringOrNull(json, "field", d.field());
                PrettyJson.stringOrNull(json, "entity", d.entity());
                PrettyJson.stringOrNull(json, "property", d.property());
                location(json, directory, d.location());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeArrayFieldStart("logs");
            for (var log : report.logs()) {
                json.writeString(directory.display(log));
            }
            json.writeEndArray();
            json.writeNumberField("lines", report.lines());
            json.writeNumberField("diagnoses", report.diagnoses().size());
            for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
                json.writeNumberField(severity.id(), report.count(severity));
            }
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    /** The model element when located, else the log line; a column only where one is known. */
    private static void location(JsonGenerator json, WorkingDirectory directory, SourceLocation location)
            throws IOException {
        json.writeObjectFieldStart("location");
        json.writeStringField("file", directory.display(location.file()));
        if (location.line() > 0) {
            json.writeNumberField("line", location.line());
        } else {
            json.writeNullField("line");
        }
        if (location.column() > 0) {
            json.writeNumberField("column", location.column());
        } else {
            json.writeNullField("column");
        }
        json.writeEndObject();
    }
}
