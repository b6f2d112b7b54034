package dev.cdlint.swift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.source.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The tokens of a Swift file once its brackets are paired and its conditional compilation resolved. */
class SwiftSourceTest {

    private static final Path FILE = Path.of("Sources/Item.swift");

    private static SwiftSource parse(String text) {
        return SwiftSource.parse(FILE, text);
    }

    private static List<String> texts(SwiftSource source) {
        return IntStream.range(0, source.size()).mapToObj(i -> source.token(i).text()).toList();
    }

    /** The tokens, each marked {@code ?} when it is inside an {@code #if} block. */
    private static List<String> marked(String text) {
        SwiftSource source = parse(text);
        List<String> marked = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            marked.add(source.token(i).text() + (source.conditional(i) ? "?" : ""));
        }
        return marked;
    }

    @Test
    void aSourceKnowsItsFileAndAnswersNullPastEitherEnd() {
        SwiftSource source = parse("let a = 1");

        assertThat(source.file()).isEqualTo(FILE);
        assertThat(source.at(0).text()).isEqualTo("let");
        assertThat(source.at(3).text()).isEqualTo("1");
        assertThat(source.at(-1)).isNull();
        assertThat(source.at(4)).isNull();
    }

    @Test
    void theLocationPastTheLastTokenIsJustAfterIt() {
        SwiftSource source = parse("let a = 1\n");

        assertThat(source.location(3)).hasToString("Sources/Item.swift:1:9");
        assertThat(source.location(4)).hasToString("Sources/Item.swift:1:10");
        assertThat(parse("").location(0)).hasToString("Sources/Item.swift:1:1");
        assertThat(parse("// only a comment\n").location(0)).hasToString("Sources/Item.swift:1:1");
    }

    @Test
    void eachBracketKnowsItsPartnerAndEveryOtherTokenHasNone() {
        SwiftSource source = parse("f(x) { [y] }");

        assertThat(IntStream.range(0, source.size()).map(source::partner).boxed().toList())
                .containsExactly(-1, 3, -1, 1, 8, 7, -1, 5, 4);
        assertThat(IntStream.range(0, source.size()).map(source::enclosingBrace).boxed().toList())
                .containsExactly(-1, -1, -1, -1, -1, 4, 4, 4, 4);
    }

    @Test
    void aDirectivesConditionIsDroppedWithItsLine() {
        assertThat(marked("#if os(iOS) && !targetEnvironment(macCatalyst)\nlet a = 1\n#elseif DEBUG\nlet b = 2\n"
                + "#else\nlet c = 3\n#endif\nlet d = 4"))
                .containsExactly("let?", "a?", "=?", "1?", "let?", "b?", "=?", "2?", "let?", "c?", "=?", "3?", "let",
                        "d", "=", "4");
        assertThatThrownBy(() -> parse("#if DEBUG")).isInstanceOf(InputException.class)
                .hasMessage("#if without #endif: the file ends inside this conditional block");
    }

    @Test
    void diagnosticAndLineDirectivesAreDroppedWithTheirArguments() {
        assertThat(texts(parse("""
                #warning("fix (this)")
                #sourceLocation(file: "Generated.swift", line: 1)
                let a = 1
                #sourceLocation()
                #error((("nested")))
                #sourceLocation
                let b = 2
                #warning
                """))).containsExactly("let", "a", "=", "1", "let", "b", "=", "2");
        assertThat(texts(parse("#warning(\"unclosed\"\nlet a = 1"))).isEmpty();
    }

    @Test
    void aBranchThatClosesABraceOpenedBeforeTheIfKeepsOnlyTheFirstBranch() {
        SwiftFile file = SwiftFile.read(FILE, """
                class A {
                #if DEBUG
                    func debug() { }
                }
                #else
                    func release() { }
                }
                #endif
                """);

        assertThat(file.allTypes().get(0).members().functions()).extracting(FunctionDeclaration::name)
                .containsExactly("debug");
    }

    @Test
    void balancedBranchesWithBracketsAreAllKept() {
        assertThat(texts(parse("#if DEBUG\nf(x) { [y] }\n#else\ng()\n#endif")))
                .containsExactly("f", "(", "x", ")", "{", "[", "y", "]", "}", "g", "(", ")");
    }

    @Test
    void aLongerBranchLeftOutMarksNothingAfterTheBlockConditional() {
        assertThat(marked("#if os(iOS)\nclass V: U {\n#else\nclass V: N, M, O {\n#endif\nvar a = 0\n}"))
                .containsExactly("class?", "V?", ":?", "U?", "{?", "var", "a", "=", "0", "}");
    }

    @Test
    void ifBlocksNestMoreThanAnyRealSourceButNotWithoutBound() {
        int deepest = SwiftSource.MAX_NESTING;
        String nested = "#if A\n".repeat(deepest) + "let a = 1\n" + "#endif\n".repeat(deepest);
        assertThat(texts(parse(nested))).containsExactly("let", "a", "=", "1");

        String deeper = "#if A\n".repeat(deepest + 1) + "let a = 1\n" + "#endif\n".repeat(deepest + 1);
        assertThatThrownBy(() -> parse(deeper)).isInstanceOf(InputException.class)
                .hasMessage("#if blocks nested more than 256 deep, which cdlint does not follow")
                .extracting(e -> ((InputException) e).location().line()).isEqualTo(deepest + 1);
    }
}
