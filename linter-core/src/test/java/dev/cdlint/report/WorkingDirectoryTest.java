package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkingDirectoryTest {

    private final WorkingDirectory directory = new WorkingDirectory(Path.of("/project"));

    @Test
    void showsFilesUnderItRelativeAndOthersAbsolute() {
        assertThat(directory.display(Path.of("/project/a/b/contents"))).isEqualTo("a/b/contents");
        assertThat(directory.display(Path.of("a/../c"))).isEqualTo("c");
        assertThat(directory.display(Path.of("/projects/x"))).as("a sibling that shares the prefix")
                .isEqualTo("/projects/x");
        assertThat(directory.display(Path.of("/project"))).isEqualTo(".");
    }

    @Test
    void locationsShowWhatIsKnown() {
        Path file = Path.of("/project/m/contents");
        assertThat(directory.display(new SourceLocation(file, 3, 4))).isEqualTo("m/contents:3:4");
        assertThat(directory.display(new SourceLocation(file, 3, 0))).isEqualTo("m/contents:3");
        assertThat(directory.display(SourceLocation.ofFile(file))).isEqualTo("m/contents");
        assertThat(directory.displayAbsolute(new SourceLocation(Path.of("m/contents"), 3, 4)))
                .isEqualTo("/project/m/contents:3:4");
    }
}
