package dev.cdlint.model.swift;

import dev.cdlint.source.SourceLocation;
import dev.cdlint.swift.Call;
import dev.cdlint.swift.Expression;
import dev.cdlint.swift.SwiftFile;
import dev.cdlint.swift.SwiftSource;
import dev.cdlint.swift.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stores of an {@code NSPersistentCloudKitContainer}, from the statements around its creation: each store
 * description's {@code configuration}, its {@code cloudKitContainerOptions} (set to options, or to {@code nil}),
 * and the options' {@code databaseScope} and container identifier. Descriptions and options are told apart by the
 * variables the statements assign through. An assignment inside a nested block ({@code if inMemory { … = nil }})
 * holds on some paths only, so it adds a possible value rather than replacing the default: a store that syncs on
 * any path is checked. A container a property makes is set up by the type's initializer, whose body runs with it.
 */
final class CoreDataStores {

    private CoreDataStores() {}

    /** What one variable is given: {@code x.configuration = …}, {@code x.cloudKitContainerOptions = …}. */
    private static final class Receiver {
        String configuration;
        final Set<CloudKitDatabase> options = new LinkedHashSet<>();
        final Set<CloudKitDatabase> scopes = new LinkedHashSet<>();
        final List<String> optionVariables = new ArrayList<>();
        final List<ContainerIdentifier> containers = new ArrayList<>();
        SourceLocation location;
        final List<String> reasons = new ArrayList<>();
    }

    static ContainerSite site(ContainerCodeReader reader, SwiftFile file, Call call, boolean checkedAtRunTime) {
        SwiftSource source = file.source();
        String modelName = call.argument("name").flatMap(e -> reader.string(e, 0)).orElse(null);
        Expression body = enclosingBody(reader, file, call.nameIndex());
        int callBlock = innermostOpen(source, body.from(), call.nameIndex());
        Map<String, Receiver> receivers = new LinkedHashMap<>();
        for (int j = body.from() + 2; j + 1 < body.to(); j++) {
            Token property = source.token(j);
            boolean assigned = property.kind() == Token.Kind.IDENTIFIER && source.token(j - 1).isPunctuation('.')
                    && source.token(j + 1).isPunctuation('=') && !(source.at(j + 2) != null
                            && source.token(j + 2).isPunctuation('=') && source.token(j + 2).start() == source.token(j + 1).end());
            if (!assigned) {
                continue;
            }
            int start = receiverStart(source, j - 1, body.from());
            Expression value = valueAfter(source, j + 1, body.to());
            int block = innermostOpen(source, body.from(), start);
            boolean conditional = block != callBlock && !initializes(reader, file, block, call.nameIndex());
            Receiver receiver = receivers.computeIfAbsent(source.token(start).text(), n -> new Receiver());
            switch (property.text()) {
                case "configuration" -> receiver.configuration = reader.string(value, 0).orElse(receiver.configuration);
                case "cloudKitContainerOptions" -> {
                    receiver.location = source.location(start);
                    if (value.text().equals("nil")) {
                        receiver.options.add(CloudKitDatabase.NONE);
                        receiver.reasons.add(conditional ? "cloudKitContainerOptions = nil on some paths"
                                : "cloudKitContainerOptions = nil");
                        if (conditional) {
                            receiver.options.add(CloudKitDatabase.PRIVATE);
                        }
                    } else {
                        receiver.options.add(CloudKitDatabase.PRIVATE);
                        Optional<Call> options = value.asCall();
                        if (options.isPresent() && options.get().name().equals("NSPersistentCloudKitContainerOptions")) {
                            options.get().argument("containerIdentifier").flatMap(reader::container)
                                    .ifPresent(receiver.containers::add);
                        } else if (value.isMemberChain()) {
                            receiver.optionVariables.add(value.text());
                        }
                    }
                }
                case "databaseScope" -> {
                    receiver.location = receiver.location == null ? source.location(start) : receiver.location;
                    String scope = value.memberName().orElse("");
                    receiver.scopes.add(switch (scope) {
                        case "public" -> CloudKitDatabase.PUBLIC;
                        case "shared" -> CloudKitDatabase.SHARED;
                        case "private" -> CloudKitDatabase.PRIVATE;
                        default -> CloudKitDatabase.UNRESOLVED;
                    });
                    if (conditional) {
                        receiver.scopes.add(CloudKitDatabase.PRIVATE);
                    }
                    receiver.reasons.add("databaseScope = " + ExpressionShapes.excerpt(value));
                }
                default -> { }
            }
        }
        // Options made into a variable: NSPersistentCloudKitContainerOptions(containerIdentifier:) then assigned.
        for (Call options : file.calls(n -> n.equals("NSPersistentCloudKitContainerOptions"))) {
            if (options.nameIndex() < body.from() || options.nameIndex() >= body.to()) {
                continue;
            }
            Optional<ContainerIdentifier> container = options.argument("containerIdentifier")
                    .flatMap(reader::container);
            String variable = boundName(source, options.nameIndex());
            if (container.isPresent() && variable != null) {
                receivers.computeIfAbsent(variable, n -> new Receiver()).containers.add(container.get());
            }
        }
        List<StoreSite> stores = new ArrayList<>();
        for (Map.Entry<String, Receiver> entry : receivers.entrySet()) {
            Receiver description = entry.getValue();
            if (description.options.isEmpty() && description.configuration == null) {
                continue; // an options variable, or something else with properties
            }
            Set<CloudKitDatabase> databases = new LinkedHashSet<>();
            List<ContainerIdentifier> containers = new ArrayList<>(description.containers);
            List<String> reasons = new ArrayList<>(description.reasons);
            Set<CloudKitDatabase> scopes = new LinkedHashSet<>(description.scopes);
            for (String variable : description.optionVariables) {
                Receiver options = receivers.get(variable);
                if (options != null) {
                    scopes.addAll(options.scopes);
                    containers.addAll(options.containers);
                    reasons.addAll(options.reasons);
                }
            }
            for (CloudKitDatabase option : description.options.isEmpty() ? Set.of(CloudKitDatabase.PRIVATE)
                    : description.options) {
                if (option == CloudKitDatabase.NONE) {
                    databases.add(CloudKitDatabase.NONE);
                } else {
                    databases.addAll(scopes.isEmpty() ? Set.of(CloudKitDatabase.PRIVATE) : scopes);
                }
            }
            if (reasons.isEmpty()) {
                reasons.add("cloudKitContainerOptions set, private database");
            }
            stores.add(new StoreSite(description.configuration, List.of(), databases, containers,
                    description.location != null ? description.location : call.location(),
                    "NSPersistentCloudKitContainer: " + String.join(", ", reasons), description.options.isEmpty()
                            && scopes.isEmpty() ? StoreSite.Origin.CONTAINER_DEFAULT : StoreSite.Origin.WRITTEN));
        }
        if (stores.isEmpty()) {
            Set<CloudKitDatabase> scopes = new LinkedHashSet<>();
            List<ContainerIdentifier> containers = new ArrayList<>();
            List<String> reasons = new ArrayList<>();
            receivers.values().forEach(r -> {
                scopes.addAll(r.scopes);
                containers.addAll(r.containers);
                reasons.addAll(r.reasons);
            });
            stores.add(new StoreSite(null, List.of(), scopes.isEmpty() ? Set.of(CloudKitDatabase.PRIVATE) : scopes,
                    containers, call.location(), "NSPersistentCloudKitContainer: " + (reasons.isEmpty()
                            ? "its store descriptions keep the default options, private database"
                            : String.join(", ", reasons)), reasons.isEmpty() ? StoreSite.Origin.CONTAINER_DEFAULT
                                    : StoreSite.Origin.WRITTEN));
        }
        return new ContainerSite(ContainerSite.Kind.CORE_DATA, call.location(), List.of(), null, null, modelName,
                stores, checkedAtRunTime);
    }

