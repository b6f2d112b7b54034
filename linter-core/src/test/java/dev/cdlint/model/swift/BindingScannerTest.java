package dev.cdlint.model.swift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.swift.SwiftSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BindingScannerTest {

    /** Each binding as {@code name = value (line L, in the block opened on line B | at file level)}. */
    private static List<String> bindings(String swift) {
        SwiftSource source = SwiftSource.parse(Path.of("Store.swift"), swift);
        List<String> found = new ArrayList<>();
        BindingScanner.scan(source, (name, position, scopeOpen, value) -> found.add(name + " = " + value.text()
                + " (line " + source.token(position).line() + ", "
                + (scopeOpen < 0 ? "at file level" : "in the block opened on line " + source.token(scopeOpen).line())
                + ")"));
        return found;
    }

    @Test
    void readsLetsAndVarsWithTheBlockEachIsDeclaredIn() {
        assertThat(bindings("""
                let schema = Schema([Item.self])
                func makeContainer() {
                    var database: Int = 2
                    if cloud {
                        let name = "iCloud.com.example.app"
                    }
                }
                """)).containsExactly(
                "schema = Schema([Item.self]) (line 1, at file level)",
                "database = 2 (line 3, in the block opened on line 2)",
                "name = \"iCloud.com.example.app\" (line 5, in the block opened on line 4)");
    }

    @Test
    void readsAssignmentsToNamesAndToMembersOfSelf() {
        assertThat(bindings("""
                init() {
                    self.container = makeContainer()
                    database = .private("iCloud.com.example.app")
                    Self.shared = nil
                    ready = true; synced = false
                }
                configuration = nil
                """)).containsExactly(
                "container = makeContainer() (line 2, in the block opened on line 1)",
                "database = .private(\"iCloud.com.example.app\") (line 3, in the block opened on line 1)",
                "shared = nil (line 4, in the block opened on line 1)",
                "ready = true (line 5, in the block opened on line 1)",
                "synced = false (line 5, in the block opened on line 1)",
                "configuration = nil (line 7, at file level)");
    }

    @Test
    void anAssignmentInsideAClosureOnOneLineIsReadUpToTheClosingBrace() {
        assertThat(bindings("""
                let task = Task { store = open() }
                """)).containsExactly(
                "task = Task{store=open()} (line 1, at file level)",
                "store = open() (line 1, in the block opened on line 1)");
    }

    @Test
    void aComparisonIsNotAnAssignment() {
        assertThat(bindings("""
                let cloud = items.contains { kind == "cloud" }
                let same = a == b
                """)).containsExactly(
                "cloud = items.contains{kind==\"cloud\"} (line 1, at file level)",
                "same = a==b (line 2, at file level)");
    }

    @Test
    void anOperatorGluedToTheEqualsSignIsNotAnAssignment() {
        assertThat(bindings("""
                let ordered: Array<Int>= values
                """)).isEmpty();
    }

    @Test
    void aValueEndsAtTheLineBreakUnlessTheNextLineContinuesIt() {
        assertThat(bindings("""
                let chained = ModelConfiguration()
                    .private
                let sum = one +
                    two
                let cast = value
                    as? String
                let check = value
                    is String
                let trailing = items.map
                { $0 }
                let single = first
                second = 2
                """)).containsExactly(
                "chained = ModelConfiguration().private (line 1, at file level)",
                "sum = one+two (line 3, at file level)",
                "cast = value as?String (line 5, at file level)",
                "check = value is String (line 7, at file level)",
                "trailing = items.map{$0} (line 9, at file level)",
                "single = first (line 11, at file level)",
                "second = 2 (line 12, at file level)");
    }

    @Test
    void aValueMayStartOnTheLineAfterTheEqualsSign() {
        assertThat(bindings("""
                let database =
                    CloudKitDatabase.none
                """)).containsExactly("database = CloudKitDatabase.none (line 1, at file level)");
    }

    @Test
    void aNameOnTheLineAfterATrailingDotIsAMemberNotAStatement() {
        assertThat(bindings("""
                configuration.
                    database = .none
                """)).isEmpty();
    }

    @Test
    void aTypeAnnotationIsSkippedToTheEqualsSign() {
        assertThat(bindings("""
                var names: [String] = ["a"]
                let table: Dictionary<String, Int> = [:]
                let nested: Array<Set<Int>> = []
                let pair: (
                    Int,
                    Int
                ) = (1, 2)
                """)).containsExactly(
                "names = [\"a\"] (line 1, at file level)",
                "table = [:] (line 2, at file level)",
                "nested = [] (line 3, at file level)",
                "pair = (1,2) (line 4, at file level)");
    }

    @Test
    void aTypeAnnotationMayStartOnTheLineAfterTheColon() {
        // The wrapped line also reads as an assignment to `Int`: a switch case's statements follow a colon too.
        assertThat(bindings("""
                let wrapped:
                    Int = 3
                """)).contains("wrapped = 3 (line 1, at file level)");
    }

    @Test
    void aDeclarationWithoutAValueIsNoBinding() {
        assertThat(bindings("""
                var computed: Int { 1 }
                var first: Int, second: Int
                var declared: String
                count = 1
                """)).containsExactly("count = 1 (line 4, at file level)");
    }

    @Test
    void aFileMayEndInTheMiddleOfADeclaration() {
        assertThat(bindings("let")).isEmpty();
        assertThat(bindings("let name")).isEmpty();
        assertThat(bindings("let name: String")).isEmpty();
        assertThat(bindings("name")).isEmpty();
        assertThat(bindings("self.name")).isEmpty();
    }

    @Test
    void aBindingNestedDeeperThanSixteenBlocksKnowsItsBlock() {
        String open = "{\n".repeat(20);
        String close = "}\n".repeat(20);

        assertThat(bindings("do " + open + "let deep = 1\n" + close))
                .containsExactly("deep = 1 (line 21, in the block opened on line 20)");
    }
}
