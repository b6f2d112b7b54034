package dev.cdlint.swift;

import dev.cdlint.source.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One Swift file, read: its tokens and its declarations. Reading never compiles or runs anything; it needs no
 * Swift toolchain and follows only what the text says.
 */
public final class SwiftFile {

    private final SwiftSource source;
    private final Members topLevel;

    private SwiftFile(SwiftSource source, Members topLevel) {
        this.source = source;
        this.topLevel = topLevel;
    }

    /**
     * @param shownAs the path findings name
     * @throws InputException at the position where the reader lost track of the file's structure
     */
    public static SwiftFile read(Path shownAs, String text) {
        SwiftSource source = SwiftSource.parse(shownAs, text);
        return new SwiftFile(source, DeclarationReader.read(source));
    }

    public Path path() {
        return source.file();
    }

    public SwiftSource source() {
        return source;
    }

    public Members topLevel() {
        return topLevel;
    }

    /** Every type declared in the file, nested ones after the type they are in, in file order. */
    public List<TypeDeclaration> allTypes() {
        List<TypeDeclaration> all = new ArrayList<>();
        collect(topLevel.types(), all);
        return all;
    }

    private static void collect(List<TypeDeclaration> types, List<TypeDeclaration> all) {
        for (TypeDeclaration type : types) {
            all.add(type);
            collect(type.members().types(), all);
        }
    }

    /**
     * Every call whose name matches, wherever it is: in a function body, a property's initializer, a closure, an
     * argument of another call. {@code f(…)}, {@code A.f(…)} and {@code .f(…)} all count; declarations
     * ({@code func f(…)}) do not.
     */
    public List<Call> calls(Predicate<String> name) {
        List<Call> calls = new ArrayList<>();
        for (int i = 0; i + 1 < source.size(); i++) {
            Token token = source.token(i);
            Token next = source.token(i + 1);
            if (token.kind() == Token.Kind.IDENTIFIER && next.isPunctuation('(') && !next.lineBreakBefore()
                    && name.test(token.text()) && !isDeclaredName(i)) {
                calls.add(Call.at(source, i));
            }
        }
        return calls;
    }

    private boolean isDeclaredName(int i) {
        Token before = source.at(i - 1);
        return before != null && (before.isIdentifier("func") || before.isIdentifier("init")
                || before.isIdentifier("case"));
    }
}
