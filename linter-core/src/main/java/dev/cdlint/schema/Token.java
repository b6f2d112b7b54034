package dev.cdlint.schema;

import dev.cdlint.source.Excerpt;

/** One lexical unit of a {@code .ckdb} file, with the 1-based position of its first character. */
record Token(Kind kind, String text, int line, int column) {

    enum Kind {
        /** A bare word: a keyword or an unquoted name, told apart by the parser from its position. */
        WORD,
        /** A double-quoted name; {@link #text()} is without the quotes. Never a keyword. */
        QUOTED,
        /** Any other single character: punctuation the grammar uses, or a stray one the parser will reject. */
        SYMBOL,
        END
    }

    boolean isWord(String keyword) {
        return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(char symbol) {
        return kind == Kind.SYMBOL && text.equals(String.valueOf(symbol));
    }

    /** The token as an error message quotes it. */
    String describe() {
        return switch (kind) {
            case WORD -> Excerpt.quoted(text, Excerpt.TOKEN);
            case QUOTED -> Excerpt.quoted('"' + text + '"', Excerpt.TOKEN);
            case SYMBOL -> describeCharacter(text.codePointAt(0));
            case END -> "end of file";
        };
    }

    private static String describeCharacter(int codePoint) {
        boolean visible = codePoint > ' ' && codePoint != 0x7F && !Character.isSpaceChar(codePoint)
                && Character.getType(codePoint) != Character.FORMAT;
        String unicode = String.format("U+%04X", codePoint);
        return visible ? "'" + Character.toString(codePoint) + "'" + (codePoint > 0x7E ? " (" + unicode + ")" : "")
                : unicode;
    }
}
