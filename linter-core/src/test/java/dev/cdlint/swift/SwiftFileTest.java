package dev.cdlint.swift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.source.InputException;
import dev.cdlint.swift.PropertyDeclaration.Accessors;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SwiftFileTest {

    private static final Path FILE = Path.of("Models/Item.swift");

    private static SwiftFile read(String text) {
        return SwiftFile.read(FILE, text);
    }

    private static TypeDeclaration only(String text) {
        List<TypeDeclaration> types = read(text).allTypes();
        assertThat(types).hasSize(1);
        return types.get(0);
    }

    private static PropertyDeclaration property(TypeDeclaration type, String name) {
        return type.members().properties().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void readsStoredPropertiesWithTypeDefaultAndPosition() {
        TypeDeclaration item = only("""
                import SwiftData

                @Model
                final class Item {
                    var title: String = ""
                    var note: String?
                    var count = 0
                    @Attribute(.unique, originalName: "old") var key: String
                }
                """);

        assertThat(item.name()).isEqualTo("Item");
        assertThat(item.kind()).isEqualTo(TypeDeclaration.Kind.CLASS);
        assertThat(item.hasAttribute("Model")).isTrue();
        assertThat(item.modifiers()).containsExactly("final");
        assertThat(item.location()).hasToString("Models/Item.swift:4:13");
        assertThat(item.line()).isEqualTo(3);
        PropertyDeclaration title = property(item, "title");
        assertThat(title.type()).isEqualTo("String");
        assertThat(title.initializer().stringLiteral()).contains("");
        assertThat(title.location()).hasToString("Models/Item.swift:5:9");
        assertThat(property(item, "note").type()).isEqualTo("String?");
        assertThat(property(item, "note").initializer()).isNull();
        assertThat(property(item, "count").type()).isNull();
        assertThat(property(item, "count").initializer().text()).isEqualTo("0");
        SwiftAttribute attribute = property(item, "key").attribute("Attribute").orElseThrow();
        assertThat(attribute.unlabelled()).extracting(Expression::text).containsExactly(".unique");
        assertThat(attribute.argument("originalName").flatMap(Expression::stringLiteral)).contains("old");
    }

    @Test
    void tellsComputedPropertiesFromStoredOnesWithObservers() {
        TypeDeclaration item = only("""
                class Item {
                    var total: Int { items.count }
                    var name: String {
                        get { _name }
                        set { _name = newValue }
                    }
                    var progress: Int = 0 {
                        didSet { updatedAt = Date() }
                    }
                    var done: Bool {
                        willSet { print(newValue) }
                    }
                    static let formatter: DateFormatter = {
                        let f = DateFormatter()
                        return f
                    }()
                    var tags: [String] = [] // trailing { comment
                    lazy var cache = Cache { value in value }
                }
                """);

        assertThat(property(item, "total").accessors()).isEqualTo(Accessors.COMPUTED);
        assertThat(property(item, "total").body().text()).isEqualTo("items.count");
        assertThat(property(item, "name").accessors()).isEqualTo(Accessors.COMPUTED);
        assertThat(property(item, "progress").accessors()).isEqualTo(Accessors.OBSERVERS);
        assertThat(property(item, "progress").initializer().text()).isEqualTo("0");
        assertThat(property(item, "done").accessors()).isEqualTo(Accessors.OBSERVERS);
        assertThat(property(item, "formatter").isStatic()).isTrue();
        assertThat(property(item, "formatter").accessors()).isEqualTo(Accessors.NONE);
        assertThat(property(item, "tags").initializer().text()).isEqualTo("[]");
        assertThat(property(item, "cache").initializer().text()).isEqualTo("Cache{value in value}");
        assertThat(item.members().properties()).extracting(PropertyDeclaration::name)
                .containsExactly("total", "name", "progress", "done", "formatter", "tags", "cache");
    }

    @Test
    void bracesAndDeclarationsInsideStringsAndCommentsAreText() {
        TypeDeclaration item = only("""
                class Item {
                    var json: String = "{}"
                    var pattern = #"(\\d+)\\s+"{"#
                    var raw2 = ##"a "# still inside"##
                    /* a /* nested */ comment with var ghost: Int and { */
                    var block = \"""
                        var notAProperty: Int {
                        \"""
                    var interpolated = "count: \\(items.filter { $0.isDone }.map { "\\($0)}" }.count)"
                    // var commented: Int
                    var last: Int = 1
                }
                """);

        assertThat(item.members().properties()).extracting(PropertyDeclaration::name)
                .containsExactly("json", "pattern", "raw2", "block", "interpolated", "last");
        assertThat(property(item, "pattern").initializer().stringLiteral()).contains("(\\d+)\\s+\"{");
        assertThat(property(item, "raw2").initializer().stringLiteral()).contains("a \"# still inside");
        assertThat(property(item, "block").initializer().stringLiteral()).contains("var notAProperty: Int {");
        assertThat(property(item, "interpolated").initializer().stringLiteral()).isEmpty();
        assertThat(property(item, "interpolated").initializer().isStringLiteral()).isTrue();
    }

    @Test
    void aStringEndingInAPoundSignIsNotARawString() {
        TypeDeclaration item = only("""
                class Item {
                    var key: String = "legacy#\\(id)#"
                    var after: Int = 0
                }
                """);

        assertThat(item.members().properties()).extracting(PropertyDeclaration::name).containsExactly("key", "after");
    }

    @Test
    void findsModelsNestedInTypesAndExtensions() {
        SwiftFile file = read("""
                enum SchemaV1: VersionedSchema {
                    static var models: [any PersistentModel.Type] { [Item.self] }
                    @Model final class Item { var a: Int = 0 }
                }
                public extension SchemaV2 {
                    @available(iOS 17, *)
                    @Model
                    public final class Item: @unchecked Sendable, Identifiable {
                        struct Nested { var x: Int }
                        var b: Int = 0
                    }
                }
                typealias Item = SchemaV2.Item
                """);

        assertThat(file.allTypes()).extracting(TypeDeclaration::qualifiedName)
                .containsExactly("SchemaV1", "SchemaV1.Item", "SchemaV2", "SchemaV2.Item", "SchemaV2.Item.Nested");
        TypeDeclaration schema = file.allTypes().get(0);
        assertThat(schema.inherits("VersionedSchema")).isTrue();
        assertThat(property(schema, "models").body().metatypes()).containsExactly("Item");
        TypeDeclaration v2Item = file.allTypes().get(3);
        assertThat(v2Item.inherited()).containsExactly("@unchecked Sendable", "Identifiable");
        assertThat(v2Item.attributes()).extracting(SwiftAttribute::name).containsExactly("available", "Model");
        assertThat(v2Item.members().properties()).extracting(PropertyDeclaration::name).containsExactly("b");
        assertThat(file.allTypes().get(2).kind()).isEqualTo(TypeDeclaration.Kind.EXTENSION);
        assertThat(file.topLevel().typeAliases()).singleElement()
                .satisfies(a -> assertThat(a.target()).isEqualTo("SchemaV2.Item"));
    }

    @Test
    void readsMacrosSpanningLinesAndAttributesWithArgumentsOnSeveralLines() {
        TypeDeclaration item = only("""
                @Model final class Item {
                    #Unique<Item>([\\.a, \\.b], [\\.c])
                    #Index<Item>(
                        [\\.a],
                        [\\.a, \\.b]
                    )
                    @Relationship(
                        deleteRule: .cascade,
                        inverse: \\Child.parent
                    )
                    var children: [Child]? = []
                    var a: String = ""
                }
                """);

        assertThat(item.members().macros()).extracting(MacroExpansion::name).containsExactly("Unique", "Index");
        MacroExpansion unique = item.members().macros().get(0);
        assertThat(unique.genericArguments()).isEqualTo("Item");
        assertThat(unique.arguments()).extracting(a -> a.value().text()).containsExactly("[\\.a,\\.b]", "[\\.c]");
        SwiftAttribute relationship = property(item, "children").attribute("Relationship").orElseThrow();
        assertThat(relationship.argument("deleteRule").map(Expression::text)).contains(".cascade");
        assertThat(relationship.argument("inverse").map(Expression::text)).contains("\\Child.parent");
        assertThat(property(item, "children").type()).isEqualTo("[Child]?");
        assertThat(item.members().properties()).extracting(PropertyDeclaration::name).containsExactly("children", "a");
    }

    @Test
    void keepsEveryBranchOfABalancedIfAndOnlyTheFirstOfAnUnbalancedOne() {
        SwiftFile file = read("""
                #if os(iOS)
                class View: UIView {
                #else
                class View: NSView {
                #endif
                    var a: Int = 0
                }
                class Item {
                    #if DEBUG
                    var debugOnly: Int = 0
                    #elseif TESTING
                    var testOnly: Int = 0
                    #else
                    var releaseOnly: Int = 0
                    #endif
                    var always: Int = 0
                }
                """);

        assertThat(file.allTypes()).extracting(TypeDeclaration::name).containsExactly("View", "Item");
        assertThat(file.allTypes().get(0).inherited()).containsExactly("UIView");
        TypeDeclaration item = file.allTypes().get(1);
        assertThat(item.members().properties()).extracting(PropertyDeclaration::name)
                .containsExactly("debugOnly", "testOnly", "releaseOnly", "always");
        assertThat(property(item, "debugOnly").conditional()).isTrue();
        assertThat(property(item, "always").conditional()).isFalse();
    }

    @Test
    void findsCallsWithTheirLabelsAnywhere() {
        SwiftFile file = read("""
                let container: ModelContainer = {
                    let schema = Schema([Item.self, Tag.self])
                    let configuration = ModelConfiguration(
                        "Cloud",
                        schema: schema,
                        cloudKitDatabase: useCloud ? .private("iCloud.com.example") : .none
                    )
                    return try! ModelContainer(for: schema, configurations: [configuration])
                }()
                func ModelConfiguration(x: Int) {}
                """);

        List<Call> calls = file.calls(name -> name.equals("ModelConfiguration"));
        assertThat(calls).hasSize(1);
        Call configuration = calls.get(0);
        assertThat(configuration.location()).hasToString("Models/Item.swift:3:25");
        assertThat(configuration.unlabelledFirst().flatMap(Expression::stringLiteral)).contains("Cloud");
        Expression database = configuration.argument("cloudKitDatabase").orElseThrow();
        List<Expression> branches = database.ternaryBranches().orElseThrow();
        assertThat(branches).extracting(Expression::text).containsExactly(".private(\"iCloud.com.example\")", ".none");
        Call privateCall = branches.get(0).asCall().orElseThrow();
        assertThat(privateCall.name()).isEqualTo("private");
        assertThat(privateCall.isImplicitMember()).isTrue();
        assertThat(privateCall.unlabelledFirst().flatMap(Expression::stringLiteral)).contains("iCloud.com.example");
        assertThat(branches.get(1).memberName()).contains("none");
        Call container = file.calls(name -> name.equals("ModelContainer")).get(0);
        assertThat(container.argument("configurations").flatMap(Expression::arrayElements).orElseThrow())
                .extracting(Expression::text).containsExactly("configuration");
        assertThat(file.calls(name -> name.equals("Schema")).get(0).unlabelledFirst().orElseThrow().metatypes())
                .containsExactly("Item", "Tag");
    }

    @Test
    void keepsLineCommentsByLineForSuppressions() {
        SwiftFile file = read("""
                class Item {
                    // cdlint.disable: unique-constraint
                    @Attribute(.unique) var key: String = ""
                }
                """);

        assertThat(file.source().lineComment(2)).contains(" cdlint.disable: unique-constraint");
        assertThat(file.source().lineComment(3)).isEmpty();
    }

    @Test
    void losingTrackIsAnErrorWhereItHappened() {
        assertThatThrownBy(() -> read("class Item {\n    var a = \"open\n}\n"))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("unterminated string literal")
                .extracting(e -> ((InputException) e).location().toString()).isEqualTo("Models/Item.swift:2:13");
        assertThatThrownBy(() -> read("class Item {\n    var a = 1\n\nclass Other {}\n"))
                .hasMessageContaining("the file ends before this '{' is closed")
                .extracting(e -> ((InputException) e).location().toString()).isEqualTo("Models/Item.swift:1:12");
        assertThatThrownBy(() -> read("class Item {\n    func f() { g(] }\n}\n"))
                .hasMessageContaining("this ']' cannot close the '(' opened at line 2, column 17")
                .extracting(e -> ((InputException) e).location().toString()).isEqualTo("Models/Item.swift:2:18");
        assertThatThrownBy(() -> read("}\n"))
                .hasMessageContaining("this '}' closes nothing");
        assertThatThrownBy(() -> read("/* open /* nested */ still open\nclass A {}"))
                .hasMessageContaining("unterminated /* comment")
                .extracting(e -> ((InputException) e).location().toString()).isEqualTo("Models/Item.swift:1:1");
        assertThatThrownBy(() -> read("class A {\n#if DEBUG\nvar a = 1\n}\n"))
                .hasMessageContaining("#if without #endif")
                .extracting(e -> ((InputException) e).location().toString()).isEqualTo("Models/Item.swift:2:1");
        assertThatThrownBy(() -> read("var s = \"\"\"\nnever closed\n"))
                .hasMessageContaining("the file ends before its closing quote");
        assertThatThrownBy(() -> read("#endif\n")).hasMessageContaining("#endif without #if");
    }

    @Test
    void readsFunctionsWithParametersAndBodies() {
        SwiftFile file = read("""
                enum Store {
                    private static func make(cloudKit: ModelConfiguration.CloudKitDatabase, _ name: String = "x") throws
                        -> ModelContainer {
                        try ModelContainer(for: Thing.self, configurations: ModelConfiguration(cloudKitDatabase: cloudKit))
                    }
                    static func makeSchema() -> Schema { Schema([A.self]) }
                }
                protocol P { func required() }
                """);

        FunctionDeclaration make = file.allTypes().get(0).members().functions().get(0);
        assertThat(make.name()).isEqualTo("make");
        assertThat(make.parameters()).extracting(FunctionDeclaration.Parameter::label).containsExactly("cloudKit", "_");
        assertThat(make.parameters()).extracting(FunctionDeclaration.Parameter::name).containsExactly("cloudKit", "name");
        assertThat(make.parameters().get(0).type()).isEqualTo("ModelConfiguration.CloudKitDatabase");
        assertThat(make.body().text()).startsWith("try ModelContainer(");
        assertThat(file.allTypes().get(0).members().functions().get(1).body().text()).isEqualTo("Schema([A.self])");
        assertThat(file.allTypes().get(1).members().functions().get(0).body()).isNull();
    }
}
