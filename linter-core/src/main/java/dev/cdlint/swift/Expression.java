package dev.cdlint.swift;

import dev.cdlint.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A run of tokens of one file, {@code from} inclusive to {@code to} exclusive: an argument, an initializer, a type,
 * a body. It answers the few questions cdlint asks of Swift expressions (is it {@code .none}, a string literal, a
 * call, a ternary, an array?) without building a syntax tree.
 */
public final class Expression {

    private final SwiftSource source;
    private final int from;
    private final int to;

    public Expression(SwiftSource source, int from, int to) {
        this.source = source;
        this.from = from;
        this.to = Math.max(from, to);
    }

    public SwiftSource source() {
        return source;
    }

    public int from() {
        return from;
    }

    public int to() {
        return to;
    }

    public int size() {
        return to - from;
    }

    public boolean isEmpty() {
        return to <= from;
    }

    /** The k-th token of the expression, or null past its end. */
    public Token token(int k) {
        return k >= 0 && from + k < to ? source.token(from + k) : null;
    }

    public SourceLocation location() {
        return source.location(from);
    }

    /**
     * The tokens as text, a space only between two words ({@code any PersistentModel.Type}, {@code [String:Int]}):
     * the spelling types and member chains are compared in.
     */
    public String text() {
        StringBuilder text = new StringBuilder();
        Token previous = null;
        for (int i = from; i < to; i++) {
            Token token = source.token(i);
            if (previous != null && isWord(previous) && isWord(token)) {
                text.append(' ');
            }
            text.append(token.text());
            previous = token;
        }
        return text.toString();
    }

    private static boolean isWord(Token token) {
        return token.kind() == Token.Kind.IDENTIFIER || token.kind() == Token.Kind.NUMBER
                || token.kind() == Token.Kind.ATTRIBUTE;
    }

    /** The expression without one pair of parentheses around all of it, as often as there are such pairs. */
    public Expression unwrapped() {
        Expression e = this;
        while (e.size() >= 2 && e.token(0).isPunctuation('(') && source.partner(e.from) == e.to - 1) {
            e = new Expression(source, e.from + 1, e.to - 1);
        }
        return e;
    }

    /** The value of a lone string literal without interpolation. */
    public Optional<String> stringLiteral() {
        Expression e = unwrapped();
        return e.size() == 1 && e.token(0).kind() == Token.Kind.STRING ? Optional.ofNullable(e.token(0).value())
                : Optional.empty();
    }

    /** Whether it is a lone string literal, with interpolation or without. */
    public boolean isStringLiteral() {
        Expression e = unwrapped();
        return e.size() == 1 && e.token(0).kind() == Token.Kind.STRING;
    }

    /**
     * The member an implicit or qualified member expression names: {@code none} for {@code .none} and for
     * {@code ModelConfiguration.CloudKitDatabase.none}; empty for anything else (calls included).
     */
    public Optional<String> memberName() {
        Expression e = unwrapped();
        if (e.size() >= 2 && e.token(e.size() - 2).isPunctuation('.')
                && e.token(e.size() - 1).kind() == Token.Kind.IDENTIFIER && e.isMemberChain()) {
            return Optional.of(e.token(e.size() - 1).text());
        }
        return Optional.empty();
    }

    /** A dotted chain of names: {@code a}, {@code .a}, {@code A.b.c}, {@code Self.x}. */
    public boolean isMemberChain() {
        Expression e = unwrapped();
        if (e.isEmpty()) {
            return false;
        }
        int k = e.token(0).isPunctuation('.') ? 1 : 0;
        boolean expectName = true;
        for (; k < e.size(); k++) {
            Token token = e.token(k);
            if (expectName != (token.kind() == Token.Kind.IDENTIFIER)) {
                return false;
            }
            if (!expectName && !token.isPunctuation('.')) {
                return false;
            }
            expectName = !expectName;
        }
        return !expectName;
    }

    /** The last name of a member chain: {@code kado} of {@code CloudContainerID.kado}. */
    public Optional<String> lastName() {
        Expression e = unwrapped();
        return e.isMemberChain() ? Optional.of(e.token(e.size() - 1).text()) : Optional.empty();
    }

    /** The expression as a call {@code f(…)}, {@code A.f(…)} or {@code .f(…)}, when all of it is one. */
    public Optional<Call> asCall() {
        Expression e = unwrapped();
        int last = e.to - 1;
        if (e.size() < 3 || !source.token(last).isPunctuation(')')) {
            return Optional.empty();
        }
        int open = source.partner(last);
        Expression callee = new Expression(source, e.from, open);
        if (open <= e.from || !callee.isMemberChain()) {
            return Optional.empty();
        }
        return Optional.of(Call.at(source, open - 1));
    }

