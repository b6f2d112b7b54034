package dev.cdlint.swift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The questions the SwiftData and container-code readers ask of an expression, answered on what apps write. */
class ExpressionTest {

    private static Expression expression(String text) {
        SwiftSource source = SwiftSource.parse(Path.of("App.swift"), text);
        return new Expression(source, 0, source.size());
    }

    private static List<String> texts(Optional<List<Expression>> expressions) {
        return expressions.orElseThrow().stream().map(Expression::text).toList();
    }

    @Test
    void textSpacesOnlyBetweenWords() {
        assertThat(expression("any  PersistentModel . Type").text()).isEqualTo("any PersistentModel.Type");
        assertThat(expression("[String : Int]").text()).isEqualTo("[String:Int]");
        assertThat(expression("@MainActor 1 x").text()).isEqualTo("@MainActor 1 x");
        assertThat(expression("f( \"a\" )").text()).isEqualTo("f(\"a\")");
        assertThat(expression("a . b")).as("what a failed assertion shows").hasToString("a.b");
    }

    @Test
    void anExpressionKnowsItsTokensAndNothingPastIt() {
        Expression whole = expression("a.b(c)");
        Expression inner = new Expression(whole.source(), 2, 3);

        assertThat(inner.size()).isEqualTo(1);
        assertThat(inner.isEmpty()).isFalse();
        assertThat(inner.token(0).text()).isEqualTo("b");
        assertThat(inner.token(1)).isNull();
        assertThat(inner.token(-1)).isNull();
        assertThat(new Expression(whole.source(), 3, 3).isEmpty()).isTrue();
        assertThat(new Expression(whole.source(), 4, 2).size()).isZero();
    }

    @Test
    void unwrappingRemovesOnlyParenthesesAroundTheWhole() {
        assertThat(expression("((\"iCloud.a\"))").stringLiteral()).contains("iCloud.a");
        assertThat(expression("(a) + (b)").unwrapped().text()).isEqualTo("(a)+(b)");
        assertThat(expression("()").unwrapped().text()).isEmpty();
        assertThat(expression("(x)").unwrapped().text()).isEqualTo("x");
    }

    @Test
    void aStringLiteralIsALoneStringToken() {
        assertThat(expression("\"iCloud.a\"").stringLiteral()).contains("iCloud.a");
        assertThat(expression("\"a\" + \"b\"").stringLiteral()).isEmpty();
        assertThat(expression("\"a\" + \"b\"").isStringLiteral()).isFalse();
        assertThat(expression("name").isStringLiteral()).isFalse();
        assertThat(expression("\"id \\(n)\"").isStringLiteral()).isTrue();
        assertThat(expression("\"id \\(n)\"").stringLiteral()).isEmpty();
    }

    @Test
    void memberChainsAreDottedNames() {
        assertThat(expression("a").isMemberChain()).isTrue();
        assertThat(expression(".none").isMemberChain()).isTrue();
        assertThat(expression("A.b.c").isMemberChain()).isTrue();
        assertThat(expression("").isMemberChain()).isFalse();
        assertThat(expression("A.").isMemberChain()).isFalse();
        assertThat(expression("A..b").isMemberChain()).isFalse();
        assertThat(expression("A b").isMemberChain()).isFalse();
        assertThat(expression("a?.b").isMemberChain()).isFalse();
        assertThat(expression("f()").isMemberChain()).isFalse();

        assertThat(expression("ModelConfiguration.CloudKitDatabase.none").memberName()).contains("none");
        assertThat(expression(".automatic").memberName()).contains("automatic");
        assertThat(expression("none").memberName()).isEmpty();
        assertThat(expression(".private(\"x\")").memberName()).isEmpty();
        assertThat(expression("a + .none").memberName()).isEmpty();

        assertThat(expression("CloudContainerID.kado").lastName()).contains("kado");
        assertThat(expression("kado").lastName()).contains("kado");
        assertThat(expression("ids[0]").lastName()).isEmpty();
    }

    @Test
    void aCallIsACalleeChainAndOneArgumentList() {
        Call call = expression("ModelConfiguration.CloudKitDatabase.private(\"iCloud.a\")").asCall().orElseThrow();
        assertThat(call.name()).isEqualTo("private");
        assertThat(call.qualifier()).isEqualTo("ModelConfiguration.CloudKitDatabase.");
        assertThat(call.unlabelledFirst().flatMap(Expression::stringLiteral)).contains("iCloud.a");

        assertThat(expression("f()").asCall().map(Call::name)).contains("f");
        assertThat(expression("(f(x))").asCall().map(Call::name)).contains("f");
        assertThat(expression("()").asCall()).isEmpty();
        assertThat(expression("(x)").asCall()).isEmpty();
        assertThat(expression("f(a)(b)").asCall()).isEmpty();
        assertThat(expression("f() + g()").asCall().map(Call::name)).isEmpty();
        assertThat(expression("f").asCall()).isEmpty();
        assertThat(expression("[a](b)").asCall()).isEmpty();
    }

