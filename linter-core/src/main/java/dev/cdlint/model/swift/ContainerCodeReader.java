package dev.cdlint.model.swift;

import dev.cdlint.swift.Argument;
import dev.cdlint.swift.Call;
import dev.cdlint.swift.Expression;
import dev.cdlint.swift.SwiftFile;
import dev.cdlint.swift.SwiftSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the containers a project's Swift creates and follows what they are given (docs/cloudkit.md#swiftdata-scope):
 * the types and schemas, each {@code ModelConfiguration} through the variables, ternaries, arrays, factory functions
 * and parameters it travels through, and its {@code cloudKitDatabase:}. For Core Data, the store options set next to
 * an {@code NSPersistentCloudKitContainer}. For the app-wiring checks (docs/cloudkit.md#wiring), also the CloudKit
 * containers and sync engines the code uses directly, the App Groups it names, and whether the code around a
 * container asks for the process's entitlements at run time.
 */
final class ContainerCodeReader {

    /** Names that build values cdlint reads itself, never the project's own functions of the same name. */
    private static final Set<String> BUILT_IN = Set.of("Schema", "ModelConfiguration", "ModelContainer",
            "NSPersistentCloudKitContainerOptions", "private");

    private final SwiftIndex index;
    private final Map<SwiftSource, SwiftFile> files = new IdentityHashMap<>();
    private final Set<CallKey> linked = new HashSet<>();
    private final RunTimeEntitlementChecks entitlementChecks;

    /** A call by where it is, since calls read twice are different objects. */
    private record CallKey(SwiftSource source, int nameIndex) {}

    ContainerCodeReader(SwiftIndex index) {
        this.index = index;
        this.entitlementChecks = new RunTimeEntitlementChecks(index, this::fileOf);
    }

    ContainerCode read() {
        List<ContainerSite> sites = new ArrayList<>();
        List<AppGroupUse> groupUses = new ArrayList<>();
        Map<Call, SwiftFile> configurations = new LinkedHashMap<>();
        for (SwiftFile file : List.copyOf(index.files())) {
            for (Call call : file.calls(n -> n.equals("ModelContainer"))) {
                if (!call.arguments().isEmpty()) {
                    sites.add(modelContainer(file, call));
                }
            }
            for (Call call : file.calls(n -> n.equals("modelContainer"))) {
                if (call.isImplicitMember() && call.argument("for").isPresent()) {
                    sites.add(viewModifier(file, call));
                }
            }
            for (Call call : file.calls(n -> n.equals("NSPersistentCloudKitContainer"))) {
                sites.add(CoreDataStores.site(this, file, call, entitlementChecks.around(file, call)));
            }
            for (Call call : file.calls(n -> n.equals("CKContainer") || n.equals("default"))) {
                if (call.name().equals("CKContainer") && call.qualifier().isEmpty()) {
                    List<ContainerIdentifier> identifier = call.argument("identifier").flatMap(this::container)
                            .stream().toList();
                    sites.add(cloudKit(ContainerSite.Kind.CLOUDKIT, file, call, identifier, "CKContainer(identifier: "
                            + call.argument("identifier").map(ExpressionShapes::excerpt).orElse("") + ")"));
                } else if (call.name().equals("default") && call.qualifier().equals("CKContainer.")) {
                    sites.add(cloudKit(ContainerSite.Kind.CLOUDKIT_DEFAULT, file, call, List.of(),
                            "CKContainer.default()"));
                }
            }
            for (Call call : file.calls(n -> n.equals("CKSyncEngine"))) {
                if (call.qualifier().isEmpty()) {
                    sites.add(new ContainerSite(ContainerSite.Kind.SYNC_ENGINE, call.location(), List.of(), null, null,
                            null, List.of(), entitlementChecks.around(file, call)));
                }
            }
            file.calls(n -> n.equals("ModelConfiguration")).forEach(c -> configurations.put(c, file));
            groupUses.addAll(groupUses(file));
        }
        configurations.forEach((call, file) -> {
            if (!linked.contains(identity(call))) {
                StoreSite store = store(call, file);
                sites.add(new ContainerSite(ContainerSite.Kind.MODEL_CONFIGURATION, call.location(), store.types(),
                        null, null, null, List.of(store), entitlementChecks.around(file, call)));
            }
        });
        return new ContainerCode(sites, groupUses);
    }

    /** {@code CKContainer(…)}: one store without databases, naming the container. */
    private ContainerSite cloudKit(ContainerSite.Kind kind, SwiftFile file, Call call,
            List<ContainerIdentifier> identifier, String reason) {
        return new ContainerSite(kind, call.location(), List.of(), null, null, null, List.of(new StoreSite(null,
                List.of(), Set.of(), identifier, call.location(), reason, StoreSite.Origin.WRITTEN)),
                entitlementChecks.around(file, call));
    }

    /**
     * The App Groups the file names: {@code containerURL(forSecurityApplicationGroupIdentifier:)},
     * {@code ModelConfiguration(groupContainer: .identifier(…))}, and {@code UserDefaults(suiteName:)} when the
     * suite is a group ({@code group.…}): any other suite is a file of the app's own.
     */
    private List<AppGroupUse> groupUses(SwiftFile file) {
        List<AppGroupUse> uses = new ArrayList<>();
        for (Call call : file.calls(n -> n.equals("containerURL") || n.equals("ModelConfiguration")
                || n.equals("UserDefaults"))) {
            Optional<Expression> named = switch (call.name()) {
                case "containerURL" -> call.argument("forSecurityApplicationGroupIdentifier");
                case "ModelConfiguration" -> call.argument("groupContainer").flatMap(Expression::asCall)
                        .filter(c -> c.name().equals("identifier") && c.isImplicitMember())
                        .flatMap(Call::unlabelledFirst);
                default -> call.argument("suiteName");
            };
            if (named.isEmpty()) {
                continue;
            }
            Optional<String> group = string(named.get(), 0);
            if (group.isPresent() && (!call.name().equals("UserDefaults") || group.get().startsWith("group."))) {
                uses.add(new AppGroupUse(named.get().location(), group.get()));
            }
        }
        return uses;
    }

    private ContainerSite modelContainer(SwiftFile file, Call call) {
        List<Expression> typeArguments = new ArrayList<>();
        List<Expression> configurationArguments = new ArrayList<>();
        String plan = null;
        String label = null;
        for (Argument argument : call.arguments()) {
            label = argument.label() != null ? argument.label() : label;
            if ("for".equals(label)) {
                typeArguments.add(argument.value());
            } else if ("configurations".equals(label)) {
                configurationArguments.add(argument.value());
            } else if ("migrationPlan".equals(label)) {
                plan = argument.value().metatypes().stream().findFirst().orElse(argument.value().text());
            }
        }
        Types types = new Types();
        typeArguments.forEach(a -> typesOf(a, types, 0));
        List<StoreSite> stores = new ArrayList<>();
        if (configurationArguments.isEmpty()) {
            stores.add(new StoreSite(null, List.of(), Set.of(CloudKitDatabase.AUTOMATIC), List.of(), call.location(),
                    "ModelContainer without configurations: the default configuration, .automatic",
                    StoreSite.Origin.CONTAINER_DEFAULT));
        }
        for (Expression configuration : configurationArguments) {
            for (Optional<Call> found : configurationCalls(configuration, 0)) {
                if (found.isPresent()) {
                    linked.add(identity(found.get()));
                    stores.add(store(found.get(), fileOf(found.get().source())));
                } else {
                    stores.add(new StoreSite(null, List.of(), Set.of(CloudKitDatabase.UNRESOLVED), List.of(),
                            configuration.location(), "configurations: " + ExpressionShapes.excerpt(configuration)
                                    + " could not be followed to a ModelConfiguration",
                            StoreSite.Origin.NOT_FOLLOWED));
                }
            }
        }
        return new ContainerSite(ContainerSite.Kind.MODEL_CONTAINER, call.location(), types.references,
                types.versioned, plan, null, stores, entitlementChecks.around(file, call));
    }

    private ContainerSite viewModifier(SwiftFile file, Call call) {
        Types types = new Types();
        String label = null;
        for (Argument argument : call.arguments()) {
            label = argument.label() != null ? argument.label() : label;
            if ("for".equals(label)) {
                typesOf(argument.value(), types, 0);
            }
        }
        StoreSite store = new StoreSite(null, List.of(), Set.of(CloudKitDatabase.AUTOMATIC), List.of(),
                call.location(), ".modelContainer(for:) makes the default configuration, .automatic",
                StoreSite.Origin.CONTAINER_DEFAULT);
        return new ContainerSite(ContainerSite.Kind.VIEW_MODIFIER, call.location(), types.references,
                types.versioned, null, null, List.of(store), entitlementChecks.around(file, call));
    }

    private StoreSite store(Call configuration, SwiftFile file) {
        String name = configuration.unlabelledFirst().flatMap(e -> string(e, 0)).orElse(null);
        Types types = new Types();
        configuration.argument("schema").ifPresent(schema -> typesOf(schema, types, 0));
        Optional<Expression> database = configuration.argument("cloudKitDatabase");
        if (database.isEmpty()) {
            return new StoreSite(name, types.references, Set.of(CloudKitDatabase.AUTOMATIC), List.of(),
                    configuration.location(), "ModelConfiguration without cloudKitDatabase:, so .automatic",
                    StoreSite.Origin.CONFIGURATION_DEFAULT);
        }
        Set<CloudKitDatabase> databases = new LinkedHashSet<>();
        List<ContainerIdentifier> containers = new ArrayList<>();
        List<Expression> origins = new ArrayList<>();
        databases(database.get(), databases, containers, origins, 0);
        String reason = "cloudKitDatabase: " + ExpressionShapes.excerpt(database.get());
        Optional<Expression> syncing = origins.stream().filter(o -> !o.text().equals(".none")).findFirst();
        if (syncing.isPresent() && syncing.get().source() != database.get().source()
                || syncing.isPresent() && syncing.get().from() != database.get().unwrapped().from()) {
            reason += " (" + ExpressionShapes.excerpt(syncing.get()) + " at " + syncing.get().location().file().getFileName()
                    + ":" + syncing.get().location().line() + ")";
        }
        return new StoreSite(name, types.references, databases, containers, database.get().location(), reason,
                StoreSite.Origin.WRITTEN);
    }

    /** The types an expression names, following names into their values and functions into what they return. */
    void typesOf(Expression expression, Types found, int depth) {
        if (expression == null) {
            return;
        }
        Expression e = expression.unwrapped();
        if (e.isEmpty() || depth > SwiftIndex.MAX_DEPTH) {
            return;
        }
        SwiftFile file = fileOf(e.source());
        List<String> context = file == null ? List.of() : index.contextAt(file, e.from());
        Optional<Call> call = e.asCall();
        if (call.isPresent() && call.get().name().equals("Schema")) {
            Optional<Expression> versioned = call.get().argument("versionedSchema");
            if (versioned.isPresent()) {
                versioned.get().metatypes().stream().findFirst()
                        .ifPresent(v -> found.versioned = new TypeReference(v, context));
                return;
            }
            call.get().arguments().forEach(a -> typesOf(a.value(), found, depth + 1));
            return;
        }
        if (call.isPresent() && !BUILT_IN.contains(call.get().name()) && index.declaresFunction(call.get().name())) {
            for (Expression returned : index.returnsOf(call.get().name(), ExpressionShapes.qualifierOf(call.get()))) {
                typesOf(returned, found, depth + 1);
            }
            return;
        }
        Optional<List<Expression>> elements = e.arrayElements();
        if (elements.isPresent()) {
            elements.get().forEach(element -> typesOf(element, found, depth + 1));
            return;
        }
        if (e.isMemberChain() && !e.text().endsWith(".self") && file != null) {
            index.valuesOf(ExpressionShapes.chain(e), file, e.from())
                    .forEach(value -> typesOf(value, found, depth + 1));
            return;
        }
        Optional<List<Expression>> alternatives = ExpressionShapes.alternatives(e);
        if (alternatives.isPresent()) {
            alternatives.get().forEach(part -> typesOf(part, found, depth + 1));
            return;
        }
        List<Expression> sum = e.splitTopLevel('+');
        if (sum.size() > 1) {
            sum.forEach(part -> typesOf(part, found, depth + 1));
            return;
        }
        Optional<SwiftIndex.Function> function = file == null ? Optional.empty() : index.enclosingFunction(file, e.from());
        for (String type : e.metatypes()) {
            String constraint = function.map(f -> f.declaration().genericParameters().get(type)).orElse(null);
            found.references.add(constraint == null || constraint.isEmpty() ? new TypeReference(type, context)
                    : new TypeReference(constraint, context, true));
        }
    }

    /** The {@code ModelConfiguration(…)} calls an expression may be; an empty entry for one not followed. */
    private List<Optional<Call>> configurationCalls(Expression expression, int depth) {
        Expression e = expression.unwrapped();
        if (e.isEmpty() || depth > SwiftIndex.MAX_DEPTH) {
            return List.of(Optional.empty());
        }
        Optional<Call> call = e.asCall();
        if (call.isPresent() && call.get().name().equals("ModelConfiguration")) {
            return List.of(call);
        }
        List<Optional<Call>> calls = new ArrayList<>();
        Optional<List<Expression>> several = e.arrayElements().or(() -> ExpressionShapes.alternatives(e));
        if (several.isPresent()) {
            several.get().forEach(part -> calls.addAll(configurationCalls(part, depth + 1)));
            return calls;
        }
        List<Expression> values = followed(e, call);
        if (values.isEmpty()) {
            return List.of(Optional.empty());
        }
        values.forEach(value -> calls.addAll(configurationCalls(value, depth + 1)));
        return calls;
    }

    /** Every database the expression may give, with the container identifiers of {@code .private(…)}. */
    private void databases(Expression expression, Set<CloudKitDatabase> databases, List<ContainerIdentifier> containers,
            List<Expression> origins, int depth) {
        Expression e = expression.unwrapped();
        if (e.isEmpty() || depth > SwiftIndex.MAX_DEPTH) {
            databases.add(CloudKitDatabase.UNRESOLVED);
            return;
        }
        Optional<String> member = e.memberName();
        if (member.isPresent() && (member.get().equals("none") || member.get().equals("automatic"))
                && e.token(0).isPunctuation('.') || member.isPresent() && e.text().contains("CloudKitDatabase.")) {
            databases.add(member.get().equals("none") ? CloudKitDatabase.NONE
                    : member.get().equals("automatic") ? CloudKitDatabase.AUTOMATIC : CloudKitDatabase.UNRESOLVED);
            origins.add(e);
            return;
        }
        Optional<Call> call = e.asCall();
        if (call.isPresent() && call.get().name().equals("private")) {
            databases.add(CloudKitDatabase.PRIVATE);
            call.get().unlabelledFirst().flatMap(this::container).ifPresent(containers::add);
            origins.add(e);
            return;
        }
        Optional<List<Expression>> branches = ExpressionShapes.alternatives(e);
        if (branches.isPresent()) {
            branches.get().forEach(branch -> databases(branch, databases, containers, origins, depth + 1));
            return;
        }
        List<Expression> values = followed(e, call);
        if (values.isEmpty()) {
            databases.add(CloudKitDatabase.UNRESOLVED);
        }
        values.forEach(value -> databases(value, databases, containers, origins, depth + 1));
    }

    /** What a name stands for, or what the project's function a call names returns; empty when neither is known. */
    private List<Expression> followed(Expression e, Optional<Call> call) {
        if (call.isPresent() && index.declaresFunction(call.get().name())) {
            return index.returnsOf(call.get().name(), ExpressionShapes.qualifierOf(call.get()));
        }
        SwiftFile file = fileOf(e.source());
        return e.isMemberChain() && file != null ? index.valuesOf(ExpressionShapes.chain(e), file, e.from()) : List.of();
    }

    /** The string an expression is: a literal, or a constant that holds one. */
    Optional<String> string(Expression expression, int depth) {
        return literal(expression, depth).flatMap(Expression::stringLiteral);
    }

    /** The container an expression names, where its literal is written. */
    Optional<ContainerIdentifier> container(Expression expression) {
        return literal(expression, 0).map(l -> new ContainerIdentifier(l.stringLiteral().orElseThrow(), l.location()));
    }

    /** The string literal an expression is, or the one the constant it names holds. */
    private Optional<Expression> literal(Expression expression, int depth) {
        Expression e = expression.unwrapped();
        if (e.stringLiteral().isPresent()) {
            return Optional.of(e);
        }
        SwiftFile file = fileOf(e.source());
        if (depth > SwiftIndex.MAX_DEPTH || !e.isMemberChain() || file == null) {
            return Optional.empty();
        }
        List<Expression> values = index.valuesOf(ExpressionShapes.chain(e), file, e.from());
        return values.size() == 1 ? literal(values.get(0), depth + 1) : Optional.empty();
    }

    SwiftIndex index() {
        return index;
    }

    SwiftFile fileOf(SwiftSource source) {
        SwiftFile file = files.get(source);
        if (file == null) {
            index.files().forEach(f -> files.putIfAbsent(f.source(), f));
            file = files.get(source);
        }
        return file;
    }

    private static CallKey identity(Call call) {
        return new CallKey(call.source(), call.nameIndex());
    }

    /** What {@link #typesOf} collects. */
    static final class Types {
        final List<TypeReference> references = new ArrayList<>();
        TypeReference versioned;
    }
}