    /** The branches of {@code condition ? a : b}, when the expression is one (nested ternaries give all their ends). */
    public Optional<List<Expression>> ternaryBranches() {
        Expression e = unwrapped();
        int question = -1;
        for (int i = e.from; i < e.to; i = next(i)) {
            Token token = source.token(i);
            if (token.isPunctuation('?') && i > e.from && (source.token(i - 1).end() < token.start())) {
                question = i;
                break;
            }
        }
        if (question < 0) {
            return Optional.empty();
        }
        int depth = 0;
        for (int i = question + 1; i < e.to; i = next(i)) {
            Token token = source.token(i);
            if (token.isPunctuation('?') && source.token(i - 1).end() < token.start()) {
                depth++;
            } else if (token.isPunctuation(':')) {
                if (depth == 0) {
                    List<Expression> branches = new ArrayList<>();
                    branches.add(new Expression(source, question + 1, i));
                    branches.add(new Expression(source, i + 1, e.to));
                    return Optional.of(branches);
                }
                depth--;
            }
        }
        return Optional.empty();
    }

    /** The operands of {@code a ?? b ?? c}, when the expression is such a chain. */
    public Optional<List<Expression>> nilCoalescingOperands() {
        Expression e = unwrapped();
        List<Expression> operands = new ArrayList<>();
        int start = e.from;
        for (int i = e.from; i + 1 < e.to; i = next(i)) {
            Token token = source.token(i);
            Token second = source.token(i + 1);
            if (token.isPunctuation('?') && second.isPunctuation('?') && second.start() == token.end() && i > e.from
                    && source.token(i - 1).end() < token.start()) {
                operands.add(new Expression(source, start, i));
                start = i + 2;
                i++;
            }
        }
        if (operands.isEmpty()) {
            return Optional.empty();
        }
        operands.add(new Expression(source, start, e.to));
        return Optional.of(operands);
    }

    /**
     * The inside of a closure the expression ends with: {@code url.map { ModelConfiguration(url: $0) }} and
     * {@code { … }()} give what the closure holds.
     */
    public Optional<Expression> closureBody() {
        Expression e = unwrapped();
        int last = e.to - 1;
        if (e.size() >= 4 && source.token(last).isPunctuation(')') && source.token(last - 1).isPunctuation('(')
                && source.token(last - 2).isPunctuation('}')) {
            last -= 2; // an immediately called closure
        }
        if (e.size() < 2 || !source.token(last).isPunctuation('}')) {
            return Optional.empty();
        }
        int open = source.partner(last);
        return open >= e.from ? Optional.of(new Expression(source, open + 1, last)) : Optional.empty();
    }

    /** The elements of an array literal {@code [a, b]}, when the expression is one. */
    public Optional<List<Expression>> arrayElements() {
        Expression e = unwrapped();
        if (e.size() < 2 || !e.token(0).isPunctuation('[') || source.partner(e.from) != e.to - 1) {
            return Optional.empty();
        }
        return Optional.of(new Expression(source, e.from + 1, e.to - 1).splitTopLevel(','));
    }

    /** The parts between top-level occurrences of the punctuation; empty parts (a trailing comma) are dropped. */
    public List<Expression> splitTopLevel(char separator) {
        List<Expression> parts = new ArrayList<>();
        int start = from;
        for (int i = from; i < to; i = next(i)) {
            if (source.token(i).isPunctuation(separator)) {
                if (i > start) {
                    parts.add(new Expression(source, start, i));
                }
                start = i + 1;
            }
        }
        if (to > start) {
            parts.add(new Expression(source, start, to));
        }
        return parts;
    }

    /**
     * The types named as {@code X.self} or {@code A.X.self} anywhere in the expression, as written before
     * {@code .self}: how Swift passes model types to {@code Schema}, {@code ModelContainer} and {@code models}.
     */
    public List<String> metatypes() {
        List<String> types = new ArrayList<>();
        for (int i = from + 2; i < to; i++) {
            Token token = source.token(i);
            if (token.isIdentifier("self") && source.token(i - 1).isPunctuation('.')
                    && source.token(i - 2).kind() == Token.Kind.IDENTIFIER) {
                int start = i - 2;
                while (start - 2 >= from && source.token(start - 1).isPunctuation('.')
                        && source.token(start - 2).kind() == Token.Kind.IDENTIFIER) {
                    start -= 2;
                }
                types.add(new Expression(source, start, i - 1).text());
            }
        }
        return types;
    }

    /** The index after the token at {@code i}, stepping over a whole bracketed group. */
    private int next(int i) {
        int partner = source.partner(i);
        return partner > i ? partner + 1 : i + 1;
    }

    @Override
    public String toString() {
        return text();
    }
}
