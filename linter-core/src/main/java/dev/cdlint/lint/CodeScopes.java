package dev.cdlint.lint;

import dev.cdlint.config.LintConfig;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.swift.CloudKitDatabase;
import dev.cdlint.model.swift.ContainerCode;
import dev.cdlint.model.swift.ContainerSite;
import dev.cdlint.model.swift.ScopeDecision;
import dev.cdlint.model.swift.StoreSite;
import dev.cdlint.model.swift.SwiftDataModel;
import dev.cdlint.source.SourceLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The database scope the code gives each configuration of a model, below {@code .cdlint.yml} and {@code --scope}
 * in precedence: a SwiftData model's {@code ModelConfiguration}s, and for a Core Data model the store options set
 * next to the {@code NSPersistentCloudKitContainer} named after it, so that a store mirrored in code is checked
 * without "Used with CloudKit", and one whose options are {@code nil} is not.
 */
final class CodeScopes {

    /** What the code says about one configuration. */
    record Decided(DatabaseScope scope, SourceLocation at, String reason, boolean placed) {}

    private CodeScopes() {}

    static Map<String, Decided> of(SwiftDataModel model) {
        Map<String, Decided> decided = new LinkedHashMap<>();
        for (ScopeDecision decision : model.decisions()) {
            boolean placed = decision.outcome() != ScopeDecision.Outcome.UNPLACED;
            String reason = switch (decision.outcome()) {
                case UNRESOLVED -> decision.reason() + "; checked as private";
                case UNPLACED -> decision.reason() + "; checked as private";
                default -> decision.reason();
            };
            decided.put(decision.configuration(), new Decided(decision.outcome().checked() ? DatabaseScope.PRIVATE
                    : DatabaseScope.NONE, decision.at(), reason, placed));
        }
        return decided;
    }

    static Map<String, Decided> of(DataModel coreDataModel, ContainerCode code) {
        Map<String, Decided> decided = new LinkedHashMap<>();
        for (ContainerSite site : code.coreDataContainersOf(coreDataModel.name())) {
            for (StoreSite store : site.stores()) {
                String configuration = store.configuration() == null ? Configuration.DEFAULT : store.configuration();
                if (coreDataModel.current().configuration(configuration).isEmpty()) {
                    continue;
                }
                Decided now = new Decided(scope(store.databases()), store.location(), store.reason(), true);
                decided.merge(configuration, now, (a, b) -> rank(b.scope()) > rank(a.scope()) ? b : a);
            }
        }
        return decided;
    }

    /** Not synced only when every path says so; public and shared over private, as they add rules. */
    private static DatabaseScope scope(Set<CloudKitDatabase> databases) {
        if (databases.contains(CloudKitDatabase.PUBLIC)) {
            return DatabaseScope.PUBLIC;
        }
        if (databases.contains(CloudKitDatabase.SHARED)) {
            return DatabaseScope.SHARED;
        }
        return databases.stream().allMatch(d -> d == CloudKitDatabase.NONE) ? DatabaseScope.NONE
                : DatabaseScope.PRIVATE;
    }

    private static int rank(DatabaseScope scope) {
        return switch (scope) {
            case NONE -> 0;
            case PRIVATE -> 1;
            case SHARED -> 2;
            case PUBLIC -> 3;
        };
    }

    /** The configuration with the code's scopes under its own: {@code .cdlint.yml} and {@code --scope} win. */
    static LintConfig applied(LintConfig config, Map<String, Decided> code) {
        if (code.isEmpty()) {
            return config;
        }
        Map<String, DatabaseScope> scopes = new LinkedHashMap<>();
        code.forEach((configuration, decided) -> scopes.put(configuration, decided.scope()));
        scopes.putAll(config.scopes());
        return new LintConfig(config.file(), config.schema(), scopes, config.rules(), config.againstRef(),
                config.scopeKeys(), config.sharing(), config.exclude());
    }

    /** How each configuration was decided, in the order the model lists them. */
    static ModelSummary summary(DataModel model, LintConfig config, Map<String, DatabaseScope> commandLine,
            Map<String, Decided> code) {
        List<ModelSummary.Scope> scopes = new ArrayList<>();
        for (Configuration configuration : model.current().configurations()) {
            String name = configuration.name();
            DatabaseScope fromCommandLine = commandLine.get(name);
            DatabaseScope fromFile = config.scopes().get(name);
            Decided fromCode = code.get(name);
            ModelSummary.Scope scope;
            if (fromCommandLine != null) {
                scope = new ModelSummary.Scope(name, fromCommandLine.isSynced(), fromCommandLine.id(), "--scope", null,
                        "--scope " + name + "=" + fromCommandLine.id());
            } else if (fromFile != null) {
                scope = new ModelSummary.Scope(name, fromFile.isSynced(), fromFile.id(), LintConfig.FILE_NAME,
                        config.scopeKeys().get(name), "scopes: " + name + ": " + fromFile.id());
            } else if (fromCode != null) {
                scope = new ModelSummary.Scope(name, fromCode.scope().isSynced(), fromCode.scope().id(), "code",
                        fromCode.at(), fromCode.reason());
            } else if (configuration.usedWithCloudKit()) {
                scope = new ModelSummary.Scope(name, true, DatabaseScope.PRIVATE.id(), "model", configuration.location(),
                        "marked Used with CloudKit; the scope defaults to private");
            } else {
                scope = new ModelSummary.Scope(name, false, DatabaseScope.NONE.id(), "default", null,
                        model.isSwiftData() ? "no container in the code syncs it"
                                : "not marked Used with CloudKit and given no scope");
            }
            scopes.add(scope);
        }
        return new ModelSummary(model.path(), model.name(), model.isSwiftData() ? "swiftdata" : "core-data", scopes,
                Optional.empty());
    }
}
