package dev.cdlint.cli;

import static dev.cdlint.cli.InProcess.cdlint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.cli.CdlintProcess.Run;
import dev.cdlint.report.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No run writes to any of its inputs: the input tree (a model bundle, its .cdlint.yml, a production schema, a sync
 * log and a baseline) has the same files with the same checksums after every command in every format, including
 * runs told to write onto those very inputs, which must be refused before anything is written.
 */
class InputsUntouchedTest {

    @TempDir
    Path dir;

    private Path project;
    private Path bundle;
    private Path contents;
    private Path config;
    private Path schema;
    private Path baseline;
    private Path log;
    private Path outputs;

    @BeforeEach
    void copyTheJournalSample() throws IOException {
        project = copyTree(CdlintProcess.projectRoot().resolve("samples/journal"), dir.resolve("project"));
        bundle = project.resolve("Journal.xcdatamodeld");
        contents = bundle.resolve("Journal 2.xcdatamodel/contents");
        config = project.resolve(".cdlint.yml");
        schema = project.resolve("cloudkit/production.ckdb");
        baseline = project.resolve("cdlint-baseline.json");
        log = project.resolve("logs/testflight-sync.log");
        assertThat(cdlint("check", bundle.toString(), "--write-baseline", baseline.toString()).exitCode()).isZero();
        outputs = Files.createDirectories(dir.resolve("outputs"));
    }

    @Test
    void noCommandInAnyFormatChangesTheInputTree() throws Exception {
        Map<String, String> before = checksums(project);
        List<Integer> exitCodes = new ArrayList<>();
        for (String format : ReportFormat.ids()) {
            exitCodes.add(cdlint("check", bundle.toString(), "--against", schema.toString(), "--baseline",
                    baseline.toString(), "--format", format, "--output", outputs.resolve(format).toString(),
                    "--write-baseline", outputs.resolve(format + ".json").toString()).exitCode());
            exitCodes.add(cdlint("check", project.toString(), "--format", format).exitCode());
            exitCodes.add(cdlint("logs", log.toString(), "--model", bundle.toString(), "--against",
                    schema.toString(), "--format", format, "--output", outputs.resolve(format + ".log").toString())
                    .exitCode());
        }
        exitCodes.add(cdlint("check", schema.toString(), "--config", config.toString()).exitCode());
        exitCodes.add(cdlint("schema", bundle.toString(), "--output", outputs.resolve("s.ckdb").toString())
                .exitCode());
        exitCodes.add(cdlint("format", schema.toString(), "--output", outputs.resolve("f.ckdb").toString())
                .exitCode());
        exitCodes.add(cdlint("rules", "--format", "json").exitCode());
        exitCodes.add(cdlint("explain", "ordered-relationship").exitCode());

        assertThat(exitCodes).allMatch(code -> code == Main.OK || code == Main.FINDINGS);
        assertThat(checksums(project)).isEqualTo(before);
    }

