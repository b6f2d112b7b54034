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
 * The ./cdlint launcher with its start-up archive: whatever state the archive is in, the output and the exit code
 * are those of a run without it. The tests run on the JDK that runs the build; with JDK 25 or later the archive is
 * an AOT cache ({@code .aot}), before that a dynamic class-data-sharing archive ({@code .jsa}).
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

        boolean aotCache = archives().get(0).toString().endsWith(".aot");
        CdlintProcess.Run second = launch(Map.of("CDLINT_JAVA_OPTS", aotCache ? "-XX:AOTMode=on" : "-Xshare:on"),
                JSON_CHECK);

        // These make the JVM fail rather than run without the archive, so this proves the archive is used.
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

    @Test
    void theArchiveComesFromTheTrainingRunNotFromTheFirstCommand() throws Exception {
        launch(Map.of(), "--help");
        Path classLog = dir.resolve("classes.log");

        CdlintProcess.Run check = launch(Map.of("CDLINT_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog),
                JSON_CHECK);

        assertThat(check).isEqualTo(withoutArchive);
        // --help loads neither the model binding nor the JSON writer; the training run loads both.
        assertThat(Files.readAllLines(classLog)).filteredOn(line -> line.contains(
                        " dev.cdlint.model.xml.ContentsReader ") || line.contains(" dev.cdlint.report.JsonReporter "))
                .hasSize(2).allSatisfy(line -> assertThat(line).contains("shared objects file"));
    }

    @Test
    void withoutHomeItRunsWithoutAnArchive() throws Exception {
        Path root = CdlintProcess.projectRoot();
        // Where a launcher that took an unset HOME for an empty one, or a relative cache, would put its archive.
        Path rootCache = Path.of("/.cache/cdlint");
        assertThat(rootCache).as("left by something else; this test could not tell").doesNotExist();
        // env -i: nothing but what a bare process has; the launcher must not need HOME.
        List<String> command = List.of("/usr/bin/env", "-i", "PATH=" + System.getenv("PATH"),
                "JAVA_HOME=" + System.getProperty("java.home"), "CDLINT_JAR=" + CdlintProcess.jar(),
                root.resolve("cdlint").toString(), JSON_CHECK[0], JSON_CHECK[1], JSON_CHECK[2], JSON_CHECK[3]);

        assertThat(CdlintProcess.runCommand(command, root, Map.of())).isEqualTo(withoutArchive);
        assertThat(rootCache).doesNotExist();
        assertThat(root.resolve(".cache")).doesNotExist();
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(f -> f.getFileName().toString().matches(".*\\.(jsa|aot)")).toList();
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
