package dev.cdlint.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cdlint.samples.Processes.Result;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Homebrew formula as a release writes it: packaging/homebrew/formula.sh on the distribution archive this build
 * just made. Its checksum is that archive's, computed here independently; its install block names files the
 * archive holds. (Homebrew itself runs the formula's test block on install.)
 */
class HomebrewFormulaTest {

    private static final Path ROOT = Processes.projectRoot();
    private static final String VERSION = System.getProperty("cdlint.version");
    private static final Path SCRIPT = ROOT.resolve("packaging/homebrew/formula.sh");

    private Path archive;

    @BeforeEach
    void theArchiveThisBuildMade() {
        archive = ROOT.resolve("cli/target/cdlint-" + VERSION + ".tar.gz");
        assumeTrue(Files.isRegularFile(archive), "skipped: " + archive + " is not built (./mvnw package)");
    }

    private String formula() throws Exception {
        return Processes.ok(ROOT, Map.of(), "sh", SCRIPT.toString(), archive.toString());
    }

    @Test
    void theScriptWritesThisArchivesVersionAndChecksum() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(Files.newInputStream(archive), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        }

        String formula = formula();

        assertThat(formula).contains("class Cdlint < Formula", "depends_on \"openjdk\"", "license \"Apache-2.0\"")
                .contains("\n  url \"https://github.com/cdlint/cdlint/releases/download/v" + VERSION + "/cdlint-"
                        + VERSION + ".tar.gz\"\n")
                .contains("\n  sha256 \"" + HexFormat.of().formatHex(sha.digest()) + "\"\n")
                .containsPattern("(?s)\n  test do\n.*shell_output\\(\"#\\{bin\\}/cdlint --version\"\\).*\n  end\n")
                .doesNotContain("@", "#@");
    }

    /** No checksum is typed into the repository: the template has a placeholder the script fills. */
    @Test
    void theRepositoryHoldsATemplateNotAChecksum() throws Exception {
        String template = Files.readString(ROOT.resolve("packaging/homebrew/cdlint.rb.in"));

        assertThat(template).contains("sha256 \"@SHA256@\"", "/v@VERSION@/cdlint-@VERSION@.tar.gz\"")
                .doesNotContainPattern("[0-9a-f]{64}");
    }

    @Test
    void installsOnlyWhatTheArchiveHolds() throws Exception {
        List<String> entries = List.of(Processes.ok(ROOT, Map.of(), "tar", "-tzf", archive.toString()).split("\n"));
        String top = "cdlint-" + VERSION + "/";

        // What the formula's install block names, each relative to the archive's top folder.
        assertThat(formula()).contains("libexec.install \"bin\", \"lib\"", "libexec/\"bin/cdlint\"",
                "doc.install \"README.md\", \"docs\"", "prefix.install \"LICENSE\"",
                "Language::Java.overridable_java_home_env");
        assertThat(entries).contains(top + "bin/cdlint", top + "lib/cdlint.jar", top + "README.md", top + "LICENSE",
                top + "docs/rules.md");
        assertThat(entries).allMatch(e -> e.startsWith(top), "one top folder, which Homebrew steps into");
    }

    @Test
    void anArchiveNotNamedForAVersionIsRefused(@TempDir Path dir) throws Exception {
        Path renamed = Files.copy(archive, dir.resolve("cdlint-latest.tar.gz"));

        Result run = Processes.run(ROOT, Map.of(), "sh", SCRIPT.toString(), renamed.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).contains("is not named cdlint-MAJOR.MINOR.PATCH.tar.gz");
    }
}
