package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.swift.Call;
import dev.cdlint.swift.Expression;
import dev.cdlint.swift.SwiftFile;
import dev.cdlint.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SwiftIndexTest {

    @TempDir
    Path project;

    private SwiftIndex index;

    private void write(String path, String text) {
        TestFiles.write(project, path, text);
    }

    private SwiftIndex index() {
        index = new SwiftIndex(SwiftProject.read(SwiftFinder.find(project, p -> false)));
        return index;
    }

    private SwiftFile file(String name) {
        return index.files().stream().filter(f -> f.path().getFileName().toString().equals(name)).findFirst()
                .orElseThrow();
    }

    /** The token index of the name where {@code ModelConfiguration(cloudKitDatabase: name)} uses it, the n-th such. */
    private static int use(SwiftFile file, int occurrence) {
        int seen = 0;
        for (int i = 0; i < file.source().size(); i++) {
            if (file.source().token(i).isIdentifier("cloudKitDatabase") && ++seen == occurrence) {
                return i + 2;
            }
        }
        throw new AssertionError("no use " + occurrence + " in " + file.path());
    }

    /** The values the name used at the n-th {@code cloudKitDatabase:} of the file stands for, as text. */
    private List<String> values(String fileName, int occurrence, String... chain) {
        SwiftFile file = file(fileName);
        return texts(index.valuesOf(List.of(chain), file, use(file, occurrence)));
    }

    private static List<String> texts(List<Expression> expressions) {
        return expressions.stream().map(Expression::text).toList();
    }

    @Test
    void aLocalIsEveryValueAssignedToItInTheFunctionBeforeItsUse() {
        write("Store.swift", """
                import SwiftData
                var database = CloudKitDatabase.automatic
                func makeConfiguration(cloud: Bool) -> ModelConfiguration {
                    var database = CloudKitDatabase.none
                    if cloud {
                        database = .private("iCloud.com.example.app")
                    }
                    let configuration = ModelConfiguration(cloudKitDatabase: database)
                    database = .automatic
                    return configuration
                }
                func other() {
                    let database = CloudKitDatabase.private("iCloud.com.example.other")
                }
                """);
        index();

        assertThat(values("Store.swift", 1, "database"))
                .containsExactly("CloudKitDatabase.none", ".private(\"iCloud.com.example.app\")");
    }

    @Test
    void aParameterIsWhatEveryCallerPassesForIt() {
        write("Store.swift", """
                import SwiftData
                func configuration(named name: String, database: CloudKitDatabase) -> ModelConfiguration {
                    ModelConfiguration(name, cloudKitDatabase: database)
                }
                func store(_ name: String, _ database: CloudKitDatabase) -> ModelConfiguration {
                    ModelConfiguration(name, cloudKitDatabase: database)
                }
                let a = configuration(named: "A", database: .none)
                let b = configuration(named: "B", database: .private("iCloud.com.example.b"))
                let c = store("C", .automatic)
                let d = store("D")
                let e = store("E", database: .none)
                """);
        index();

        assertThat(values("Store.swift", 1, "database"))
                .containsExactly(".none", ".private(\"iCloud.com.example.b\")");
        assertThat(values("Store.swift", 2, "database")).containsExactly(".automatic");
    }

    @Test
    void outsideAFunctionTheNearestBindingWhoseBlockHoldsTheUseCounts() {
        write("Store.swift", """
                import SwiftData
                var database = CloudKitDatabase.none
                let container: ModelContainer = {
                    let database = CloudKitDatabase.private("iCloud.com.example.app")
                    let unused = { let database = CloudKitDatabase.automatic }
                    return try! ModelContainer(for: Item.self,
                        configurations: ModelConfiguration(cloudKitDatabase: database))
                }()
                let later: ModelContainer = { let database = CloudKitDatabase.none }()
                """);
        index();

        assertThat(values("Store.swift", 1, "database")).containsExactly(
                "CloudKitDatabase.private(\"iCloud.com.example.app\")");
    }

    @Test
    void aMemberOfTheOwnTypeIsFoundWhereverTheTypeDeclaresIt() {
        write("Store.swift", """
                import SwiftData
                struct Stores {
                    func make() -> ModelConfiguration {
                        ModelConfiguration(cloudKitDatabase: Self.database)
                    }
                    func other() {
                        let database = CloudKitDatabase.automatic
                    }
                    static let database = CloudKitDatabase.private("iCloud.com.example.app")
                }
                struct Others {
                    static let database = CloudKitDatabase.none
                }
                """);
        index();

        assertThat(values("Store.swift", 1, "Self", "database")).containsExactly(
                "CloudKitDatabase.private(\"iCloud.com.example.app\")");
    }

    @Test
    void aNameDeclaredInNoScopeOfTheUseIsAnyTypesOrFilesMemberOfThatName() {
        write("Store.swift", """
                import SwiftData
                let configuration = ModelConfiguration(cloudKitDatabase: database)
                """);
        write("Constants.swift", """
                enum Constants {
                    static let database = CloudKitDatabase.private("iCloud.com.example.app")
                    func local() {
                        let database = CloudKitDatabase.automatic
                    }
                }
                var database: CloudKitDatabase { .none }
                """);
        index();

        assertThat(values("Store.swift", 1, "database")).containsExactlyInAnyOrder(
                "CloudKitDatabase.private(\"iCloud.com.example.app\")", ".none");
    }

    @Test
    void aQualifiedNameIsTheMemberOfTheTypeItNames() {
        write("Store.swift", """
                import SwiftData
                enum Cloud { static let database = CloudKitDatabase.private("iCloud.com.example.app") }
                enum Local { static let database = CloudKitDatabase.none }
                let configuration = ModelConfiguration(cloudKitDatabase: Outer.Cloud.database)
                """);
        index();

        assertThat(values("Store.swift", 1, "Outer", "Cloud", "database")).containsExactly(
                "CloudKitDatabase.private(\"iCloud.com.example.app\")");
    }

    @Test
    void aFunctionReturnsWhatItsReturnStatementsOrSingleExpressionGive() {
        write("Factory.swift", """
                import SwiftData
                enum App {
                    enum Factory {
                        static func configuration() -> ModelConfiguration {
                            if cloud { return ModelConfiguration(cloudKitDatabase: .none) }
                            return ModelConfiguration("B")
                        }
                    }
                }
                struct Other {
                    func configuration() -> Int { return 1 }
                }
                protocol Configuring {
                    func configuration() -> ModelConfiguration
                }
                func configuration() -> ModelConfiguration { ModelConfiguration("top") }
                """);
        index();

        assertThat(texts(index.returnsOf("configuration", List.of("App", "Factory")))).containsExactly(
                "ModelConfiguration(cloudKitDatabase:.none)", "ModelConfiguration(\"B\")");
        List<String> all = List.of("ModelConfiguration(cloudKitDatabase:.none)", "ModelConfiguration(\"B\")", "1",
                "ModelConfiguration(\"top\")");
        assertThat(texts(index.returnsOf("configuration", List.of()))).containsExactlyInAnyOrderElementsOf(all);
        assertThat(texts(index.returnsOf("configuration", List.of("Self")))).containsExactlyInAnyOrderElementsOf(all);
        assertThat(texts(index.returnsOf("configuration", List.of("self")))).containsExactlyInAnyOrderElementsOf(all);
        assertThat(texts(index.returnsOf("configuration", List.of("Missing")))).isEmpty();
        assertThat(index.declaresFunction("configuration")).isTrue();
        assertThat(index.declaresFunction("makeContainer")).isFalse();
    }

    @Test
    void aReturnedValueEndsWhereSwiftEndsTheStatement() {
        SwiftFile file = SwiftFile.read(Path.of("Factory.swift"), """
                func make() -> ModelConfiguration {
                    if a { return first; }
                    if b {
                        return
                            second
                    }
                    if c { return }
                    return third
                        .configured(with: (1,
                            2))
                    unreachable()
                }
                func single() -> ModelConfiguration { ModelConfiguration() }
                """);

        assertThat(texts(SwiftIndex.returns(file.topLevel().functions().get(0).body())))
                .containsExactly("first", "second", "", "third.configured(with:(1,2))");
        assertThat(texts(SwiftIndex.returns(file.topLevel().functions().get(1).body())))
                .containsExactly("ModelConfiguration()");
    }

    @Test
    void aTypeAliasIsTheOneNearestTheContextThenAnyOfThatName() {
        write("Schemas.swift", """
                import SwiftData
                enum SchemaV1: VersionedSchema {
                    typealias Item = ItemV1
                    enum Nested { typealias Current = SchemaV1 }
                }
                typealias Item = SchemaV2.Item
                """);
        index();

        assertThat(index.alias("Item", List.of("SchemaV1")).orElseThrow().declaration().target())
                .isEqualTo("ItemV1");
        assertThat(index.alias("Item", List.of("Other")).orElseThrow().declaration().target())
                .isEqualTo("SchemaV2.Item");
        assertThat(index.alias("Current", List.of("Other")).orElseThrow().declaration().target())
                .isEqualTo("SchemaV1");
        assertThat(index.alias("Current", List.of("SchemaV1", "Nested")).orElseThrow().context())
                .containsExactly("SchemaV1", "Nested");
        assertThat(index.alias("Missing", List.of())).isEmpty();
    }

    @Test
    void aFileReadForAConstantAddsItsCallsToThoseAlreadyFound() {
        write("Store.swift", """
                import SwiftData
                let configuration = ModelConfiguration(cloudKitDatabase: database)
                let first = makeStore()
                """);
        write("Constants.swift", """
                let database = CloudKitDatabase.none
                let second = makeStore()
                """);
        index();
        assertThat(index.calls("makeStore")).hasSize(1);

        assertThat(values("Store.swift", 1, "database")).containsExactly("CloudKitDatabase.none");

        assertThat(index.calls("makeStore")).extracting(Call::location).extracting(Object::toString)
                .containsExactly(project.resolve("Store.swift") + ":3:13", project.resolve("Constants.swift") + ":2:14");
    }

    @Test
    void theTypesAroundATokenAreItsContext() {
        write("Store.swift", """
                import SwiftData
                enum Outer {
                    struct Inner {
                        let configuration = ModelConfiguration(cloudKitDatabase: database)
                    }
                }
                let configuration = ModelConfiguration(cloudKitDatabase: database)
                """);
        index();
        SwiftFile file = file("Store.swift");

        assertThat(index.contextAt(file, use(file, 1))).containsExactly("Outer", "Inner");
        assertThat(file.source().token(index.outermostTypeBody(file, use(file, 1)) - 1).text()).isEqualTo("Outer");
        assertThat(index.contextAt(file, use(file, 2))).isEmpty();
        assertThat(index.outermostTypeBody(file, use(file, 2))).isEqualTo(-1);
        assertThat(index.contextAt(file, file.source().size())).isEmpty();
    }
}
