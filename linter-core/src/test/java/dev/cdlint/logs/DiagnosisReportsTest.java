package dev.cdlint.logs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdlint.finding.Severity;
import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.report.ReportFormat;
import dev.cdlint.report.WorkingDirectory;
import dev.cdlint.source.SourceLocation;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a report says about how the log was read: a cut message, a problem left out. */
class DiagnosisReportsTest {

    @TempDir
    Path dir;

    @Test
    void aCutMessageIsNamedWithItsLineInTextAndJson() throws IOException {
        String error = "Cannot create new type CD_Tag in production schema";
        Path log = Files.writeString(dir.resolve("sync.log"), error + " " + "x".repeat(LogReader.MAX_MESSAGE)
                + "; " + error + "\n");
        LogReport report = LogAnalysis.analyse(List.of(LogAnalysis.Source.file(log)), null, null, dir);

        assertThat(report.diagnoses()).singleElement().extracting(Diagnosis::count, Diagnosis::line)
                .containsExactly(2, 1);
        assertThat(write(report, ReportFormat.TEXT)).contains(
                "note: sync.log:1: a message longer than 1 MiB was cut here; the text after a cut was read as a new"
                        + " message.\n1 problem (1 error) in 1 log of 1 line.");
        JsonNode cuts = new ObjectMapper().readTree(write(report, ReportFormat.JSON)).get("summary").get("cuts");
        assertThat(cuts.toString()).isEqualTo("[{\"log\":\"sync.log\",\"line\":1,\"count\":1}]");
    }

    @Test
    void aLogReadWholeSaysNothingAboutHowItWasRead() throws IOException {
        Path log = Files.writeString(dir.resolve("sync.log"), "Cannot create new type CD_Tag in production schema\n");
        LogReport report = LogAnalysis.analyse(List.of(LogAnalysis.Source.file(log)), null, null, dir);

        assertThat(write(report, ReportFormat.TEXT)).doesNotContain("note:");
        assertThat(new ObjectMapper().readTree(write(report, ReportFormat.JSON)).get("summary").get("cuts")).isEmpty();
    }

    private LogReport twoDiagnoses() {
        return twoDiagnoses(dir);
    }

    /** Two diagnoses: one seen twice at its model element with a rule, one once on its log line with a note. */
    static LogReport twoDiagnoses(Path dir) {
        Path log = dir.resolve("sync.log");
        Diagnosis field = new Diagnosis(DiagnosisKind.PRODUCTION_SCHEMA_FIELD, 2, log, 3, "Saving failed.",
                "some-rule", "CD_Entry", "CD_caption", "Entry", "caption",
                new SourceLocation(dir.resolve("Model.xcdatamodel/contents"), 12, 7), List.of());
        Diagnosis mode = new Diagnosis(DiagnosisKind.BACKGROUND_MODE_MISSING, 1, log, 5, "No pushes.", null, null,
                null, null, null, null, List.of("Info.plist lists no mode."));
        return new LogReport("1.0", new WorkingDirectory(dir), List.of(log), 9, null, List.of(field, mode),
                List.of(new LogReport.Cut(log, 4, 3)), 2, Optional.empty());
    }

    @Test
    void theTextReportGivesEachDiagnosisItsPlaceCountWhyAndFix() throws IOException {
        LogReport report = twoDiagnoses();
        Diagnosis field = report.diagnoses().get(0);
        Diagnosis mode = report.diagnoses().get(1);

        assertThat(write(report, ReportFormat.TEXT)).isEqualTo(
                "sync.log:3: error: production-schema-field [some-rule] (2 times)\n"
                        + "  Saving failed.\n"
                        + "  why: " + field.kind().rationale() + "\n"
                        + "  model: Model.xcdatamodel/contents:12:7 (Entry.caption)\n"
                        + "  fix: " + field.fix() + "\n\n"
                        + "sync.log:5: " + mode.severity().id() + ": background-mode-missing\n"
                        + "  No pushes.\n"
                        + "  why: " + mode.kind().rationale() + "\n"
                        + "  Info.plist lists no mode.\n"
                        + "  fix: " + mode.fix() + "\n\n"
                        + "note: sync.log:4: 3 messages longer than 1 MiB were cut, the first here; the text after a cut"
                        + " was read as a new message.\n"
                        + "note: 2 sightings of further problems were not kept: the logs name more than "
                        + DiagnosisTally.MAX_PROBLEMS + " distinct problems.\n"
                        + report.summary() + "\n");
    }

