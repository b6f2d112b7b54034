package dev.cdlint.swift;

import dev.cdlint.source.InputException;
import dev.cdlint.swift.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Swift source text into tokens, written for what cdlint reads and nothing more: it never needs to know
 * which identifiers are keywords or how operators combine, but it must never mistake a brace inside a string, a
 * comment or an interpolation for one of the code's. So it knows every form of comment (line, nested block) and
 * string literal (single-line, multi-line {@code """}, raw {@code #"…"#} with any number of {@code #}, extended
 * regex {@code #/…/#}) and follows interpolations {@code \(…)}, which may hold strings and closures of their own.
 *
 * <p>Bare {@code /…/} regex literals are read as operators: telling them from division needs the parser's context,
 * and they are rare in model and container code. A file where that matters reports an unbalanced bracket at the
 * place cdlint lost track, which is what every other unreadable file does too.
 */
final class SwiftLexer {

    private static final int MAX_INTERPOLATION_DEPTH = 32;
    /** One string per ASCII character: most tokens are one punctuation character, and need no string of their own. */
    private static final String[] ASCII = new String[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
        }
    }

    /** A line comment: its 1-based line and its text after the two slashes. */
    record LineComment(int line, int column, String text) {}

    private final String text;
    private final SourceLines lines;
    private final List<Token> tokens = new ArrayList<>();
    private final List<LineComment> comments = new ArrayList<>();
    private int line = 1;
    private boolean lineBreak = true;
    /** Strings inside interpolations inside strings: read by recursion, so their depth is bounded. */
    private int interpolations;

    private SwiftLexer(String text, SourceLines lines) {
        this.text = text;
        this.lines = lines;
    }

    /** @throws InputException at an unterminated comment or literal, which leaves the rest of the file unknown */
    static SwiftLexer lex(String text, SourceLines lines) {
        SwiftLexer lexer = new SwiftLexer(text, lines);
        int at = 0;
        while (at < text.length()) {
            at = lexer.token(at, true);
        }
        return lexer;
    }

    List<Token> tokens() {
        return tokens;
    }

    List<LineComment> comments() {
        return comments;
    }

    /** Reads what starts at {@code at}; returns where the next token may start. Tokens are kept only when {@code emit}. */
    private int token(int at, boolean emit) {
        char c = text.charAt(at);
        if (c == '\n') {
            line++;
            lineBreak = true;
            return at + 1;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0' || c == '\uFEFF') {
            if (c == '\r' && (at + 1 >= text.length() || text.charAt(at + 1) != '\n')) {
                line++;
                lineBreak = true;
            }
            return at + 1;
        }
        if (c == '/' && at + 1 < text.length()) {
            char next = text.charAt(at + 1);
            if (next == '/') {
                int end = endOfLine(at);
                if (emit) {
                    comments.add(new LineComment(line, lines.column(at), text.substring(at + 2, end)));
                }
                return end;
            }
            if (next == '*') {
                return blockComment(at);
            }
        }
        if (c == '"') {
            return string(at, at, 0, emit);
        }
        if (c == '#') {
            int pounds = 0;
            while (at + pounds < text.length() && text.charAt(at + pounds) == '#') {
                pounds++;
            }
            int after = at + pounds;
            if (after < text.length() && text.charAt(after) == '"') {
                return string(at, after, pounds, emit);
            }
            if (after < text.length() && text.charAt(after) == '/') {
                return extendedRegex(at, after, pounds, emit);
            }
            if (pounds == 1 && after < text.length() && isIdentifierStart(text.codePointAt(after))) {
                int end = identifierEnd(after);
                return emit(Kind.POUND, at, end, null, emit);
            }
            return emit(Kind.PUNCTUATION, at, at + 1, null, emit);
        }
        if (c == '@' && at + 1 < text.length() && isIdentifierStart(text.codePointAt(at + 1))) {
            return emit(Kind.ATTRIBUTE, at, identifierEnd(at + 1), null, emit);
        }
        if (c == '`') {
            int close = text.indexOf('`', at + 1);
            int lineEnd = endOfLine(at);
            if (close < 0 || close > lineEnd || close == at + 1) {
                throw error(at, "unterminated `identifier`: the closing backtick is missing on this line");
            }
            return emitIdentifier(at, close + 1, text.substring(at + 1, close), emit);
        }
        int codePoint = text.codePointAt(at);
        if (isIdentifierStart(codePoint)) {
            int end = identifierEnd(at);
            return emitIdentifier(at, end, text.substring(at, end), emit);
        }
        if (c >= '0' && c <= '9') {
            return emit(Kind.NUMBER, at, numberEnd(at), null, emit);
        }
        return emit(Kind.PUNCTUATION, at, at + Character.charCount(codePoint), null, emit);
    }

    private int emit(Kind kind, int start, int end, String value, boolean emit) {
        if (emit) {
            char first = text.charAt(start);
            String spelling = end == start + 1 && first < ASCII.length ? ASCII[first] : text.substring(start, end);
            tokens.add(new Token(kind, spelling, start, end, line, lineBreak, value));
        }
        lineBreak = false;
        return end;
    }

    private int emitIdentifier(int start, int end, String name, boolean emit) {
        if (emit) {
            tokens.add(new Token(Kind.IDENTIFIER, name, start, end, line, lineBreak, null));
        }
        lineBreak = false;
        return end;
    }

    private int blockComment(int start) {
        int depth = 0;
        int at = start;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '/' && at + 1 < text.length() && text.charAt(at + 1) == '*') {
                depth++;
                at += 2;
            } else if (c == '*' && at + 1 < text.length() && text.charAt(at + 1) == '/') {
                depth--;
                at += 2;
                if (depth == 0) {
                    return at;
                }
            } else {
                if (c == '\n' || c == '\r' && (at + 1 >= text.length() || text.charAt(at + 1) != '\n')) {
                    line++;
                    lineBreak = true;
                }
                at++;
            }
        }
        throw error(start, "unterminated /* comment: the file ends before its */");
    }

    /**
     * A string literal from {@code start} (its first {@code #}, or its quote); {@code quote} is the opening quote
     * and {@code pounds} the number of {@code #} around it. Escapes in a raw string carry as many {@code #} as its
     * delimiters, so {@code \(} is text in {@code #"…"#} and {@code \#(} is an interpolation.
     */
    private int string(int start, int quote, int pounds, boolean emit) {
        int startLine = line;
        boolean startBreak = lineBreak;
        boolean multiLine = text.startsWith("\"\"\"", quote);
        int at = quote + (multiLine ? 3 : 1);
        boolean interpolated = false;
        while (true) {
            if (at >= text.length()) {
                throw error(start, "unterminated string literal: the file ends before its closing quote");
            }
            char c = text.charAt(at);
            if (c == '\n' || c == '\r') {
                if (!multiLine) {
                    throw error(start, "unterminated string literal: the line ends before its closing quote");
                }
                if (c == '\n' || at + 1 >= text.length() || text.charAt(at + 1) != '\n') {
                    line++;
                }
                at++;
            } else if (c == '\\' && pounds(at + 1, pounds)) {
                int escaped = at + 1 + pounds;
                if (escaped < text.length() && text.charAt(escaped) == '(') {
                    interpolated = true;
                    at = interpolation(escaped);
                } else {
                    at = escaped + 1;
                }
            } else if (c == '"' && (!multiLine || text.startsWith("\"\"\"", at))) {
                int close = at + (multiLine ? 3 : 1);
                if (pounds(close, pounds)) {
                    int end = close + pounds;
                    if (emit) {
                        String value = interpolated ? null
                                : StringLiteralValue.of(text.substring(quote + (multiLine ? 3 : 1), at), pounds, multiLine);
                        tokens.add(new Token(Kind.STRING, text.substring(start, end), start, end, startLine, startBreak,
                                value));
                    }
                    lineBreak = false;
                    return end;
                }
                at++;
            } else {
                at++;
            }
        }
    }

    /** From the {@code (} of an interpolation to just past its {@code )}: code, with strings of its own. */
    private int interpolation(int open) {
        if (++interpolations > MAX_INTERPOLATION_DEPTH) {
            throw error(open, "string interpolations nested more than " + MAX_INTERPOLATION_DEPTH
                    + " deep, which cdlint does not follow");
        }
        int depth = 0;
        int at = open;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                interpolations--;
                return at + 1;
            }
            at = token(at, false);
        }
        throw error(open, "unterminated interpolation \\( in a string literal");
    }

    private int extendedRegex(int start, int slash, int pounds, boolean emit) {
        int startLine = line;
        boolean startBreak = lineBreak;
        String close = "/" + "#".repeat(pounds);
        int at = slash + 1;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c == '\\') {
                at += 2;
                continue;
            }
            if (c == '\n') {
                line++;
            }
            if (text.startsWith(close, at)) {
                int end = at + close.length();
                if (emit) {
                    tokens.add(new Token(Kind.STRING, text.substring(start, end), start, end, startLine, startBreak,
                            null));
                }
                lineBreak = false;
                return end;
            }
            at++;
        }
        throw error(start, "unterminated regex literal #/: the file ends before its closing /#");
    }

    private boolean pounds(int at, int count) {
        for (int i = 0; i < count; i++) {
            if (at + i >= text.length() || text.charAt(at + i) != '#') {
                return false;
            }
        }
        return true;
    }

    private int endOfLine(int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private int identifierEnd(int start) {
        int at = start;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$') {
                    at++;
                    continue;
                }
                break;
            }
            int codePoint = text.codePointAt(at);
            if (!isNonAsciiIdentifierPart(codePoint)) {
                break;
            }
            at += Character.charCount(codePoint);
        }
        return at;
    }

    private int numberEnd(int start) {
        int at = start;
        while (at < text.length()) {
            char c = text.charAt(at);
            if (Character.isLetterOrDigit(c) || c == '_') {
                at++;
            } else if ((c == '+' || c == '-') && at > start && "eEpP".indexOf(text.charAt(at - 1)) >= 0
                    && !text.startsWith("0x", start)) {
                at++;
            } else if (c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1))) {
                at++;
            } else {
                break;
            }
        }
        return at;
    }

    static boolean isIdentifierStart(int codePoint) {
        if (codePoint < 0x80) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z' || codePoint == '_'
                    || codePoint == '$';
        }
        return Character.isUnicodeIdentifierStart(codePoint);
    }

    /** Beyond ASCII: letters, digits, combining marks and connectors, but no control or format character. */
    private static boolean isNonAsciiIdentifierPart(int codePoint) {
        return Character.isUnicodeIdentifierPart(codePoint) && !Character.isIdentifierIgnorable(codePoint);
    }

    private InputException error(int offset, String message) {
        return new InputException(lines.location(offset), message);
    }
}
