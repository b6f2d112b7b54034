package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.logs.DiagnosisReports;
import dev.cdlint.logs.LogAnalysis;
import dev.cdlint.logs.LogReport;
import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.source.SourceLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReporterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void validatesAgainstTheOfficialSchema() throws IOException {
        JsonNode sarif = MAPPER.readTree(Render.render(ReportFormat.SARIF, ReportFixture.report()));
        assertThat(officialSchema().validate(sarif)).isEmpty();
    }

    @Test
    void validatesWithNoFindingsAndNoRules() throws IOException {
        Report empty = new Report("1.2.3", new WorkingDirectory(ReportFixture.WORKING_DIRECTORY), List.of(),
                List.of(), List.of(), BaselineCounts.NONE);
        JsonNode sarif = MAPPER.readTree(Render.render(ReportFormat.SARIF, empty));
        assertThat(officialSchema().validate(sarif)).isEmpty();
        assertThat(sarif.at("/runs/0/results").isArray()).isTrue();
    }

    /** Proves the validation above can fail: the same document without its version is rejected. */
    @Test
    void schemaRejectsADocumentWithoutVersion() throws IOException {
        ObjectNode sarif = (ObjectNode) MAPPER.readTree(Render.render(ReportFormat.SARIF, ReportFixture.report()));
        sarif.remove("version");
        Set<ValidationMessage> errors = officialSchema().validate(sarif);
        assertThat(errors).isNotEmpty();
    }

    @Test
    void resultsPointAtTheirRuleAndFile() throws IOException {
        JsonNode run = MAPPER.readTree(Render.render(ReportFormat.SARIF, ReportFixture.report())).at("/runs/0");
        for (JsonNode result : run.get("results")) {
            JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
            assertThat(rule.get("id").asText()).isEqualTo(result.get("ruleId").asText());
            assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText())
                    .isEqualTo("%SRCROOT%");
            assertThat(result.at("/partialFingerprints/cdlintFingerprint~1v1").asText()).hasSize(16);
        }
        JsonNode lineless = run.at("/results/0");
        assertThat(lineless.get("ruleId").asText()).isEqualTo("test-no-configuration");
        assertThat(lineless.at("/locations/0/physicalLocation").has("region")).isFalse();
        assertThat(run.at("/results/1/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("App/Model.xcdatamodeld/Model%202.xcdatamodel/contents");
    }

    /** {@code cdlint logs --format sarif}: each diagnosis names a kind the run describes, as check's rules are. */
    @Test
    void logDiagnosesPointAtTheirKindsDescription() throws IOException {
        Path log = Path.of("../samples/journal/logs/testflight-sync.log").toAbsolutePath().normalize();
        LogReport diagnosed = LogAnalysis.analyse(List.of(LogAnalysis.Source.file(log)), null, null,
                log.getParent());
        StringWriter out = new StringWriter();
        DiagnosisReports.write(diagnosed, ReportFormat.SARIF, Optional.of(Severity.ERROR), false, Map.of(), out);
        JsonNode sarif = MAPPER.readTree(out.toString());

        JsonNode run = sarif.at("/runs/0");
        assertThat(run.get("results")).isNotEmpty();
        for (JsonNode result : run.get("results")) {
            JsonNode rule = run.at("/tool/driver/rules/" + result.get("ruleIndex").asInt());
            DiagnosisKind kind = DiagnosisKind.fromId(result.get("ruleId").asText()).orElseThrow();
            assertThat(rule.get("id").asText()).isEqualTo(kind.id());
            assertThat(rule.at("/shortDescription/text").asText()).isEqualTo(kind.summary());
            assertThat(rule.at("/help/text").asText()).isEqualTo(kind.fix() + "\n\nExample:\n" + kind.example());
        }
        assertThat(officialSchema().validate(sarif)).isEmpty();
    }

    @Test
    void fileOutsideTheWorkingDirectoryGetsAnAbsoluteUriAndUnknownRuleNoIndex() throws IOException {
        Finding outside = new Finding("not-in-catalogue", Severity.WARNING, "m",
                new SourceLocation(Path.of("/elsewhere/schema.ckdb"), 2, 0), null, null, null, "CD_Note", null);
        Report report = ReportFixture.report(List.of(outside), BaselineCounts.NONE);
        JsonNode sarif = MAPPER.readTree(Render.render(ReportFormat.SARIF, report));
        JsonNode result = sarif.at("/runs/0/results/0");
        assertThat(result.has("ruleIndex")).isFalse();
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("file:///elsewhere/schema.ckdb");
        assertThat(result.at("/locations/0/physicalLocation/artifactLocation").has("uriBaseId")).isFalse();
        assertThat(result.at("/locations/0/physicalLocation/region").has("startColumn")).isFalse();
        assertThat(officialSchema().validate(sarif)).isEmpty();
    }

    @Test
    void ruleNamesArePascalCase() {
        assertThat(SarifReporter.pascalCase("relationship-missing-inverse")).isEqualTo("RelationshipMissingInverse");
    }

    /**
     * The OASIS schema from the shared folder beside the project, read as draft-07: its draft-04 {@code $schema}
     * is dropped and its draft-04 {@code id} becomes {@code $id}, the only draft-04 keywords it uses.
     */
    private static JsonSchema officialSchema() throws IOException {
        Path file = Path.of("../../shared/schemas/sarif-schema-2.1.0.json").toAbsolutePath().normalize();
        assumeTrue(Files.isRegularFile(file),
                "skipped: " + file + " is absent (the shared folder is only on development machines and in CI)");
        ObjectNode schema = (ObjectNode) MAPPER.readTree(file.toFile());
        schema.remove("$schema");
        schema.set("$id", schema.remove("id"));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema);
    }
}