    @Test
    void aDiagnosisAboutTheWiringPointsAtTheAppWithoutAnElementName() throws IOException {
        Path log = dir.resolve("sync.log");
        Diagnosis mode = new Diagnosis(DiagnosisKind.BACKGROUND_MODE_MISSING, 1, log, 5, "No pushes.", null, null,
                null, null, null, new SourceLocation(dir.resolve("Info.plist"), 12, 5), List.of());
        LogReport report = new LogReport("1.0", new WorkingDirectory(dir), List.of(log), 9, null, List.of(mode));

        assertThat(write(report, ReportFormat.TEXT)).contains("\n  app: Info.plist:12:5\n  fix: ");
    }

    @Test
    void theJsonReportHoldsEveryFieldOfEachDiagnosisAndTheSummary() throws IOException {
        LogReport report = twoDiagnoses();
        JsonNode json = new ObjectMapper().readTree(write(report, ReportFormat.JSON));
        Diagnosis field = report.diagnoses().get(0);
        Diagnosis mode = report.diagnoses().get(1);
        ObjectMapper mapper = new ObjectMapper();

        assertThat(json.get("diagnoses").toString()).isEqualTo(mapper.writeValueAsString(List.of(
                diagnosisJson(field, "some-rule", "CD_Entry", "CD_caption", "Entry", "caption",
                        nullable("file", "Model.xcdatamodel/contents", "line", 12, "column", 7)),
                diagnosisJson(mode, null, null, null, null, null, nullable("file", "sync.log", "line", 5,
                        "column", null)))));
        assertThat(json.get("summary").toString()).isEqualTo(mapper.writeValueAsString(nullable("logs", List.of("sync.log"),
                "lines", 9, "cuts", List.of(nullable("log", "sync.log", "line", 4, "count", 3)), "leftOut", 2,
                "diagnoses", 2, "error", report.count(Severity.ERROR), "warning", report.count(Severity.WARNING),
                "info", report.count(Severity.INFO))));
    }

    @Test
    void aPlaceWithoutALineHasNoLineOrColumnInJson() throws IOException {
        Path log = dir.resolve("sync.log");
        Diagnosis mode = new Diagnosis(DiagnosisKind.BACKGROUND_MODE_MISSING, 1, log, 5, "No pushes.", null, null,
                null, null, null, new SourceLocation(dir.resolve("Info.plist"), 0, 0), List.of());
        LogReport report = new LogReport("1.0", new WorkingDirectory(dir), List.of(log), 9, null, List.of(mode));

        assertThat(new ObjectMapper().readTree(write(report, ReportFormat.JSON)).get("diagnoses").get(0)
                .get("location").toString()).isEqualTo("{\"file\":\"Info.plist\",\"line\":null,\"column\":null}");
    }

    @Test
    void otherFormatsSayHowOftenAndWhereEachWasFirstSeen() throws IOException {
        String github = write(twoDiagnoses(), ReportFormat.GITHUB);

        assertThat(github).contains("(2 times, first at sync.log:3)", "(once, first at sync.log:5)");
    }

    @Test
    void theReportIsFlushedThroughABufferingWriter() throws IOException {
        StringWriter target = new StringWriter();
        Writer buffered = new BufferedWriter(target);
        DiagnosisReports.write(twoDiagnoses(), ReportFormat.TEXT, Optional.empty(), false, Map.of(), buffered);

        assertThat(target.toString()).endsWith(twoDiagnoses().summary() + "\n");
    }

    private static Map<String, Object> diagnosisJson(Diagnosis d, String rule, String recordType, String field,
            String entity, String property, Map<String, Object> location) {
        return nullable("kind", d.kind().id(), "severity", d.severity().id(), "count", d.count(), "log", "sync.log",
                "line", d.line(), "message", d.message(), "fix", d.fix(), "rule", rule, "recordType", recordType,
                "field", field, "entity", entity, "property", property, "location", location);
    }

    /** An ordered map from alternating keys and values, which may be null. */
    private static Map<String, Object> nullable(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static String write(LogReport report, ReportFormat format) throws IOException {
        StringWriter out = new StringWriter();
        DiagnosisReports.write(report, format, Optional.empty(), false, Map.of(), out);
        return out.toString();
    }
}
