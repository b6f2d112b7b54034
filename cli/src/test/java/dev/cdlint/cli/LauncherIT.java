package dev.cdlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ./cdlint launcher with its class-data-sharing archive: whatever state the archive is in, the output and
 * the exit code are those of a run without it.
 */
class LauncherIT {

    @TempDir
    Path dir;

    private Path cache;
    private CdlintProcess.Run withoutArchive;

    private static final String[] JSON_CHECK = {"check", "samples/journal-broken/Journal.xcdatamodel", "--format",
        "json"};

    @BeforeEach
    void referenceRun() throws Exception {
        cache = dir.resolve("cache");
        withoutArchive = launch(Map.of("CDLINT_NO_CDS", "1"), JSON_CHECK);
        assertThat(withoutArchive.exitCode()).isEqualTo(1);
        assertThat(withoutArchive.out()).startsWith("{");
    }

    @Test
    void theFirstRunCreatesTheArchiveAndLaterRunsUseIt() throws Exception {
        CdlintProcess.Run first = launch(Map.of(), JSON_CHECK);

        assertThat(first).isEqualTo(withoutArchive);
        assertThat(archives()).singleElement().satisfies(a -> assertThat(Files.size(a)).isPositive());

        CdlintProcess.Run second = launch(Map.of("CDLINT_JAVA_OPTS", "-Xshare:on"), JSON_CHECK);

        // -Xshare:on makes the JVM fail rather than run without the archive, so this proves the archive is used.
        assertThat(second).isEqualTo(withoutArchive);
    }

    @Test
    void aCorruptOrStaleArchiveIsIgnoredWithoutAWord() throws Exception {
        launch(Map.of(), JSON_CHECK);
        Path archive = archives().get(0);
        archive.toFile().setWritable(true);
        Files.write(archive, "not an archive".getBytes(StandardCharsets.US_ASCII));

        assertThat(launch(Map.of(), JSON_CHECK)).isEqualTo(withoutArchive);
    }

    @Test
    void anUnwritableCacheMeansNoArchiveAndAnOrdinaryRun() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "");
        cache = notADirectory.resolve("cache");

        assertThat(launch(Map.of(), JSON_CHECK)).isEqualTo(withoutArchive);
    }

    @Test
    void aRebuiltJarGetsANewArchiveAndTheOldOneIsRemoved() throws Exception {
        launch(Map.of(), JSON_CHECK);
        Path firstArchive = archives().get(0);
        Path copy = Files.copy(CdlintProcess.jar(), dir.resolve("cdlint.jar"));

        CdlintProcess.Run run = launch(Map.of("CDLINT_JAR", copy.toString()), JSON_CHECK);

        assertThat(run).isEqualTo(withoutArchive);
        assertThat(archives()).singleElement().isNotEqualTo(firstArchive);
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
    }

    private CdlintProcess.Run launch(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        Path root = CdlintProcess.projectRoot();
        Map<String, String> withDefaults = new HashMap<>(Map.of("CDLINT_JAR", CdlintProcess.jar().toString(),
                "CDLINT_CACHE_DIR", cache.toString()));
        withDefaults.putAll(environment);
        List<String> command = Stream.concat(Stream.of(root.resolve("cdlint").toString()), Stream.of(args)).toList();
        return CdlintProcess.runCommand(command, root, withDefaults);
    }
}
