package dev.cdlint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.cdlint.cli.CdlintProcess.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Folders and files the process may not read become model-unreadable findings with the operating system's
 * reason, and the run still lints the rest and writes its report.
 *
 * <p>File modes do not bind root, so as root cdlint runs as the unprivileged user nobody (through setpriv), which
 * they do bind: these are real permission errors from the kernel, not simulated ones. Where neither is possible
 * (root without setpriv) the tests are skipped, saying so.
 */
class UnreadableInputsIT {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    @TempDir
    Path dir;

    private final List<Path> locked = new ArrayList<>();

    @BeforeEach
    void aFolderAnUnprivilegedUserCanUse() throws IOException {
        if (ROOT && !Files.isExecutable(SETPRIV)) {
            System.out.println("UnreadableInputsIT skipped: running as root without " + SETPRIV
                    + ", so file modes cannot deny anything to cdlint");
        }
        assumeTrue(!ROOT || Files.isExecutable(SETPRIV), "root without setpriv: file modes would not apply");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    @AfterEach
    void unlock() throws IOException {
        for (Path path : locked) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private void lock(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("---------"));
        locked.add(path);
    }

    /** cdlint as a user that file modes apply to. */
    private Run cdlint(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            command.addAll(List.of(SETPRIV.toString(), "--reuid=65534", "--regid=65534", "--clear-groups"));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                CdlintProcess.jar().toString()));
        command.addAll(List.of(args));
        return CdlintProcess.runCommand(command, dir, Map.of());
    }

    private Path model(String folder) throws IOException {
        Path contents = Files.createDirectories(dir.resolve(folder)).resolve("contents");
        Files.writeString(contents, """
                <model usedWithCloudKit="YES">
                    <entity name="Note"><attribute name="title" optional="YES" attributeType="String"/></entity>
                </model>
                """);
        return contents;
    }

    @Test
    void anUnreadableModelFolderIsAFindingAndTheReportIsStillWritten() throws Exception {
        model("project/Good.xcdatamodel");
        Path ordered = model("project/Ordered.xcdatamodel");
        Files.writeString(ordered, Files.readString(ordered).replace("<attribute", """
                <relationship name="tags" optional="YES" toMany="YES" ordered="YES" deletionRule="Nullify"
                    destinationEntity="Note" inverseName="tags" inverseEntity="Note"/><attribute"""));
        model("project/Locked.xcdatamodeld/Locked.xcdatamodel");
        lock(dir.resolve("project/Locked.xcdatamodeld"));

        Run text = cdlint("check", "project");
        Run sarif = cdlint("check", "project", "--format", "sarif", "--output", "report.sarif");
        Run never = cdlint("check", "project", "--fail-on", "never");

        assertThat(text.exitCode()).as(text.err()).isEqualTo(Main.FINDINGS);
        assertThat(text.out()).contains("project/Locked.xcdatamodeld ", "Cannot read the bundle: permission denied."
                + " Nothing in it was checked.", "[model-unreadable]", "[ordered-relationship]");
        assertThat(sarif.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(dir.resolve("report.sarif")).content().contains("\"ruleId\": \"model-unreadable\"",
                "permission denied", "\"ruleId\": \"ordered-relationship\"");
        assertThat(never.exitCode()).isEqualTo(Main.OK);
    }

    @Test
    void anUnreadableConfigurationOrLogSaysWhyNotOnlyWhere() throws Exception {
        model("project/Good.xcdatamodel");
        Path config = Files.writeString(dir.resolve("project/.cdlint.yml"), "scopes: {}\n");
        lock(config);
        Path log = Files.writeString(dir.resolve("sync.log"), "nothing\n");
        lock(log);

        Run check = cdlint("check", "project");
        Run logs = cdlint("logs", "sync.log");

        assertThat(check.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(check.err()).contains("project/.cdlint.yml: error: cannot read the file: permission denied");
        assertThat(logs.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(logs.err()).contains("sync.log: error: cannot read the log: permission denied");
    }

    @Test
    void anUnreadableFolderThatMayHoldModelsIsAFindingNotNoProblemsFound() throws Exception {
        model("project/Good.xcdatamodel");
        Files.createDirectories(dir.resolve("project/Sources"));
        lock(dir.resolve("project/Sources"));
        Files.createDirectories(dir.resolve("named"));
        lock(dir.resolve("named"));

        Run scanned = cdlint("check", "project");
        Run named = cdlint("check", "named");

        assertThat(scanned.exitCode()).as(scanned.err()).isEqualTo(Main.FINDINGS);
        assertThat(scanned.out()).contains("project/Sources ", "Cannot search this folder for models:"
                + " permission denied.");
        assertThat(named.exitCode()).as(named.err()).isEqualTo(Main.FINDINGS);
        assertThat(named.out()).contains("named ", "Cannot search this folder for models: permission denied.");
    }

    @Test
    void anUnreadableCurrentVersionIsAFindingNotAFallbackToAnOlderOne() throws Exception {
        model("Notes.xcdatamodeld/Notes.xcdatamodel");
        model("Notes.xcdatamodeld/Notes 2.xcdatamodel");
        Path current = dir.resolve("Notes.xcdatamodeld/.xccurrentversion");
        Files.writeString(current, "<plist version=\"1.0\"><dict><key>_XCCurrentVersionName</key>"
                + "<string>Notes 2.xcdatamodel</string></dict></plist>");
        lock(dir.resolve("Notes.xcdatamodeld/Notes 2.xcdatamodel"));

        Run folder = cdlint("check", "Notes.xcdatamodeld");

        assertThat(folder.exitCode()).as(folder.err()).isEqualTo(Main.FINDINGS);
        assertThat(folder.out()).contains("Notes.xcdatamodeld/Notes 2.xcdatamodel ", "Cannot read the current"
                + " version 'Notes 2': cannot read the model folder: permission denied.");

        unlock();
        locked.clear();
        lock(dir.resolve("Notes.xcdatamodeld/Notes 2.xcdatamodel/contents"));
        Run file = cdlint("check", "Notes.xcdatamodeld");

        assertThat(file.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(file.out()).contains("Notes 2.xcdatamodel/contents ", "Cannot read the file: permission"
                + " denied.");

        unlock();
        locked.clear();
        lock(current);
        Run plist = cdlint("check", "Notes.xcdatamodeld");

        assertThat(plist.exitCode()).isEqualTo(Main.FINDINGS);
        assertThat(plist.out()).contains(".xccurrentversion ", "Cannot read which version is current:"
                + " permission denied.");
    }
}
