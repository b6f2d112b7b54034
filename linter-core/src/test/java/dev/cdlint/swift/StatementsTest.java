package dev.cdlint.swift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where a statement, an initializer or a type written in Swift ends, with no terminator to say so. */
class StatementsTest {

    private static SwiftSource source(String text) {
        return SwiftSource.parse(Path.of("Item.swift"), text);
    }

    /** The expression read from the file's first token to the end of the file. */
    private static String expression(String text) {
        SwiftSource source = source(text);
        return new Expression(source, 0, Statements.end(source, 0, source.size(), false)).text();
    }

    /** The type read from the file's first token, as after the colon of a property. */
    private static String type(String text) {
        SwiftSource source = source(text);
        return new Expression(source, 0, Statements.end(source, 0, source.size(), true)).text();
    }

    /** Whether the last line's first token continues the line above it. */
    private static boolean lastLineContinues(String text) {
        SwiftSource source = source(text);
        int first = source.size() - 1;
        while (!source.token(first).lineBreakBefore()) {
            first--;
        }
        return Statements.continues(source, first);
    }

    @Test
    void anExpressionEndsAtTheLineBreakUnlessTheNextLineContinuesIt() {
        assertThat(expression("first\nsecond")).isEqualTo("first");
        assertThat(expression("a +\nb\nc")).isEqualTo("a+b");
        assertThat(expression("items\n    .filter { $0.ok }\n    .count\nnext")).isEqualTo("items.filter{$0.ok}.count");
        assertThat(expression("f(a,\n  b) ; g")).isEqualTo("f(a,b)");
        assertThat(expression("a, b")).isEqualTo("a");
    }

    @Test
    void anExpressionStartingWithAClosureTakesItWholeButObserversAfterAValueEndIt() {
        assertThat(expression("{ didSet() }()")).isEqualTo("{didSet()}()");
        assertThat(expression("0 { didSet { } }")).isEqualTo("0");
        assertThat(expression("items.map { $0 }")).isEqualTo("items.map{$0}");
    }

    @Test
    void aTypeEndsBeforeABodyAnAssignmentOrACommaOutsideItsAngleBrackets() {
        assertThat(type("Dictionary<String, Int> = [:]")).isEqualTo("Dictionary<String,Int>");
        assertThat(type("Set<Int>, b: Int")).isEqualTo("Set<Int>");
        assertThat(type("Int, b: Int")).isEqualTo("Int");
        assertThat(type("Either<(Int) -> Int, String>, b")).isEqualTo("Either<(Int)->Int,String>");
        assertThat(type("Int { 0 }")).isEqualTo("Int");
        assertThat(type("Bool == true")).isEqualTo("Bool==true");
        // A '>' that closes no angle bracket leaves the next comma a separator.
        assertThat(type("a > b, c")).isEqualTo("a>b");
    }

    @Test
    void aLineStartingWithAnOperatorOrAMemberContinuesTheOneAbove() {
        assertThat(lastLineContinues("items\n.count")).isTrue();
        assertThat(lastLineContinues("a\n+ b")).isTrue();
        assertThat(lastLineContinues("ready\n? a : b")).isTrue();
        assertThat(lastLineContinues("a\n! b")).as("a spaced '!' is an operator between two lines").isTrue();
        assertThat(lastLineContinues("a\n!")).isTrue();
        assertThat(lastLineContinues("a\n!flag")).as("a prefix '!' starts a statement of its own").isFalse();
    }

    @Test
    void aLineStartingWithABraceOrAContinuingWordContinuesTheOneAbove() {
        assertThat(lastLineContinues("f()\n{ x }")).isTrue();
        assertThat(lastLineContinues("value\n    as? String")).isTrue();
        assertThat(lastLineContinues("items\nwhere ready")).isTrue();
        assertThat(lastLineContinues("a\nb")).isFalse();
    }

    @Test
    void aLineEndingInAnOperatorACommaOrAnArrowIsContinuedByTheNext() {
        assertThat(lastLineContinues("let a =\n1")).isTrue();
        assertThat(lastLineContinues("x,\ny")).isTrue();
        assertThat(lastLineContinues("func f() ->\nInt")).isTrue();
        assertThat(lastLineContinues("->\nInt")).isTrue();
        assertThat(lastLineContinues("let s: Set<Int>\nvar b")).isFalse();
        assertThat(lastLineContinues("f()\nnext")).isFalse();
    }

    @Test
    void aLineEndingInAContinuingWordOtherThanElseIsContinuedByTheNext() {
        assertThat(lastLineContinues("let v = try\nload()")).isTrue();
        assertThat(lastLineContinues("x as\nInt")).isTrue();
        assertThat(lastLineContinues("guard ok else\nreturn")).isFalse();
        assertThat(Statements.continues(source("first"), 0)).as("the file's first token").isFalse();
    }

    @Test
    void observersMayCarryAttributes() {
        SwiftSource source = source("{ @MainActor didSet { } } { @MainActor } { willSet { } } { get }");

        assertThat(Statements.startsObservers(source, 0)).isTrue();
        assertThat(Statements.startsObservers(source, 6)).isFalse();
        assertThat(Statements.startsObservers(source, 9)).isTrue();
        assertThat(Statements.startsObservers(source, 14)).isFalse();
    }
}
