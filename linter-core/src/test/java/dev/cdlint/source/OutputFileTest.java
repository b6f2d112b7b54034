package dev.cdlint.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No output may land on an input, whatever path leads there, nor replace anything but a regular file. */
class OutputFileTest {

    @TempDir
    Path dir;

    private Path bundle;
    private Path contents;
    private Path config;

    @BeforeEach
    void inputs() throws Exception {
        bundle = Files.createDirectories(dir.resolve("App/Model.xcdatamodeld/Model.xcdatamodel")).getParent();
        contents = Files.writeString(bundle.resolve("Model.xcdatamodel/contents"), "<model/>");
        config = Files.writeString(dir.resolve("App/.cdlint.yml"), "rules: {}\n");
    }

    private void assertRefused(Path output, String reason) {
        assertThatThrownBy(() -> OutputFile.check(output, List.of(bundle, config)))
                .isInstanceOf(InputException.class).hasMessageContaining(reason)
                .satisfies(e -> assertThat(((InputException) e).location().file()).isEqualTo(output));
    }

    @Test
    void refusesAFileInsideAModelFolderAndTheConfiguration() {
        assertRefused(contents, "refusing to write onto an input of this run");
        assertRefused(bundle.resolve(".xccurrentversion"), "onto an input");
        assertRefused(config, "onto an input");
    }

    @Test
    void refusesWhatASymbolicLinkOrAHardLinkLeadsTo() throws Exception {
        Path symlink = Files.createSymbolicLink(dir.resolve("report.txt"), contents);
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("models"), bundle);
        Path hardLink = Files.createLink(dir.resolve("hard.txt"), config);

        assertRefused(symlink, "onto an input");
        assertRefused(linkedFolder.resolve("Model.xcdatamodel/contents"), "onto an input");
        assertRefused(hardLink, "onto an input");
    }

    @Test
    void refusesDirectoriesDevicesAndDanglingLinks() throws Exception {
        assertRefused(Path.of("/"), "it is a directory");
        assertRefused(dir, "it is a directory");
        assertRefused(Files.createSymbolicLink(dir.resolve("dangling"), dir.resolve("nowhere")), "missing file");
        assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null on this system");
        assertRefused(Path.of("/dev/null"), "not a regular file");
    }

    @Test
    void writesANewFileOrReplacesARegularOneThroughItsLink() throws Exception {
        OutputFile.check(dir.resolve("out/new/report.txt"), List.of(bundle, config)).write("one\n");
        Path existing = Files.writeString(dir.resolve("old.txt"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), existing);
        OutputFile.check(link, List.of(bundle, config)).write("two\n");

        assertThat(dir.resolve("out/new/report.txt")).hasContent("one");
        assertThat(existing).hasContent("two");
        assertThat(link).isSymbolicLink();
        assertThat(contents).hasContent("<model/>");
        try (var files = Files.list(dir)) {
            assertThat(files).noneMatch(f -> f.getFileName().toString().endsWith(".tmp"));
        }
    }

    /** The mode a shell redirection gives: 0666 less the umask for a new file, its own for an existing one. */
    @Test
    void aNewFileHasTheUmasksModeAndAnExistingOneKeepsItsOwn() throws Exception {
        Path byTheSystem = Files.createFile(dir.resolve("created-as-a-redirection-would"));
        Path fresh = dir.resolve("report.txt");
        Path existing = Files.writeString(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-r-----"));

        OutputFile.check(fresh, List.of(bundle, config)).write("new\n");
        OutputFile.check(existing, List.of(bundle, config)).write("new\n");

        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(byTheSystem));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(existing))).isEqualTo("rw-r-----");
    }
}
