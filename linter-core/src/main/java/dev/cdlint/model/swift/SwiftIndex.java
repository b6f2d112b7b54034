package dev.cdlint.model.swift;

import dev.cdlint.swift.Call;
import dev.cdlint.swift.Expression;
import dev.cdlint.swift.FunctionDeclaration;
import dev.cdlint.swift.PropertyDeclaration;
import dev.cdlint.swift.SwiftFile;
import dev.cdlint.swift.SwiftSource;
import dev.cdlint.swift.Token;
import dev.cdlint.swift.TypeAliasDeclaration;
import dev.cdlint.swift.TypeDeclaration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the project's Swift declares, by name, and how to follow a name to its value: a local constant, a variable
 * assigned in both branches of an {@code if}, a static property of another type, a computed property's body, a
 * function's returned expressions, or a parameter back to the arguments callers pass. Real container code passes
 * {@code cloudKitDatabase:} through all of these (docs/cloudkit.md#swiftdata-scope); a value that cannot be followed
 * is reported as such, never guessed.
 */
final class SwiftIndex {

    /** How far a value is followed through names before it counts as not followed; real code needs three or four. */
    static final int MAX_DEPTH = 12;

    /** A named value: {@code let x = …}, {@code var x: T { … }}, or {@code x = …}. */
    record Binding(String name, SwiftFile file, int position, int scopeOpen, List<String> context, Expression value) {}

    record Function(FunctionDeclaration declaration, SwiftFile file, List<String> context) {}

    record Alias(TypeAliasDeclaration declaration, List<String> context) {}

    private final SwiftProject project;
    private final List<SwiftFile> files = new ArrayList<>();
    private final Map<String, List<Binding>> bindings = new HashMap<>();
    private final Map<String, List<Function>> functions = new HashMap<>();
    private final Map<String, List<Alias>> aliases = new HashMap<>();
    /** Per file, the qualified name of each type by the index of the brace that opens its body. */
    private final Map<SwiftFile, Map<Integer, String>> typeBodies = new IdentityHashMap<>();
    /** Per file, each function by the index of the brace that opens its body. */
    private final Map<SwiftFile, Map<Integer, Function>> functionBodies = new IdentityHashMap<>();
    private final Map<String, List<Call>> callsByName = new HashMap<>();
    private final Set<String> lookedFor = new HashSet<>();

    SwiftIndex(SwiftProject project) {
        this.project = project;
        project.files().forEach(this::add);
    }

    List<SwiftFile> files() {
        return files;
    }

    private void add(SwiftFile file) {
        files.add(file);
        callsByName.clear();
        Map<Integer, String> bodies = new HashMap<>();
        typeBodies.put(file, bodies);
        functionBodies.put(file, new HashMap<>());
        for (TypeDeclaration type : file.allTypes()) {
            bodies.put(type.body().from() - 1, type.qualifiedName());
            for (FunctionDeclaration function : type.members().functions()) {
                addFunction(new Function(function, file, splitName(type.qualifiedName())));
            }
            for (TypeAliasDeclaration alias : type.members().typeAliases()) {
                aliases.computeIfAbsent(alias.name(), n -> new ArrayList<>())
                        .add(new Alias(alias, splitName(type.qualifiedName())));
            }
            for (PropertyDeclaration property : type.members().properties()) {
                if (property.body() != null) {
                    for (Expression returned : returns(property.body())) {
                        bind(property.name(), file, property.body().from(), -1, splitName(type.qualifiedName()),
                                returned);
                    }
                }
            }
        }
        for (FunctionDeclaration function : file.topLevel().functions()) {
            addFunction(new Function(function, file, List.of()));
        }
        for (TypeAliasDeclaration alias : file.topLevel().typeAliases()) {
            aliases.computeIfAbsent(alias.name(), n -> new ArrayList<>()).add(new Alias(alias, List.of()));
        }
        for (PropertyDeclaration property : file.topLevel().properties()) {
            if (property.body() != null) {
                returns(property.body()).forEach(r -> bind(property.name(), file, property.body().from(), -1, List.of(), r));
            }
        }
        BindingScanner.scan(file.source(), (name, position, scopeOpen, value) -> bind(name, file, position,
                scopeOpen, contextAt(file, position), value));
    }

    private void addFunction(Function function) {
        functions.computeIfAbsent(function.declaration().name(), n -> new ArrayList<>()).add(function);
        if (function.declaration().body() != null) {
            functionBodies.get(function.file()).put(function.declaration().body().from() - 1, function);
        }
    }

    private void bind(String name, SwiftFile file, int position, int scopeOpen, List<String> context,
            Expression value) {
        if (value.isEmpty()) {
            return;
        }
        bindings.computeIfAbsent(name, n -> new ArrayList<>())
                .add(new Binding(name, file, position, scopeOpen, context, value));
    }

    /** The qualified names of the types around a token, outermost first. */
    List<String> contextAt(SwiftFile file, int index) {
        Map<Integer, String> bodies = typeBodies.getOrDefault(file, Map.of());
        for (int brace = enclosing(file, index); brace >= 0; brace = file.source().enclosingBrace(brace)) {
            String type = bodies.get(brace);
            if (type != null) {
                return splitName(type);
            }
        }
        return List.of();
    }

    /** The brace that opens the body of the outermost type around a token; -1 at file level. */
    int outermostTypeBody(SwiftFile file, int index) {
        Map<Integer, String> bodies = typeBodies.getOrDefault(file, Map.of());
        int outermost = -1;
        for (int brace = enclosing(file, index); brace >= 0; brace = file.source().enclosingBrace(brace)) {
            if (bodies.containsKey(brace)) {
                outermost = brace;
            }
        }
        return outermost;
    }

    private static int enclosing(SwiftFile file, int index) {
        return index < file.source().size() ? file.source().enclosingBrace(index) : -1;
    }

    static List<String> splitName(String qualified) {
        return List.of(qualified.split("\\."));
    }

    /**
     * What a name used at {@code (file, index)} stands for: the nearest binding of it in scope, the bindings of a
     * type the chain names ({@code CloudContainerID.kado}), or the arguments callers pass to a parameter of that
     * name. Empty when nothing declares it in the project.
     */
    List<Expression> valuesOf(List<String> chain, SwiftFile file, int index) {
        String name = chain.get(chain.size() - 1);
        List<String> qualifier = chain.subList(0, chain.size() - 1);
        boolean ownType = qualifier.isEmpty() || qualifier.get(0).equals("self") || qualifier.get(0).equals("Self");
        List<Binding> candidates = candidates(name);
        if (!ownType) {
            String typeName = qualifier.get(qualifier.size() - 1);
            List<Expression> inType = candidates.stream()
                    .filter(b -> !b.context().isEmpty() && b.context().get(b.context().size() - 1).equals(typeName))
                    .map(Binding::value).toList();
            if (!inType.isEmpty()) {
                return inType;
            }
        }
        if (qualifier.isEmpty()) {
            Optional<Function> function = enclosingFunction(file, index);
            if (function.isPresent()) {
                Expression body = function.get().declaration().body();
                // Every assignment before the use counts: both branches of an if may give the local its value.
                List<Expression> locals = candidates.stream()
                        .filter(b -> b.file() == file && b.position() >= body.from() && b.position() < body.to()
                                && b.position() < index)
                        .map(Binding::value).toList();
                if (!locals.isEmpty()) {
                    return locals;
                }
                Optional<FunctionDeclaration.Parameter> parameter = function.get().declaration().parameters().stream()
                        .filter(p -> p.name().equals(name)).findFirst();
                if (parameter.isPresent()) {
                    return arguments(function.get(), parameter.get());
                }
            }
            List<Expression> inScope = candidates.stream()
                    .filter(b -> b.file() == file && b.position() < index && encloses(file, b.scopeOpen(), index))
                    .map(Binding::value).toList();
            if (!inScope.isEmpty()) {
                return inScope.subList(inScope.size() - 1, inScope.size());
            }
        }
        List<String> context = contextAt(file, index);
        List<Expression> sameType = candidates.stream()
                .filter(b -> !context.isEmpty() && b.context().equals(context) && b.scopeOpen() == typeOpen(b))
                .map(Binding::value).toList();
        if (!sameType.isEmpty()) {
            return sameType;
        }
        List<Expression> members = candidates.stream().filter(b -> b.scopeOpen() == typeOpen(b))
                .map(Binding::value).toList();
        return members;
    }

    /** Bindings of the name, reading files not read yet that mention it when none is known. */
    private List<Binding> candidates(String name) {
        List<Binding> known = bindings.getOrDefault(name, List.of());
        if (known.isEmpty() && lookedFor.add(name)) {
            project.filesMentioning(name).forEach(this::add);
            known = bindings.getOrDefault(name, List.of());
        }
        return known;
    }

    /** The brace that opens the body of the type a binding is declared in, or -1 at file level. */
    private int typeOpen(Binding binding) {
        if (binding.scopeOpen() == -1 || typeBodies.getOrDefault(binding.file(), Map.of()).containsKey(
                binding.scopeOpen())) {
            return binding.scopeOpen();
        }
        return Integer.MIN_VALUE;
    }

    private static boolean encloses(SwiftFile file, int open, int index) {
        return open < 0 || index > open && index < file.source().partner(open);
    }

    Optional<Function> enclosingFunction(SwiftFile file, int index) {
        Map<Integer, Function> bodies = functionBodies.getOrDefault(file, Map.of());
        for (int brace = enclosing(file, index); brace >= 0; brace = file.source().enclosingBrace(brace)) {
            Function function = bodies.get(brace);
            if (function != null) {
                return Optional.of(function);
            }
        }
        return Optional.empty();
    }

    /** Every call of the name in the files read, found once per name. */
    List<Call> calls(String name) {
        return callsByName.computeIfAbsent(name, n -> {
            List<Call> calls = new ArrayList<>();
            for (SwiftFile file : files) {
                calls.addAll(file.calls(n::equals));
            }
            return calls;
        });
    }

    /** What callers pass for a parameter: each call of the function by name, its argument by label or place. */
    private List<Expression> arguments(Function function, FunctionDeclaration.Parameter parameter) {
        List<Expression> values = new ArrayList<>();
        int position = function.declaration().parameters().indexOf(parameter);
        for (Call call : calls(function.declaration().name())) {
            if (parameter.label().equals("_")) {
                if (position < call.arguments().size() && call.arguments().get(position).label() == null) {
                    values.add(call.arguments().get(position).value());
                }
            } else {
                call.argument(parameter.label()).ifPresent(values::add);
            }
        }
        return values;
    }

    /** The expressions a function or computed property returns: its {@code return}s, or its single expression. */
    List<Expression> returnsOf(String name, List<String> qualifier) {
        List<Function> overloads = functions.getOrDefault(name, List.of());
        List<Expression> returned = new ArrayList<>();
        for (Function function : overloads) {
            boolean inType = qualifier.isEmpty() || qualifier.get(0).equals("Self") || qualifier.get(0).equals("self")
                    || !function.context().isEmpty()
                            && function.context().get(function.context().size() - 1).equals(qualifier.get(qualifier.size() - 1));
            if (inType && function.declaration().body() != null) {
                returned.addAll(returns(function.declaration().body()));
            }
        }
        return returned;
    }

    static List<Expression> returns(Expression body) {
        SwiftSource source = body.source();
        List<Expression> returned = new ArrayList<>();
        for (int i = body.from(); i < body.to(); i++) {
            if (source.token(i).isIdentifier("return")) {
                int end = i + 1;
                while (end < body.to() && !(end > i + 1 && source.token(end).lineBreakBefore() && !BindingScanner.continues(source, end))
                        && !source.token(end).isPunctuation(';') && !source.token(end).isPunctuation('}')) {
                    int partner = source.partner(end);
                    end = partner > end ? partner + 1 : end + 1;
                }
                returned.add(new Expression(source, i + 1, Math.min(end, body.to())));
            }
        }
        return returned.isEmpty() ? List.of(body) : returned;
    }

    /** A type alias of that name: in the context's types first, then anywhere. */
    Optional<Alias> alias(String name, List<String> context) {
        List<Alias> candidates = aliases.getOrDefault(name, List.of());
        for (int k = context.size(); k >= 0; k--) {
            List<String> prefix = context.subList(0, k);
            Optional<Alias> found = candidates.stream().filter(a -> a.context().equals(prefix)).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return candidates.stream().findFirst();
    }

    /** The function declared with that name, for telling a call of the project's own code from any other. */
    boolean declaresFunction(String name) {
        return functions.containsKey(name);
    }
}