    /**
     * Whether {@code block} is the body of an initializer of the type whose property makes the container at
     * {@code callIndex}: its statements run whenever the container is made.
     */
    private static boolean initializes(ContainerCodeReader reader, SwiftFile file, int block, int callIndex) {
        return block >= 0 && file.source().enclosingBrace(block) == file.source().enclosingBrace(callIndex)
                && reader.index().enclosingFunction(file, block + 1)
                        .filter(f -> f.declaration().name().equals("init") && f.declaration().body().from() == block + 1)
                        .isPresent();
    }

    /**
     * Where the receiver of {@code x.y?.z!.property = …} starts, its dot at {@code dot}: the variable the
     * statements assign through ({@code container} of {@code container.persistentStoreDescriptions.first!}).
     */
    private static int receiverStart(SwiftSource source, int dot, int from) {
        int i = dot - 1;
        while (i > from) {
            Token token = source.token(i);
            if (token.isPunctuation(')') || token.isPunctuation(']')) {
                i = source.partner(i) - 1;
            } else if (token.isPunctuation('?') || token.isPunctuation('!')) {
                i--;
            } else if (token.kind() == Token.Kind.IDENTIFIER && source.token(i - 1).isPunctuation('.')
                    && !source.token(i).lineBreakBefore()) {
                i -= 2;
            } else {
                break;
            }
        }
        return Math.max(i, from);
    }

    /** The body of the function or closure the call is in; the whole file at top level. */
    private static Expression enclosingBody(ContainerCodeReader reader, SwiftFile file, int index) {
        Optional<SwiftIndex.Function> function = reader.index().enclosingFunction(file, index);
        if (function.isPresent()) {
            return function.get().declaration().body();
        }
        SwiftSource source = file.source();
        int open = innermostOpen(source, 0, index);
        return open < 0 ? new Expression(source, 0, source.size()) : new Expression(source, open + 1, source.partner(open));
    }

    /** The innermost {@code {} that is open at {@code index}, at or after {@code from}; -1 for none. */
    private static int innermostOpen(SwiftSource source, int from, int index) {
        int brace = index < source.size() ? source.enclosingBrace(index) : -1;
        return brace >= from ? brace : -1;
    }

    private static Expression valueAfter(SwiftSource source, int equals, int limit) {
        int end = equals + 1;
        while (end < limit) {
            Token token = source.token(end);
            if (end > equals + 1 && token.lineBreakBefore() && !token.isPunctuation('.')) {
                break;
            }
            if (token.isPunctuation(';') || token.isPunctuation('}')) {
                break;
            }
            int partner = source.partner(end);
            end = partner > end ? partner + 1 : end + 1;
        }
        return new Expression(source, equals + 1, end);
    }

    /** {@code x} of {@code let x = NSPersistentCloudKitContainerOptions(…)}, or null. */
    private static String boundName(SwiftSource source, int callIndex) {
        Token equals = source.at(callIndex - 1);
        Token name = source.at(callIndex - 2);
        Token keyword = source.at(callIndex - 3);
        if (equals != null && equals.isPunctuation('=') && name != null && name.kind() == Token.Kind.IDENTIFIER
                && keyword != null && (keyword.isIdentifier("let") || keyword.isIdentifier("var"))) {
            return name.text();
        }
        return null;
    }
}
