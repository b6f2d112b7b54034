package dev.cdlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distribution archive as a team installs it: unpacked anywhere, run from anywhere with only a JDK, and the
 * same output as the jar run directly.
 */
class DistributionIT {

    private static final String MODEL = "samples/journal-broken/Journal.xcdatamodel";

    @TempDir
    Path dir;

    private static Path archive(String extension) {
        return Path.of(System.getProperty("cdlint.distribution", "target/cdlint") + extension);
    }

    /** cdlint-VERSION: the archives' name and their top folder. */
    private static String name() {
        return archive("").getFileName().toString();
    }

    @Test
    void theZipAndTheTarballHoldTheSameFilesInTheLayoutPackagersUse() throws Exception {
        CdlintProcess.Run tar = CdlintProcess.runCommand(List.of("tar", "tzf", archive(".tar.gz").toString()),
                dir, Map.of());
        List<String> tarFiles = tar.out().lines().filter(f -> !f.endsWith("/")).sorted().toList();
        List<String> zipFiles;
        try (ZipFile zip = new ZipFile(archive(".zip").toFile())) {
            zipFiles = Collections.list(zip.entries()).stream().filter(e -> !e.isDirectory()).map(e -> e.getName())
                    .sorted().toList();
        }

        assertThat(zipFiles).isEqualTo(tarFiles);
        String top = name() + "/";
        assertThat(tarFiles).contains(top + "bin/cdlint", top + "bin/cdlint.cmd", top + "lib/cdlint.jar",
                top + "README.md", top + "LICENSE");
    }

    /** The README and 'cdlint explain' point into docs/: every page they name is in the archive. */
    @Test
    void theDocsThatTheReadmeAndExplainNameShipWithIt() throws Exception {
        CdlintProcess.Run tar = CdlintProcess.runCommand(List.of("tar", "tzf", archive(".tar.gz").toString()),
                dir, Map.of());
        String readme = Files.readString(CdlintProcess.projectRoot().resolve("README.md"));
        String explained = CdlintProcess.run("explain", "relationship-missing-inverse").out();
        List<String> named = java.util.regex.Pattern.compile("docs/[a-z-]+\\.md").matcher(readme + explained)
                .results().map(m -> name() + "/" + m.group()).distinct().toList();

        assertThat(named).contains(name() + "/docs/rules.md", name() + "/docs/cloudkit.md");
        assertThat(tar.out().lines()).containsAll(named);
    }

    @Test
    void unpackedAnywhereItChecksFromAnotherDirectoryAsTheJarDoes() throws Exception {
        Path install = Files.createDirectories(dir.resolve("opt"));
        CdlintProcess.Run untar = CdlintProcess.runCommand(List.of("tar", "xzf", archive(".tar.gz").toString()),
                install, Map.of());
        assertThat(untar.exitCode()).isZero();
        Path launcher = install.resolve(name()).resolve("bin/cdlint");
        // A package manager links the launcher into its own bin folder: lib/ is found through the link.
        Path linked = Files.createSymbolicLink(Files.createDirectories(dir.resolve("bin")).resolve("cdlint"),
                launcher);
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        String model = CdlintProcess.projectRoot().resolve(MODEL).toString();
        CdlintProcess.Run expected = CdlintProcess.runIn(elsewhere, Map.of(), "check", model, "--format", "json");

        // Only a JDK: no CDLINT_JAR, no source tree; the first run also starts training the start-up archive.
        List<String> command = List.of("/usr/bin/env", "-i", "PATH=" + System.getenv("PATH"),
                "JAVA_HOME=" + System.getProperty("java.home"), "CDLINT_CACHE_DIR=" + dir.resolve("cache"),
                linked.toString(), "check", model, "--format", "json");
        CdlintProcess.Run first = CdlintProcess.runCommand(command, elsewhere, Map.of());
        CdlintProcess.Run second = CdlintProcess.runCommand(command, elsewhere, Map.of());

        assertThat(expected.exitCode()).isEqualTo(1);
        assertThat(first).isEqualTo(expected);
        assertThat(second).isEqualTo(expected);
        CdlintProcess.awaitArchive(dir.resolve("cache"));
    }
}
