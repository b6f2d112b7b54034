package dev.cdlint.swift;

/**
 * One token of a Swift source file.
 *
 * @param text what the token is: an identifier's name (without backticks), an attribute's or a pound keyword's name
 *     with its sign ({@code @Model}, {@code #if}), a punctuation character, or a literal as written
 * @param start offset of its first character in the file's text
 * @param end offset just past its last character
 * @param line 1-based line of its first character
 * @param lineBreakBefore a line break separates it from the token before it (or it is the file's first token):
 *     Swift ends most statements at a line break, so the declaration reader needs it
 * @param value a string literal's value with its escapes resolved; null for other tokens and for strings with
 *     interpolations, whose value is only known at run time
 */
public record Token(Kind kind, String text, int start, int end, int line, boolean lineBreakBefore, String value) {

    public enum Kind {
        IDENTIFIER,
        NUMBER,
        /** A string literal of any form: {@code "…"}, {@code """…"""}, raw {@code #"…"#}, and {@code #/…/#} regexes. */
        STRING,
        /** {@code @name}: an attribute, or a custom one such as a property wrapper. */
        ATTRIBUTE,
        /** {@code #name}: compiler directives ({@code #if}), macros ({@code #Unique}) and literals ({@code #file}). */
        POUND,
        /** Any other single character: brackets, {@code . , : ; = ? !}, and each character of an operator. */
        PUNCTUATION
    }

    public boolean is(String expected) {
        return text.equals(expected);
    }

    public boolean isIdentifier(String name) {
        return kind == Kind.IDENTIFIER && text.equals(name);
    }

    public boolean isPunctuation(char c) {
        return kind == Kind.PUNCTUATION && text.length() == 1 && text.charAt(0) == c;
    }
}
