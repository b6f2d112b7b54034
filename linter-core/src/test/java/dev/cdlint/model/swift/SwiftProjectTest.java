package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.source.InputException;
import dev.cdlint.swift.SwiftFile;
import dev.cdlint.testing.TestFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwiftProjectTest {

    @TempDir
    Path project;

    private Path write(String path, String text) {
        TestFiles.write(project, path, text);
        return project.resolve(path);
    }

    private SwiftProject read() {
        return SwiftProject.read(SwiftFinder.find(project, p -> false));
    }

    private Path sized(String name, long bytes) throws IOException {
        Path file = project.resolve(name);
        try (RandomAccessFile out = new RandomAccessFile(file.toFile(), "rw")) {
            out.setLength(bytes);
        }
        return file;
    }

    @Test
    void aFileIsRelevantWhenItMentionsModelsSchemasContainersOrAppGroups() {
        for (String word : new String[] {"@Model final class Item {}", "let c = try ModelContainer(for: Item.self)",
                "ModelConfiguration()", "view.modelContainer(for: Item.self)", "enum V1: VersionedSchema {}",
                "enum Plan: SchemaMigrationPlan {}", "NSPersistentCloudKitContainer(name: \"M\")",
                "d.cloudKitContainerOptions = o", "o.databaseScope = .public", "CKContainer.default()",
                "CKSyncEngine(configuration)", "fm.containerURL(forSecurityApplicationGroupIdentifier: g)",
                "groupContainer: .identifier(g)", "UserDefaults(suiteName: g)", "SecTaskCopyValueForEntitlement(t)"}) {
            assertThat(SwiftProject.isRelevant(write("Relevant.swift", word))).as(word).isTrue();
        }
        for (String word : new String[] {"struct ModelView {}", "let s = Schema([Item.self])",
                "let model = ModelKit()", "func f() {}"}) {
            assertThat(SwiftProject.isRelevant(write("Other.swift", word))).as(word).isFalse();
        }
    }

    @Test
    void onlyTheRelevantFilesAreReadUntilAConstantLeadsToAnother() {
        write("App/Store.swift", "import SwiftData\nlet c = ModelConfiguration(cloudKitDatabase: Ids.database)\n");
        write("App/Ids.swift", "enum Ids { static let database = CloudKitDatabase.none }\n");
        write("App/Broken.swift", "enum Ids2 { static let s = \"database\n }\n");
        SwiftProject read = read();

        assertThat(read.files()).extracting(SwiftFile::path).containsExactly(project.resolve("App/Store.swift"));
        assertThat(read.filesMentioning("database")).extracting(SwiftFile::path)
                .containsExactly(project.resolve("App/Ids.swift"));
        assertThat(read.filesMentioning("database")).isEmpty();
        assertThat(read.files()).hasSize(2);
        assertThat(read.unreadable()).isEmpty();
    }

    @Test
    void aFileLargerThanCdlintReadsIsReportedAndCountsAsRelevant() throws IOException {
        Path large = sized("Large.swift", SwiftProject.MAX_FILE_BYTES + 1);
        Path limit = sized("Limit.swift", SwiftProject.MAX_FILE_BYTES);

        SwiftProject read = read();

        assertThat(SwiftProject.isRelevant(large)).isTrue();
        assertThat(SwiftProject.isRelevant(limit)).isFalse();
        assertThat(read.unreadable()).extracting(InputException::getMessage).containsExactly(
                "the file is 16 MiB, more than cdlint reads from one Swift file (16 MiB)");
        assertThat(read.unreadable().get(0).location().file()).isEqualTo(large);
        assertThat(read.filesMentioning("anything")).isEmpty();
        assertThat(read.unreadable()).hasSize(1);
    }

    @Test
    void aFileThatCannotBeReadIsReportedOnceAndCountsAsRelevant() throws IOException {
        Path gone = Files.createSymbolicLink(project.resolve("Gone.swift"), project.resolve("Missing.swift"));

        SwiftProject read = read();

        assertThat(SwiftProject.isRelevant(gone)).isTrue();
        assertThat(read.unreadable()).extracting(InputException::getMessage)
                .containsExactly("cannot read the file: no such file or directory");
        assertThat(read.filesMentioning("anything")).isEmpty();
        assertThat(read.unreadable()).hasSize(1);
    }
}
