package dev.cdlint.swift;

/** Reads one parameter of a function declaration: its argument label, its name and its type as written. */
final class ParameterReader {

    private ParameterReader() {}

    /** {@code label name: Type = default}, {@code _ name: Type}, {@code name: Type}, with any attributes before. */
    static FunctionDeclaration.Parameter read(Expression parameter) {
        int k = 0;
        while (parameter.token(k) != null && parameter.token(k).kind() == Token.Kind.ATTRIBUTE) {
            k++;
        }
        Token first = parameter.token(k);
        Token second = parameter.token(k + 1);
        if (first == null || first.kind() != Token.Kind.IDENTIFIER) {
            return new FunctionDeclaration.Parameter("_", "_", parameter.text());
        }
        int colon = k + 1;
        String label = first.text();
        String name = first.text();
        if (second != null && second.kind() == Token.Kind.IDENTIFIER) {
            name = second.text();
            colon = k + 2;
        }
        String type = "";
        if (parameter.token(colon) != null && parameter.token(colon).isPunctuation(':')) {
            int typeEnd = parameter.from() + colon + 1;
            while (typeEnd < parameter.to() && !(parameter.source().token(typeEnd).isPunctuation('=')
                    && Statements.isAssignment(parameter.source(), typeEnd))) {
                typeEnd++;
            }
            type = new Expression(parameter.source(), parameter.from() + colon + 1, typeEnd).text();
        }
        return new FunctionDeclaration.Parameter(label, name, type);
    }
}
