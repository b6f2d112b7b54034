package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The Homebrew formula against the distribution archive the cli module builds: it names this version's release
 * and installs files that are in the archive. (Homebrew itself runs the formula's test block on install.)
 */
class HomebrewFormulaTest {

    private static final Path ROOT = Processes.projectRoot();
    private static final String VERSION = System.getProperty("cdlint.version");

    private static String formula() throws Exception {
        return Files.readString(ROOT.resolve("packaging/homebrew/cdlint.rb"));
    }

    @Test
    void namesThisVersionsReleaseArchiveAndDependsOnOpenjdk() throws Exception {
        String formula = formula();

        assertThat(formula).contains("class Cdlint < Formula", "depends_on \"openjdk\"", "license \"Apache-2.0\"")
                .contains("url \"https://github.com/cdlint/cdlint/releases/download/v" + VERSION + "/cdlint-"
                        + VERSION + ".tar.gz\"")
                .containsPattern("sha256 \"[0-9a-f]{64}\"")
                .containsPattern("(?s)\n  test do\n.*shell_output\\(\"#\\{bin\\}/cdlint --version\"\\).*\n  end\n");
    }

    @Test
    void installsOnlyWhatTheArchiveHolds() throws Exception {
        Path archive = ROOT.resolve("cli/target/cdlint-" + VERSION + ".tar.gz");
        assumeTrue(Files.isRegularFile(archive), "skipped: " + archive + " is not built (./mvnw package)");
        List<String> entries = List.of(Processes.ok(ROOT, Map.of(), "tar", "-tzf", archive.toString()).split("\n"));
        String top = "cdlint-" + VERSION + "/";

        // What the formula's install block names, each relative to the archive's top folder.
        String formula = formula();
        assertThat(formula).contains("libexec.install \"bin\", \"lib\"", "libexec/\"bin/cdlint\"",
                "doc.install \"README.md\", \"docs\"", "prefix.install \"LICENSE\"");
        assertThat(entries).contains(top + "bin/cdlint", top + "lib/cdlint.jar", top + "README.md", top + "LICENSE",
                top + "docs/rules.md");
        assertThat(entries).allMatch(e -> e.startsWith(top), "one top folder, which Homebrew steps into");
        assertThat(Pattern.compile("Language::Java.overridable_java_home_env").matcher(formula).find()).isTrue();
    }
}
