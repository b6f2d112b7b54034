package dev.cdlint.model.swift;

import dev.cdlint.swift.Expression;
import dev.cdlint.swift.SwiftSource;
import dev.cdlint.swift.Token;
import java.util.Arrays;

/** Finds the named values of a Swift file for {@link SwiftIndex}, which follows names into them. */
final class BindingScanner {

    /** Receives each binding: its name, the token that starts it, the brace it is declared in (-1 at file level). */
    interface Sink {
        void bind(String name, int position, int scopeOpen, Expression value);
    }

    private BindingScanner() {}

    /**
     * Every {@code let}/{@code var} with an initializer and every assignment {@code x = …} or
     * {@code self.x = …}, at any depth, with the braces it is declared in: locals inside function bodies and
     * closures are where container code keeps its schemas and configurations.
     */
    static void scan(SwiftSource source, Sink sink) {
        int[] open = new int[16];
        int depth = 0;
        for (int i = 0; i < source.size(); i++) {
            Token token = source.token(i);
            if (token.isPunctuation('{')) {
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                }
                open[depth++] = i;
                continue;
            }
            if (token.isPunctuation('}')) {
                depth = Math.max(0, depth - 1);
                continue;
            }
            int scope = depth == 0 ? -1 : open[depth - 1];
            if ((token.isIdentifier("let") || token.isIdentifier("var")) && isIdentifier(source, i + 1)) {
                int k = i + 2;
                if (k < source.size() && source.token(k).isPunctuation(':')) {
                    k = typeEnd(source, k + 1);
                }
                if (k < source.size() && source.token(k).isPunctuation('=') && !isComparison(source, k)) {
                    sink.bind(source.token(i + 1).text(), i, scope, valueAfter(source, k));
                }
            } else if (token.kind() == Token.Kind.IDENTIFIER && startsStatement(source, i)) {
                int nameIndex = i;
                if ((token.is("self") || token.is("Self")) && source.at(i + 1) != null
                        && source.token(i + 1).isPunctuation('.') && isIdentifier(source, i + 2)) {
                    nameIndex = i + 2;
                }
                int equals = nameIndex + 1;
                if (equals < source.size() && source.token(equals).isPunctuation('=') && !isComparison(source, equals)) {
                    sink.bind(source.token(nameIndex).text(), i, scope, valueAfter(source, equals));
                }
            }
        }
    }

    private static Expression valueAfter(SwiftSource source, int equals) {
        int end = equals + 1;
        int limit = source.size();
        // The statement ends where Swift ends it; a closing brace of the enclosing block ends it too.
        while (end < limit) {
            Token token = source.token(end);
            if (token.lineBreakBefore() && !continues(source, end)) {
                break;
            }
            if (token.isPunctuation(';') || token.isPunctuation('}') || token.isPunctuation(')')
                    || token.isPunctuation(']')) {
                break;
            }
            int partner = source.partner(end);
            end = partner > end ? partner + 1 : end + 1;
        }
        return new Expression(source, equals + 1, end);
    }

    /** Whether the token at {@code i}, first on its line, continues the statement above. */
    static boolean continues(SwiftSource source, int i) {
        Token token = source.token(i);
        Token previous = source.token(i - 1);
        if (token.kind() == Token.Kind.PUNCTUATION && ".?:+-*/&|=<>".indexOf(token.text().charAt(0)) >= 0
                || token.isPunctuation('{') || token.isIdentifier("as") || token.isIdentifier("is")) {
            return true;
        }
        // Callers step over brackets whole, so the token above is never an opening one.
        return previous.kind() == Token.Kind.PUNCTUATION && "=,.+-*/%&|^:".indexOf(previous.text().charAt(0)) >= 0;
    }

    private static int typeEnd(SwiftSource source, int from) {
        int i = from;
        int angles = 0;
        while (i < source.size()) {
            Token token = source.token(i);
            if (token.isPunctuation('<')) {
                angles++;
            } else if (token.isPunctuation('>') && angles > 0) {
                angles--;
            } else if (angles == 0 && (token.isPunctuation('=') || token.isPunctuation('{')
                    || token.isPunctuation(',') || token.lineBreakBefore() && i > from)) {
                return i;
            }
            int partner = source.partner(i);
            i = partner > i ? partner + 1 : i + 1;
        }
        return i;
    }

    private static boolean isIdentifier(SwiftSource source, int i) {
        return i < source.size() && source.token(i).kind() == Token.Kind.IDENTIFIER;
    }

    private static boolean isComparison(SwiftSource source, int i) {
        Token next = source.at(i + 1);
        Token previous = source.at(i - 1);
        return next != null && next.isPunctuation('=') && next.start() == source.token(i).end()
                || previous != null && previous.kind() == Token.Kind.PUNCTUATION && previous.end() == source.token(i).start()
                        && "=!<>+-*/%&|^".indexOf(previous.text().charAt(0)) >= 0;
    }

    private static boolean startsStatement(SwiftSource source, int i) {
        Token token = source.token(i);
        Token previous = source.at(i - 1);
        return previous == null || token.lineBreakBefore() && !previous.isPunctuation('.')
                || previous.isPunctuation('{') || previous.isPunctuation(';') || previous.isPunctuation('}');
    }
}
