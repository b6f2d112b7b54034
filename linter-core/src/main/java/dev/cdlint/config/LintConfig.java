package dev.cdlint.config;

import dev.cdlint.check.Check;
import dev.cdlint.check.RuleSettings;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.CheckedConfiguration;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code .cdlint.yml} says, with command-line overrides applied.
 *
 * @param file the file it was read from; null for the defaults
 * @param schema the production schema to compare with, resolved against the file's folder; null when unset
 * @param scopes configurations to check and the database each syncs to; naming one here checks it even when
 *     the model does not mark it "Used with CloudKit"
 * @param rules per rule id: its severity ({@code null} when the rule is off) and options
 * @param againstRef the git revision production was deployed from ({@code against-ref:}); null when unset
 * @param scopeKeys where each configuration of {@code scopes} is named in the file, for errors about it
 * @param sharing the app shares records ({@code sharing: true}), so the fields sharing writes must be deployed
 * @param exclude models not to lint, relative to the file's folder
 */
public record LintConfig(Path file, Path schema, Map<String, DatabaseScope> scopes, Map<String, RuleConfig> rules,
        String againstRef, Map<String, SourceLocation> scopeKeys, boolean sharing, List<ExcludeGlob> exclude) {

    public static final String FILE_NAME = ".cdlint.yml";

    public LintConfig {
        scopes = Map.copyOf(scopes);
        rules = Map.copyOf(rules);
        scopeKeys = Map.copyOf(scopeKeys);
        exclude = List.copyOf(exclude);
    }

    public LintConfig(Path file, Path schema, Map<String, DatabaseScope> scopes, Map<String, RuleConfig> rules) {
        this(file, schema, scopes, rules, null, Map.of(), false, List.of());
    }

    public static LintConfig defaults() {
        return new LintConfig(null, null, Map.of(), Map.of());
    }

    /**
     * A rule's configured setting.
     *
     * @param severity the severity to report at; empty means the rule's default
     * @param off the rule does not run
     */
    public record RuleConfig(Optional<Severity> severity, boolean off, Map<String, Object> options) {
        public RuleConfig {
            options = Map.copyOf(options);
        }
    }

    /** How the rule runs, or empty when it is off. */
    public Optional<RuleSettings> settingsFor(Check rule) {
        RuleConfig config = rules.get(rule.id());
        if (config == null) {
            return Optional.of(RuleSettings.defaults(rule));
        }
        if (config.off()) {
            return Optional.empty();
        }
        return Optional.of(new RuleSettings(config.severity().orElse(rule.defaultSeverity()), config.options()));
    }

    /**
     * The configurations of a model version to check: those the model marks "Used with CloudKit" (the model-level
     * flag is the Default configuration's) and those this configuration gives a scope, less those it gives the
     * scope {@code none}: a store the app never syncs, whatever the model's box says.
     */
    public List<CheckedConfiguration> checkedConfigurations(ModelVersion version) {
        List<CheckedConfiguration> checked = new ArrayList<>();
        for (Configuration configuration : version.configurations()) {
            DatabaseScope scope = scopeOf(configuration.name());
            if ((configuration.usedWithCloudKit() || scopes.containsKey(configuration.name())) && scope.isSynced()) {
                checked.add(new CheckedConfiguration(configuration, scope));
            }
        }
        return List.copyOf(checked);
    }

    public DatabaseScope scopeOf(String configuration) {
        return scopes.getOrDefault(configuration, DatabaseScope.PRIVATE);
    }

    /** This configuration with {@code --scope} and {@code --against} from the command line taking precedence. */
    public LintConfig overriddenBy(Map<String, DatabaseScope> scopeOverrides, Path schemaOverride) {
        Map<String, DatabaseScope> merged = new LinkedHashMap<>(scopes);
        merged.putAll(scopeOverrides);
        return new LintConfig(file, schemaOverride != null ? schemaOverride : schema, merged, rules, againstRef,
                scopeKeys, sharing, exclude);
    }

    /** Whether an {@code exclude:} glob names the model or a folder it is in. */
    public boolean excludes(Path model) {
        return exclude.stream().anyMatch(glob -> glob.matches(model));
    }
}
