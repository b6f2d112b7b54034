package dev.cdlint.cli;

import static dev.cdlint.cli.InProcess.cdlint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.cli.CdlintProcess.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdlint logs} from arguments to output, on the sample TestFlight log of the Journal app. */
class LogsCommandTest {

    private static final Path ROOT = CdlintProcess.projectRoot();
    private static final String LOG = ROOT.resolve("samples/journal/logs/testflight-sync.log").toString();
    private static final String MODEL = ROOT.resolve("samples/journal/Journal.xcdatamodeld").toString();
    private static final String PRODUCTION = ROOT.resolve("samples/journal/cloudkit/production.ckdb").toString();

    @TempDir
    Path dir;

    @Test
    void textNamesEachProblemOnceWithItsCountElementAndFix() {
        Run run = cdlint("logs", LOG, "--model", MODEL, "--against", PRODUCTION);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("testflight-sync.log:5: error: production-schema-field (3 times)",
                "(PhotoEntry.caption)", "production.ckdb has no field CD_caption in CD_Entry: confirmed.",
                "fix: Run the app against the development environment",
                "3 problems (3 errors) in 1 log of 25 lines.");
    }

    @Test
    void failOnDecidesTheExitCodeAndACleanLogExitsZero() throws Exception {
        Path clean = Files.writeString(dir.resolve("clean.log"), "CoreData: debug: CoreData+CloudKit: Export"
                + " finished successfully.\n");

        assertThat(cdlint("logs", LOG, "--fail-on", "never").exitCode()).isZero();
        Run run = cdlint("logs", clean.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("No sync problems found in 1 log of 1 line.\n");
        assertThat(cdlint("logs", LOG, "--fail-on", "sometimes").exitCode()).isEqualTo(2);
    }

    @Test
    void jsonHasTheIssuesShapeWithModelNamesAndLocations() throws Exception {
        Run run = cdlint("logs", LOG, "--model", MODEL, "--format", "json");

        JsonNode json = new ObjectMapper().readTree(run.out());
        JsonNode first = json.get("diagnoses").get(0);
        List<String> keys = new ArrayList<>();
        first.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("kind", "severity", "count", "log", "line", "message", "fix", "rule",
                "recordType", "field", "entity", "property", "location");
        assertThat(first.get("kind").asText()).isEqualTo("production-schema-field");
        assertThat(first.get("count").asInt()).isEqualTo(3);
        assertThat(first.get("log").asText()).endsWith("samples/journal/logs/testflight-sync.log");
        assertThat(first.get("line").asInt()).isEqualTo(5);
        assertThat(first.get("recordType").asText()).isEqualTo("CD_Entry");
        assertThat(first.get("field").asText()).isEqualTo("CD_caption");
        assertThat(first.get("entity").asText()).isEqualTo("PhotoEntry");
        assertThat(first.get("property").asText()).isEqualTo("caption");
        assertThat(first.get("rule").isNull()).isTrue();
        assertThat(first.get("location").get("file").asText()).endsWith("Journal 2.xcdatamodel/contents");
        assertThat(first.get("location").get("line").asInt()).isEqualTo(18);
        assertThat(json.get("summary").get("error").asInt()).isEqualTo(3);
    }

    @Test
    void jsonNamesTheLogOfEachDiagnosisWhenThereAreSeveral() throws Exception {
        Path other = Files.writeString(dir.resolve("device-b.log"),
                "CoreData: error: <CKError 0x1: \"Quota Exceeded\" (25/2035); \"Quota exceeded\">\n");

        JsonNode json = new ObjectMapper().readTree(cdlint("logs", LOG, other.toString(), "--format", "json").out());

        List<String> logs = new ArrayList<>();
        json.get("diagnoses").forEach(d -> logs.add(d.get("kind").asText() + " " + Path.of(d.get("log").asText())
                .getFileName()));
        assertThat(logs).contains("production-schema-field testflight-sync.log", "quota-exceeded device-b.log");
    }

    @Test
    void sarifPointsIntoTheModelWhereLocatedAndIntoTheLogOtherwise() throws Exception {
        Path log = Files.writeString(dir.resolve("sync.log"), Files.readString(Path.of(LOG))
                + "CoreData: error: <CKError 0x1: \"Quota Exceeded\" (25/2035); \"Quota exceeded\">\n");

        JsonNode results = new ObjectMapper().readTree(cdlint("logs", log.toString(), "--model", MODEL, "--format",
                "sarif").out()).get("runs").get(0).get("results");

        assertThat(results).hasSize(4);
        assertThat(uri(results.get(0))).endsWith("Journal%202.xcdatamodel/contents");
        assertThat(results.get(3).get("ruleId").asText()).isEqualTo("quota-exceeded");
        assertThat(uri(results.get(3))).endsWith("sync.log");
        assertThat(results.get(3).get("locations").get(0).get("physicalLocation").get("region").get("startLine")
                .asInt()).isEqualTo(26);
    }

    @Test
    void junitCountsAsFailuresWhatFailOnFails() {
        // The sample log shows three errors, all at or above every level but never.
        assertThat(cdlint("logs", LOG, "--format", "junit").out()).contains("failures=\"3\"");
        Run never = cdlint("logs", LOG, "--format", "junit", "--fail-on", "never");

        assertThat(never.exitCode()).isZero();
        assertThat(never.out()).contains("failures=\"0\"").doesNotContain("<failure");
    }

    @Test
    void xcodeAndGithubPutTheDiagnosisOnTheModelElement() {
        assertThat(cdlint("logs", LOG, "--model", MODEL, "--format", "xcode").out())
                .contains("Journal 2.xcdatamodel/contents:18:9: error: CloudKit refused to create field CD_caption");
        assertThat(cdlint("logs", LOG, "--model", MODEL, "--format", "github").out())
                .contains("::error file=", "Journal 2.xcdatamodel/contents,line=18,col=9,title=cdlint%3A"
                        + " production-schema-field::");
    }

    @Test
    void aDashReadsStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(("2026-11-20 09:14:03.512 E  Journal[4312:3c1f2] <CKError 0x1:"
                    + " \"Not Authenticated\" (9/1002); \"This request requires an authenticated account\">\n")
                    .getBytes(StandardCharsets.UTF_8)));
            Run run = cdlint("logs", "-", "--fail-on", "warning");

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.out()).startsWith("-:1: warning: account\n");
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void theOutputNeverOverwritesALogTheSchemaOrTheModel() throws Exception {
        // Copies, so that a broken guard overwrites nothing of the project's.
        Path log = Files.writeString(dir.resolve("sync.log"), Files.readString(Path.of(LOG)));
        Path schema = Files.copy(Path.of(PRODUCTION), dir.resolve("production.ckdb"));
        Path model = Files.createDirectories(dir.resolve("Journal.xcdatamodel")).resolve("contents");
        Files.copy(ROOT.resolve("samples/journal-broken/Journal.xcdatamodel/contents"), model);

        for (String[] args : List.of(new String[] {"logs", log.toString(), "-o", log.toString()},
                new String[] {"logs", LOG, "--against", schema.toString(), "-o", schema.toString()},
                new String[] {"logs", LOG, "--model", model.getParent().toString(), "-o", model.toString()})) {
            Path target = Path.of(args[args.length - 1]);
            String before = Files.readString(target);

            Run run = cdlint(args);

            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("refusing to write onto an input of this run");
            assertThat(Files.readString(target)).isEqualTo(before);
        }
    }

    @Test
    void aMissingLogIsBadInputNamingIt() {
        Run run = cdlint("logs", dir.resolve("nope.log").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.log: error: no such file");
    }

    private static String uri(JsonNode result) {
        return result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText();
    }
}
