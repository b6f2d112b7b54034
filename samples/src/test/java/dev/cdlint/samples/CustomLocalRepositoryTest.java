package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.samples.Processes.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build passes when its local Maven repository is not {@code ~/.m2/repository}, as CI caches and
 * {@code -Dmaven.repo.local} often set it: {@link ReadmeInstallTest}, the one test that runs Maven itself, must
 * resolve from the repository of the build that runs it. A copy of the project is built with a fresh local
 * repository (filled from this machine's through a file mirror) and a home that has no {@code ~/.m2} at all.
 */
class CustomLocalRepositoryTest {

    private static final Path ROOT = Processes.projectRoot();

    @TempDir
    Path dir;

    @Test
    void theReadmeInstallTestPassesInABuildWithItsOwnLocalRepository() throws Exception {
        Path clone = dir.resolve("cdlint");
        Processes.copyParts(ROOT, List.of("README.md", "LICENSE", "docs", "pom.xml", "mvnw", ".mvn",
                "linter-core/pom.xml", "linter-core/src", "cli/pom.xml", "cli/src/main", "cli/src/assembly",
                "cli/src/dist", "maven-plugin/pom.xml", "maven-plugin/src/main", "samples/pom.xml",
                "samples/src/test/java/dev/cdlint/samples/ReadmeInstallTest.java",
                "samples/src/test/java/dev/cdlint/samples/Processes.java", "samples/maven-project", "samples/journal",
                "benchmarks/pom.xml"), clone);
        clone.resolve("mvnw").toFile().setExecutable(true);
        Path home = Files.createDirectories(dir.resolve("home"));
        Path settings = dir.resolve("settings.xml");
        Files.writeString(settings, """
                <settings>
                  <mirrors>
                    <mirror><id>this-machine</id><mirrorOf>*</mirrorOf><url>%s</url></mirror>
                  </mirrors>
                </settings>
                """.formatted(Path.of(System.getProperty("cdlint.localRepository")).toUri()));

        Result built = Processes.run(clone, Map.of(), Duration.ofMinutes(10), "./mvnw", "-B", "-ntp", "-s",
                settings.toString(), "-Dmaven.repo.local=" + dir.resolve("repository"),
                // The plugin module too, so the repository holds the plugins the README's install resolves.
                "-pl", "maven-plugin,samples", "-am", "verify", "-Dtest=ReadmeInstallTest",
                "-Dsurefire.failIfNoSpecifiedTests=false", "-DskipITs", "-Dinvoker.skip=true",
                "-DargLine=-Duser.home=" + home);

        assertThat(built.exitCode()).as(built.output()).isZero();
        assertThat(built.output()).contains("Tests run: 1, Failures: 0, Errors: 0, Skipped: 0");
    }
}
