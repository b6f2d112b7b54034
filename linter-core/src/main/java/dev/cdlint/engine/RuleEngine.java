package dev.cdlint.engine;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.catalog.Family;
import dev.cdlint.check.RuleSettings;
import dev.cdlint.config.LintConfig;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.CheckedConfiguration;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.DeployedModel;
import dev.cdlint.mapping.DeployedSchema;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredSchema;
import dev.cdlint.model.DataModel;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.rules.ModelContext;
import dev.cdlint.rules.ModelRule;
import dev.cdlint.rules.ModelUnreadable;
import dev.cdlint.rules.Rule;
import dev.cdlint.rules.UnusedSuppression;
import dev.cdlint.schema.Schema;
import dev.cdlint.source.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs the rules on one model: check, then suppress, then report what suppressions did not excuse. */
public final class RuleEngine {

    private final List<Rule> rules;

    public RuleEngine(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static RuleEngine withAllRules() {
        return new RuleEngine(Catalog.rules());
    }

    /**
     * The rules that {@link #check} leaves out for a model with this configuration, by id, with the reason: those
     * turned off, the schema rules without a production schema and the evolution rules without a deployed model.
     */
    public Map<String, String> rulesNotRun(LintConfig config, boolean withProductionSchema, boolean withDeployedModel) {
        Map<String, String> notRun = new LinkedHashMap<>();
        for (Rule rule : rules) {
            if (config.settingsFor(rule).isEmpty()) {
                notRun.put(rule.id(), "turned off in the configuration");
            } else if (!withProductionSchema && Catalog.familyOf(rule) == Family.SCHEMA) {
                notRun.put(rule.id(), "no production schema to compare with (--against, or schema: in .cdlint.yml)");
            } else if (!withDeployedModel && Catalog.familyOf(rule) == Family.EVOLUTION) {
                notRun.put(rule.id(), "no deployed model to compare with (--against-ref, --against-model, or"
                        + " against-ref: in .cdlint.yml)");
            }
        }
        return notRun;
    }

    /** The findings for the model, sorted, each reported once however many configurations contain its element. */
    public List<Finding> check(DataModel model, LintConfig config, Optional<Schema> production) {
        return check(model, config, production, Optional.empty());
    }

    /**
     * The same, with the model production was deployed from, when one is given: the evolution rules compare the
     * model with it, and do nothing without it.
     */
    public List<Finding> check(DataModel model, LintConfig config, Optional<Schema> production,
            Optional<DeployedModel> deployed) {
        List<CheckedConfiguration> checked = config.checkedConfigurations(model.current());
        Supplier<Optional<DeployedSchema>> deployedSchema = memoize(() ->
                deployed.map(d -> DeployedSchema.of(d, config.checkedConfigurations(d.version()))));
        boolean sharing = config.sharing() || checked.stream().anyMatch(c -> c.scope() == DatabaseScope.SHARED);
        Map<String, Supplier<MirroredSchema>> mirrors = new LinkedHashMap<>();
        for (CheckedConfiguration target : checked) {
            mirrors.put(target.configuration().name(), memoize(() ->
                    Mirror.of(model.current(), target.configuration(), target.scope())));
        }
        Map<String, Finding> unique = new LinkedHashMap<>();
        Suppressions suppressions = new Suppressions(model.current());
        RuleSettings unusedSuppression = null;
        for (Rule rule : rules) {
            Optional<RuleSettings> settings = config.settingsFor(rule);
            if (settings.isEmpty()) {
                continue;
            }
            if (rule instanceof UnusedSuppression) {
                unusedSuppression = settings.get();
                continue;
            }
            RuleSettings ruleSettings = settings.get();
            Consumer<Finding> sink = finding -> {
                if (!suppressions.suppresses(finding)) {
                    unique.putIfAbsent(identity(finding), finding);
                }
            };
            if (rule instanceof ModelRule modelRule) {
                modelRule.check(new ModelContext(model, checked, sharing, rule.id(), ruleSettings, sink));
            } else if (rule instanceof ConfigurationRule configurationRule) {
                for (CheckedConfiguration target : checked) {
                    configurationRule.check(new ConfigurationContext(model, checked, sharing, target,
                            mirrors.get(target.configuration().name()), mirrors.values(), production, deployedSchema,
                            rule.id(), ruleSettings, sink));
                }
            }
        }
        if (unusedSuppression != null) {
            suppressions.reportUnused(new ModelContext(model, checked, sharing, "unused-suppression", unusedSuppression,
                    finding -> unique.putIfAbsent(identity(finding), finding)));
        }
        List<Finding> findings = new ArrayList<>(unique.values());
        findings.sort(Finding.REPORT_ORDER);
        return findings;
    }

    /**
     * The finding for a model that could not be read, at the severity the configuration gives
     * {@code model-unreadable}; none if the configuration turns that rule off.
     */
    public static List<Finding> unreadable(InputException unreadable, LintConfig config) {
        return config.settingsFor(Catalog.byId(ModelUnreadable.ID).orElseThrow())
                .map(settings -> ModelUnreadable.finding(unreadable, settings.severity())).stream().toList();
    }

    /** The same problem found while checking two configurations that share an entity is one finding. */
    private static String identity(Finding finding) {
        return finding.rule() + '\u0000' + finding.location() + '\u0000' + finding.message();
    }

    private static <T> Supplier<T> memoize(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
