package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DeleteRule;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.Relationship;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.testing.TestFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwiftDataReaderTest {

    private static final String SYNCED_CONTAINER = """
            import SwiftData
            let container = try! ModelContainer(for: %s,
                configurations: ModelConfiguration(cloudKitDatabase: .private("iCloud.com.example.app")))
            """;

    @TempDir
    Path project;

    private void write(String path, String text) {
        TestFiles.write(project, path, text);
    }

    private SwiftData read() {
        return SwiftDataReader.read(SwiftProject.read(SwiftFinder.find(project, p -> false)));
    }

    private SwiftDataModel only() {
        SwiftData data = read();
        assertThat(data.unreadable()).isEmpty();
        assertThat(data.models()).hasSize(1);
        return data.models().get(0);
    }

    private static Entity entity(SwiftDataModel model, String name) {
        return model.model().current().entity(name).orElseThrow();
    }

    private static Attribute attribute(Entity entity, String name) {
        return entity.attribute(name).orElseThrow();
    }

    private static ScopeDecision decision(SwiftDataModel model, String configuration) {
        return model.decisions().stream().filter(d -> d.configuration().equals(configuration)).findFirst()
                .orElseThrow();
    }

    @Test
    void persistsStoredInstancePropertiesOnly() {
        write("App/Item.swift", """
                import SwiftData
                @Model final class Item {
                    var title: String = ""
                    var count = 0
                    var progress: Int = 0 { didSet { touched = true } }
                    let createdAt: Date = Date()
                    lazy var cached: Data? = nil
                    var total: Int { count * 2 }
                    static var shared = Item()
                    @Transient var touched: Bool = false
                    @Attribute(.ephemeral) var draft: String = ""
                    struct Nested { var ignored: Int }
                    func helper() { var local = 1 }
                }
                extension Item {
                    var derived: String { title }
                }
                """);
        write("App/Store.swift", SYNCED_CONTAINER.formatted("Item.self"));

        Entity item = entity(only(), "Item");

        // A stored let and a lazy var are read as persisted: unknown, and checking them cannot hide a finding.
        assertThat(item.attributes()).extracting(Attribute::name)
                .containsExactly("title", "count", "progress", "createdAt", "cached");
    }

    @Test
    void mapsSwiftTypesAsSwiftDataStoresThem() {
        write("App/Item.swift", """
                import SwiftData
                import Foundation
                enum Mood: String, Codable { case calm }
                struct Place: Codable { var name: String }
                @Model final class Item {
                    var name: String = ""
                    var id = UUID()
                    var count: Int = 0
                    var small: Int16 = 0
                    var done = false
                    var score: Double = 0
                    var ratio: Float = 0
                    var price: Decimal = 0
                    var at: Date = .now
                    var blob: Data?
                    var link: URL?
                    var mood: Mood = .calm
                    var place: Place?
                    var tags: [String] = []
                    var weights: [String: Double] = [:]
                    var inferred = Mood.calm
                    var qualified: Foundation.Date?
                    var duration: TimeInterval = 0
                }
                """);
        write("App/Store.swift", SYNCED_CONTAINER.formatted("Item.self"));

        Entity item = entity(only(), "Item");

        Map<String, AttributeType> expected = Map.ofEntries(Map.entry("name", AttributeType.STRING),
                Map.entry("id", AttributeType.UUID), Map.entry("count", AttributeType.INTEGER_64),
                Map.entry("small", AttributeType.INTEGER_16), Map.entry("done", AttributeType.BOOLEAN),
                Map.entry("score", AttributeType.DOUBLE), Map.entry("ratio", AttributeType.FLOAT),
                Map.entry("price", AttributeType.DECIMAL), Map.entry("at", AttributeType.DATE),
                Map.entry("blob", AttributeType.BINARY), Map.entry("link", AttributeType.URI),
                Map.entry("mood", AttributeType.BINARY), Map.entry("place", AttributeType.BINARY),
                Map.entry("tags", AttributeType.BINARY), Map.entry("weights", AttributeType.BINARY),
                Map.entry("inferred", AttributeType.BINARY), Map.entry("qualified", AttributeType.DATE),
                Map.entry("duration", AttributeType.DOUBLE));
        expected.forEach((name, type) -> assertThat(attribute(item, name).type()).as(name).isEqualTo(type));
        assertThat(attribute(item, "blob").optional()).isTrue();
        assertThat(attribute(item, "name").optional()).isFalse();
        assertThat(attribute(item, "name").defaultValue()).isEqualTo("\"\"");
        assertThat(attribute(item, "blob").hasDefaultValue()).isFalse();
    }

    @Test
    void readsAttributeOptionsAndMacros() {
        write("App/Item.swift", """
                import SwiftData
                @Model final class Item {
                    #Unique<Item>([\\.a, \\.b], [\\.c])
                    #Index<Item>([\\.a], [\\.a, \\.b])
                    @Attribute(.unique, originalName: "oldA") var a: String = ""
                    var b: String = ""
                    var c: String = ""
                    @Attribute(.externalStorage) var photo: Data?
                    @Attribute(.allowsCloudEncryption) var secret: String?
                    @Attribute(.transformable(by: ColorTransformer.self)) var color: UIColor?
                    @Attribute(.transformable(by: "NSSecureUnarchiveFromData")) var other: NSObject?
                }
                """);
        write("App/Store.swift", SYNCED_CONTAINER.formatted("Item.self"));

        Entity item = entity(only(), "Item");

        assertThat(item.uniquenessConstraints()).extracting(c -> c.properties())
                .containsExactly(List.of("a"), List.of("a", "b"), List.of("c"));
        assertThat(item.fetchIndexes()).extracting(i -> i.properties()).containsExactly(List.of("a"), List.of("a", "b"));
        assertThat(attribute(item, "a").renamingIdentifier()).isEqualTo("oldA");
        assertThat(attribute(item, "photo").allowsExternalBinaryDataStorage()).isTrue();
        assertThat(attribute(item, "secret").allowsCloudEncryption()).isTrue();
        assertThat(attribute(item, "color").type()).isEqualTo(AttributeType.TRANSFORMABLE);
        assertThat(attribute(item, "color").valueTransformerName()).isEqualTo("ColorTransformer");
        assertThat(attribute(item, "other").valueTransformerName()).isEqualTo("NSSecureUnarchiveFromData");
        assertThat(item.location()).hasToString(project.resolve("App/Item.swift") + ":2:20");
        assertThat(attribute(item, "b").location()).hasToString(project.resolve("App/Item.swift") + ":6:9");
    }

    @Test
    void readsRelationshipsAndLinksAnInverseWrittenOnOneSide() {
        write("App/Models.swift", """
                import SwiftData
                @Model final class Folder {
                    @Relationship(deleteRule: .cascade, inverse: \\Note.folder, minimumModelCount: 1,
                                  maximumModelCount: 50)
                    var notes: [Note]? = []
                    var owner: Person?
                    @Relationship(.unique, deleteRule: .deny) var cover: Note?
                    var archive: Set<Note>?
                }
                @Model final class Note {
                    var folder: Folder?
                }
                @Model final class Person {
                    var name: String = ""
                }
                """);
        write("App/Store.swift", SYNCED_CONTAINER.formatted("Folder.self"));

        SwiftDataModel model = only();
        Entity folder = entity(model, "Folder");
        Relationship notes = folder.relationship("notes").orElseThrow();
        Relationship back = entity(model, "Note").relationship("folder").orElseThrow();

        assertThat(notes.toMany()).isTrue();
        assertThat(notes.optional()).isTrue();
        assertThat(notes.deleteRule()).isEqualTo(DeleteRule.CASCADE);
        assertThat(notes.minCount()).isEqualTo(1);
        assertThat(notes.maxCount()).isEqualTo(50);
        assertThat(notes.inverseName()).isEqualTo("folder");
        assertThat(back.inverseName()).isEqualTo("notes");
        assertThat(back.inverseEntity()).isEqualTo("Folder");
        assertThat(back.toMany()).isFalse();
        assertThat(back.maxCount()).isEqualTo(1);
        assertThat(folder.relationship("owner").orElseThrow().hasInverse()).isFalse();
        assertThat(folder.relationship("cover").orElseThrow().deleteRule()).isEqualTo(DeleteRule.DENY);
        assertThat(folder.uniquenessConstraints()).extracting(c -> c.properties()).containsExactly(List.of("cover"));
        assertThat(folder.relationship("archive").orElseThrow().toMany()).isTrue();
        // Related models join the schema though only Folder is listed, as SwiftData adds them.
        assertThat(model.model().current().entities()).extracting(Entity::name)
                .containsExactlyInAnyOrder("Folder", "Note", "Person");
        assertThat(model.model().current().configuration(Configuration.DEFAULT).orElseThrow().memberEntities())
                .containsExactlyInAnyOrder("Folder", "Note", "Person");
    }

    @Test
    void aMigrationPlansVersionsAreOneModelWhoseCurrentVersionIsTheContainersSchema() {
        write("Sources/Core/Schema.swift", """
                import SwiftData
                enum SchemaV1: VersionedSchema {
                    static var versionIdentifier = Schema.Version(1, 0, 0)
                    static var models: [any PersistentModel.Type] { [Habit.self] }
                }
                enum SchemaV2: VersionedSchema {
                    static var versionIdentifier = Schema.Version(2, 0, 0)
                    static var models: [any PersistentModel.Type] { [Habit.self, Entry.self] }
                }
                enum SchemaV3: VersionedSchema {
                    static var versionIdentifier = Schema.Version(3, 0, 0)
                    static var models: [any PersistentModel.Type] { SchemaV2.models }
                }
                enum Plan: SchemaMigrationPlan {
                    static var schemas: [any VersionedSchema.Type] { [SchemaV1.self, SchemaV2.self, SchemaV3.self] }
                    static var stages: [MigrationStage] { [] }
                }
                typealias Current = SchemaV2
                typealias Habit = SchemaV2.Habit
                """);
        write("Sources/Core/V1.swift", """
                import SwiftData
                extension SchemaV1 {
                    @Model final class Habit { var name: String = "" }
                }
                """);
        write("Sources/Core/V2.swift", """
                import SwiftData
                extension SchemaV2 {
                    @Model final class Habit {
                        var name: String = ""
                        @Relationship(deleteRule: .cascade, inverse: \\Entry.habit) var entries: [Entry]? = []
                    }
                    @Model final class Entry { var habit: Habit? }
                }
                """);
        write("Sources/Core/Store.swift", """
                import SwiftData
                func make() throws -> ModelContainer {
                    let schema = Schema(versionedSchema: Current.self)
                    return try ModelContainer(for: schema, migrationPlan: Plan.self,
                        configurations: ModelConfiguration(schema: schema, cloudKitDatabase: .none))
                }
                """);

        SwiftDataModel model = only();

        assertThat(model.model().name()).isEqualTo("SchemaV2");
        assertThat(model.model().isSwiftData()).isTrue();
        assertThat(model.model().current().entities()).extracting(Entity::name).containsExactly("Habit", "Entry");
        assertThat(model.model().current().entity("Habit").orElseThrow().relationship("entries")).isPresent();
        assertThat(model.earlierVersions()).extracting(ModelVersion::name).containsExactly("SchemaV1", "SchemaV3");
        assertThat(model.earlierVersion("SchemaV1").orElseThrow().entity("Habit").orElseThrow().relationships())
                .isEmpty();
        assertThat(decision(model, Configuration.DEFAULT).outcome()).isEqualTo(ScopeDecision.Outcome.NOT_SYNCED);
        assertThat(model.model().path()).isEqualTo(project.resolve("Sources/Core"));
    }

    @Test
    void withoutAContainerTheLastSchemaOfThePlanIsCurrent() {
        write("App/Schema.swift", """
                import SwiftData
                enum V1: VersionedSchema { static var models: [any PersistentModel.Type] { [A.self] }
                    @Model final class A { var x: Int = 0 } }
                enum V2: VersionedSchema { static var models: [any PersistentModel.Type] { [A.self] }
                    @Model final class A { var x: Int = 0; var y: Int = 0 } }
                enum Plan: SchemaMigrationPlan { static var schemas: [any VersionedSchema.Type] { [V1.self, V2.self] } }
                """);

        SwiftDataModel model = only();

        assertThat(model.model().current().name()).isEqualTo("V2");
        assertThat(decision(model, Configuration.DEFAULT).outcome()).isEqualTo(ScopeDecision.Outcome.UNPLACED);
    }

    @Test
    void unversionedClassesAreOneModelPerTarget() {
        write("AppA/Models/A.swift", "import SwiftData\n@Model final class A { var x: Int = 0 }\n");
        write("AppA/Models/B.swift", "import SwiftData\n@Model final class B { var x: Int = 0 }\n");
        write("Packages/Kit/Sources/KitCore/C.swift", "import SwiftData\n@Model final class C { var x: Int = 0 }\n");
        write(".build/checkouts/Dep/D.swift", "import SwiftData\n@Model final class D { var x: Int = 0 }\n");
        write("Pods/Dep/E.swift", "import SwiftData\n@Model final class E { var x: Int = 0 }\n");
        write("DerivedData/F.swift", "import SwiftData\n@Model final class F { var x: Int = 0 }\n");
        write("Carthage/G.swift", "import SwiftData\n@Model final class G { var x: Int = 0 }\n");

        List<SwiftDataModel> models = read().models();

        assertThat(models).extracting(m -> m.model().name()).containsExactly("AppA", "KitCore");
        assertThat(models.get(0).model().current().entities()).extracting(Entity::name).containsExactly("A", "B");
        assertThat(models.get(1).model().path()).isEqualTo(project.resolve("Packages/Kit/Sources/KitCore"));
    }

    @Test
    void storesSplitTheModelIntoConfigurationsEachDecidedByItsCloudKitDatabase() {
        write("App/Models.swift", """
                import SwiftData
                @Model final class Movie { @Attribute(.unique) var id: String; init(id: String) { self.id = id } }
                @Model final class Favorite { var movieID: String = "" }
                """);
        write("App/App.swift", """
                import SwiftData
                enum App {
                    static var useCloud: Bool { true }
                    static var cloudDatabase: ModelConfiguration.CloudKitDatabase {
                        useCloud ? .private(ContainerID.main) : .none
                    }
                    static func containers() throws -> (ModelContainer, ModelContainer) {
                        let catalogSchema = Schema([Movie.self])
                        let catalog = ModelConfiguration(schema: catalogSchema, cloudKitDatabase: .none)
                        let cloudSchema = Schema([Favorite.self])
                        let cloud = ModelConfiguration("Cloud", schema: cloudSchema, cloudKitDatabase: cloudDatabase)
                        return (try ModelContainer(for: catalogSchema, configurations: catalog),
                                try ModelContainer(for: cloudSchema, configurations: [cloud]))
                    }
                }
                """);
        write("App/ContainerID.swift", """
                enum ContainerID {
                    static let main = "iCloud.com.example.movies"
                }
                """);

        SwiftDataModel model = only();

        assertThat(model.model().current().configurations()).extracting(Configuration::name)
                .containsExactly("Default", "default", "Cloud");
        assertThat(model.model().current().configuration("Cloud").orElseThrow().memberEntities())
                .containsExactly("Favorite");
        assertThat(model.model().current().configuration("Cloud").orElseThrow().usedWithCloudKit()).isTrue();
        assertThat(model.model().current().configuration("default").orElseThrow().usedWithCloudKit()).isFalse();
        assertThat(model.model().current().configuration("Default").orElseThrow().usedWithCloudKit()).isFalse();
        ScopeDecision cloud = decision(model, "Cloud");
        assertThat(cloud.outcome()).isEqualTo(ScopeDecision.Outcome.PRIVATE);
        assertThat(cloud.containers()).containsExactly("iCloud.com.example.movies");
        assertThat(cloud.at()).hasToString(project.resolve("App/App.swift") + ":11:88");
        assertThat(cloud.reason()).contains("cloudKitDatabase: cloudDatabase").contains("App.swift:5");
    }

    @Test
    void automaticSyncsWhenAnEntitlementGrantsCloudKitAndNotWhenNoneDoes() {
        write("App/Item.swift", "import SwiftData\n@Model final class Item { var x: Int = 0 }\n");
        write("App/App.swift", """
                import SwiftUI
                import SwiftData
                @main struct App: SwiftUI.App {
                    var body: some Scene { WindowGroup { Text("") }.modelContainer(for: Item.self) }
                }
                """);

        ScopeDecision unknown = decision(only(), Configuration.DEFAULT);
        write("App/App.entitlements", entitlements("<string>CloudKit</string>", "<string>iCloud.com.example.first</string>"
                + "<string>iCloud.com.example.second</string>"));
        ScopeDecision entitled = decision(only(), Configuration.DEFAULT);
        write("App/App.entitlements", entitlements("", ""));
        ScopeDecision notEntitled = decision(only(), Configuration.DEFAULT);

        assertThat(unknown.outcome()).isEqualTo(ScopeDecision.Outcome.UNRESOLVED);
        assertThat(unknown.reason()).contains("no .entitlements file was found");
        assertThat(entitled.outcome()).isEqualTo(ScopeDecision.Outcome.PRIVATE);
        assertThat(entitled.containers()).containsExactly("iCloud.com.example.first");
        assertThat(notEntitled.outcome()).isEqualTo(ScopeDecision.Outcome.NOT_SYNCED);
    }

    @Test
    void automaticGoesByTheSigningOfTheTargetsThatCompileTheStoreWhereAProjectSays() {
        write("App/Item.swift", "import SwiftData\n@Model final class Item { var x: Int = 0 }\n");
        write("App/App.swift", "import SwiftUI\nlet scene = WindowGroup { Text(\"\") }.modelContainer(for: Item.self)\n");
        write("App/App.entitlements", entitlements("<string>CloudKit</string>", "<string>iCloud.com.example.file</string>"));
        Path app = project.resolve("App/App.swift");
        List<Collection<Path>> asked = new ArrayList<>();
        TargetSigning unsigned = files -> {
            asked.add(files);
            return Optional.of(new CloudKitSigning(null, "App", false, List.of()));
        };
        TargetSigning signed = files -> Optional.of(new CloudKitSigning(project.resolve("App/Signed.entitlements"),
                "App", true, List.of("iCloud.com.example.target", "iCloud.com.example.other")));

        ScopeDecision notSigned = decision(read(unsigned), Configuration.DEFAULT);
        ScopeDecision signedFor = decision(read(signed), Configuration.DEFAULT);
        ScopeDecision noProject = decision(read(TargetSigning.NONE), Configuration.DEFAULT);

        assertThat(asked).singleElement().satisfies(files -> assertThat(files)
                .containsExactlyInAnyOrder(app, project.resolve("App/Item.swift")));
        assertThat(notSigned.outcome()).isEqualTo(ScopeDecision.Outcome.NOT_SYNCED);
        assertThat(notSigned.reason()).endsWith("; target 'App' is signed without entitlements, so it mirrors nothing");
        assertThat(signedFor.outcome()).isEqualTo(ScopeDecision.Outcome.PRIVATE);
        assertThat(signedFor.containers()).containsExactly("iCloud.com.example.target");
        assertThat(signedFor.reason()).endsWith("; target 'App' is signed with Signed.entitlements, which grants"
                + " CloudKit, so it mirrors to iCloud.com.example.target");
        assertThat(noProject.containers()).containsExactly("iCloud.com.example.file");
        assertThat(noProject.reason()).endsWith("; App.entitlements grants CloudKit, so it mirrors to"
                + " iCloud.com.example.file");
    }

    private SwiftDataModel read(TargetSigning signing) {
        SwiftData data = SwiftDataReader.read(SwiftProject.read(SwiftFinder.find(project, p -> false)), signing);
        assertThat(data.models()).hasSize(1);
        return data.models().get(0);
    }

    private static String entitlements(String services, String containers) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                    <key>com.apple.developer.icloud-container-identifiers</key>
                    <array>%s</array>
                    <key>com.apple.developer.icloud-services</key>
                    <array>%s</array>
                </dict>
                </plist>
                """.formatted(containers, services);
    }

    @Test
    void followsConfigurationsThroughParametersBranchesAndFactories() {
        write("App/Item.swift", "import SwiftData\n@Model final class Item { var x: Int = 0 }\n");
        write("App/Store.swift", """
                import SwiftData
                enum Store {
                    static func container() throws -> ModelContainer {
                        if UserDefaults.standard.bool(forKey: "sync") {
                            return try make(cloudKit: .private("iCloud.com.example.items"))
                        }
                        return try make(cloudKit: .none)
                    }
                    private static func make(cloudKit: ModelConfiguration.CloudKitDatabase) throws -> ModelContainer {
                        let configuration: ModelConfiguration
                        if let url = storeURL {
                            configuration = ModelConfiguration(url: url, cloudKitDatabase: cloudKit)
                        } else {
                            configuration = ModelConfiguration(cloudKitDatabase: cloudKit)
                        }
                        return try ModelContainer(for: Item.self, configurations: configuration)
                    }
                }
                """);

        ScopeDecision decided = decision(only(), Configuration.DEFAULT);

        assertThat(decided.outcome()).isEqualTo(ScopeDecision.Outcome.PRIVATE);
        assertThat(decided.containers()).containsExactly("iCloud.com.example.items");
    }

    @Test
    void aGenericParameterStandsForTheModelsThatConformToItsConstraint() {
        write("Sources/Cache/Rows.swift", """
                import SwiftData
                protocol CacheRow: PersistentModel {}
                @Model final class RowA: CacheRow { var x: Int }
                @Model final class RowB: CacheRow { var y: Int }
                @Model final class Span { var z: Int = 0 }
                func open<Row: CacheRow>(_ row: Row.Type, at url: URL) -> ModelContainer? {
                    let schema = Schema([Row.self, Span.self])
                    let configuration = ModelConfiguration(schema: schema, url: url, cloudKitDatabase: .none)
                    return try? ModelContainer(for: schema, configurations: [configuration])
                }
                """);

        SwiftDataModel model = only();

        assertThat(model.decisions()).extracting(ScopeDecision::outcome)
                .containsOnly(ScopeDecision.Outcome.NOT_SYNCED);
        assertThat(model.model().current().configurations()).allMatch(c -> !c.usedWithCloudKit());
    }

    @Test
    void aCommentAboveAClassOrPropertyBecomesItsSuppression() {
        write("App/Item.swift", """
                import SwiftData
                /// An item.
                // cdlint.disable: unique-constraint, attribute-required-without-default
                @Model final class Item {
                    /// Its name.
                    // cdlint.disable: attribute-required-without-default
                    var name: String
                    var other: String = ""
                }
                """);
        write("App/Store.swift", SYNCED_CONTAINER.formatted("Item.self"));

        Entity item = entity(only(), "Item");

        assertThat(item.userInfo()).containsEntry("cdlint.disable", "unique-constraint, attribute-required-without-default");
        assertThat(attribute(item, "name").userInfo()).containsEntry("cdlint.disable", "attribute-required-without-default");
        assertThat(attribute(item, "other").userInfo()).isEmpty();
    }

    @Test
    void coreDataContainersSayWhichStoresSyncAndToWhichDatabase() {
        write("App/Persistence.swift", """
                import CoreData
                final class Persistence {
                    let container: NSPersistentCloudKitContainer
                    init(inMemory: Bool) {
                        container = NSPersistentCloudKitContainer(name: "Journal")
                        let publicStore = NSPersistentStoreDescription(url: url)
                        publicStore.configuration = "Public"
                        let options = NSPersistentCloudKitContainerOptions(containerIdentifier: "iCloud.com.example.journal")
                        options.databaseScope = .public
                        publicStore.cloudKitContainerOptions = options
                        let localStore = NSPersistentStoreDescription(url: other)
                        localStore.configuration = "Local"
                        localStore.cloudKitContainerOptions = nil
                        if inMemory {
                            publicStore.url = URL(fileURLWithPath: "/dev/null")
                        }
                    }
                }
                let shared = CKContainer(identifier: "iCloud.com.example.shared")
                let standard = CKContainer.default()
                final class Widget {
                    func make() {
                        let container = NSPersistentCloudKitContainer(name: "Widgets")
                        if ProcessInfo.processInfo.environment["PREVIEW"] != nil {
                            container.persistentStoreDescriptions.first?.cloudKitContainerOptions = nil
                        }
                    }
                }
                """);

        ContainerCode code = read().containerCode();

        ContainerSite journal = code.coreDataContainersOf("Journal").get(0);
        assertThat(journal.stores()).extracting(StoreSite::configuration).containsExactly("Public", "Local");
        assertThat(journal.stores().get(0).databases()).containsExactly(CloudKitDatabase.PUBLIC);
        assertThat(journal.stores().get(0).containerIdentifiers()).containsExactly("iCloud.com.example.journal");
        assertThat(journal.stores().get(1).databases()).containsExactly(CloudKitDatabase.NONE);
        assertThat(journal.location()).hasToString(project.resolve("App/Persistence.swift") + ":5:21");
        assertThat(code.sites()).filteredOn(s -> s.kind() == ContainerSite.Kind.CLOUDKIT)
                .flatExtracting(s -> s.stores().get(0).containerIdentifiers())
                .containsExactly("iCloud.com.example.shared");
        ContainerSite widgets = code.coreDataContainersOf("Widgets").get(0);
        assertThat(widgets.stores()).singleElement()
                .satisfies(s -> assertThat(s.databases()).containsExactlyInAnyOrder(CloudKitDatabase.PRIVATE,
                        CloudKitDatabase.NONE));
    }

    @Test
    void aContainerMadeByAPropertyIsSetUpByTheInitializer() {
        write("Widget/WidgetStore.swift", """
                import CoreData
                final class WidgetStore {
                    let container = NSPersistentCloudKitContainer(name: "Notes")
                    init() {
                        container.persistentStoreDescriptions.first!.cloudKitContainerOptions = nil
                    }
                }
                final class OnlySometimes {
                    let container = NSPersistentCloudKitContainer(name: "Notes")
                    func local() {
                        container.persistentStoreDescriptions.first!.cloudKitContainerOptions = nil
                    }
                }
                """);

        List<ContainerSite> notes = read().containerCode().coreDataContainersOf("Notes");

        assertThat(notes.get(0).stores()).singleElement()
                .satisfies(s -> assertThat(s.databases()).containsExactly(CloudKitDatabase.NONE));
        assertThat(notes.get(1).stores()).singleElement()
                .satisfies(s -> assertThat(s.databases()).containsExactlyInAnyOrder(CloudKitDatabase.NONE,
                        CloudKitDatabase.PRIVATE));
    }

    @Test
    void theWiringsQuestionsAreAnsweredFromCalls() {
        write("App/Sync.swift", """
                import CloudKit
                enum Ids {
                    static let container = "iCloud.com.example.sync"
                }
                final class Sync {
                    let engine = CKSyncEngine(CKSyncEngine.Configuration(database: CKContainer(identifier: Ids.container)
                        .privateCloudDatabase, stateSerialization: nil, delegate: Delegate()))
                    let standard = CKContainer.default()
                    let shared = FileManager.default.containerURL(forSecurityApplicationGroupIdentifier: "group.com.example")
                    let settings = UserDefaults(suiteName: "com.example.settings")
                    let widgets = UserDefaults(suiteName: "group.com.example.widgets")
                    let store = ModelConfiguration(groupContainer: .identifier("group.com.example.store"))
                    // containerURL(forSecurityApplicationGroupIdentifier: "group.in.a.comment")
                }
                """);

        ContainerCode code = read().containerCode();

        Path sync = project.resolve("App/Sync.swift");
        assertThat(code.sites()).extracting(ContainerSite::kind, s -> s.location().line()).containsExactlyInAnyOrder(
                tuple(ContainerSite.Kind.SYNC_ENGINE, 6),
                tuple(ContainerSite.Kind.CLOUDKIT, 6),
                tuple(ContainerSite.Kind.CLOUDKIT_DEFAULT, 8),
                tuple(ContainerSite.Kind.MODEL_CONFIGURATION, 12));
        ContainerSite direct = code.sites().stream().filter(s -> s.kind() == ContainerSite.Kind.CLOUDKIT).findFirst()
                .orElseThrow();
        assertThat(direct.stores().get(0).containers()).containsExactly(
                new ContainerIdentifier("iCloud.com.example.sync", new SourceLocation(sync, 3, 28)));
        assertThat(code.groupUses()).extracting(AppGroupUse::identifier, u -> u.location().line()).containsExactly(
                tuple("group.com.example", 9),
                tuple("group.com.example.widgets", 11),
                tuple("group.com.example.store", 12));
        assertThat(code.sites()).noneMatch(ContainerSite::checkedAtRunTime);
    }

    @Test
    void aContainerIsCheckedAtRunTimeWhenItsTypeAsksForTheEntitlementsThroughAnyFunction() {
        write("App/Signing.swift", """
                import Security
                enum Signing {
                    static func entitlement(_ key: String) -> CFTypeRef? {
                        guard let task = SecTaskCreateFromSelf(nil) else { return nil }
                        return SecTaskCopyValueForEntitlement(task, key as CFString, nil)
                    }
                    static func hasCloudKit() -> Bool { entitlement("com.apple.developer.icloud-services") != nil }
                }
                """);
        write("App/Persistence.swift", """
                import CoreData
                final class Persistence {
                    lazy var container: NSPersistentContainer = {
                        Signing.hasCloudKit() ? NSPersistentCloudKitContainer(name: "Notes")
                            : NSPersistentContainer(name: "Notes")
                    }()
                }
                final class Unchecked {
                    let container = NSPersistentCloudKitContainer(name: "Notes")
                }
                """);

        ContainerCode code = read().containerCode();

        assertThat(code.coreDataContainersOf("Notes")).extracting(s -> s.location().line(),
                ContainerSite::checkedAtRunTime).containsExactly(tuple(4, true),
                tuple(9, false));
    }

    @Test
    void eachStoreSaysWhetherTheCodeOrADefaultGivesItsDatabase() {
        write("App/Stores.swift", """
                import SwiftUI
                import SwiftData
                let local = ModelConfiguration("Local", cloudKitDatabase: .none)
                let cache = ModelConfiguration("Cache")
                let view = Text("").modelContainer(for: Item.self)
                let container = try! ModelContainer(for: Item.self, configurations: makeAll())
                """);

        ContainerCode code = read().containerCode();

        assertThat(code.sites()).flatExtracting(ContainerSite::stores).extracting(StoreSite::origin)
                .containsExactlyInAnyOrder(StoreSite.Origin.WRITTEN, StoreSite.Origin.CONFIGURATION_DEFAULT,
                        StoreSite.Origin.CONTAINER_DEFAULT, StoreSite.Origin.NOT_FOLLOWED);
    }

    @Test
    void aFileThatCannotBeFollowedIsReportedWhereTheReaderLostTrackAndTheRestIsRead() {
        write("App/Broken.swift", "import SwiftData\n@Model final class Broken {\n    var s: String = \"open\n}\n");
        write("App/Item.swift", "import SwiftData\n@Model final class Item { var x: Int = 0 }\n");
        write("App/Unrelated.swift", "struct Util { func f() { let s = \"open\n } }\n");

        SwiftData data = read();

        assertThat(data.unreadable()).singleElement().satisfies(e -> {
            assertThat(e.location()).hasToString(project.resolve("App/Broken.swift") + ":3:21");
            assertThat(e.getMessage()).contains("unterminated string literal");
        });
        assertThat(data.models()).singleElement()
                .satisfies(m -> assertThat(m.model().current().entities()).extracting(Entity::name).containsExactly("Item"));
    }

    @Test
    void modelsAreOrderedByFolderThenName() {
        write("Z/Schemas.swift", """
                import SwiftData
                enum Zeta: VersionedSchema { static var models: [any PersistentModel.Type] { [Z1.self] }
                    @Model final class Z1 { var x: Int = 0 } }
                enum Alpha: VersionedSchema { static var models: [any PersistentModel.Type] { [A1.self] }
                    @Model final class A1 { var x: Int = 0 } }
                """);
        write("Main/Item.swift", "import SwiftData\n@Model final class Item { var x: Int = 0 }\n");

        assertThat(read().models()).extracting(m -> m.model().name()).containsExactly("Main", "Alpha", "Zeta");
    }

    @Test
    void aTargetIsTheFolderUnderSourcesElseTheTopFolderElseTheProject() {
        write("Root.swift", "import SwiftData\n@Model final class Root { var x: Int = 0 }\n");
        write("App/Sources/AppItem.swift", "import SwiftData\n@Model final class AppItem { var x: Int = 0 }\n");
        write("Sources/Kit/KitItem.swift", "import SwiftData\n@Model final class KitItem { var x: Int = 0 }\n");

        List<SwiftDataModel> models = read().models();

        assertThat(models).extracting(m -> m.model().name())
                .containsExactly(project.getFileName().toString(), "App", "Kit");
        assertThat(models).extracting(m -> m.model().path())
                .containsExactly(project, project.resolve("App"), project.resolve("Sources/Kit"));
    }

    @Test
    void aRelationshipsTypeIsFollowedThroughAliasesNamespacesAndNesting() {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            deep.append("typealias Deep").append(i).append(" = ").append(i == 11 ? "Book" : "Deep" + (i + 1))
                    .append("\n");
        }
        for (int i = 0; i < 13; i++) {
            deep.append("typealias Deeper").append(i).append(" = ").append(i == 12 ? "Book" : "Deeper" + (i + 1))
                    .append("\n");
        }
        write("App/Library.swift", """
                import SwiftData
                typealias Shelf = Book
                typealias Loop = Cycle
                typealias Cycle = Loop
                enum Catalog {
                    enum V1 { @Model final class Edition { var year: Int = 0 } }
                }
                enum Archive { @Model final class Scan { var page: Int = 0 } }
                @Model final class Book { var title: String = "" }
                @Model final class Library {
                    var shelves: [Shelf] = []
                    var edition: V1.Edition?
                    var latest: Catalog.V1.Edition?
                    var scan: Scan?
                    var deep: Deep0?
                    var loop: Loop?
                    var deeper: Deeper0?
                }
                """ + deep);

        Entity library = entity(only(), "Library");

        // Aliases are followed twelve deep (real code needs one or two); a cycle ends there too.
        assertThat(library.relationships()).extracting(Relationship::name, Relationship::destinationEntity)
                .containsExactly(tuple("shelves", "Book"), tuple("edition", "Edition"), tuple("latest", "Edition"),
                        tuple("scan", "Scan"), tuple("deep", "Book"));
        assertThat(library.attributes()).extracting(Attribute::name).containsExactly("loop", "deeper");
    }

    @Test
    void plansSharingAVersionAreOneFamilyAndEveryOtherVersionItsOwn() {
        write("App/Schemas.swift", """
                import SwiftData
                enum Other: VersionedSchema { static var models: [any PersistentModel.Type] { [Note.self] }
                    @Model final class Note { var text: String = "" } }
                enum OtherPlan: SchemaMigrationPlan { static var schemas: [any VersionedSchema.Type] { [Other.self] } }
                enum V1: VersionedSchema { static var models: [any PersistentModel.Type] { [Item.self] }
                    @Model final class Item { var a: Int = 0 } }
                enum V2: VersionedSchema { static var models: [any PersistentModel.Type] { [Item.self] }
                    @Model final class Item { var a: Int = 0; var b: Int = 0 } }
                enum V3: VersionedSchema { static var models: [any PersistentModel.Type] { [Item.self] }
                    @Model final class Item { var a: Int = 0; var b: Int = 0; var c: Int = 0 } }
                enum MobilePlan: SchemaMigrationPlan {
                    static var stages: [MigrationStage] { [] }
                    static var schemas: [any VersionedSchema.Type] { [V1.self, V3.self] }
                }
                enum DesktopPlan: SchemaMigrationPlan { static var schemas: [any VersionedSchema.Type] { [V2.self, V3.self] } }
                enum EmptyPlan: SchemaMigrationPlan { static var schemas: [any VersionedSchema.Type] { [Unknown.self] } }
                enum Unused: VersionedSchema { static var models: [any PersistentModel.Type] { [] } }
                enum Lone: VersionedSchema { static var models: [any PersistentModel.Type] { [Memo.self] }
                    @Model final class Memo { var text: String = "" } }
                """);

        List<SwiftDataModel> models = read().models();

        assertThat(models).extracting(m -> m.model().name()).containsExactly("Lone", "Other", "V3");
        SwiftDataModel items = models.get(2);
        // Without a container saying which schema it is built from, the last of the first plan is current.
        assertThat(entity(items, "Item").attributes()).extracting(Attribute::name).containsExactly("a", "b", "c");
        assertThat(items.earlierVersions()).extracting(ModelVersion::name).containsExactly("V1", "V2");
    }

    @Test
    void aVersionHoldsTheClassesItsModelsReachThroughPersistedRelationships() {
        write("App/Schema.swift", """
                import SwiftData
                enum V1: VersionedSchema { static var models: [any PersistentModel.Type] { [Library.self] }
                    @Model final class Book { var title: String = "" }
                    @Model final class Library { var books: [Book] = []; @Transient var draft: Draft? } }
                enum V2: VersionedSchema { static var models: [any PersistentModel.Type] { [Library.self] }
                    @Model final class Book { var title: String = ""; var subtitle: String = "" }
                    @Model final class Library { var books: [Book] = [] } }
                @Model final class Draft { var text: String = "" }
                enum Plan: SchemaMigrationPlan { static var schemas: [any VersionedSchema.Type] { [V1.self, V2.self] } }
                """);

        List<SwiftDataModel> models = read().models();

        assertThat(models).extracting(m -> m.model().name()).containsExactly("App", "V2");
        assertThat(models.get(0).model().current().entities()).extracting(Entity::name).containsExactly("Draft");
        SwiftDataModel library = models.get(1);
        assertThat(library.model().current().entities()).extracting(Entity::name).containsExactly("Library", "Book");
        assertThat(entity(library, "Book").attributes()).extracting(Attribute::name).containsExactly("title", "subtitle");
        assertThat(library.earlierVersion("V1").orElseThrow().entities()).extracting(Entity::name)
                .containsExactly("Library", "Book");
    }

    @Test
    void aGenericParameterDoesNotStandForModelsOutsideItsConstraint() {
        write("Sources/Cache/Rows.swift", """
                import SwiftData
                protocol CacheRow: PersistentModel {}
                @Model final class RowA: CacheRow { var x: Int = 0 }
                @Model final class Log { var line: String = "" }
                func open<Row: CacheRow>(_ row: Row.Type) -> ModelContainer? {
                    let configuration = ModelConfiguration("Cache", cloudKitDatabase: .none)
                    return try? ModelContainer(for: Row.self, configurations: configuration)
                }
                let logs = try! ModelContainer(for: Log.self,
                    configurations: ModelConfiguration("Logs", cloudKitDatabase: .private("iCloud.com.example.logs")))
                """);

        SwiftDataModel model = only();

        assertThat(model.model().current().configuration("Cache").orElseThrow().memberEntities())
                .containsExactly("RowA");
        assertThat(model.model().current().configuration("Logs").orElseThrow().memberEntities())
                .containsExactly("Log");
    }

    @Test
    void aVersionedModelLivesInTheFolderHoldingAllItsFilesAndLeavesOutEmptyVersions() {
        write("App/Schemas/V1.swift", """
                import SwiftData
                enum V1: VersionedSchema { static var models: [any PersistentModel.Type] { [] } }
                """);
        write("App/Schemas/V2.swift", """
                import SwiftData
                enum V2: VersionedSchema { static var models: [any PersistentModel.Type] { [Item.self] } }
                enum Plan: SchemaMigrationPlan { static var schemas: [any VersionedSchema.Type] { [V1.self, V2.self] } }
                """);
        write("App/Models/Item.swift", "import SwiftData\nextension V2 { @Model final class Item { var x: Int = 0 } }\n");

        SwiftDataModel model = only();

        assertThat(model.model().path()).isEqualTo(project.resolve("App"));
        assertThat(model.files()).containsExactly(project.resolve("App/Schemas/V2.swift"),
                project.resolve("App/Schemas/V1.swift"), project.resolve("App/Models/Item.swift"));
        assertThat(model.earlierVersions()).isEmpty();
    }
}
