package dev.cdlint.swift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.source.InputException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the tokens of a Swift file are, as the declaration and container-code readers see them. */
class SwiftLexerTest {

    private static final Path FILE = Path.of("Store.swift");

    private static List<Token> lex(String text) {
        return SwiftLexer.lex(text, new SourceLines(FILE, text)).tokens();
    }

    /** Each token as {@code KIND text}. */
    private static List<String> tokens(String text) {
        return lex(text).stream().map(t -> t.kind() + " " + t.text()).toList();
    }

    private static Token only(String text) {
        List<Token> tokens = lex(text);
        assertThat(tokens).hasSize(1);
        return tokens.get(0);
    }

    private static String value(String literal) {
        Token token = only(literal);
        assertThat(token.kind()).isEqualTo(Token.Kind.STRING);
        return token.value();
    }

    private static String errorAt(String text) {
        InputException error = org.junit.jupiter.api.Assertions.assertThrows(InputException.class, () -> lex(text));
        return error.location() + " " + error.getMessage();
    }

    @Test
    void everyFormOfLineBreakStartsALine() {
        List<Token> tokens = lex("a\nb\r\nc\rd /* one\r two\n three\r\n */ e\n\n\"\"\"\r\n x\r \"\"\" f");

        assertThat(tokens).extracting(Token::text).containsExactly("a", "b", "c", "d", "e", "\"\"\"\r\n x\r \"\"\"",
                "f");
        assertThat(tokens).extracting(Token::line).containsExactly(1, 2, 3, 4, 7, 9, 11);
        assertThat(tokens).extracting(Token::lineBreakBefore).containsExactly(true, true, true, true, true, true,
                false);
    }

    @Test
    void aBlockCommentNestsAndEndsAtItsOwnClose() {
        assertThat(tokens("a /* x /* y */ z */ b /**/ c /*/ d */ e")).containsExactly("IDENTIFIER a", "IDENTIFIER b",
                "IDENTIFIER c", "IDENTIFIER e");
        assertThat(tokens("a / b /")).containsExactly("IDENTIFIER a", "PUNCTUATION /", "IDENTIFIER b",
                "PUNCTUATION /");
    }

    @Test
    void aLineCommentIsKeptWithItsLineAndColumnButIsNoToken() {
        SwiftLexer lexer = SwiftLexer.lex("var a = 1 // note\n  //second\n", new SourceLines(FILE, "var a = 1 // note\n"
                + "  //second\n"));

        assertThat(lexer.tokens()).extracting(Token::text).containsExactly("var", "a", "=", "1");
        assertThat(lexer.comments()).containsExactly(new SwiftLexer.LineComment(1, 11, " note"),
                new SwiftLexer.LineComment(2, 3, "second"));
    }

    @Test
    void poundSignsStartDirectivesMacrosRawStringsAndRegexes() {
        assertThat(tokens("#if DEBUG #Unique<A> # ## #\"raw\"# ##\"a\"#b\"## #/a+/# ##/x/#y/## #1 #"))
                .containsExactly("POUND #if", "IDENTIFIER DEBUG", "POUND #Unique", "PUNCTUATION <", "IDENTIFIER A",
                        "PUNCTUATION >", "PUNCTUATION #", "PUNCTUATION #", "PUNCTUATION #", "STRING #\"raw\"#",
                        "STRING ##\"a\"#b\"##", "STRING #/a+/#", "STRING ##/x/#y/##", "PUNCTUATION #", "NUMBER 1",
                        "PUNCTUATION #");
    }

    @Test
    void anExtendedRegexHidesBracketsAndEscapedDelimitersAndMaySpanLines() {
        List<Token> tokens = lex("let r = #/(\\/#)[{]/# ; let m = #/\na\n/#\nx");

        assertThat(tokens).extracting(Token::text).containsExactly("let", "r", "=", "#/(\\/#)[{]/#", ";", "let", "m",
                "=", "#/\na\n/#", "x");
        assertThat(tokens.get(8).value()).isNull();
        assertThat(tokens.get(9).line()).isEqualTo(4);
        assertThat(errorAt("let r = #/abc\n")).isEqualTo(
                "Store.swift:1:9 unterminated regex literal #/: the file ends before its closing /#");
    }

    @Test
    void attributesNeedANameRightAfterTheirSign() {
        assertThat(tokens("@Model @_spi(X) @ x @")).containsExactly("ATTRIBUTE @Model", "ATTRIBUTE @_spi",
                "PUNCTUATION (", "IDENTIFIER X", "PUNCTUATION )", "PUNCTUATION @", "IDENTIFIER x", "PUNCTUATION @");
    }

