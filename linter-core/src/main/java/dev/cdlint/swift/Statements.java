package dev.cdlint.swift;

import java.util.Set;

/**
 * Where a Swift statement ends. Swift has no terminator: a statement ends at a line break unless the next line
 * continues it (a leading {@code .member}, an operator on either side of the break) or a bracket is still open.
 * Brackets are stepped over whole, so a closure's statements never end the one it is in.
 */
final class Statements {

    /**
     * Characters that, ending a line, carry the expression on to the next one. An open bracket needs no entry: the
     * readers step over brackets whole, so the token before a line they ask about never opens one.
     */
    private static final String CONTINUES_AFTER = "=,.+-*/%&|^:<\\";
    /** Characters that, starting a line, continue the expression above. */
    private static final String CONTINUES_BEFORE = ".=+-*/%&|^?:<>!";
    private static final Set<String> CONTINUING_WORDS = Set.of("as", "is", "in", "throws", "rethrows", "async",
            "where", "try", "await", "else");

    private Statements() {}

    /**
     * The index just past the expression or type that starts at {@code from}, at most {@code limit}.
     *
     * @param stopAtBrace read a type: stop before a top-level {@code {} (a computed body) instead of taking it as a
     *     trailing closure, and before an assignment; commas inside angle brackets do not end it. A brace that
     *     opens property observers ends an expression too
     */
    static int end(SwiftSource source, int from, int limit, boolean stopAtBrace) {
        int i = from;
        int angles = 0;
        while (i < limit) {
            Token token = source.token(i);
            if (i > from && token.lineBreakBefore() && !continues(source, i)) {
                return i;
            }
            if (stopAtBrace && token.isPunctuation('<')) {
                angles++;
            } else if (stopAtBrace && token.isPunctuation('>') && angles > 0 && !source.token(i - 1).isPunctuation('-')) {
                angles--;
            }
            if (token.isPunctuation(';') || token.isPunctuation(',') && angles == 0) {
                return i;
            }
            if (token.isPunctuation('{')) {
                if (stopAtBrace || i > from && startsObservers(source, i)) {
                    return i;
                }
            }
            if (token.isPunctuation('=') && stopAtBrace && isAssignment(source, i)) {
                return i;
            }
            int partner = source.partner(i);
            i = partner > i ? partner + 1 : i + 1;
        }
        return Math.min(i, limit);
    }

    /** Whether the token at {@code i}, first on its line, continues the statement of the line above. */
    static boolean continues(SwiftSource source, int i) {
        Token token = source.token(i);
        Token previous = source.at(i - 1);
        if (token.kind() == Token.Kind.PUNCTUATION && CONTINUES_BEFORE.indexOf(token.text().charAt(0)) >= 0) {
            // A prefix operator starting a new statement (!flag, -x) is rare where cdlint reads statements; a
            // leading '.' member, a ternary's '?' and ':', and binary operators are not.
            return !(token.isPunctuation('!') && i + 1 < source.size()
                    && source.token(i + 1).start() == token.end());
        }
        if (token.isPunctuation('{')) {
            return true;
        }
        if (token.kind() == Token.Kind.IDENTIFIER && CONTINUING_WORDS.contains(token.text())) {
            return true;
        }
        if (previous == null || previous.kind() != Token.Kind.PUNCTUATION) {
            return previous != null && previous.kind() == Token.Kind.IDENTIFIER
                    && CONTINUING_WORDS.contains(previous.text()) && !previous.is("else");
        }
        char last = previous.text().charAt(0);
        if (last == '>' && i >= 2 && source.token(i - 2).isPunctuation('-')) {
            return true; // '->' ends the line: the type follows
        }
        return CONTINUES_AFTER.indexOf(last) >= 0;
    }

    /** An {@code =} that assigns, not one character of {@code ==}, {@code <=}, {@code +=} or {@code ===}. */
    static boolean isAssignment(SwiftSource source, int i) {
        Token token = source.token(i);
        Token before = source.at(i - 1);
        Token after = source.at(i + 1);
        boolean joinedBefore = before != null && before.end() == token.start() && before.kind() == Token.Kind.PUNCTUATION
                && "=!<>+-*/%&|^~".indexOf(before.text().charAt(0)) >= 0;
        boolean joinedAfter = after != null && after.start() == token.end() && after.isPunctuation('=');
        return !joinedBefore && !joinedAfter;
    }

    /** Whether the braces at {@code open} hold {@code willSet}/{@code didSet} observers. */
    static boolean startsObservers(SwiftSource source, int open) {
        int i = open + 1;
        while (i < source.partner(open) && source.token(i).kind() == Token.Kind.ATTRIBUTE) {
            i++;
        }
        Token first = source.at(i);
        return first != null && i < source.partner(open)
                && (first.isIdentifier("willSet") || first.isIdentifier("didSet"));
    }
}
