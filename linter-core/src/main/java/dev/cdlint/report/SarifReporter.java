package dev.cdlint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.cdlint.finding.Finding;
import dev.cdlint.check.Check;
import dev.cdlint.finding.Severity;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0, in the shape GitHub code scanning uploads: one run, the rules described from their
 * {@link Check}, one result per finding.
 *
 * <p>Artifact URIs are relative to the working directory under the base id {@code %SRCROOT%}, which
 * {@code originalUriBaseIds} maps to the working directory's {@code file:} URI; GitHub resolves them against the
 * repository, so run cdlint from the checkout's root. A file outside the working directory gets an absolute
 * {@code file:} URI. A finding without a line has no region, which marks the whole file. Each result carries the
 * {@link Fingerprint} as partial fingerprint {@code cdlintFingerprint/v1}, so that GitHub keeps one alert for a
 * finding while lines move around it.
 */
final class SarifReporter implements Reporter {

    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String INFORMATION_URI = "https://github.com/cdlint/cdlint";
    static final String SOURCE_ROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "cdlintFingerprint/v1";

    @Override
    public void write(Report report, Writer out) throws IOException {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < report.rules().size(); i++) {
            ruleIndex.putIfAbsent(report.rules().get(i).id(), i);
        }
        PrettyJson.write(out, json -> {
            json.writeStartObject();
            json.writeStringField("$schema", SCHEMA);
            json.writeStringField("version", "2.1.0");
            json.writeArrayFieldStart("runs");
            json.writeStartObject();
            writeTool(json, report);
            json.writeObjectFieldStart("originalUriBaseIds");
            json.writeObjectFieldStart(SOURCE_ROOT);
            json.writeStringField("uri", directoryUri(report.workingDirectory()));
            json.writeEndObject();
            json.writeEndObject();
            json.writeArrayFieldStart("results");
            for (Finding finding : report.findings()) {
                writeResult(json, report.workingDirectory(), ruleIndex.get(finding.rule()), finding);
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeTool(JsonGenerator json, Report report) throws IOException {
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", Report.TOOL_NAME);
        json.writeStringField("version", report.toolVersion());
        json.writeStringField("informationUri", INFORMATION_URI);
        json.writeArrayFieldStart("rules");
        for (Check rule : report.rules()) {
            writeRule(json, rule);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeRule(JsonGenerator json, Check rule) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", rule.id());
        json.writeStringField("name", pascalCase(rule.id()));
        textField(json, "shortDescription", rule.summary());
        textField(json, "fullDescription", rule.rationale());
        json.writeObjectFieldStart("help");
        if (rule.example().isEmpty()) {
            json.writeStringField("text", rule.fix());
            json.writeStringField("markdown", rule.fix());
        } else {
            json.writeStringField("text", rule.fix() + "\n\nExample:\n" + rule.example());
            json.writeStringField("markdown", rule.fix() + "\n\n**Example**\n\n```"
                    + (rule.example().strip().startsWith("<") ? "xml" : "") + "\n" + rule.example() + "\n```");
        }
        json.writeEndObject();
        json.writeObjectFieldStart("defaultConfiguration");
        json.writeStringField("level", level(rule.defaultSeverity()));
        json.writeEndObject();
        json.writeObjectFieldStart("properties");
        json.writeArrayFieldStart("tags");
        json.writeString("core-data");
        json.writeString("cloudkit");
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeResult(JsonGenerator json, WorkingDirectory directory, Integer ruleIndex,
            Finding finding) throws IOException {
        json.writeStartObject();
        json.writeStringField("ruleId", finding.rule());
        if (ruleIndex != null) {
            // Left out for a rule the report was not told about: SARIF allows a result without it.
            json.writeNumberField("ruleIndex", ruleIndex);
        }
        json.writeStringField("level", level(finding.severity()));
        textField(json, "message", finding.message());
        json.writeArrayFieldStart("locations");
        json.writeStartObject();
        json.writeObjectFieldStart("physicalLocation");
        json.writeObjectFieldStart("artifactLocation");
        if (directory.contains(finding.location().file())) {
            json.writeStringField("uri", relativeUri(directory.display(finding.location().file())));
            json.writeStringField("uriBaseId", SOURCE_ROOT);
        } else {
            json.writeStringField("uri", directory.absolute(finding.location().file()).toUri().toASCIIString());
        }
        json.writeEndObject();
        if (finding.location().line() > 0) {
            json.writeObjectFieldStart("region");
            json.writeNumberField("startLine", finding.location().line());
            if (finding.location().column() > 0) {
                json.writeNumberField("startColumn", finding.location().column());
            }
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeEndObject();
        json.writeEndArray();
        json.writeObjectFieldStart("partialFingerprints");
        json.writeStringField(FINGERPRINT_KEY, Fingerprint.of(finding));
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void textField(JsonGenerator json, String name, String text) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("text", text);
        json.writeEndObject();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** SARIF's rule {@code name} is a readable identifier: {@code missing-inverse} becomes {@code MissingInverse}. */
    static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return name.toString();
    }

    /** A relative URI reference for a {@code /}-separated path: spaces (common in version folders) percent-encoded. */
    private static String relativeUri(String path) {
        try {
            // A colon in the first segment would read as a scheme; "./" keeps the reference relative.
            String safe = path.split("/", 2)[0].contains(":") ? "./" + path : path;
            return new URI(null, null, safe, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot make a URI of " + path, e);
        }
    }

    /** SARIF requires a base URI to end with a slash; {@link java.nio.file.Path#toUri} adds one only if it exists. */
    private static String directoryUri(WorkingDirectory directory) {
        String uri = directory.path().toUri().toASCIIString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
