package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cdlint.source.SourceLocation;
import dev.cdlint.testing.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stores of an {@code NSPersistentCloudKitContainer}, read from the statements that set it up. */
class CoreDataStoresTest {

    @TempDir
    Path project;

    private Path write(String text) {
        return TestFiles.write(project, "App/Persistence.swift", text);
    }

    private ContainerSite only() {
        ContainerCode code = ContainerCode.read(SwiftProject.read(SwiftFinder.find(project, p -> false)));
        assertThat(code.sites()).hasSize(1);
        return code.sites().get(0);
    }

    @Test
    void optionsSetThroughAVariableGiveTheStoreTheirScopeContainerAndReasons() {
        Path file = write("""
                import CoreData
                final class Persistence {
                    let container: NSPersistentCloudKitContainer
                    init(inMemory: Bool) {
                        container = NSPersistentCloudKitContainer(name: "Journal")
                        let cloud = container.persistentStoreDescriptions.first!
                        cloud.configuration = "Cloud"
                        let options = NSPersistentCloudKitContainerOptions(containerIdentifier: "iCloud.com.example.journal")
                        options.databaseScope = .shared
                        cloud.cloudKitContainerOptions = options
                        if inMemory {
                            cloud.cloudKitContainerOptions = nil
                        }
                    }
                }
                """);

        ContainerSite site = only();

        assertThat(site.kind()).isEqualTo(ContainerSite.Kind.CORE_DATA);
        assertThat(site.modelName()).isEqualTo("Journal");
        assertThat(site.stores()).singleElement().satisfies(store -> {
            assertThat(store.configuration()).isEqualTo("Cloud");
            assertThat(store.databases()).containsExactlyInAnyOrder(CloudKitDatabase.SHARED, CloudKitDatabase.NONE);
            assertThat(store.containers()).containsExactly(new ContainerIdentifier("iCloud.com.example.journal",
                    new SourceLocation(file, 8, 81)));
            assertThat(store.reason()).isEqualTo("NSPersistentCloudKitContainer: cloudKitContainerOptions = nil on"
                    + " some paths, databaseScope = .shared");
            assertThat(store.location()).isEqualTo(new SourceLocation(file, 12, 13));
            assertThat(store.origin()).isEqualTo(StoreSite.Origin.WRITTEN);
        });
    }

    @Test
    void aComparisonIsNotAnAssignmentAndAStoreLeftAloneKeepsTheDefaultOptions() {
        Path file = write("""
                import CoreData
                func makeContainer() -> NSPersistentCloudKitContainer {
                    let container = NSPersistentCloudKitContainer(name: "Notes")
                    let local = container.persistentStoreDescriptions[0]
                    local.configuration = "Local"
                    if local.cloudKitContainerOptions == nil { print("no options") }
                    return container
                }
                """);

        ContainerSite site = only();

        assertThat(site.stores()).singleElement().satisfies(store -> {
            assertThat(store.configuration()).isEqualTo("Local");
            assertThat(store.databases()).containsExactly(CloudKitDatabase.PRIVATE);
            assertThat(store.reason())
                    .isEqualTo("NSPersistentCloudKitContainer: cloudKitContainerOptions set, private database");
            assertThat(store.location()).isEqualTo(new SourceLocation(file, 3, 21));
            assertThat(store.origin()).isEqualTo(StoreSite.Origin.CONTAINER_DEFAULT);
        });
    }

    @Test
    void aContainerAtTopLevelIsSetUpByTheFilesStatementsUpToItsLastToken() {
        Path file = write("""
                import CoreData
                let container = NSPersistentCloudKitContainer(name: "Notes")
                container.persistentStoreDescriptions.first?.cloudKitContainerOptions?.databaseScope = .public""");

        ContainerSite site = only();

        assertThat(site.stores()).singleElement().satisfies(store -> {
            assertThat(store.configuration()).isNull();
            assertThat(store.databases()).containsExactly(CloudKitDatabase.PUBLIC);
            assertThat(store.reason()).isEqualTo("NSPersistentCloudKitContainer: databaseScope = .public");
            assertThat(store.location()).isEqualTo(new SourceLocation(file, 2, 17));
            assertThat(store.origin()).isEqualTo(StoreSite.Origin.WRITTEN);
        });
    }

    @Test
    void aContainerNoStatementSetsUpMirrorsEveryStoreToThePrivateDatabase() {
        Path file = write("""
                import CoreData
                final class Persistence {
                    let container = NSPersistentCloudKitContainer(name: "Notes")
                }
                """);

        assertThat(only().stores()).singleElement().satisfies(store -> {
            assertThat(store.databases()).containsExactly(CloudKitDatabase.PRIVATE);
            assertThat(store.containers()).isEmpty();
            assertThat(store.reason()).isEqualTo("NSPersistentCloudKitContainer: its store descriptions keep the"
                    + " default options, private database");
            assertThat(store.location()).isEqualTo(new SourceLocation(file, 3, 21));
            assertThat(store.origin()).isEqualTo(StoreSite.Origin.CONTAINER_DEFAULT);
        });
    }

