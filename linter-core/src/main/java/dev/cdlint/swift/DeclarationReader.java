package dev.cdlint.swift;

import dev.cdlint.source.SourceLocation;
import dev.cdlint.swift.PropertyDeclaration.Accessors;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the declarations of a {@link SwiftSource}: types (nested ones and extensions included), properties with
 * their type, initializer, accessors and attributes, functions with their parameters and body, freestanding
 * macros and type aliases. Statements and expressions are stepped over by their brackets; whatever it does not
 * recognise it skips a token at a time, so an unfamiliar construct costs at most the declaration it is in.
 */
final class DeclarationReader {

    private static final Set<String> MODIFIERS = Set.of("public", "private", "fileprivate", "internal", "open",
            "package", "final", "static", "override", "mutating", "nonmutating", "lazy", "weak", "unowned", "dynamic",
            "nonisolated", "convenience", "required", "optional", "indirect", "prefix", "postfix", "infix",
            "distributed", "isolated", "consuming", "borrowing", "__consuming", "sending");
    private static final Set<String> TYPE_KEYWORDS = Set.of("class", "struct", "enum", "actor", "protocol",
            "extension");

    private final SwiftSource source;

    private DeclarationReader(SwiftSource source) {
        this.source = source;
    }

    static Members read(SwiftSource source) {
        return new DeclarationReader(source).members(0, source.size(), List.of());
    }

    /** The declarations between {@code from} and {@code to} (a body's inside, or the whole file). */
    private Members members(int from, int to, List<String> enclosing) {
        List<PropertyDeclaration> properties = new ArrayList<>();
        List<FunctionDeclaration> functions = new ArrayList<>();
        List<TypeDeclaration> types = new ArrayList<>();
        List<MacroExpansion> macros = new ArrayList<>();
        List<TypeAliasDeclaration> aliases = new ArrayList<>();
        int i = from;
        while (i < to) {
            int start = i;
            List<SwiftAttribute> attributes = new ArrayList<>();
            while (i < to && source.token(i).kind() == Token.Kind.ATTRIBUTE) {
                i = attribute(i, attributes);
            }
            Set<String> modifiers = new LinkedHashSet<>();
            i = modifiers(i, to, modifiers);
            if (i >= to) {
                break;
            }
            Token keyword = source.token(i);
            if (keyword.kind() == Token.Kind.IDENTIFIER && TYPE_KEYWORDS.contains(keyword.text())) {
                i = type(start, i, to, attributes, modifiers, enclosing, types);
            } else if (keyword.isIdentifier("var") || keyword.isIdentifier("let")) {
                i = property(start, i, to, attributes, modifiers, properties);
            } else if (keyword.isIdentifier("func") || keyword.isIdentifier("init") || keyword.isIdentifier("deinit")
                    || keyword.isIdentifier("subscript")) {
                i = function(i, to, modifiers, functions);
            } else if (keyword.isIdentifier("typealias")) {
                i = typeAlias(i, to, aliases);
            } else if (keyword.kind() == Token.Kind.POUND) {
                i = macro(i, to, macros);
            } else if (keyword.isIdentifier("case")) {
                i = caseList(i, to);
            } else if (keyword.isIdentifier("import") || keyword.isIdentifier("associatedtype")
                    || keyword.isIdentifier("precedencegroup") || keyword.isIdentifier("operator")
                    || keyword.isIdentifier("macro")) {
                i = Statements.end(source, i + 1, to, false);
            } else {
                int partner = source.partner(i);
                i = partner > i ? partner + 1 : i + 1;
            }
            // Every reader above moves past its keyword today; on hostile input a future one that does not must
            // cost a wrong declaration, never a loop that does not end.
            i = Math.max(i, start + 1);
        }
        return new Members(properties, functions, types, macros, aliases);
    }

    /**
     * Steps over {@code case a, b(x: Int), c}: a comma ends an expression but not an enum's case list, and a case
     * named like a modifier ({@code open}, {@code `class`}) must not lend itself to the member after it.
     */
    private int caseList(int i, int to) {
        int end = Statements.end(source, i + 1, to, false);
        while (end < to && source.token(end).isPunctuation(',')) {
            end = Statements.end(source, end + 1, to, false);
        }
        return end;
    }

    private int attribute(int i, List<SwiftAttribute> attributes) {
        Token token = source.token(i);
        Token next = source.at(i + 1);
        String name = token.text().substring(1);
        if (next != null && next.isPunctuation('(') && !next.lineBreakBefore() && next.start() == token.end()) {
            attributes.add(new SwiftAttribute(name, Call.arguments(source, i + 1), source.location(i)));
            return source.partner(i + 1) + 1;
        }
        attributes.add(new SwiftAttribute(name, List.of(), source.location(i)));
        return i + 1;
    }

