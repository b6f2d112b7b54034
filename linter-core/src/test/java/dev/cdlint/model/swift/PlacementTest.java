package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.cdlint.model.Configuration;
import dev.cdlint.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which configurations a SwiftData model's classes are placed in, and how each one's syncing is decided. */
class PlacementTest {

    private static final String ITEM_AND_TAG = """
            import SwiftData
            @Model final class Item { var title: String = "" }
            @Model final class Tag { var name: String = "" }
            """;

    @TempDir
    Path project;

    private void write(String path, String text) {
        TestFiles.write(project, path, text);
    }

    private SwiftDataModel read(TargetSigning signing) {
        SwiftData data = SwiftDataReader.read(SwiftProject.read(SwiftFinder.find(project, p -> false)), signing);
        assertThat(data.models()).hasSize(1);
        return data.models().get(0);
    }

    private SwiftDataModel read() {
        return read(TargetSigning.NONE);
    }

    private static ScopeDecision decision(SwiftDataModel model, String configuration) {
        return model.decisions().stream().filter(d -> d.configuration().equals(configuration)).findFirst()
                .orElseThrow();
    }

    private static String entitlements(String services) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <plist version="1.0">
                <dict>
                    <key>com.apple.developer.icloud-services</key>
                    <array>%s</array>
                </dict>
                </plist>
                """.formatted(services);
    }

    @Test
    void containersOfEveryClassAreOneDefaultConfigurationThatSyncsWhenAnyOfThemDoes() {
        write("App/Models.swift", ITEM_AND_TAG);
        write("App/Store.swift", """
                import SwiftData
                let local = try! ModelContainer(for: Item.self, Tag.self,
                    configurations: ModelConfiguration(cloudKitDatabase: .none))
                let synced = try! ModelContainer(for: Tag.self, Item.self,
                    configurations: ModelConfiguration(cloudKitDatabase: .private("iCloud.com.example.items")))
                let automatic = try! ModelContainer(for: Tag.self, Item.self, configurations: ModelConfiguration())
                """);

        SwiftDataModel model = read();

        assertThat(model.model().current().configurations()).extracting(Configuration::name)
                .containsExactly(Configuration.DEFAULT);
        ScopeDecision decided = decision(model, Configuration.DEFAULT);
        assertThat(decided.outcome()).isEqualTo(ScopeDecision.Outcome.PRIVATE);
        assertThat(decided.reason()).isEqualTo("cloudKitDatabase: .private(\"iCloud.com.example.items\")");
        assertThat(decided.at().line()).isEqualTo(5);
        assertThat(decided.containers()).containsExactly("iCloud.com.example.items");
    }

    @Test
    void automaticIsDecidedByTheSiteThatGivesItNotByOneThatDoesNotSync() {
        write("App/Models.swift", ITEM_AND_TAG);
        write("App/Store.swift", """
                import SwiftData
                let local = try! ModelContainer(for: Item.self, Tag.self,
                    configurations: ModelConfiguration(cloudKitDatabase: .none))
                let automatic = try! ModelContainer(for: Tag.self, Item.self)
                """);

        ScopeDecision decided = decision(read(), Configuration.DEFAULT);

        assertThat(decided.outcome()).isEqualTo(ScopeDecision.Outcome.UNRESOLVED);
        assertThat(decided.reason()).isEqualTo("ModelContainer without configurations: the default configuration,"
                + " .automatic; no .entitlements file was found, and it mirrors whenever the app is entitled");
        assertThat(decided.at().line()).isEqualTo(4);
    }

    @Test
    void aDatabaseNotFollowedIsCheckedAsUnresolvedWhateverTheEntitlementsSay() {
        write("App/Models.swift", ITEM_AND_TAG);
        write("App/Store.swift", """
                import SwiftData
                func make(database: ModelConfiguration.CloudKitDatabase) throws -> ModelContainer {
                    try ModelContainer(for: Item.self, Tag.self, configurations: ModelConfiguration(cloudKitDatabase: database))
                }
                """);
        String unresolved = "cloudKitDatabase: database, which cdlint could not follow to a value";

        ScopeDecision alone = decision(read(), Configuration.DEFAULT);
        write("App/Store.swift", """
                import SwiftData
                func make(database: ModelConfiguration.CloudKitDatabase?) throws -> ModelContainer {
                    try ModelContainer(for: Item.self, Tag.self,
                        configurations: ModelConfiguration(cloudKitDatabase: database ?? .automatic))
                }
                """);
        write("App/App.entitlements", entitlements(""));
        ScopeDecision notGranted = decision(read(), Configuration.DEFAULT);
        ScopeDecision unsigned = decision(read(files -> Optional.of(new CloudKitSigning(null, "App", false,
                List.of()))), Configuration.DEFAULT);

        assertThat(List.of(alone, notGranted, unsigned)).extracting(ScopeDecision::outcome, ScopeDecision::reason)
                .containsExactly(tuple(ScopeDecision.Outcome.UNRESOLVED, unresolved),
                        tuple(ScopeDecision.Outcome.UNRESOLVED, "cloudKitDatabase: database??.automatic (.automatic at"
                                + " Store.swift:4), which cdlint could not follow to a value"),
                        tuple(ScopeDecision.Outcome.UNRESOLVED, "cloudKitDatabase: database??.automatic (.automatic at"
                                + " Store.swift:4), which cdlint could not follow to a value"));
    }

    @Test
    void configurationsNotFollowedCountOnlyWhenNoConfigurationIsBuiltElsewhere() {
        write("App/Models.swift", ITEM_AND_TAG);
        write("App/Store.swift", """
                import SwiftData
                let container = try! ModelContainer(for: Item.self, Tag.self, configurations: makeAll())
                """);

        ScopeDecision notFollowed = decision(read(), Configuration.DEFAULT);
        write("App/Factory.swift", """
                import SwiftData
                let local = ModelConfiguration("Local", schema: Schema([Item.self, Tag.self]), cloudKitDatabase: .none)
                """);
        SwiftDataModel builtElsewhere = read();

        assertThat(notFollowed.outcome()).isEqualTo(ScopeDecision.Outcome.UNRESOLVED);
        assertThat(notFollowed.reason()).isEqualTo("configurations: makeAll() could not be followed to a"
                + " ModelConfiguration, which cdlint could not follow to a value");
        assertThat(builtElsewhere.decisions()).extracting(ScopeDecision::configuration, ScopeDecision::outcome)
                .containsExactly(tuple(Configuration.DEFAULT, ScopeDecision.Outcome.NOT_SYNCED),
                        tuple("Local", ScopeDecision.Outcome.NOT_SYNCED));
    }

    @Test
    void aConfigurationThatNamesNoTypesHoldsTheClassesOfItsOwnTargetOnly() {
        write("App/Models.swift", ITEM_AND_TAG);
        write("Widget/Store.swift", """
                import SwiftData
                let widget = ModelConfiguration("Widget", cloudKitDatabase: .none)
                """);

        SwiftDataModel elsewhere = read();
        write("App/Store.swift", """
                import SwiftData
                let app = ModelConfiguration("App", cloudKitDatabase: .none)
                """);
        SwiftDataModel sameTarget = read();

        assertThat(elsewhere.decisions()).extracting(ScopeDecision::configuration, ScopeDecision::outcome)
                .containsExactly(tuple(Configuration.DEFAULT, ScopeDecision.Outcome.UNPLACED));
        assertThat(sameTarget.decisions()).extracting(ScopeDecision::configuration, ScopeDecision::outcome)
                .containsExactly(tuple(Configuration.DEFAULT, ScopeDecision.Outcome.NOT_SYNCED),
                        tuple("App", ScopeDecision.Outcome.NOT_SYNCED));
    }

    @Test
    void aStoreHoldsTheClassesItsClassesReachAndTheirSuperclasses() {
        write("App/Models.swift", """
                import SwiftData
                @Model class Animal { var name: String = "" }
                @Model final class Dog: Animal { var owner: Owner? }
                @Model final class Owner { @Relationship(inverse: \\Dog.owner) var dogs: [Dog]? = [] }
                @Model final class Note { var text: String = "" }
                """);
        write("App/Store.swift", """
                import SwiftData
                let pets = ModelConfiguration("Pets", schema: Schema([Dog.self]), cloudKitDatabase: .none)
                """);

        SwiftDataModel model = read();

        assertThat(model.model().current().configuration("Pets").orElseThrow().memberEntities())
                .containsExactlyInAnyOrder("Dog", "Owner", "Animal");
        assertThat(model.model().current().configuration("Unplaced").orElseThrow().memberEntities())
                .containsExactly("Note");
        assertThat(Set.copyOf(model.decisions().stream().map(ScopeDecision::configuration).toList()))
                .containsExactlyInAnyOrder(Configuration.DEFAULT, "Pets", "Unplaced");
    }
}
