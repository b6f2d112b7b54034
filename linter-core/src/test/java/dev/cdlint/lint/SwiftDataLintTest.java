package dev.cdlint.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.baseline.Baseline;
import dev.cdlint.config.ExcludeGlob;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.source.InputException;
import dev.cdlint.source.OutputFile;
import dev.cdlint.testing.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SwiftData models through the whole run: found beside Core Data models, placed by code, overridden, compared. */
class SwiftDataLintTest {

    private static final String CONTAINER = """
            import SwiftData
            enum Store {
                static let container = try! ModelContainer(for: %s,
                    configurations: ModelConfiguration(cloudKitDatabase: %s))
            }
            """;

    @TempDir
    Path dir;

    private Path write(String path, String text) {
        return TestFiles.write(dir, path, text);
    }

    private void noteModel(String database) {
        write("App/Note.swift", """
                import SwiftData
                @Model final class Note {
                    var title: String
                    init(title: String) { self.title = title }
                }
                """);
        write("App/Store.swift", CONTAINER.formatted("Note.self", database));
    }

    private static List<String> rules(LintResult result) {
        return result.findings().stream().map(f -> f.rule() + " " + f.location().file().getFileName() + ":"
                + f.location().line()).toList();
    }

    @Test
    void aRepositoryWithBothKindsGetsBoth() throws IOException {
        noteModel(".private(\"iCloud.com.example.notes\")");
        write("Legacy/Model.xcdatamodeld/Model.xcdatamodel/contents", """
                <model usedWithCloudKit="YES">
                    <entity name="Old"><attribute name="name" attributeType="String"/></entity>
                </model>
                """);

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(result.models()).containsExactlyInAnyOrder(dir.resolve("Legacy/Model.xcdatamodeld"),
                dir.resolve("App"));
        assertThat(rules(result)).containsExactlyInAnyOrder("attribute-required-without-default contents:2",
                "attribute-required-without-default Note.swift:3");
        assertThat(result.inputs()).contains(dir.resolve("App/Note.swift"));
        assertThat(result.summaries()).extracting(ModelSummary::format).containsExactlyInAnyOrder("core-data",
                "swiftdata");
    }

    @Test
    void aStoreWithCloudKitDatabaseNoneIsNotCheckedAndTheConfigurationFileOverridesTheCode() throws IOException {
        noteModel(".none");

        LintResult local = new Linter().lint(LintRequest.of(dir));
        write("App/.cdlint.yml", "scopes:\n  Default: private\n");
        LintResult overridden = new Linter().lint(LintRequest.of(dir));
        LintResult commandLine = new Linter().lint(new LintRequest(List.of(dir), null, null,
                Map.of("Default", DatabaseScope.NONE)));

        assertThat(rules(local)).containsExactly("cloudkit-not-enabled Note.swift:2");
        assertThat(local.summaries().get(0).configurations()).singleElement().satisfies(scope -> {
            assertThat(scope.checked()).isFalse();
            assertThat(scope.decidedBy()).isEqualTo("code");
            assertThat(scope.at()).hasToString(dir.resolve("App/Store.swift") + ":4:62");
            assertThat(scope.reason()).isEqualTo("cloudKitDatabase: .none");
        });
        assertThat(rules(overridden)).containsExactly("attribute-required-without-default Note.swift:3");
        assertThat(overridden.summaries().get(0).configurations().get(0).decidedBy()).isEqualTo(".cdlint.yml");
        assertThat(rules(commandLine)).containsExactly("cloudkit-not-enabled Note.swift:2");
        assertThat(commandLine.summaries().get(0).configurations().get(0).decidedBy()).isEqualTo("--scope");
    }

    @Test
    void aModelNoCodePlacesIsCheckedAsPrivateAndSaysSo() {
        write("App/Note.swift", """
                import SwiftData
                @Model final class Note { var title: String; init(title: String) { self.title = title } }
                """);

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(rules(result)).containsExactlyInAnyOrder("swiftdata-container-not-found Note.swift:2",
                "attribute-required-without-default Note.swift:2");
        assertThat(result.summaries().get(0).configurations().get(0).reason()).endsWith("checked as private");
    }

