package dev.cdlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.lint.ModelSummary;
import java.io.IOException;
import java.io.Writer;

/**
 * A plain JSON document for scripts, with this shape and key order:
 *
 * <pre>
 * {
 *   "tool": {"name": "cdlint", "version": "0.1.0"},
 *   "findings": [
 *     {
 *       "rule": "relationship-missing-inverse",
 *       "severity": "error",            // error, warning or info
 *       "message": "...",
 *       "file": "App/Model.xcdatamodeld/Model.xcdatamodel/contents",
 *       "line": 12,                     // 1-based; null when unknown
 *       "column": 5,                    // 1-based; null when unknown
 *       "entity": "Note",               // this and the four below: null when they do not apply
 *       "property": "tags",
 *       "configuration": "Cloud",
 *       "recordType": "CD_Note",
 *       "field": "CD_tags"
 *     }
 *   ],
 *   "summary": {"error": 1, "warning": 0, "info": 0, "notCloudKitEnabled": 0},
 *   "baseline": {"baselined": 0, "gone": 0},  // findings the baseline hid; its entries that matched nothing
 *   "models": [                                // each model linted, and how each configuration was decided
 *     {
 *       "path": "App/Models",
 *       "name": "App",
 *       "format": "swiftdata",                 // or core-data
 *       "configurations": [
 *         {
 *           "name": "Default",
 *           "checked": true,
 *           "scope": "private",                // private, public, shared, or none when not checked
 *           "decidedBy": "code",               // --scope, .cdlint.yml, code, model (Used with CloudKit), default
 *           "file": "App/AppStore.swift",      // where it was decided; null when no file says so
 *           "line": 12,
 *           "reason": "cloudKitDatabase: .private(\"iCloud.com.example.app\")"
 *         }
 *       ]
 *     }
 *   ]
 * }
 * </pre>
 *
 * Every key is always present. {@code notCloudKitEnabled} counts the models not checked in a run over several (a
 * run over one reports it as a {@code cloudkit-not-enabled} finding instead).
 * {@code file} is relative to the working directory, with {@code /} separators, when the file is under it, and
 * absolute otherwise. Findings are in report order (file, line, column, rule).
 */
final class JsonReporter implements Reporter {

    @Override
    public void write(Report report, Writer out) throws IOException {
        PrettyJson.write(out, json -> {
            json.writeStartObject();
            PrettyJson.tool(json, report.toolVersion());
            json.writeArrayFieldStart("findings");
            for (Finding finding : report.findings()) {
                writeFinding(json, report.workingDirectory(), finding);
            }
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            for (Severity severity : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
                json.writeNumberField(severity.id(), report.count(severity));
            }
            json.writeNumberField("notCloudKitEnabled", report.notCloudKitEnabled());
            json.writeEndObject();
            json.writeObjectFieldStart("baseline");
            json.writeNumberField("baselined", report.baseline().baselined());
            json.writeNumberField("gone", report.baseline().gone());
            json.writeEndObject();
            json.writeArrayFieldStart("models");
            for (ModelSummary model : report.summaries()) {
                writeModel(json, report.workingDirectory(), model);
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeFinding(JsonGenerator json, WorkingDirectory directory, Finding finding)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", finding.rule());
        json.writeStringField("severity", finding.severity().id());
        json.writeStringField("message", finding.message());
        json.writeStringField("file", directory.display(finding.location().file()));
        positionOrNull(json, "line", finding.location().line());
        positionOrNull(json, "column", finding.location().column());
        PrettyJson.stringOrNull(json, "entity", finding.entity());
        PrettyJson.stringOrNull(json, "property", finding.property());
        PrettyJson.stringOrNull(json, "configuration", finding.configuration());
        PrettyJson.stringOrNull(json, "recordType", finding.recordType());
        PrettyJson.stringOrNull(json, "field", finding.field());
        json.writeEndObject();
    }

    private static void writeModel(JsonGenerator json, WorkingDirectory directory, ModelSummary model)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("path", directory.display(model.path()));
        json.writeStringField("name", model.name());
        json.writeStringField("format", model.format());
        json.writeArrayFieldStart("configurations");
        for (ModelSummary.Scope scope : model.configurations()) {
            json.writeStartObject();
            json.writeStringField("name", scope.configuration());
            json.writeBooleanField("checked", scope.checked());
            json.writeStringField("scope", scope.scope());
            json.writeStringField("decidedBy", scope.decidedBy());
            PrettyJson.stringOrNull(json, "file", scope.at() == null ? null : directory.display(scope.at().file()));
            positionOrNull(json, "line", scope.at() == null ? 0 : scope.at().line());
            json.writeStringField("reason", scope.reason());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Line and column are 0 when unknown; in JSON that is null, so no consumer mistakes it for a position. */
    private static void positionOrNull(JsonGenerator json, String name, int value) throws IOException {
        if (value > 0) {
            json.writeNumberField(name, value);
        } else {
            json.writeNullField(name);
        }
    }
}
