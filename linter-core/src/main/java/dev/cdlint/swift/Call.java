package dev.cdlint.swift;

import dev.cdlint.source.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A call expression: {@code ModelConfiguration(schema: s, cloudKitDatabase: .none)}, {@code .private("iCloud.x")},
 * {@code .modelContainer(for: Item.self)}.
 *
 * @param name the called name, the last of a chain ({@code private}, {@code ModelConfiguration})
 * @param qualifier what precedes the name: {@code ""} for {@code f(…)}, {@code "."} for {@code .f(…)},
 *     {@code "A."} for {@code A.f(…)}
 * @param nameIndex the index of the name's token in the file
 * @param open the index of the {@code (}
 */
public record Call(SwiftSource source, String name, String qualifier, int nameIndex, int open,
        List<Argument> arguments) {

    public Call {
        arguments = List.copyOf(arguments);
    }

    /** The call whose name is the token at {@code nameIndex}, followed by its {@code (}. */
    static Call at(SwiftSource source, int nameIndex) {
        int open = nameIndex + 1;
        int start = chainStart(source, nameIndex);
        String qualifier;
        if (start - 1 >= 0 && source.token(start - 1).isPunctuation('.')) {
            qualifier = "." + new Expression(source, start, nameIndex).text();
        } else {
            qualifier = new Expression(source, start, nameIndex).text();
        }
        return new Call(source, source.token(nameIndex).text(), qualifier, nameIndex, open,
                arguments(source, open));
    }

    /** The arguments inside the parentheses that open at {@code open}. */
    static List<Argument> arguments(SwiftSource source, int open) {
        int close = source.partner(open);
        List<Argument> arguments = new ArrayList<>();
        for (Expression part : new Expression(source, open + 1, close).splitTopLevel(',')) {
            Token first = part.token(0);
            Token second = part.token(1);
            if (part.size() >= 2 && first.kind() == Token.Kind.IDENTIFIER && second.isPunctuation(':')) {
                arguments.add(new Argument(first.text(), new Expression(source, part.from() + 2, part.to())));
            } else {
                arguments.add(new Argument(null, part));
            }
        }
        return arguments;
    }

    /** The first argument with the label. */
    public Optional<Expression> argument(String label) {
        return arguments.stream().filter(a -> a.isLabelled(label)).map(Argument::value).findFirst();
    }

    /** The first argument, when it has no label. */
    public Optional<Expression> unlabelledFirst() {
        return arguments.isEmpty() || arguments.get(0).label() != null ? Optional.empty()
                : Optional.of(arguments.get(0).value());
    }

    public boolean isImplicitMember() {
        return qualifier.startsWith(".");
    }

    /** Where the call starts: the first name of its qualifier, or the dot of an implicit member. */
    public SourceLocation location() {
        int start = chainStart(source, nameIndex);
        return source.location(isImplicitMember() ? start - 1 : start);
    }

    /**
     * The index of the first name of the chain {@code A.b.name}. A dot first on its line starts a modifier of its own
     * ({@code .modelContainer(…)} below a view), not a member of the name on the line above.
     */
    private static int chainStart(SwiftSource source, int nameIndex) {
        int start = nameIndex;
        while (start - 2 >= 0 && source.token(start - 1).isPunctuation('.')
                && source.token(start - 2).kind() == Token.Kind.IDENTIFIER
                && !source.token(start - 1).lineBreakBefore()) {
            start -= 2;
        }
        return start;
    }
}