    @Test
    void aNamedSwiftFileLintsItsModelAndAFileThatMentionsNoneIsSkippedUnread() throws IOException {
        noteModel(".private(\"iCloud.com.example.notes\")");
        Files.createDirectories(dir.resolve(".git"));
        Path helper = write("App/Helpers.swift", "func shout(_ s: String) -> String { s.uppercased() }\n");

        LintResult named = new Linter().lint(LintRequest.of(dir.resolve("App/Note.swift")));
        LintResult unrelated = new Linter().lint(LintRequest.of(helper));
        LintResult container = new Linter().lint(LintRequest.of(dir.resolve("App/Store.swift")));

        assertThat(named.models()).containsExactly(dir.resolve("App"));
        assertThat(rules(named)).containsExactly("attribute-required-without-default Note.swift:3");
        assertThat(unrelated.models()).isEmpty();
        assertThat(unrelated.findings()).isEmpty();
        assertThat(container.models()).as("the file that places the model").containsExactly(dir.resolve("App"));
    }

    @Test
    void vendoredAndExcludedSourcesAreNotRead() {
        noteModel(".private(\"iCloud.com.example.notes\")");
        for (String vendored : List.of("Pods/Dep", ".build/checkouts/Dep", "Carthage/Checkouts/Dep", "DerivedData/X",
                "Vendor/Kit")) {
            write(vendored + "/Bad.swift", "import SwiftData\n@Model final class Bad { var x: Int }\n");
        }
        write(".cdlint.yml", "exclude:\n  - Vendor\n");

        LintResult result = new Linter().lint(LintRequest.of(dir));
        LintResult excludedToo = new Linter().lint(new LintRequest(List.of(dir), null, null, Map.of(), null, null,
                ExcludeGlob.parseAll(dir, List.of("App"))));

        assertThat(result.models()).containsExactly(dir.resolve("App"));
        assertThat(excludedToo.models()).isEmpty();
    }

    @Test
    void aSwiftFileCdlintCannotFollowIsAFindingWhereItLostTrackAndTheRunGoesOn() {
        noteModel(".private(\"iCloud.com.example.notes\")");
        write("App/Broken.swift", "import SwiftData\n@Model final class Broken {\n    func f() { g(] }\n}\n");

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(rules(result)).containsExactlyInAnyOrder("model-unreadable Broken.swift:3",
                "attribute-required-without-default Note.swift:3");
        Finding unreadable = result.findings().stream().filter(f -> f.rule().equals("model-unreadable")).findFirst()
                .orElseThrow();
        assertThat(unreadable.location().column()).isEqualTo(18);
        assertThat(unreadable.message()).contains("cannot close the '('");
    }

    @Test
    void aDirectoryWithNeitherKindIsAnInputError() {
        write("Empty/Helpers.swift", "func f() {}\n");

        assertThatThrownBy(() -> new Linter().lint(LintRequest.of(dir.resolve("Empty"))))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("no Core Data model (.xcdatamodeld or .xcdatamodel) and no SwiftData @Model class");
    }

    @Test
    void aCoreDataStoreMirroredInCodeIsCheckedWithTheScopeTheCodeGives() {
        write("App/Journal.xcdatamodeld/Journal.xcdatamodel/contents", """
                <model>
                    <entity name="Post"><attribute name="body" optional="YES" attributeType="String"/></entity>
                </model>
                """);
        write("App/Persistence.swift", """
                import CoreData
                let container: NSPersistentCloudKitContainer = {
                    let container = NSPersistentCloudKitContainer(name: "Journal")
                    let options = NSPersistentCloudKitContainerOptions(containerIdentifier: "iCloud.com.example.journal")
                    options.databaseScope = .public
                    container.persistentStoreDescriptions.first?.cloudKitContainerOptions = options
                    return container
                }()
                """);

        LintResult inFolder = new Linter().lint(LintRequest.of(dir));
        LintResult bundleOnly = new Linter().lint(LintRequest.of(dir.resolve("App/Journal.xcdatamodeld")));

        // Without the model's "Used with CloudKit" box, the code's public store is checked, public rules included.
        assertThat(rules(inFolder)).containsExactly("public-soft-delete-attribute contents:2");
        assertThat(inFolder.summaries().get(0).configurations().get(0)).satisfies(scope -> {
            assertThat(scope.scope()).isEqualTo("public");
            assertThat(scope.decidedBy()).isEqualTo("code");
            assertThat(scope.at().file()).isEqualTo(dir.resolve("App/Persistence.swift"));
        });
        // A run naming the bundle reads no Swift: only the model says what is checked.
        assertThat(rules(bundleOnly)).containsExactly("cloudkit-not-enabled contents:1");
    }

