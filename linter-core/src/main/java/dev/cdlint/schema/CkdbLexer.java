package dev.cdlint.schema;

import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;

/**
 * Splits {@code .ckdb} text into {@link Token}s on demand, skipping white space and the three comment styles Apple
 * documents ({@code //} and {@code --} to end of line, {@code /* … *}{@code /}, docs/ckdb.md#comments). Lines end at
 * LF, CRLF or a lone CR; columns count characters (code points), so a tab or an em dash is one column.
 */
final class CkdbLexer {

    private static final int BYTE_ORDER_MARK = 0xFEFF;

    private final String text;
    private final Path file;
    private int offset;
    private int line = 1;
    private int column = 1;

    CkdbLexer(String text, Path file) {
        this.text = text;
        this.file = file;
        // Editors hide a BOM, so it takes no column: positions then match what the user sees.
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            offset = 1;
        }
    }

    SourceLocation locationOf(Token token) {
        return new SourceLocation(file, token.line(), token.column());
    }

    Token next() {
        skipBlanksAndComments();
        int startLine = line;
        int startColumn = column;
        if (atEnd()) {
            return new Token(Token.Kind.END, "", startLine, startColumn);
        }
        int c = current();
        if (Names.isAsciiLetter(c) || c == '_') {
            return new Token(Token.Kind.WORD, word(), startLine, startColumn);
        }
        if (c == '"') {
            return new Token(Token.Kind.QUOTED, quoted(startLine, startColumn), startLine, startColumn);
        }
        advance();
        return new Token(Token.Kind.SYMBOL, Character.toString(c), startLine, startColumn);
    }

    private void skipBlanksAndComments() {
        while (!atEnd()) {
            int c = current();
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                advance();
            } else if (startsWith("//") || startsWith("--")) {
                while (!atEnd() && current() != '\n' && current() != '\r') {
                    advance();
                }
            } else if (startsWith("/*")) {
                skipBlockComment();
            } else {
                return;
            }
        }
    }

    private void skipBlockComment() {
        int startLine = line;
        int startColumn = column;
        advance();
        advance();
        while (!startsWith("*/")) {
            if (atEnd()) {
                throw new InputException(new SourceLocation(file, startLine, startColumn),
                        "unterminated block comment: expected '*/' before the end of file");
            }
            advance();
        }
        advance();
        advance();
    }

    private String word() {
        int start = offset;
        while (!atEnd() && Names.isNamePart(current())) {
            advance();
        }
        return text.substring(start, offset);
    }

    /** A quoted name runs to the next double quote on the same line; there are no escapes (docs/ckdb.md#names). */
    private String quoted(int startLine, int startColumn) {
        advance();
        int start = offset;
        while (atEnd() || current() != '"') {
            if (atEnd() || current() == '\n' || current() == '\r') {
                throw new InputException(new SourceLocation(file, startLine, startColumn),
                        "unterminated quoted identifier: expected a closing '\"' on the same line");
            }
            advance();
        }
        String name = text.substring(start, offset);
        advance();
        if (name.isEmpty()) {
            throw new InputException(new SourceLocation(file, startLine, startColumn),
                    "expected a name between the quotes but found '\"\"'");
        }
        return name;
    }

    private boolean atEnd() {
        return offset >= text.length();
    }

    private int current() {
        return text.codePointAt(offset);
    }

    private boolean startsWith(String prefix) {
        return text.startsWith(prefix, offset);
    }

    private void advance() {
        int c = current();
        offset += Character.charCount(c);
        boolean crBeforeLf = c == '\r' && !atEnd() && current() == '\n';
        if (c == '\n' || (c == '\r' && !crBeforeLf)) {
            line++;
            column = 1;
        } else if (!crBeforeLf) {
            column++;
        }
    }
}