    @Test
    void everyOutputOptionRefusesEveryInputBeforeWritingAnything() throws Exception {
        Files.writeString(config, "schema: cloudkit/production.ckdb\n", StandardOpenOption.APPEND);
        Map<String, String> before = checksums(project);
        Path hardLink = Files.createLink(dir.resolve("hard-link"), contents);
        Path symlink = Files.createSymbolicLink(dir.resolve("symlink"), config);
        List<Path> targets = List.of(contents, bundle.resolve(".xccurrentversion"), config, schema, baseline,
                hardLink, symlink);
        for (Path target : targets) {
            for (String option : List.of("--output", "--write-baseline")) {
                String fresh = outputs.resolve("fresh-" + option).toString();
                String other = option.equals("--output") ? "--write-baseline" : "--output";
                Run run = cdlint("check", bundle.toString(), "--against", schema.toString(), "--baseline",
                        baseline.toString(), option, target.toString(), other, fresh);
                assertThat(run.exitCode()).as(option + " " + target + ": " + run.err()).isEqualTo(Main.BAD_INPUT);
                assertThat(run.err()).contains(target + ": error: refusing to write onto an input of this run");
                assertThat(Path.of(fresh)).as("nothing written before the refusal").doesNotExist();
            }
        }
        Run schemaRun = cdlint("schema", bundle.toString(), "--output", contents.toString());
        Run formatRun = cdlint("format", schema.toString(), "--output", schema.toString());
        Path deployed = copyTree(bundle, dir.resolve("deployed/Journal.xcdatamodeld"));
        Map<String, String> deployedBefore = checksums(deployed);
        Run againstModelRun = cdlint("check", bundle.toString(), "--against-model", deployed.toString(),
                "--output", deployed.resolve("Journal.xcdatamodel/contents").toString());
        Run logsRun = cdlint("logs", log.toString(), "--output", log.toString());
        Run logsModelRun = cdlint("logs", log.toString(), "--model", bundle.toString(), "--output",
                contents.toString());
        // Read only when a log shows what Core Data rejected, and an input all the same.
        Run logsConfigRun = cdlint("logs", log.toString(), "--model", bundle.toString(), "--output",
                config.toString());
        // The production export that .cdlint.yml names is the next check's input.
        Run schemaExportRun = cdlint("schema", bundle.toString(), "--output", schema.toString());
        Run schemaConfigRun = cdlint("schema", bundle.toString(), "--output", config.toString());

        assertThat(List.of(schemaRun, formatRun, againstModelRun, logsRun, logsModelRun, logsConfigRun,
                schemaExportRun, schemaConfigRun)).allSatisfy(run -> {
            assertThat(run.exitCode()).as(run.err()).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err()).contains("refusing to write onto an input of this run");
        });
        assertThat(checksums(project)).isEqualTo(before);
        assertThat(checksums(deployed)).isEqualTo(deployedBefore);
    }

    @Test
    void outputsThatAreNotNewOrRegularFilesAreUsageErrorsNotCrashes() {
        Run root = cdlint("check", bundle.toString(), "--write-baseline", "/");
        Run folder = cdlint("check", bundle.toString(), "--output", outputs.toString());
        Run device = cdlint("check", bundle.toString(), "--write-baseline", "/dev/null");

        assertThat(root.exitCode()).as(root.err()).isEqualTo(Main.BAD_INPUT);
        assertThat(root.err()).contains("/: error: cannot write: it is a directory");
        assertThat(folder.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(folder.err()).contains("it is a directory");
        assertThat(device.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(device.err()).contains("/dev/null: error: refusing to write: it is not a regular file");
        assertThat(Path.of("/dev/null")).exists().satisfies(p -> assertThat(Files.isRegularFile(p)).isFalse());
    }

    @Test
    void theTwoOutputsOfARunMayNotBeOneFile() {
        String same = outputs.resolve("same.txt").toString();
        Run run = cdlint("check", bundle.toString(), "--output", same, "--write-baseline", same);

        assertThat(run.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("--output and --write-baseline name the same file");
        assertThat(Path.of(same)).doesNotExist();
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return to;
    }

    /** Every file and link under the folder, with a SHA-256 of each file's bytes or a link's target. */
    private static Map<String, String> checksums(Path root) throws Exception {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.toList()) {
                String key = root.relativize(file).toString();
                if (Files.isSymbolicLink(file)) {
                    sums.put(key, "-> " + Files.readSymbolicLink(file));
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    MessageDigest sha = MessageDigest.getInstance("SHA-256");
                    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                        in.transferTo(OutputStream.nullOutputStream());
                    }
                    sums.put(key, HexFormat.of().formatHex(sha.digest()));
                } else {
                    sums.put(key, Files.isDirectory(file) ? "directory" : "other");
                }
            }
        }
        assertThat(sums).hasSizeGreaterThan(5);
        return sums;
    }
}