    @Test
    void aBacktickedIdentifierIsTheNameWithinItsBackticks() {
        List<Token> tokens = lex("var `default`: Int; `class`");

        assertThat(tokens).extracting(t -> t.kind() + " " + t.text() + " " + t.start() + "-" + t.end())
                .containsExactly("IDENTIFIER var 0-3", "IDENTIFIER default 4-13", "PUNCTUATION : 13-14",
                        "IDENTIFIER Int 15-18", "PUNCTUATION ; 18-19", "IDENTIFIER class 20-27");
        assertThat(errorAt("var ``")).isEqualTo(
                "Store.swift:1:5 unterminated `identifier`: the closing backtick is missing on this line");
        assertThat(errorAt("var `a\nb` = 1")).startsWith("Store.swift:1:5 unterminated `identifier`");
        assertThat(errorAt("var `a")).startsWith("Store.swift:1:5 unterminated `identifier`");
    }

    @Test
    void identifiersMayUseLettersOfAnyScriptAndCombiningMarks() {
        assertThat(tokens("café 变量 _x $0 a\u0301b x9 \u00d7 \u0080 9a"))
                .containsExactly("IDENTIFIER café", "IDENTIFIER 变量", "IDENTIFIER _x", "IDENTIFIER $0",
                        "IDENTIFIER a\u0301b", "IDENTIFIER x9", "PUNCTUATION \u00d7", "PUNCTUATION \u0080", "NUMBER 9a");
        // A letter outside the Basic Multilingual Plane is one identifier, not two halves of a pair.
        assertThat(tokens("\uD835\uDC9C\uD835\uDC9C = 1")).containsExactly("IDENTIFIER \uD835\uDC9C\uD835\uDC9C",
                "PUNCTUATION =", "NUMBER 1");
        // A control character is no part of a name, though Java counts it as an ignorable part of one.
        assertThat(tokens("a\u0081b")).containsExactly("IDENTIFIER a", "PUNCTUATION \u0081", "IDENTIFIER b");
    }

    @Test
    void numbersKeepTheirExponentsFractionsAndSeparators() {
        assertThat(tokens("0 9 1_000 3.14 1e-3 2E+8 0x1F 0xE-1 1..<5 t.0 x-1 2."))
                .containsExactly("NUMBER 0", "NUMBER 9", "NUMBER 1_000", "NUMBER 3.14", "NUMBER 1e-3",
                        "NUMBER 2E+8", "NUMBER 0x1F", "NUMBER 0xE", "PUNCTUATION -", "NUMBER 1", "NUMBER 1",
                        "PUNCTUATION .", "PUNCTUATION .", "PUNCTUATION <", "NUMBER 5", "IDENTIFIER t",
                        "PUNCTUATION .", "NUMBER 0", "IDENTIFIER x", "PUNCTUATION -", "NUMBER 1", "NUMBER 2",
                        "PUNCTUATION .");
    }

    @Test
    void aStringsValueHasItsEscapesResolved() {
        assertThat(value("\"a\\nb\\tc\\rd\\0e\\\\f\\\"g\\'h\"")).isEqualTo("a\nb\tc\rd\0e\\f\"g'h");
        assertThat(value("\"\\u{1F600}\\u{41}\"")).isEqualTo("\uD83D\uDE00A");
        assertThat(value("\"\\u{zz}|\\u{110000}\"")).isEqualTo("\uFFFD|\uFFFD");
        assertThat(value("\"\\u41\"")).isEqualTo("u41");
        assertThat(value("\"end\\u\"")).isEqualTo("endu");
        assertThat(value("\"iCloud.com.example\"")).isEqualTo("iCloud.com.example");
        assertThat(value("\"\"")).isEmpty();
    }

    @Test
    void aRawStringsEscapesCarryItsPoundSigns() {
        assertThat(value("#\"a\\nb\\#nc\"#")).isEqualTo("a\\nb\nc");
        assertThat(value("##\"\\#n\\##t\"##")).isEqualTo("\\#n\t");
        assertThat(value("#\"\\(x)\"#")).isEqualTo("\\(x)");
        assertThat(value("#\"x\\#(y)\"#")).isNull();
        assertThat(value("#\"\"\"\n  a\"\"\"b\n  \"\"\"#")).isEqualTo("a\"\"\"b");
    }