    @Test
    void aTernaryGivesItsBranchesAndANestedOneAllItsEnds() {
        assertThat(texts(expression("cloud ? .private(\"a\") : .none").ternaryBranches()))
                .containsExactly(".private(\"a\")", ".none");
        assertThat(texts(expression("a ? b ? c : d : e").ternaryBranches())).containsExactly("b?c:d", "e");
        assertThat(texts(expression("a ? f(x ? 1 : 2) : e").ternaryBranches())).containsExactly("f(x?1:2)", "e");
        assertThat(texts(expression("(debug ? x : y)").ternaryBranches())).containsExactly("x", "y");
        // An optional's '?' is written against the name; only a spaced one is a ternary.
        assertThat(expression("a?.b ?? c").ternaryBranches()).isEmpty();
        assertThat(expression("? a : b").ternaryBranches()).isEmpty();
        assertThat(expression("a ? b").ternaryBranches()).isEmpty();
        assertThat(texts(expression("a ? b? : c").ternaryBranches())).containsExactly("b?", "c");
        assertThat(texts(expression("item?.isShared ? a : b").ternaryBranches())).containsExactly("a", "b");
        assertThat(expression("x ? [a : b] : y").ternaryBranches().orElseThrow().get(0).text()).isEqualTo("[a:b]");
    }

    @Test
    void aNilCoalescingChainGivesEveryOperand() {
        assertThat(texts(expression("override ?? stored ?? \"iCloud.a\"").nilCoalescingOperands()))
                .containsExactly("override", "stored", "\"iCloud.a\"");
        assertThat(texts(expression("(a ?? b)").nilCoalescingOperands())).containsExactly("a", "b");
        assertThat(texts(expression("f(a ?? b) ?? c").nilCoalescingOperands())).containsExactly("f(a??b)", "c");
        assertThat(expression("a?? b").nilCoalescingOperands()).isEmpty();
        assertThat(expression("?? b").nilCoalescingOperands()).isEmpty();
        assertThat(expression("a ? ? b").nilCoalescingOperands()).isEmpty();
        assertThat(expression("a").nilCoalescingOperands()).isEmpty();
    }

    @Test
    void aClosureItEndsWithGivesItsInside() {
        assertThat(expression("url.map { ModelConfiguration(url: $0) }").closureBody().map(Expression::text))
                .contains("ModelConfiguration(url:$0)");
        assertThat(expression("{ make() }()").closureBody().map(Expression::text)).contains("make()");
        assertThat(expression("{ }").closureBody().map(Expression::text)).contains("");
        assertThat(expression("{}()").closureBody().map(Expression::text)).contains("");
        assertThat(expression("f()").closureBody()).isEmpty();
        assertThat(expression("x").closureBody()).isEmpty();
        assertThat(expression("g({ a }())").closureBody()).isEmpty();
    }

    @Test
    void anArrayLiteralGivesItsElements() {
        assertThat(texts(expression("[a, f(b, c), [d, e],]").arrayElements())).containsExactly("a", "f(b,c)", "[d,e]");
        assertThat(texts(expression("[]").arrayElements())).isEmpty();
        assertThat(texts(expression("([x])").arrayElements())).containsExactly("x");
        assertThat(expression("[a] + [b]").arrayElements()).isEmpty();
        assertThat(expression("a").arrayElements()).isEmpty();
    }

    @Test
    void splittingDropsEmptyPartsAndKeepsBracketsWhole() {
        assertThat(expression(", a,, b(c, d) ,").splitTopLevel(',')).extracting(Expression::text)
                .containsExactly("a", "b(c,d)");
        assertThat(expression("a").splitTopLevel(',')).extracting(Expression::text).containsExactly("a");
        assertThat(expression("").splitTopLevel(',')).isEmpty();
    }

    @Test
    void metatypesAreTheTypesBeforeDotSelf() {
        assertThat(expression("[Item.self, Schema.V1.Tag.self, x.self.y, .self, self]").metatypes())
                .containsExactly("Item", "Schema.V1.Tag", "x");
        assertThat(new Expression(SwiftSource.parse(Path.of("A.swift"), "A.B.self"), 2, 5).metatypes())
                .as("a chain is read from the expression's own start").containsExactly("B");
        assertThat(expression("Item.self").metatypes()).containsExactly("Item");
        assertThat(expression("Schema.V1.Tag.self").metatypes()).containsExactly("Schema.V1.Tag");
        assertThat(expression("return try Item.self").metatypes()).containsExactly("Item");
        assertThat(expression("self").metatypes()).isEmpty();
    }
}
