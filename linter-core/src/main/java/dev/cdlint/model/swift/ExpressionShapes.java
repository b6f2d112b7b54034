package dev.cdlint.model.swift;

import dev.cdlint.swift.Call;
import dev.cdlint.swift.Expression;
import dev.cdlint.swift.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the container-code reader asks of an expression's shape, before following any name. */
final class ExpressionShapes {

    private ExpressionShapes() {}

    /**
     * The values an expression may take when it chooses between several: the branches of a ternary, the operands
     * of {@code ??}, what a closure it ends with returns ({@code url.map { ModelConfiguration(url: $0) }}).
     */
    static Optional<List<Expression>> alternatives(Expression e) {
        Optional<List<Expression>> choices = e.ternaryBranches().or(e::nilCoalescingOperands);
        if (choices.isPresent()) {
            return choices;
        }
        return e.closureBody().map(body -> SwiftIndex.returns(afterClosureParameters(body)));
    }

    /** A closure's statements without its {@code a, b in} head. */
    private static Expression afterClosureParameters(Expression body) {
        for (int k = 0; k < body.size(); k++) {
            Token token = body.token(k);
            if (token.isIdentifier("in")) {
                return new Expression(body.source(), body.from() + k + 1, body.to());
            }
            if (token.lineBreakBefore() && k > 0 || token.isPunctuation('{')) {
                break;
            }
        }
        return body;
    }

    /** The names of a member chain, {@code a.b.c} as a, b, c. */
    static List<String> chain(Expression memberChain) {
        List<String> names = new ArrayList<>();
        for (int k = 0; k < memberChain.size(); k++) {
            Token token = memberChain.token(k);
            if (token.kind() == Token.Kind.IDENTIFIER) {
                names.add(token.text());
            }
        }
        return names;
    }

    /** The types a call is qualified by: {@code Factory.Stores.make()} as Factory, Stores. */
    static List<String> qualifierOf(Call call) {
        String qualifier = call.qualifier().replaceAll("^\\.|\\.$", "");
        return qualifier.isEmpty() ? List.of() : List.of(qualifier.split("\\."));
    }

    /** At most a line of an expression, for a report's reason. */
    static String excerpt(Expression expression) {
        String text = expression.text();
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
