package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.cdlint.samples.Processes.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
        JsonNode check = step(steps, "check");
        assertThat(check.path("run").asText()).contains("$GITHUB_ACTION_PATH/packaging/github-action/check.sh");
        assertThat(check.path("env").path("CDLINT_JAR").asText()).isEqualTo("${{ steps.setup.outputs.jar }}");
        for (String input : inputs) {
            if (!input.equals("java-version")) {
                String variable = "CDLINT_" + input.toUpperCase().replace('-', '_');
                assertThat(check.path("env").path(variable).asText()).as(variable)
                        .isEqualTo("${{ inputs." + input + " }}");
            }
        }
        assertThat(Files.isExecutable(SCRIPT)).isTrue();
    }

    /** The build is cached under the hash of the action's sources, and set up before the check runs. */
    @Test
    void actionYmlCachesTheBuildUnderTheKeyOfTheActionsSources() throws Exception {
        JsonNode steps = new ObjectMapper(new YAMLFactory()).readTree(ROOT.resolve("action.yml").toFile())
                .path("runs").path("steps");
        JsonNode cache = StreamSupport.stream(steps.spliterator(), false)
                .filter(s -> s.path("uses").asText().startsWith("actions/cache@")).findFirst().orElseThrow();

        assertThat(step(steps, "key").path("run").asText()).contains("setup.sh\" key)");
        assertThat(cache.path("with").path("key").asText())
                .isEqualTo("cdlint-action-${{ runner.os }}-${{ steps.key.outputs.key }}");
        assertThat(cache.path("with").path("path").asText()).isEqualTo("~/.cache/cdlint-action");
        assertThat(step(steps, "setup").path("run").asText()).contains("setup.sh\" jar)");
        assertThat(step(steps, "setup").path("env").path("CDLINT_ACTION_REF").asText())
                .isEqualTo("${{ github.action_ref }}");
    }

    /**
     * The set-up script run as a new runner would, in fresh copies of the action with one cache folder: the first
     * builds (here with a stand-in for the Maven Wrapper that records each call), the second in another fresh
     * folder finds the build in the cache and does not build, and a change to a source builds again. (The real
     * build and the time of the second run are measured in docs/performance.md.)
     */
    @Test
    void theSecondRunInAFreshFolderUsesTheCachedBuild() throws Exception {
        Path cache = dir.resolve("cache");
        Path calls = dir.resolve("mvnw.calls");

        Result first = setUp(freshCopy("first", calls), Map.of("CDLINT_ACTION_CACHE", cache.toString()));
        Result second = setUp(freshCopy("second", calls), Map.of("CDLINT_ACTION_CACHE", cache.toString()));

        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(second.exitCode()).as(second.output()).isZero();
        Path jar = Path.of(lastLine(first));
        assertThat(Path.of(lastLine(second))).isEqualTo(jar).startsWith(cache);
        assertThat(Files.mismatch(jar, Processes.cliJar())).isEqualTo(-1);
        assertThat(Files.readAllLines(calls)).hasSize(1);
        assertThat(second.output()).contains("using the cdlint build cached for this action");

        Path changed = freshCopy("changed", calls);
        Files.writeString(changed.resolve("cli/src/main/java/dev/cdlint/cli/Main.java"), "// changed\n",
                StandardOpenOption.APPEND);
        Result third = setUp(changed, Map.of("CDLINT_ACTION_CACHE", cache.toString()));

        assertThat(Files.readAllLines(calls)).hasSize(2);
        assertThat(Path.of(lastLine(third))).isNotEqualTo(jar).exists();
        assertThat(jar).doesNotExist();
    }

    /** Named by its release tag, the action runs the release's archive, checked against its checksum. */
    @Test
    void namedByAReleaseTagItRunsTheReleasesArchive() throws Exception {
        String version = System.getProperty("cdlint.version");
        Path archive = ROOT.resolve("cli/target/cdlint-" + version + ".tar.gz");
        Path release = Files.createDirectories(dir.resolve("releases/v" + version));
        Files.copy(archive, release.resolve(archive.getFileName()));
        String sum = Processes.ok(release, Map.of(), "sha256sum", archive.getFileName().toString());
        Files.writeString(release.resolve("cdlint-" + version + ".sha256"), sum);
        Path calls = dir.resolve("mvnw.calls");
        Map<String, String> environment = Map.of("CDLINT_ACTION_CACHE", dir.resolve("cache").toString(),
                "CDLINT_ACTION_REF", "v" + version, "CDLINT_RELEASES_URL", dir.resolve("releases").toUri().toString());

        Result run = setUp(freshCopy("tagged", calls), environment);

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("using the archive of release v" + version);
        assertThat(calls).doesNotExist();
        assertThat(Files.mismatch(Path.of(lastLine(run)), Processes.cliJar())).isEqualTo(-1);

        Files.writeString(release.resolve("cdlint-" + version + ".sha256"), "0".repeat(64) + sum.substring(64));
        Result tampered = setUp(freshCopy("tampered", calls), Map.of("CDLINT_ACTION_CACHE",
                dir.resolve("other-cache").toString(), "CDLINT_ACTION_REF", "v" + version, "CDLINT_RELEASES_URL",
                dir.resolve("releases").toUri().toString()));

        assertThat(tampered.exitCode()).isNotZero();
        assertThat(tampered.output()).contains("does not match its published checksum; not running it");
        assertThat(calls).doesNotExist();
    }

    /**
     * A copy of what the action's build and its set-up script are made of, with a stand-in for the Maven Wrapper
     * that "builds" the cli jar by copying this build's and records the call.
     */
    private Path freshCopy(String name, Path calls) throws Exception {
        Path copy = dir.resolve(name);
        Processes.copyParts(ROOT, List.of("pom.xml", ".mvn", "linter-core/pom.xml", "linter-core/src/main",
                "cli/pom.xml", "cli/src/main", "cli/src/dist", "cli/src/assembly", "samples/journal",
                "samples/journal-broken", "packaging/github-action"), copy);
        Path mvnw = Files.writeString(copy.resolve("mvnw"), "#!/bin/sh\necho \"$@\" >> '" + calls + "'\n"
                + "mkdir -p cli/target && cp '" + Processes.cliJar() + "' cli/target/cdlint.jar\n");
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(copy.resolve("packaging/github-action/setup.sh"),
                PosixFilePermissions.fromString("rwxr-xr-x"));
        return copy;
    }

    private Result setUp(Path action, Map<String, String> environment) throws Exception {
        return Processes.run(dir, environment, "bash", action.resolve("packaging/github-action/setup.sh").toString(),
                "jar");
    }

    private static String lastLine(Result run) {
        List<String> lines = run.output().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static JsonNode step(JsonNode steps, String id) {
        return StreamSupport.stream(steps.spliterator(), false).filter(s -> s.path("id").asText().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no step with id " + id));
    }
}
