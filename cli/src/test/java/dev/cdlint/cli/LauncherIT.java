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

    /**
     * Training takes seconds (4-16 measured), so the first run does not wait for it: it runs without an archive,
     * says nothing, and the archive is trained in the background afterwards (not there yet when the run returns).
     */
    @Test
    void theFirstRunDoesNotWaitForTheArchiveAndLaterRunsUseIt() throws Exception {
        CdlintProcess.Run first = launch(Map.of(), JSON_CHECK);

        assertThat(first).isEqualTo(withoutArchive);
        assertThat(archives()).isEmpty();
        CdlintProcess.awaitArchive(cache);
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
        CdlintProcess.awaitArchive(cache);
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
        CdlintProcess.awaitArchive(cache);
        Path firstArchive = archives().get(0);
        Path copy = Files.copy(CdlintProcess.jar(), dir.resolve("cdlint.jar"));

        CdlintProcess.Run run = launch(Map.of("CDLINT_JAR", copy.toString()), JSON_CHECK);
        awaitArchiveReplacing(firstArchive);

        assertThat(run).isEqualTo(withoutArchive);
        assertThat(archives()).singleElement().isNotEqualTo(firstArchive);
    }

    @Test
    void theArchiveComesFromTheTrainingRunNotFromTheFirstCommand() throws Exception {
        launch(Map.of(), "--help");
        CdlintProcess.awaitArchive(cache);
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

    /** A missing or broken Java: the launcher's own code, 3, and what to do, not the shell's 127. */
    @Test
    void withoutARunnableJavaItSaysSoAndExitsWithThree() throws Exception {
        Path noJdk = Files.createDirectories(dir.resolve("no-jdk/bin"));
        Path brokenJdk = Files.createDirectories(dir.resolve("broken-jdk/bin"));
        Files.createSymbolicLink(brokenJdk.resolve("java"), dir.resolve("uninstalled/bin/java"));
        Path launcher = CdlintProcess.projectRoot().resolve("cli/src/dist/bin/cdlint");
        String sh = "/bin/sh";

        // No JAVA_HOME and a PATH without java (the shell is named by its path, as a hook runner might).
        CdlintProcess.Run noJavaOnThePath = CdlintProcess.runCommand(List.of("/usr/bin/env", "-i",
                "PATH=" + noJdk, "CDLINT_JAR=" + CdlintProcess.jar(), sh, launcher.toString(), "--version"), dir,
                Map.of());
        CdlintProcess.Run javaHomeWithoutJava = launch(Map.of("JAVA_HOME", noJdk.getParent().toString()),
                "--version");
        CdlintProcess.Run javaLinkedToNothing = launch(Map.of("JAVA_HOME", brokenJdk.getParent().toString()),
                "--version");

        assertThat(List.of(noJavaOnThePath, javaHomeWithoutJava, javaLinkedToNothing)).allSatisfy(run -> {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).endsWith("; cdlint needs a JDK 17 or later: install one and put its bin folder on"
                    + " the PATH, or set JAVA_HOME to it\n").hasLineCount(1);
        });
        assertThat(noJavaOnThePath.err()).startsWith("cdlint: no java on the PATH, and JAVA_HOME is not set;");
        assertThat(javaHomeWithoutJava.err()).startsWith("cdlint: JAVA_HOME is " + noJdk.getParent()
                + ", which has no runnable bin/java;");
    }

    /**
     * bin/cdlint.cmd cannot run here (no cmd.exe on Linux): what can be checked is that every way it finds no Java
     * (JAVA_HOME without java.exe, no java on the PATH, a java cmd cannot start: 9009) ends in the launcher's code
     * with the POSIX launcher's advice, and that a run that started ends with the JVM's own code.
     */
    @Test
    void theWindowsLauncherAlsoExitsWithThreeWithoutARunnableJava() throws Exception {
        List<String> lines = Files.readAllLines(CdlintProcess.projectRoot().resolve("cli/src/dist/bin/cdlint.cmd"));
        String script = String.join("\n", lines);
        String advice = "; cdlint needs a JDK 17 or later: install one and put its bin folder on the PATH, or set"
                + " JAVA_HOME to it 1>&2";

        assertThat(lines).filteredOn(line -> line.startsWith("exit /b"))
                .containsOnly("exit /b 3", "exit /b %ERRORLEVEL%");
        assertThat(script).contains("if exist \"%CDLINT_JAVA%\" goto run\necho cdlint: JAVA_HOME is %JAVA_HOME%,"
                        + " which has no runnable bin\\java.exe" + advice + "\nexit /b 3")
                .contains("where java >nul 2>nul\nif errorlevel 1 goto no_java_on_path")
                .contains(":no_java_on_path\necho cdlint: no java on the PATH, and JAVA_HOME is not set" + advice
                        + "\nexit /b 3")
                .contains("if %ERRORLEVEL% equ 9009 goto cannot_run\nexit /b %ERRORLEVEL%")
                .contains(":cannot_run\necho cdlint: %CDLINT_JAVA% could not be run" + advice + "\nexit /b 3");
    }

    private void awaitArchiveReplacing(Path old) throws Exception {
        for (int waited = 0; waited < 3 * 60 * 10 && archives().contains(old); waited++) {
            Thread.sleep(100);
        }
        CdlintProcess.awaitArchive(cache);
    }

    private List<Path> archives() throws IOException {
        if (!Files.isDirectory(cache)) {
            return List.of(); // the background training has not made the folder yet
        }
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