    private int modifiers(int i, int to, Set<String> modifiers) {
        while (i < to) {
            Token token = source.token(i);
            Token next = source.at(i + 1);
            boolean classModifier = token.isIdentifier("class") && next != null && next.kind() == Token.Kind.IDENTIFIER
                    && (next.is("var") || next.is("let") || next.is("func") || next.is("subscript")
                            || MODIFIERS.contains(next.text()));
            if (!(token.kind() == Token.Kind.IDENTIFIER && MODIFIERS.contains(token.text())) && !classModifier) {
                return i;
            }
            if (next == null || next.isPunctuation(':') || next.isPunctuation('=') || next.isPunctuation('.')) {
                return i; // a name that happens to be a modifier word
            }
            modifiers.add(token.text());
            i++;
            if (source.at(i) != null && source.token(i).isPunctuation('(') && !source.token(i).lineBreakBefore()) {
                modifiers.add(token.text() + new Expression(source, i, source.partner(i) + 1).text());
                i = source.partner(i) + 1;
            }
        }
        return i;
    }

    private int type(int start, int keywordIndex, int to, List<SwiftAttribute> attributes, Set<String> modifiers,
            List<String> enclosing, List<TypeDeclaration> types) {
        Token keyword = source.token(keywordIndex);
        int i = keywordIndex + 1;
        int nameStart = i;
        while (i < to && source.token(i).kind() == Token.Kind.IDENTIFIER
                && (i == nameStart || source.token(i - 1).isPunctuation('.'))) {
            i++;
            if (i < to && source.token(i).isPunctuation('.') && keyword.is("extension")) {
                i++;
            }
        }
        if (i == nameStart) {
            return keywordIndex + 1;
        }
        String name = new Expression(source, nameStart, i).text();
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        i = skipAngles(i, to);
        List<String> inherited = new ArrayList<>();
        int open = i;
        while (open < to && !source.token(open).isPunctuation('{')) {
            int partner = source.partner(open);
            open = partner > open ? partner + 1 : open + 1;
        }
        if (open >= to) {
            return open;
        }
        if (source.token(i).isPunctuation(':')) {
            int clauseEnd = i + 1;
            while (clauseEnd < open && !source.token(clauseEnd).isIdentifier("where")) {
                clauseEnd++;
            }
            for (Expression entry : splitOutsideAngles(i + 1, clauseEnd)) {
                inherited.add(entry.text());
            }
        }
        List<String> inner = new ArrayList<>(enclosing);
        inner.add(name);
        Members members = members(open + 1, source.partner(open), inner);
        TypeDeclaration.Kind kind = TypeDeclaration.Kind.valueOf(keyword.text().toUpperCase(java.util.Locale.ROOT));
        types.add(new TypeDeclaration(kind, name, enclosing, attributes, modifiers, inherited, members,
                new Expression(source, open + 1, source.partner(open)), source.conditional(keywordIndex),
                source.token(start).line(), source.location(nameStart)));
        return source.partner(open) + 1;
    }

