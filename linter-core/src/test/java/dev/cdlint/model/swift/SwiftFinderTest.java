package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwiftFinderTest {

    @TempDir
    Path temp;

    @Test
    void aLinkedFileIsTakenOnlyWhenItResolvesInsideTheFolder() throws IOException {
        Path project = temp.resolve("project");
        TestFiles.write(project, "App/Item.swift", "import SwiftData\n");
        TestFiles.write(temp, "outside/Secret.swift", "import SwiftData\n");
        Files.createSymbolicLink(project.resolve("App/Inside.swift"), project.resolve("App/Item.swift"));
        Files.createSymbolicLink(project.resolve("App/Outside.swift"), temp.resolve("outside/Secret.swift"));
        Files.createSymbolicLink(project.resolve("App/Linked.entitlements"), temp.resolve("outside/Secret.swift"));

        SwiftFinder.Found found = SwiftFinder.find(project, p -> false);

        assertThat(found.swiftFiles()).containsExactly(project.resolve("App/Inside.swift"),
                project.resolve("App/Item.swift"));
        assertThat(found.entitlements()).isEmpty();
    }

    @Test
    void filesAreFoundSortedAndAnEmptyFolderFindsNone() {
        Path project = temp.resolve("project");
        TestFiles.write(project, "B/App.entitlements", "");
        TestFiles.write(project, "A/App.entitlements", "");
        TestFiles.write(project, "C/Widget.entitlements", "");
        Path empty = temp.resolve("empty");
        TestFiles.write(empty, "README.md", "");

        SwiftFinder.Found found = SwiftFinder.find(project, p -> false);

        assertThat(found.entitlements()).containsExactly(project.resolve("A/App.entitlements"),
                project.resolve("B/App.entitlements"), project.resolve("C/Widget.entitlements"));
        assertThat(found.isEmpty()).isTrue();
        TestFiles.write(project, "A/Item.swift", "");
        assertThat(SwiftFinder.find(project, p -> false).isEmpty()).isFalse();
        assertThat(SwiftFinder.find(empty, p -> false).isEmpty()).isTrue();
    }

    @Test
    void aFilesProjectIsTheNearestFolderAboveItThatMarksARoot() {
        TestFiles.write(temp, "repo/.git/HEAD", "");
        TestFiles.write(temp, "repo/Packages/Kit/Package.swift", "");
        TestFiles.write(temp, "repo/Packages/Kit/Sources/Kit/Item.swift", "");
        TestFiles.write(temp, "repo/App/App.xcodeproj/project.pbxproj", "");
        TestFiles.write(temp, "repo/App/Sources/Store.swift", "");
        TestFiles.write(temp, "repo/Tools/Script.swift", "");
        TestFiles.write(temp, "alone/Sources/Loose.swift", "");

        assertThat(SwiftFinder.projectRoot(temp.resolve("repo/Packages/Kit/Sources/Kit/Item.swift")))
                .isEqualTo(temp.resolve("repo/Packages/Kit"));
        assertThat(SwiftFinder.projectRoot(temp.resolve("repo/App/Sources/Store.swift")))
                .isEqualTo(temp.resolve("repo/App"));
        assertThat(SwiftFinder.projectRoot(temp.resolve("repo/Tools/Script.swift"))).isEqualTo(temp.resolve("repo"));
        assertThat(SwiftFinder.projectRoot(temp.resolve("alone/Sources/Loose.swift")))
                .isEqualTo(temp.resolve("alone/Sources"));
    }
}
