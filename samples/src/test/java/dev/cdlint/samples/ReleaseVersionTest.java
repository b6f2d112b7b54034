package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The release convention (docs/releasing.md): the poms carry a release version, a release is the commit tagged
 * {@code vVERSION}, and every snippet a user copies names that version, so what the README shows is what the
 * build produces.
 */
class ReleaseVersionTest {

    private static final String VERSION = System.getProperty("cdlint.version");
    private static final Path ROOT = Processes.projectRoot();

    @Test
    void theBuildVersionIsAReleaseVersion() {
        assertThat(VERSION).as("the poms' version, passed by Surefire").matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void everyPreCommitRevIsTheReleaseTag() throws IOException {
        for (Path file : List.of(ROOT.resolve("README.md"), ROOT.resolve("samples/pre-commit/.pre-commit-config.yaml"))) {
            assertThat(all("rev: (\\S+)", file)).as(file.toString()).isNotEmpty().containsOnly("v" + VERSION);
        }
    }

    @Test
    void everyMavenPluginVersionIsTheBuildVersion() throws IOException {
        Pattern plugin = Pattern.compile("<artifactId>cdlint-maven-plugin</artifactId>\\s*<version>([^<]+)</version>");
        for (Path file : List.of(ROOT.resolve("README.md"), ROOT.resolve("samples/maven-project/pom.xml"))) {
            assertThat(all(plugin, file)).as(file.toString()).isNotEmpty().containsOnly(VERSION);
        }
    }

    @Test
    void everyActionReferenceIsTheReleaseTag() throws IOException {
        assertThat(all("uses: cdlint/cdlint@(\\S+)", ROOT.resolve("README.md"))).isNotEmpty().containsOnly("v" + VERSION);
    }

    @Test
    void theReadmeSaysWhichReleaseItsSnippetsName() throws IOException {
        assertThat(all("The snippets below name the release this README belongs to, `(\\S+)`",
                ROOT.resolve("README.md"))).containsExactly("v" + VERSION);
    }

    private static List<String> all(String regex, Path file) throws IOException {
        return all(Pattern.compile(regex), file);
    }

    private static List<String> all(Pattern pattern, Path file) throws IOException {
        Matcher matcher = pattern.matcher(Files.readString(file));
        return matcher.results().map(m -> m.group(1)).toList();
    }
}
