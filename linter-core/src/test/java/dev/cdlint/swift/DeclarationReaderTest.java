package dev.cdlint.swift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The declarations read from forms of Swift that the fixtures and the corpus do not show side by side. */
class DeclarationReaderTest {

    private static SwiftFile read(String text) {
        return SwiftFile.read(Path.of("Model.swift"), text);
    }

    private static TypeDeclaration type(SwiftFile file, String qualifiedName) {
        return file.allTypes().stream().filter(t -> t.qualifiedName().equals(qualifiedName)).findFirst().orElseThrow();
    }

    private static List<String> propertyNames(Members members) {
        return members.properties().stream().map(PropertyDeclaration::name).toList();
    }

    private static PropertyDeclaration property(Members members, String name) {
        return members.properties().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    private static FunctionDeclaration function(Members members, String name) {
        return members.functions().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void modifiersKeepTheirArgumentsAndClassMakesAMemberStatic() {
        Members item = read("""
                class Item {
                    private(set) var a: Int = 0
                    public internal(set) var b: Int = 0
                    nonisolated(unsafe) static var c = 0
                    class var d: Int { 0 }
                    class override func make() {}
                    final class func build() {}
                    class final var e: Int { 1 }
                    open
                    var f: Int = 0
                }
                """).allTypes().get(0).members();

        assertThat(property(item, "a").modifiers()).containsExactlyInAnyOrder("private", "private(set)");
        assertThat(property(item, "b").modifiers()).containsExactlyInAnyOrder("public", "internal", "internal(set)");
        assertThat(property(item, "c").modifiers()).containsExactlyInAnyOrder("nonisolated", "nonisolated(unsafe)",
                "static");
        assertThat(property(item, "c").isStatic()).isTrue();
        assertThat(property(item, "d").isStatic()).isTrue();
        assertThat(property(item, "e").modifiers()).containsExactlyInAnyOrder("class", "final");
        assertThat(function(item, "make").modifiers()).containsExactlyInAnyOrder("class", "override");
        assertThat(function(item, "build").modifiers()).containsExactlyInAnyOrder("final", "class");
        assertThat(property(item, "f").modifiers()).containsExactly("open");
        assertThat(property(item, "a").isStatic()).isFalse();
        assertThat(item.types()).isEmpty();
    }

    @Test
    void aCaseListEndingInAModifierWordLeavesTheNextMemberAlone() {
        Members members = read("""
                enum Kind { case `struct`, `class`
                    var title: String { "" } }
                enum Access { case closed, open
                    static var all: [Access] { [] } }
                struct Options {
                    var lazy: Bool = false
                    var dynamic = true
                    func copy() -> Options { var o = self; o.lazy = true; return o }
                }
                """).topLevel();

        assertThat(property(members.types().get(0).members(), "title").isStatic()).isFalse();
        assertThat(property(members.types().get(1).members(), "all").modifiers()).containsExactly("static");
        assertThat(propertyNames(members.types().get(2).members())).containsExactly("lazy", "dynamic");
    }

    @Test
    void importsOfOneSymbolAndMacroDeclarationsDeclareNothing() {
        Members members = read("""
                import struct Models.Item
                import func Darwin.sqrt
                import var Darwin.errno
                @freestanding(declaration) public macro Index<T>(_ keys: [KeyPath<T, Any>]) = #externalMacro(
                    module: "Macros", type: "IndexMacro")
                struct Real { var a: Int = 0 }
                """).topLevel();

        assertThat(members.types()).extracting(TypeDeclaration::name).containsExactly("Real");
        assertThat(members.functions()).isEmpty();
        assertThat(members.properties()).isEmpty();
        assertThat(members.macros()).isEmpty();
        assertThat(propertyNames(members.types().get(0).members())).containsExactly("a");
    }

    @Test
    void protocolRequirementsAndOperatorsAreSteppedOver() {
        Members members = read("""
                precedencegroup Joining { higherThan: AdditionPrecedence }
                infix operator <> : Joining
                protocol Store {
                    associatedtype Row: PersistentModel
                    var rows: [Row] { get }
                }
                var after: Int = 0
                """).topLevel();

        assertThat(propertyNames(members)).containsExactly("after");
        assertThat(propertyNames(members.types().get(0).members())).containsExactly("rows");
        assertThat(property(members.types().get(0).members(), "rows").accessors())
                .isEqualTo(PropertyDeclaration.Accessors.COMPUTED);
    }

    @Test
    void codeAtFileLevelDeclaresNoMembersOfItsOwn() {
        Members members = read("""
                DispatchQueue.main.async { var local = 1; print(local) }
                let container = { let inner = 2; return inner }()
                if ready { func helper() {} }
                """).topLevel();

        assertThat(propertyNames(members)).containsExactly("container");
        assertThat(members.functions()).isEmpty();
    }

    @Test
    void extensionsOfQualifiedNamesAndGenericTypesKeepTheirNames() {
        SwiftFile file = read("""
                extension Schema.V1 { var a: Int { 0 } }
                extension Schema.
                    V2 { }
                struct Box<T: Codable & Sendable, U>: Codable, Wrapper<T, U> where T: Hashable {
                    var t: T
                }
                class Plain { }
                enum Empty
                """);

        assertThat(file.allTypes()).extracting(TypeDeclaration::name).containsExactly("Schema.V1", "Schema.V2", "Box",
                "Plain");
        assertThat(type(file, "Box").inherited()).containsExactly("Codable", "Wrapper<T,U>");
        assertThat(type(file, "Box").kind()).isEqualTo(TypeDeclaration.Kind.STRUCT);
        assertThat(type(file, "Plain").inherited()).isEmpty();
        assertThat(type(file, "Box").body().text()).isEqualTo("var t:T");
    }

    @Test
    void anArrowInsideAngleBracketsClosesNone() {
        SwiftFile file = read("""
                struct Box: Wrapper<T, U>, Handler<(Int) -> Void, Error>, Codable { }
                struct Nested<F: Wrapper<() -> Int>>: Codable { }
                func run<F: Task<() -> Int, Error>, G>(f: F, g: G) { }
                """);

        assertThat(type(file, "Box").inherited()).containsExactly("Wrapper<T,U>", "Handler<(Int)->Void,Error>",
                "Codable");
        assertThat(type(file, "Nested").inherited()).containsExactly("Codable");
        assertThat(file.topLevel().functions().get(0).genericParameters())
                .isEqualTo(Map.of("F", "Task<()->Int,Error>", "G", ""));
    }

    @Test
    void aTypeKeywordWithoutANameDeclaresNothing() {
        SwiftFile file = read("""
                let actor = Worker()
                actor.start()
                struct Real {}
                """);

        assertThat(file.allTypes()).extracting(TypeDeclaration::name).containsExactly("Real");
    }

    @Test
    void oneDeclarationMayDeclareSeveralProperties() {
        Members item = read("""
                class Item {
                    var a = 1, b: String = "", c: Int
                    let (x, y) = (1, 2), z = 3
                    var first: Int = 0,
                        second: Int = 0
                    var g: Int
                    { 5 }
                    var h: Int = 1 { didSet { } }
                }
                """).allTypes().get(0).members();

        assertThat(propertyNames(item)).containsExactly("a", "b", "c", "z", "first", "second", "g", "h");
        assertThat(property(item, "b").type()).isEqualTo("String");
        assertThat(property(item, "b").initializer().text()).isEqualTo("\"\"");
        assertThat(property(item, "c").initializer()).isNull();
        assertThat(property(item, "z").isLet()).isTrue();
        assertThat(property(item, "z").initializer().text()).isEqualTo("3");
        assertThat(property(item, "second").initializer().text()).isEqualTo("0");
        assertThat(property(item, "g").accessors()).isEqualTo(PropertyDeclaration.Accessors.COMPUTED);
        assertThat(property(item, "g").body().text()).isEqualTo("5");
        assertThat(property(item, "h").accessors()).isEqualTo(PropertyDeclaration.Accessors.OBSERVERS);
    }

    @Test
    void aComparisonIsNoInitializer() {
        Members item = read("""
                class Item {
                    var a: Bool == true
                    var b = 1
                }
                """).allTypes().get(0).members();

        assertThat(property(item, "a").initializer()).isNull();
        assertThat(property(item, "b").initializer().text()).isEqualTo("1");
    }

    @Test
    void functionsOperatorsInitializersAndSubscriptsAreNamedAsSwiftCallsThem() {
        Members members = read("""
                struct V {
                    static func < (lhs: V, rhs: V) -> Bool { true }
                    static func <= (lhs: V, rhs: V) -> Bool { true }
                    func map<Row: CacheRow, Other>(_ f: @escaping (Row) -> Other, into: inout [Other] = []) {}
                    init?(raw: String) { nil }
                    init!(other: Int) { nil }
                    init(@ViewBuilder content: () -> Content, x: Int = 1 == 1 ? 1 : 2) {}
                    subscript(index: Int) -> Int { index }
                    deinit { }
                    func requirement()
                        -> Int
                    var after: Int = 0
                    func last() async throws
                }
                """).allTypes().get(0).members();

        assertThat(members.functions()).extracting(FunctionDeclaration::name).containsExactly("<", "<=", "map", "init",
                "init", "init", "subscript", "deinit", "requirement", "last");
        FunctionDeclaration map = function(members, "map");
        assertThat(map.genericParameters()).isEqualTo(Map.of("Row", "CacheRow", "Other", ""));
        assertThat(map.parameters()).containsExactly(
                new FunctionDeclaration.Parameter("_", "f", "@escaping(Row)->Other"),
                new FunctionDeclaration.Parameter("into", "into", "inout[Other]"));
        assertThat(members.functions().get(1).parameters()).hasSize(2);
        assertThat(members.functions().get(3).parameters()).extracting(FunctionDeclaration.Parameter::label)
                .containsExactly("raw");
        assertThat(members.functions().get(4).parameters()).extracting(FunctionDeclaration.Parameter::label)
                .containsExactly("other");
        assertThat(members.functions().get(5).parameters()).containsExactly(
                new FunctionDeclaration.Parameter("content", "content", "()->Content"),
                new FunctionDeclaration.Parameter("x", "x", "Int"));
        assertThat(members.functions().get(6).body().text()).isEqualTo("index");
        assertThat(function(members, "requirement").body()).isNull();
        assertThat(function(members, "last").body()).isNull();
        assertThat(propertyNames(members)).containsExactly("after");
    }

    @Test
    void aParameterWithoutANameIsUnlabelled() {
        FunctionDeclaration f = read("func f(_: Int, (a, b): (Int, Int), label: Int, @Sendable _ g: () -> Void) {}")
                .topLevel().functions().get(0);

        assertThat(f.parameters()).containsExactly(new FunctionDeclaration.Parameter("_", "_", "Int"),
                new FunctionDeclaration.Parameter("_", "_", "(a,b):(Int,Int)"),
                new FunctionDeclaration.Parameter("label", "label", "Int"),
                new FunctionDeclaration.Parameter("_", "g", "()->Void"));
    }

    @Test
    void typeAliasesNameTheirTargetWithGenericsSkipped() {
        Members members = read("""
                typealias Item = SchemaV2.Item
                typealias Pair<T> = (T, T)
                typealias Incomplete
                typealias
                """).topLevel();

        assertThat(members.typeAliases()).extracting(a -> a.name() + "=" + a.target())
                .containsExactly("Item=SchemaV2.Item", "Pair=(T,T)");
    }

    @Test
    void macrosKeepGenericArgumentsWrittenAgainstTheirNameAndATrailingClosure() {
        Members item = read("""
                @Model final class Item {
                    #Unique<Item>([\\.a])
                    #Index <Item>([\\.b])
                    #Preview { Text("x") }
                    #Preview
                    { }
                    var a: String = ""
                }
                """).allTypes().get(0).members();

        assertThat(item.macros()).extracting(m -> m.name() + "<" + m.genericArguments() + ">" + m.arguments().size())
                .containsExactly("Unique<Item>1", "Index<>0", "Preview<>0", "Preview<>0");
        assertThat(propertyNames(item)).containsExactly("a");
    }

    @Test
    void aFileEndingInAnAttributeOrModifierIsRead() {
        assertThat(read("struct A {}\n@MainActor").allTypes()).hasSize(1);
        assertThat(read("struct A {}\npublic").allTypes()).hasSize(1);
        assertThat(read("struct A { @Attribute }").allTypes().get(0).members().properties()).isEmpty();
        assertThat(read("func").topLevel().functions()).extracting(FunctionDeclaration::name).containsExactly("");
    }

    @Test
    void aFileEndingInTheMiddleOfADeclarationKeepsWhatItDeclares() {
        assertThat(propertyNames(read("let x = 1\nvar").topLevel())).containsExactly("x");
        assertThat(property(read("var a").topLevel(), "a").type()).isNull();
        assertThat(property(read("var a: Int").topLevel(), "a").type()).isEqualTo("Int");
        assertThat(read("init").topLevel().functions()).extracting(FunctionDeclaration::name).containsExactly("init");
        assertThat(read("func <").topLevel().functions()).extracting(FunctionDeclaration::name).containsExactly("<");
        assertThat(read("typealias Incomplete").topLevel().typeAliases()).isEmpty();
        assertThat(read("typealias Pair<T").topLevel().typeAliases()).isEmpty();
        assertThat(read("#Preview").topLevel().macros()).extracting(MacroExpansion::name).containsExactly("Preview");
        assertThat(read("case a, b").topLevel().properties()).isEmpty();
    }

    @Test
    void declarationsSeparatedBySemicolonsAreAllRead() {
        Members members = read("""
                import Foundation; var a = 1
                struct S { let b = 1; var c = 2; case d; var e = 3 }
                """).topLevel();

        assertThat(propertyNames(members)).containsExactly("a");
        assertThat(propertyNames(members.types().get(0).members())).containsExactly("b", "c", "e");
    }

    @Test
    void anUnfinishedDeclarationCostsNoMoreThanItself() {
        Members members = read("""
                var = 1
                var b = 2
                typealias Pair<T; var c = 3
                struct A: { var d = 4 }
                extension Schema. { var e: Int { 5 } }
                """).topLevel();

        assertThat(propertyNames(members)).containsExactly("b", "c");
        assertThat(members.typeAliases()).isEmpty();
        assertThat(members.types()).extracting(TypeDeclaration::name).containsExactly("A", "Schema");
        assertThat(members.types().get(0).inherited()).isEmpty();
        assertThat(propertyNames(members.types().get(0).members())).containsExactly("d");
        assertThat(propertyNames(members.types().get(1).members())).containsExactly("e");
    }
}
