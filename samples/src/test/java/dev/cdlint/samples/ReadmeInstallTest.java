package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.samples.Processes.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Maven install command, run as written in a copy of the project with an empty Maven repository of
 * its own, then the sample project's build against what it installed: what a new user does on a fresh machine.
 * The empty repository is filled from the one this build uses (a file mirror), so the test needs no network; that
 * is not always ~/.m2/repository (-Dmaven.repo.local, a settings file), so the pom passes it.
 */
class ReadmeInstallTest {

    private static final Path ROOT = Processes.projectRoot();

    @TempDir
    Path dir;

    @Test
    void theInstallCommandInstallsAPluginTheSampleProjectBuildsWith() throws Exception {
        String command = Files.readAllLines(ROOT.resolve("README.md")).stream()
                .filter(line -> line.startsWith("./mvnw ") && line.contains(" install -pl maven-plugin"))
                .findFirst().orElseThrow(() -> new AssertionError("the README has no install command"));
        Path clone = dir.resolve("cdlint");
        Processes.copyParts(ROOT, List.of("pom.xml", "mvnw", ".mvn", "linter-core/pom.xml", "linter-core/src/main",
                "maven-plugin/pom.xml", "maven-plugin/src/main", "cli/pom.xml", "samples/pom.xml", "benchmarks/pom.xml",
                "samples/maven-project", "samples/journal"), clone);
        clone.resolve("mvnw").toFile().setExecutable(true);
        Path repository = dir.resolve("repository");
        Path settings = dir.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>this-machine</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(buildRepository().toUri()));
        List<String> fresh = List.of("-B", "-s", settings.toString(), "-Dmaven.repo.local=" + repository);

        List<String> install = new ArrayList<>(List.of(command.split(" +")));
        install.addAll(fresh);
        Result installed = Processes.run(clone, Map.of(), install.toArray(String[]::new));

        assertThat(installed.exitCode()).as(installed.output()).isZero();
        assertThat(repository.resolve("dev/cdlint/cdlint-maven-plugin")).isDirectory();
        assertThat(installed.output()).as("no test ran").doesNotContain("Tests run:", "Building: ");

        List<String> sample = new ArrayList<>(List.of("./mvnw", "-q", "-f", "samples/maven-project/pom.xml",
                "verify"));
        sample.addAll(fresh);
        Result built = Processes.run(clone, Map.of(), sample.toArray(String[]::new));

        assertThat(built.exitCode()).as(built.output()).isZero();
        assertThat(clone.resolve("samples/maven-project/target/cdlint/cdlint.sarif")).isRegularFile();
    }

    /** The local repository of the build running this test; ~/.m2/repository when run outside Maven. */
    private static Path buildRepository() {
        String configured = System.getProperty("cdlint.localRepository");
        return configured == null || configured.isBlank() || configured.startsWith("${")
                ? Path.of(System.getProperty("user.home"), ".m2/repository") : Path.of(configured);
    }
}