    @Test
    void aMultiLineStringLosesTheIndentationOfItsClosingDelimiter() {
        assertThat(value("\"\"\"\n    first\n      second\n\n    third \\\n    joined\n    \"\"\""))
                .isEqualTo("first\n  second\n\nthird joined");
        // A line less indented than the delimiter is an error for Swift; cdlint keeps its text.
        assertThat(value("\"\"\"\n    a\n  b\n    \"\"\"")).isEqualTo("a\nb");
        assertThat(value("\"\"\"\n\"\"\"")).isEmpty();
        assertThat(value("\"\"\"\nsole\n\"\"\"")).isEqualTo("sole");
        assertThat(value("\"\"\"\n  \"quoted\" and \"\" \n  \"\"\"")).isEqualTo("\"quoted\" and \"\" ");
        // Swift refuses a line break escaped before the closing delimiter; cdlint keeps the backslash.
        assertThat(value("\"\"\"\nlast \\\n\"\"\"")).isEqualTo("last \\");
    }

    @Test
    void anInterpolatedStringHasNoValueAndItsCodeIsNotTokens() {
        List<Token> tokens = lex("let s = \"a \\(f(\"(\", x)) b \\(\"c\\(d)\") e\" + t");

        assertThat(tokens).extracting(Token::text).containsExactly("let", "s", "=",
                "\"a \\(f(\"(\", x)) b \\(\"c\\(d)\") e\"", "+", "t");
        assertThat(tokens.get(3).value()).isNull();
        assertThat(tokens.get(5).lineBreakBefore()).isFalse();
        // Code in a multi-line string's interpolation may break lines; the string's token still starts a line.
        List<Token> multi = lex("x\n\"\"\"\n  \\(\n  y\n  )\n  \"\"\" z");
        assertThat(multi).extracting(Token::line).containsExactly(1, 2, 6);
        assertThat(multi).extracting(Token::lineBreakBefore).containsExactly(true, true, false);
    }

    @Test
    void interpolationsNestedTooDeepAreRefused() {
        String deep = "\"\\(".repeat(33) + "x" + ")\"".repeat(33);
        String deepest = "\"\\(".repeat(32) + "x" + ")\"".repeat(32);

        assertThat(errorAt("let s = " + deep)).startsWith("Store.swift:1:")
                .endsWith("string interpolations nested more than 32 deep, which cdlint does not follow");
        assertThat(lex(deepest)).hasSize(1);
    }

    @Test
    void anUnterminatedLiteralIsAnErrorAtItsStart() {
        assertThat(errorAt("let s = \"open\nlet t = 1")).isEqualTo(
                "Store.swift:1:9 unterminated string literal: the line ends before its closing quote");
        assertThat(errorAt("let s = \"open\r\nlet t = 1")).isEqualTo(
                "Store.swift:1:9 unterminated string literal: the line ends before its closing quote");
        assertThat(errorAt("let s = #\"open\"")).isEqualTo(
                "Store.swift:1:9 unterminated string literal: the file ends before its closing quote");
        // The string inside the interpolation is the one the file ends in.
        assertThat(errorAt("let s = \"a\\(f(\"")).isEqualTo(
                "Store.swift:1:15 unterminated string literal: the file ends before its closing quote");
        assertThat(errorAt("let s = \"\\(x")).isEqualTo(
                "Store.swift:1:11 unterminated interpolation \\( in a string literal");
        assertThat(errorAt("x\n/* open")).isEqualTo(
                "Store.swift:2:1 unterminated /* comment: the file ends before its */");
    }

    @Test
    void aFileEndingInsideALiteralOrCommentIsThatErrorWhateverItsLastCharacter() {
        String comment = "Store.swift:1:1 unterminated /* comment: the file ends before its */";
        assertThat(errorAt("/* a /")).isEqualTo(comment);
        assertThat(errorAt("/* a *")).isEqualTo(comment);
        assertThat(errorAt("/* a \r")).isEqualTo(comment);
        String string = "Store.swift:1:1 unterminated string literal: the file ends before its closing quote";
        assertThat(errorAt("\"\"\"\r")).isEqualTo(string);
        assertThat(errorAt("\"a\\")).isEqualTo(string);
        assertThat(errorAt("##\"a\"#")).isEqualTo(string);
        assertThat(lex("a\r")).extracting(Token::text).containsExactly("a");
    }

    @Test
    void aCarriageReturnAloneOrBeforeALineFeedIsOneLineBreak() {
        assertThat(lex("/* \r */ a /* \r\n */ b")).extracting(Token::line).containsExactly(2, 3);
        assertThat(lex("\"\"\"\r\nx\r\n\"\"\" y \"\"\"\rx\r\"\"\" z")).extracting(Token::line)
                .containsExactly(1, 3, 3, 5);
    }

    @Test
    void identifiersStartWithAnyAsciiLetterAnUnderscoreOrADollarSign() {
        assertThat(tokens("a z A Z _ $ _0")).containsExactly("IDENTIFIER a", "IDENTIFIER z", "IDENTIFIER A",
                "IDENTIFIER Z", "IDENTIFIER _", "IDENTIFIER $", "IDENTIFIER _0");
    }
}
