package dev.cdlint.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.testing.SyntheticModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cdlint logs --model} with SwiftData sources, or a folder of models: diagnoses land on the element. */
class SwiftModelPlacementTest {

    @TempDir
    Path dir;

    @Test
    void aValidationFailureLandsOnTheSwiftPropertyItNames() throws Exception {
        Files.createDirectories(dir.resolve("App"));
        Files.writeString(dir.resolve("App/Note.swift"), """
                import SwiftData
                @Model final class Note {
                    var title: String
                    init(title: String) { self.title = title }
                }
                let container = try! ModelContainer(for: Note.self,
                    configurations: ModelConfiguration(cloudKitDatabase: .private("iCloud.com.example.notes")))
                """);
        String log = "CoreData: error: Store failed to load. <NSPersistentStoreDescription: 0x600001> (type: SQLite)"
                + " with Error Domain=NSCocoaErrorDomain Code=134060 \"A Core Data error occurred.\""
                + " UserInfo={NSLocalizedFailureReason=CloudKit integration requires that all attributes be optional,"
                + " or have a default value set. The following attributes are marked non-optional but do not have a"
                + " default value:\nNote: title\n}\n";

        List<Diagnosis> diagnoses = LogAnalysis.analyse(List.of(LogAnalysis.Source.stream(Path.of("sync.log"),
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)))), dir.resolve("App"), null, dir)
                .diagnoses();

        Diagnosis title = diagnoses.stream().filter(d -> "title".equals(d.property())).findFirst().orElseThrow();
        assertThat(title.element()).hasToString(dir.resolve("App/Note.swift") + ":3:9");
        assertThat(title.message()).contains("'cdlint check' reports it too");
    }

    @Test
    void aFolderWithSeveralModelsPlacesEachDiagnosisOnTheModelThatHasItsEntity() throws Exception {
        SyntheticModel.typical().writeTo(dir.resolve("Journal/Journal.xcdatamodeld/Journal.xcdatamodel"));
        Files.createDirectories(dir.resolve("App"));
        Files.writeString(dir.resolve("App/Note.swift"), """
                import SwiftData
                @Model final class Note {
                    var title: String = ""
                    init() {}
                }
                let container = try! ModelContainer(for: Note.self,
                    configurations: ModelConfiguration(cloudKitDatabase: .private("iCloud.com.example.notes")))
                """);
        String log = "Cannot create new type CD_Note in production schema\n"
                + "Cannot create new type CD_Entity0 in production schema\n"
                + "Cannot create new type CD_Gone in production schema\n";

        List<Diagnosis> diagnoses = LogAnalysis.analyse(List.of(LogAnalysis.Source.stream(Path.of("sync.log"),
                new ByteArrayInputStream(log.getBytes(StandardCharsets.UTF_8)))), dir, null, dir).diagnoses();

        assertThat(diagnoses).extracting(d -> d.element() == null ? null : dir.relativize(d.element().file()))
                .containsExactly(Path.of("App/Note.swift"), Path.of("Journal/Journal.xcdatamodeld/Journal.xcdatamodel"
                        + "/contents"), null);
        assertThat(diagnoses.get(2).notes()).first().asString().startsWith("None of the 2 models read (")
                .endsWith(") has entity Gone: the log comes from another app or an older version of them.");
    }
}