    @Test
    void eachDescriptionIsTheVariableItsAssignmentsGoThroughWhateverTheyAreReachedBy() {
        write("""
                import CoreData
                func setUp(url: URL) {
                    let container = NSPersistentCloudKitContainer(name: "Notes")
                    container.persistentStoreDescriptions.first(where: { $0.url == url })!.configuration = "Cloud"
                    container.persistentStoreDescriptions[1].cloudKitContainerOptions?.databaseScope = .private
                    let local = NSPersistentStoreDescription(url: url)
                    local.configuration = "Local"; local.cloudKitContainerOptions = nil
                }
                """);

        assertThat(only().stores()).extracting(StoreSite::configuration, StoreSite::databases, StoreSite::reason)
                .containsExactly(
                        tuple("Cloud", java.util.Set.of(CloudKitDatabase.PRIVATE),
                                "NSPersistentCloudKitContainer: databaseScope = .private"),
                        tuple("Local", java.util.Set.of(CloudKitDatabase.NONE),
                                "NSPersistentCloudKitContainer: cloudKitContainerOptions = nil"));
    }

    @Test
    void aScopeTheCodeCannotNameIsUnresolvedAndOnlySomePathsKeepThePrivateDefault() {
        write("""
                import CoreData
                func setUp(shared: Bool, scope: CKDatabase.Scope) {
                    let container = NSPersistentCloudKitContainer(name: "Notes")
                    let description = container.persistentStoreDescriptions.first!
                    description.configuration = "Cloud"
                    description.cloudKitContainerOptions?.databaseScope = scope
                    if shared {
                        description.cloudKitContainerOptions?.databaseScope = .shared
                    }
                }
                """);

        assertThat(only().stores()).singleElement().satisfies(store -> {
            assertThat(store.databases()).containsExactlyInAnyOrder(CloudKitDatabase.UNRESOLVED,
                    CloudKitDatabase.SHARED, CloudKitDatabase.PRIVATE);
            assertThat(store.reason()).isEqualTo("NSPersistentCloudKitContainer: databaseScope = scope,"
                    + " databaseScope = .shared");
            assertThat(store.location().line()).isEqualTo(6);
            assertThat(store.origin()).isEqualTo(StoreSite.Origin.WRITTEN);
        });
    }

    @Test
    void optionsMadeOutsideTheFunctionOfTheContainerAreNotItsOwn() {
        write("""
                import CoreData
                let elsewhere = NSPersistentCloudKitContainerOptions(containerIdentifier: "iCloud.com.example.other")
                func setUp() {
                    let container = NSPersistentCloudKitContainer(name: "Notes")
                    let description = container.persistentStoreDescriptions.first!
                    description.configuration = "Cloud"
                    description.cloudKitContainerOptions = elsewhere
                    print(NSPersistentCloudKitContainerOptions(containerIdentifier: "iCloud.com.example.unbound"))
                    var options = NSPersistentCloudKitContainerOptions(containerIdentifier: "iCloud.com.example.notes")
                    description.cloudKitContainerOptions = options
                }
                let after = NSPersistentCloudKitContainerOptions(containerIdentifier: "iCloud.com.example.after")
                """);

        assertThat(only().stores()).singleElement()
                .satisfies(store -> assertThat(store.containerIdentifiers()).containsExactly("iCloud.com.example.notes"));
    }

    @Test
    void anAssignmentValueEndsAtTheLineBreakUnlessTheNextLineContinuesIt() {
        write("""
                import CoreData
                func setUp() {
                    let container = NSPersistentCloudKitContainer(name: "Notes")
                    let description = container.persistentStoreDescriptions.first!
                    description.cloudKitContainerOptions?.databaseScope =
                        CKDatabase.Scope
                            .shared
                    description.configuration = "Cloud"
                }
                """);

        assertThat(only().stores()).singleElement().satisfies(store -> {
            assertThat(store.configuration()).isEqualTo("Cloud");
            assertThat(store.databases()).containsExactly(CloudKitDatabase.SHARED);
        });
    }

    @Test
    void aContainerMadeInAClosureIsSetUpByTheClosuresStatements() {
        write("""
                import CoreData
                final class Persistence {
                    lazy var container: NSPersistentCloudKitContainer = {
                        let container = NSPersistentCloudKitContainer(name: "Notes")
                        container.persistentStoreDescriptions.first?.cloudKitContainerOptions = nil
                        return container
                    }()
                }
                """);

        assertThat(only().stores()).singleElement().satisfies(store -> {
            assertThat(store.databases()).containsExactly(CloudKitDatabase.NONE);
            assertThat(store.reason()).isEqualTo("NSPersistentCloudKitContainer: cloudKitContainerOptions = nil");
        });
    }

    @Test
    void optionsAFunctionMakesMirrorTheStoreToThePrivateDatabase() {
        write("""
                import CoreData
                func setUp() {
                    let container = NSPersistentCloudKitContainer(name: "Notes")
                    let description = container.persistentStoreDescriptions.first!
                    description.cloudKitContainerOptions = makeOptions()
                    description.configuration = "Cloud"
                }
                """);

        assertThat(only().stores()).singleElement().satisfies(store -> {
            assertThat(store.configuration()).isEqualTo("Cloud");
            assertThat(store.databases()).containsExactly(CloudKitDatabase.PRIVATE);
            assertThat(store.origin()).isEqualTo(StoreSite.Origin.WRITTEN);
        });
    }
}