    @Test
    void aCoreDataStoreWhoseOptionsAreNilIsNotCheckedThoughTheModelTicksTheBox() {
        write("App/Journal.xcdatamodeld/Journal.xcdatamodel/contents", """
                <model usedWithCloudKit="YES">
                    <entity name="Post"><attribute name="body" attributeType="String"/></entity>
                </model>
                """);
        write("App/Persistence.swift", """
                import CoreData
                func load() -> NSPersistentContainer {
                    let container = NSPersistentCloudKitContainer(name: "Journal")
                    container.persistentStoreDescriptions.first!.cloudKitContainerOptions = nil
                    return container
                }
                """);

        LintResult result = new Linter().lint(LintRequest.of(dir));

        assertThat(rules(result)).containsExactly("cloudkit-not-enabled contents:1");
    }

    @Test
    void anEarlierVersionOfTheMigrationPlanServesAsTheDeployedModel() {
        write("App/Schema.swift", """
                import SwiftData
                enum V1: VersionedSchema {
                    static var models: [any PersistentModel.Type] { [Note.self] }
                    @Model final class Note { var title: Int = 0 }
                }
                enum V2: VersionedSchema {
                    static var models: [any PersistentModel.Type] { [Note.self] }
                    @Model final class Note { var title: String = "" }
                }
                enum Plan: SchemaMigrationPlan { static var schemas: [any VersionedSchema.Type] { [V1.self, V2.self] } }
                """);
        write("App/Store.swift", """
                import SwiftData
                let container = try! ModelContainer(for: Schema(versionedSchema: V2.self), migrationPlan: Plan.self,
                    configurations: ModelConfiguration(cloudKitDatabase: .private("iCloud.com.example.notes")))
                """);

        LintResult result = new Linter().lint(new LintRequest(List.of(dir), null, null, Map.of(), Path.of("V1"),
                null));

        assertThat(rules(result)).containsExactly("evolution-field-type-changed Schema.swift:8");
        assertThatThrownBy(() -> new Linter().lint(new LintRequest(List.of(dir), null, null, Map.of(),
                Path.of("V9"), null))).hasMessageContaining("an earlier VersionedSchema of V2 (it has V1)");
    }

    @Test
    void aSwiftFileNamedAsTheDeployedModelIsReadAloneNotWithTheProjectAroundIt() throws IOException {
        noteModel(".private(\"iCloud.com.example.notes\")");
        Files.createDirectories(dir.resolve(".git"));
        write("Released/Note.swift", "import SwiftData\n@Model final class Note { var title: Int = 0 }\n");

        LintResult result = new Linter().lint(new LintRequest(List.of(dir.resolve("App")), null, null, Map.of(),
                dir.resolve("Released/Note.swift"), null));

        assertThat(rules(result)).contains("evolution-field-type-changed Note.swift:3");
    }

    @Test
    void aBaselineKeepsItsFindingsAcceptedWhenTheClassMovesToAnotherFile() throws IOException {
        noteModel(".private(\"iCloud.com.example.notes\")");
        Path baselineFile = dir.resolve("baseline.json");
        Baseline.write(new Linter().lint(LintRequest.of(dir.resolve("App"))).findings(),
                OutputFile.check(baselineFile, List.of()), dir);
        Files.move(dir.resolve("App/Note.swift"), dir.resolve("App/Notes.swift"));

        List<Finding> moved = new Linter().lint(LintRequest.of(dir.resolve("App"))).findings();
        Baseline.Result applied = Baseline.read(baselineFile).apply(moved);

        assertThat(moved).hasSize(1);
        assertThat(applied.newFindings()).isEmpty();
    }
}