    private List<Expression> splitOutsideAngles(int from, int to) {
        List<Expression> parts = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            Token token = source.token(i);
            if (token.isPunctuation('<')) {
                depth++;
            } else if (token.isPunctuation('>') && depth > 0 && !source.token(i - 1).isPunctuation('-')) {
                depth--;
            } else if (token.isPunctuation(',') && depth == 0) {
                parts.add(new Expression(source, start, i));
                start = i + 1;
            } else if (source.partner(i) > i) {
                i = source.partner(i);
            }
        }
        if (to > start) {
            parts.add(new Expression(source, start, to));
        }
        return parts;
    }

    private int property(int start, int keywordIndex, int to, List<SwiftAttribute> attributes, Set<String> modifiers,
            List<PropertyDeclaration> properties) {
        boolean isLet = source.token(keywordIndex).is("let");
        int i = keywordIndex + 1;
        while (i < to) {
            Token nameToken = source.token(i);
            String name = null;
            SourceLocation location = source.location(i);
            if (nameToken.kind() == Token.Kind.IDENTIFIER) {
                name = nameToken.text();
                i++;
            } else if (nameToken.isPunctuation('(')) {
                i = source.partner(i) + 1; // a tuple pattern: nothing cdlint reads
            } else {
                return i;
            }
            String type = null;
            if (i < to && source.token(i).isPunctuation(':')) {
                int typeEnd = Statements.end(source, i + 1, to, true);
                type = new Expression(source, i + 1, typeEnd).text();
                i = typeEnd;
            }
            Expression initializer = null;
            if (i < to && source.token(i).isPunctuation('=') && Statements.isAssignment(source, i)) {
                int end = Statements.end(source, i + 1, to, false);
                initializer = new Expression(source, i + 1, end);
                i = end;
            }
            Accessors accessors = Accessors.NONE;
            Expression body = null;
            if (i < to && source.token(i).isPunctuation('{')
                    && (!source.token(i).lineBreakBefore() || initializer == null && type != null)) {
                int close = source.partner(i);
                if (Statements.startsObservers(source, i)) {
                    accessors = Accessors.OBSERVERS;
                } else if (initializer == null) {
                    accessors = Accessors.COMPUTED;
                    body = new Expression(source, i + 1, close);
                }
                i = close + 1;
            }
            if (name != null) {
                properties.add(new PropertyDeclaration(name, isLet, modifiers, attributes, type, initializer,
                        accessors, body, source.conditional(keywordIndex), source.token(start).line(), location));
            }
            if (i < to && source.token(i).isPunctuation(',')) {
                i++;
                continue;
            }
            return i;
        }
        return i;
    }

    private int function(int keywordIndex, int to, Set<String> modifiers, List<FunctionDeclaration> functions) {
        Token keyword = source.token(keywordIndex);
        int i = keywordIndex + 1;
        String name = keyword.text();
        if (keyword.is("func")) {
            int nameStart = i;
            while (i < to && !source.token(i).isPunctuation('(') && !source.token(i).isPunctuation('<')
                    && !source.token(i).isPunctuation('{')) {
                i++;
            }
            if (i < to && source.token(i).isPunctuation('<') && i == nameStart) {
                while (i < to && !source.token(i).isPunctuation('(')) { // an operator named '<', '<=', '<<'…
                    i++;
                }
            }
            name = new Expression(source, nameStart, i).text();
        } else if (i < to && (source.token(i).isPunctuation('?') || source.token(i).isPunctuation('!'))) {
            i++;
        }
        Map<String, String> generics = new LinkedHashMap<>();
        int genericsEnd = skipAngles(i, to);
        if (genericsEnd > i) {
            for (Expression parameter : splitOutsideAngles(i + 1, genericsEnd - 1)) {
                Token first = parameter.token(0);
                if (first != null && first.kind() == Token.Kind.IDENTIFIER) {
                    boolean constrained = parameter.token(1) != null && parameter.token(1).isPunctuation(':');
                    generics.put(first.text(), constrained
                            ? new Expression(source, parameter.from() + 2, parameter.to()).text() : "");
                }
            }
            i = genericsEnd;
        }
        List<FunctionDeclaration.Parameter> parameters = new ArrayList<>();
        if (i < to && source.token(i).isPunctuation('(')) {
            for (Expression parameter : new Expression(source, i + 1, source.partner(i)).splitTopLevel(',')) {
                parameters.add(ParameterReader.read(parameter));
            }
            i = source.partner(i) + 1;
        }
        // The rest of the signature (effects, result type, where clause) up to the body; a requirement has none.
        while (i < to) {
            Token token = source.token(i);
            if (token.isPunctuation('{')) {
                Expression body = new Expression(source, i + 1, source.partner(i));
                functions.add(new FunctionDeclaration(name, parameters, generics, modifiers, body, source.location(keywordIndex)));
                return source.partner(i) + 1;
            }
            if (token.lineBreakBefore() && !Statements.continues(source, i)) {
                break;
            }
            int partner = source.partner(i);
            i = partner > i ? partner + 1 : i + 1;
        }
        functions.add(new FunctionDeclaration(name, parameters, generics, modifiers, null, source.location(keywordIndex)));
        return i;
    }

    private int typeAlias(int keywordIndex, int to, List<TypeAliasDeclaration> aliases) {
        int i = keywordIndex + 1;
        Token name = source.at(i);
        if (name == null || name.kind() != Token.Kind.IDENTIFIER) { // the file's end, or the '}' ending the body
            return i;
        }
        i = skipAngles(i + 1, to);
        if (i < to && source.token(i).isPunctuation('=')) {
            int end = Statements.end(source, i + 1, to, true);
            aliases.add(new TypeAliasDeclaration(name.text(), new Expression(source, i + 1, end).text(),
                    source.location(keywordIndex)));
            return end;
        }
        return i;
    }

    private int macro(int poundIndex, int to, List<MacroExpansion> macros) {
        Token pound = source.token(poundIndex);
        int i = poundIndex + 1;
        String generics = "";
        if (i < to && source.token(i).isPunctuation('<') && source.token(i).start() == pound.end()) {
            int close = skipAngles(i, to);
            generics = new Expression(source, i + 1, close - 1).text();
            i = close;
        }
        List<Argument> arguments = List.of();
        if (i < to && source.token(i).isPunctuation('(') && !source.token(i).lineBreakBefore()) {
            arguments = Call.arguments(source, i);
            i = source.partner(i) + 1;
        }
        // A trailing closure (#Preview { … }) is stepped over whole by members(), as any other block.
        macros.add(new MacroExpansion(pound.text().substring(1), generics, arguments, source.conditional(poundIndex),
                source.location(poundIndex)));
        return i;
    }

    /** Past a generic clause {@code <…>} starting at {@code i}, if there is one. */
    private int skipAngles(int i, int to) {
        if (i >= to || !source.token(i).isPunctuation('<')) {
            return i;
        }
        int depth = 0;
        while (i < to) {
            Token token = source.token(i);
            if (token.isPunctuation('<')) {
                depth++;
            } else if (token.isPunctuation('>') && !source.token(i - 1).isPunctuation('-') && --depth == 0) {
                return i + 1;
            } else if (token.isPunctuation('{') || token.isPunctuation(';')) {
                return i; // not a generic clause after all
            }
            int partner = source.partner(i);
            i = partner > i ? partner + 1 : i + 1;
        }
        return i;
    }
}
