package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cdlint.source.SourceLocation;
import dev.cdlint.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The containers a project's Swift creates, and what each is given, followed through the code. */
class ContainerCodeReaderTest {

    @TempDir
    Path project;

    private Path write(String path, String text) {
        return TestFiles.write(project, path, text);
    }

    private ContainerCode read() {
        return ContainerCode.read(SwiftProject.read(SwiftFinder.find(project, p -> false)));
    }

    private List<ContainerSite> sites(ContainerSite.Kind kind) {
        return read().sites().stream().filter(s -> s.kind() == kind).toList();
    }

    private ContainerSite container() {
        List<ContainerSite> containers = sites(ContainerSite.Kind.MODEL_CONTAINER);
        assertThat(containers).hasSize(1);
        return containers.get(0);
    }

    private static List<String> names(List<TypeReference> types) {
        return types.stream().map(TypeReference::name).toList();
    }

    @Test
    void aContainerReadsItsTypesPlanAndConfigurationsByTheirLabels() {
        write("App/Store.swift", """
                import SwiftData
                let container = try! ModelContainer(for: Item.self, Tag.self, migrationPlan: Plan.self,
                    configurations: ModelConfiguration("Cloud", cloudKitDatabase: .private("iCloud.com.example.a")),
                    ModelConfiguration("Local", cloudKitDatabase: .none))
                let unnamedPlan = try! ModelContainer(for: Item.self, migrationPlan: plans.current)
                """);

        List<ContainerSite> containers = sites(ContainerSite.Kind.MODEL_CONTAINER);

        assertThat(containers).extracting(s -> names(s.types()), ContainerSite::migrationPlan).containsExactly(
                tuple(List.of("Item", "Tag"), "Plan"),
                tuple(List.of("Item"), "plans.current"));
        assertThat(containers.get(0).stores()).extracting(StoreSite::configuration, StoreSite::databases)
                .containsExactly(tuple("Cloud", Set.of(CloudKitDatabase.PRIVATE)),
                        tuple("Local", Set.of(CloudKitDatabase.NONE)));
        assertThat(containers.get(1).stores()).singleElement().satisfies(store -> {
            assertThat(store.reason())
                    .isEqualTo("ModelContainer without configurations: the default configuration, .automatic");
            assertThat(store.origin()).isEqualTo(StoreSite.Origin.CONTAINER_DEFAULT);
        });
        assertThat(sites(ContainerSite.Kind.MODEL_CONFIGURATION)).isEmpty();
    }

    @Test
    void theViewModifierReadsEveryTypeAfterForAndNotAnotherModifiersFor() {
        Path app = write("App/App.swift", """
                import SwiftUI
                import SwiftData
                let scene = WindowGroup { Text("") }.modelContainer(for: Item.self, Tag.self, inMemory: Flags.self)
                let list = List { }.navigationDestination(for: Item.self) { item in Text("") }
                """);

        assertThat(read().sites()).singleElement().satisfies(site -> {
            assertThat(site.kind()).isEqualTo(ContainerSite.Kind.VIEW_MODIFIER);
            assertThat(names(site.types())).containsExactly("Item", "Tag");
            assertThat(site.stores()).singleElement().satisfies(store -> {
                assertThat(store.databases()).containsExactly(CloudKitDatabase.AUTOMATIC);
                assertThat(store.reason()).isEqualTo(".modelContainer(for:) makes the default configuration, .automatic");
                assertThat(store.location()).isEqualTo(new SourceLocation(app, 3, 37));
            });
        });
    }

    @Test
    void aConfigurationIsNamedByItsLiteralOrConstantAndListsItsSchemasTypes() {
        write("App/Store.swift", """
                import SwiftData
                enum Names { static let cloud = "Cloud" }
                let cloud = ModelConfiguration(Names.cloud, schema: Schema([Item.self, Tag.self]))
                """);

        assertThat(sites(ContainerSite.Kind.MODEL_CONFIGURATION)).singleElement().satisfies(site -> {
            assertThat(names(site.types())).containsExactly("Item", "Tag");
            assertThat(site.stores()).singleElement().satisfies(store -> {
                assertThat(store.configuration()).isEqualTo("Cloud");
                assertThat(store.databases()).containsExactly(CloudKitDatabase.AUTOMATIC);
                assertThat(store.reason()).isEqualTo("ModelConfiguration without cloudKitDatabase:, so .automatic");
                assertThat(store.origin()).isEqualTo(StoreSite.Origin.CONFIGURATION_DEFAULT);
            });
        });
    }

