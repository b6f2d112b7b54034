package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cdlint.samples.Processes.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub Action at the repository root: its step script run here as the runner would, with the inputs as
 * environment variables, and action.yml wiring every input through to it.
 */
class GithubActionTest {

    private static final Path ROOT = Processes.projectRoot();
    private static final Path SCRIPT = ROOT.resolve("packaging/github-action/check.sh");
    private static final String BROKEN = ROOT.resolve("samples/journal-broken/Journal.xcdatamodel").toString();

    @TempDir
    Path dir;

    private Map<String, String> inputs(String paths, String failOn) {
        Map<String, String> environment = new HashMap<>();
        environment.put("CDLINT_JAR", Processes.cliJar().toString());
        environment.put("CDLINT_NO_CDS", "1");
        environment.put("GITHUB_OUTPUT", dir.resolve("github-output").toString());
        environment.put("CDLINT_PATHS", paths);
        environment.put("CDLINT_FAIL_ON", failOn);
        environment.put("CDLINT_FORMAT", "github");
        environment.put("CDLINT_SARIF_FILE", "reports/cdlint.sarif");
        return environment;
    }

    @Test
    void annotatesWritesSarifAndFailsAtTheFailLevel() throws Exception {
        Result run = Processes.run(dir, inputs(BROKEN, "error"), "bash", SCRIPT.toString());

        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("::error file=", "title=cdlint%3A ordered-relationship::");
        JsonNode sarif = new ObjectMapper().readTree(dir.resolve("reports/cdlint.sarif").toFile());
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
        assertThat(sarif.path("runs").get(0).path("results").size()).isGreaterThan(10);
        assertThat(Files.readAllLines(dir.resolve("github-output")))
                .containsExactly("sarif-file=reports/cdlint.sarif", "exit-code=1");
    }

    @Test
    void failOnNeverPassesWithTheSameReports() throws Exception {
        Result run = Processes.run(dir, inputs(BROKEN, "never"), "bash", SCRIPT.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("::error file=");
        assertThat(dir.resolve("reports/cdlint.sarif")).isRegularFile();
    }

    /** Every input reaches cdlint as the option it stands for, paths split on spaces and new lines. */
    @Test
    void passesEachInputAsItsOption() throws Exception {
        Path fake = dir.resolve("fake-cdlint");
        Files.writeString(fake, "#!/bin/sh\nprintf '%s|' \"$@\" >> \"$0.calls\"\necho >> \"$0.calls\"\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        Map<String, String> environment = inputs("App/A.xcdatamodeld  Widget\nShared/*.xcdatamodeld", "warning");
        environment.put("CDLINT", fake.toString());
        environment.put("CDLINT_AGAINST", "cloudkit/production.ckdb");
        environment.put("CDLINT_AGAINST_REF", "v1.4.0");

        Result run = Processes.run(dir, environment, "bash", SCRIPT.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        String common = "check|App/A.xcdatamodeld|Widget|Shared/*.xcdatamodeld|--against|cloudkit/production.ckdb"
                + "|--against-ref|v1.4.0|";
        assertThat(Files.readAllLines(dir.resolve("fake-cdlint.calls"))).containsExactly(
                common + "--format|sarif|--fail-on|never|--output|reports/cdlint.sarif|",
                common + "--format|github|--fail-on|warning|");
    }

    @Test
    void actionYmlHandsEveryInputToTheScript() throws Exception {
        JsonNode action = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("action.yml").toFile());

        assertThat(action.path("runs").path("using").asText()).isEqualTo("composite");
        List<String> inputs = StreamSupport.stream(
                ((Iterable<String>) () -> action.path("inputs").fieldNames()).spliterator(), false).toList();
        assertThat(inputs).contains("paths", "against", "against-ref", "fail-on", "format", "sarif-file");
        JsonNode steps = action.path("runs").path("steps");
        assertThat(steps.get(0).path("uses").asText()).startsWith("actions/setup-java@");
        JsonNode check = steps.get(1);
        assertThat(check.path("run").asText()).contains("$GITHUB_ACTION_PATH/packaging/github-action/check.sh");
        for (String input : inputs) {
            if (!input.equals("java-version")) {
                String variable = "CDLINT_" + input.toUpperCase().replace('-', '_');
                assertThat(check.path("env").path(variable).asText()).as(variable)
                        .isEqualTo("${{ inputs." + input + " }}");
            }
        }
        assertThat(Files.isExecutable(SCRIPT)).isTrue();
    }
}