    @Test
    void theReasonNamesWhereAValueThatSyncsIsWrittenWhenThatIsElsewhere() {
        write("App/Database.swift", """
                import SwiftData
                enum Database {
                    static let cloud: ModelConfiguration.CloudKitDatabase = .private("iCloud.com.example.a")
                }
                """);
        write("App/Store.swift", """
                import SwiftData
                let elsewhere = ModelConfiguration("A", cloudKitDatabase: Database.cloud)
                let branches = ModelConfiguration("B", cloudKitDatabase: local ? .none : .automatic)
                let direct = ModelConfiguration("C", cloudKitDatabase: .private("iCloud.com.example.c"))
                let off = ModelConfiguration("D", cloudKitDatabase: .none)
                let wrapped = ModelConfiguration("E", cloudKitDatabase: (.automatic))
                """);

        assertThat(sites(ContainerSite.Kind.MODEL_CONFIGURATION)).flatExtracting(ContainerSite::stores)
                .extracting(StoreSite::configuration, StoreSite::reason).containsExactly(
                        tuple("A", "cloudKitDatabase: Database.cloud (.private(\"iCloud.com.example.a\") at"
                                + " Database.swift:3)"),
                        tuple("B", "cloudKitDatabase: local?.none:.automatic (.automatic at Store.swift:3)"),
                        tuple("C", "cloudKitDatabase: .private(\"iCloud.com.example.c\")"),
                        tuple("D", "cloudKitDatabase: .none"),
                        tuple("E", "cloudKitDatabase: (.automatic)"));
    }

    @Test
    void aDatabaseIsReadFromItsQualifiedNameAFunctionOrAConstantAndIsUnresolvedWhenNoneGivesIt() {
        write("App/Store.swift", """
                import SwiftData
                func database() -> ModelConfiguration.CloudKitDatabase { .private("iCloud.com.example.made") }
                let local: ModelConfiguration.CloudKitDatabase = .none
                let a = ModelConfiguration("A", cloudKitDatabase: ModelConfiguration.CloudKitDatabase.none)
                let b = ModelConfiguration("B", cloudKitDatabase: ModelConfiguration.CloudKitDatabase.automatic)
                let c = ModelConfiguration("C", cloudKitDatabase: CloudKitDatabase.later)
                let d = ModelConfiguration("D", cloudKitDatabase: database())
                let e = ModelConfiguration("E", cloudKitDatabase: local)
                let f = ModelConfiguration("F", cloudKitDatabase: settings.database)
                let g = ModelConfiguration("G", cloudKitDatabase: Settings.automatic)
                """);

        assertThat(sites(ContainerSite.Kind.MODEL_CONFIGURATION)).flatExtracting(ContainerSite::stores)
                .extracting(StoreSite::configuration, StoreSite::databases, StoreSite::containerIdentifiers)
                .containsExactly(
                        tuple("A", Set.of(CloudKitDatabase.NONE), List.of()),
                        tuple("B", Set.of(CloudKitDatabase.AUTOMATIC), List.of()),
                        tuple("C", Set.of(CloudKitDatabase.UNRESOLVED), List.of()),
                        tuple("D", Set.of(CloudKitDatabase.PRIVATE), List.of("iCloud.com.example.made")),
                        tuple("E", Set.of(CloudKitDatabase.NONE), List.of()),
                        tuple("F", Set.of(CloudKitDatabase.UNRESOLVED), List.of()),
                        tuple("G", Set.of(CloudKitDatabase.UNRESOLVED), List.of()));
    }

    @Test
    void valuesThatReferToThemselvesEndUnresolvedInsteadOfLoopingForever() {
        write("App/Store.swift", """
                import SwiftData
                enum Loops {
                    static let database: ModelConfiguration.CloudKitDatabase = database
                    static let branch: ModelConfiguration.CloudKitDatabase = flag ? branch : .none
                    static let name = other
                    static let other = name
                    static func configuration() -> ModelConfiguration { configuration() }
                    static let configurations = [configurations]
                    static let choice = flag ? choice : ModelConfiguration("Choice")
                }
                let a = ModelConfiguration("A", cloudKitDatabase: Loops.database)
                let b = ModelConfiguration("B", cloudKitDatabase: Loops.branch)
                let c = ModelConfiguration(Loops.name)
                let container = try! ModelContainer(for: Item.self,
                    configurations: Loops.configuration(), Loops.configurations, Loops.choice)
                let kit = CKContainer(identifier: Loops.name)
                """);

        ContainerCode code = read();

        assertThat(code.sites()).filteredOn(s -> s.kind() == ContainerSite.Kind.MODEL_CONFIGURATION)
                .flatExtracting(ContainerSite::stores)
                .extracting(StoreSite::configuration, StoreSite::databases).containsExactlyInAnyOrder(
                        tuple("A", Set.of(CloudKitDatabase.UNRESOLVED)),
                        tuple("B", Set.of(CloudKitDatabase.UNRESOLVED, CloudKitDatabase.NONE)),
                        tuple(null, Set.of(CloudKitDatabase.AUTOMATIC)));
        ContainerSite container = code.sites().stream().filter(s -> s.kind() == ContainerSite.Kind.MODEL_CONTAINER)
                .findFirst().orElseThrow();
        assertThat(container.stores()).extracting(StoreSite::configuration, StoreSite::origin).containsOnly(
                tuple(null, StoreSite.Origin.NOT_FOLLOWED), tuple("Choice", StoreSite.Origin.CONFIGURATION_DEFAULT));
        assertThat(container.stores()).filteredOn(s -> !s.followed()).first().satisfies(store -> assertThat(
                store.reason()).isEqualTo("configurations: Loops.configuration() could not be followed to a"
                        + " ModelConfiguration"));
        assertThat(code.sites()).filteredOn(s -> s.kind() == ContainerSite.Kind.CLOUDKIT).singleElement()
                .satisfies(s -> assertThat(s.stores().get(0).containers()).isEmpty());
    }

    @Test
    void typesThatReferToThemselvesAreReadOnceTheirLoopIsCut() {
        write("App/Store.swift", """
                import SwiftData
                enum Loops {
                    static let listed = [listed, Item.self]
                    static let schema = Schema(schema, Tag.self)
                    static let chosen = flag ? chosen : Note.self
                    static let added = [Photo.self] + added
                    static func models() -> [any PersistentModel.Type] { models() }
                    static func made() -> [any PersistentModel.Type] { [Item.self, Tag.self] }
                }
                let a = try! ModelContainer(for: Loops.listed)
                let b = try! ModelContainer(for: Loops.schema)
                let c = try! ModelContainer(for: Loops.chosen)
                let d = try! ModelContainer(for: Loops.added)
                let e = try! ModelContainer(for: Loops.models())
                let f = try! ModelContainer(for: Loops.made())
                """);

        assertThat(sites(ContainerSite.Kind.MODEL_CONTAINER)).extracting(s -> Set.copyOf(names(s.types())))
                .containsExactly(Set.of("Item"), Set.of("Tag"), Set.of("Note"), Set.of("Photo"), Set.of(),
                        Set.of("Item", "Tag"));
    }

    @Test
    void configurationsAreFollowedThroughBranchesClosuresAndTheFactoryTheCallNames() {
        write("App/Store.swift", """
                import SwiftData
                enum Stores {
                    static func make() -> ModelConfiguration { ModelConfiguration("Stores") }
                }
                enum Caches {
                    static func make() -> ModelConfiguration { ModelConfiguration("Caches") }
                }
                let a = try! ModelContainer(for: Item.self, configurations: Stores.make())
                let b = try! ModelContainer(for: Item.self,
                    configurations: cloud ? ModelConfiguration("Cloud") : ModelConfiguration("Local"))
                let c = try! ModelContainer(for: Item.self, configurations: urls.map { url in
                    ModelConfiguration("Mapped", url: url)
                })
                let d = try! ModelContainer(for: Item.self, configurations: urls.map { ModelConfiguration("Each", url: $0) })
                """);

        assertThat(sites(ContainerSite.Kind.MODEL_CONTAINER))
                .extracting(s -> s.stores().stream().map(StoreSite::configuration).toList()).containsExactly(
                        List.of("Stores"), List.of("Cloud", "Local"), List.of("Mapped"), List.of("Each"));
    }

    @Test
    void aLongValueIsCutToALineInTheReason() {
        String exactly80 = ".private(\"iCloud.com.example.a-container-whose-name-is-long-enough-to-be-eight\")";
        String longer = ".private(\"iCloud.com.example.a-container-whose-name-is-long-enough-to-be-eight!\")";
        write("App/Store.swift", """
                import SwiftData
                let a = ModelConfiguration("A", cloudKitDatabase: %s)
                let b = ModelConfiguration("B", cloudKitDatabase: %s)
                """.formatted(exactly80, longer));

        assertThat(exactly80).hasSize(80);
        assertThat(sites(ContainerSite.Kind.MODEL_CONFIGURATION)).flatExtracting(ContainerSite::stores)
                .extracting(StoreSite::reason).containsExactly("cloudKitDatabase: " + exactly80,
                        "cloudKitDatabase: " + longer.substring(0, 77) + "...");
    }

    @Test
    void onlyUserDefaultsSuitesNamedAsGroupsAreAppGroups() {
        write("App/Groups.swift", """
                import Foundation
                let settings = SettingsStore(suiteName: "group.com.example.settings")
                let shared = UserDefaults(suiteName: Groups.shared)
                enum Groups { static let shared = "group.com.example.shared" }
                """);

        assertThat(read().groupUses()).extracting(AppGroupUse::identifier).containsExactly("group.com.example.shared");
    }

    @Test
    void aContainerIsCheckedAtRunTimeByAFunctionThatAsksNotByAnInitializerThatDoes() {
        write("App/Signing.swift", """
                import Security
                final class Entitlements {
                    let value: CFTypeRef?
                    init() {
                        value = SecTaskCopyValueForEntitlement(SecTaskCreateFromSelf(nil)!, "x" as CFString, nil)
                    }
                }
                """);
        write("App/Persistence.swift", """
                import CoreData
                final class Persistence {
                    let container: NSPersistentCloudKitContainer
                    init() {
                        container = NSPersistentCloudKitContainer(name: "Notes")
                    }
                }
                """);

        assertThat(read().sites()).singleElement().satisfies(site -> assertThat(site.checkedAtRunTime()).isFalse());
    }
}
