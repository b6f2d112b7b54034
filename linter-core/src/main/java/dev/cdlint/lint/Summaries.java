package dev.cdlint.lint;

import dev.cdlint.catalog.Catalog;
import dev.cdlint.config.LintConfig;
import dev.cdlint.lint.ModelSummary.RecordTypeSummary;
import dev.cdlint.mapping.CheckedConfiguration;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.DeployedModel;
import dev.cdlint.mapping.DeployedSchema;
import dev.cdlint.mapping.DeployedState;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.mapping.MirroredSchema;
import dev.cdlint.mapping.RecordTypeComparison;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.rules.RecordTypeFieldLimit;
import dev.cdlint.schema.Schema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Draws a model's record types for its {@link ModelSummary}, from what the linter has at hand. */
final class Summaries {

    private Summaries() {}

    /**
     * @param commandLineScopes {@code --scope}, which {@code config} already includes: only to say where a scope
     *     came from
     * @param production the production schema and where it was read from, when one was given
     */
    static ModelSummary.RecordTypes recordTypes(DataModel model, LintConfig config, Optional<Schema> production,
            Path productionFile, Optional<DeployedModel> deployed) {
        ModelVersion version = model.current();
        List<CheckedConfiguration> checked = config.checkedConfigurations(version);
        MirroredSchema wholeModel = Mirror.wholeModel(version, DatabaseScope.PRIVATE);
        Optional<DeployedState> productionState = production.map(DeployedState::of);
        Optional<DeployedSchema> deployedSchema = deployed.map(d ->
                DeployedSchema.of(d, config.checkedConfigurations(d.version())));
        Map<String, RecordTypeSummary> recordTypes = new LinkedHashMap<>();
        Set<String> written = new HashSet<>();
        for (CheckedConfiguration store : checked) {
            MirroredSchema mirror = Mirror.of(version, store.configuration(), store.scope());
            Map<String, RecordTypeComparison> againstProduction = productionState
                    .map(state -> RecordTypeComparison.of(mirror, wholeModel, state)).orElse(Map.of());
            Map<String, RecordTypeComparison> againstDeployed = deployedSchema
                    .map(state -> RecordTypeComparison.of(mirror, wholeModel, state)).orElse(Map.of());
            for (MirroredRecordType type : mirror.recordTypes()) {
                written.add(type.name());
                // Two configurations that write a record type alike show it once, naming both.
                String shape = type.name() + '\u0000' + type.fields().stream().map(MirroredField::name).toList();
                RecordTypeSummary seen = recordTypes.get(shape);
                List<String> configurations = new ArrayList<>(seen == null ? List.of() : seen.configurations());
                configurations.add(store.configuration().name());
                recordTypes.put(shape, seen != null ? new RecordTypeSummary(seen.type(), configurations,
                        seen.production(), seen.deployedModel()) : new RecordTypeSummary(type, configurations,
                        Optional.ofNullable(againstProduction.get(type.name())),
                        Optional.ofNullable(againstDeployed.get(type.name()))));
            }
        }
        List<RecordTypeSummary> ordered = new ArrayList<>(recordTypes.values());
        ordered.sort(Comparator.comparing((RecordTypeSummary t) -> t.type().name()));
        List<String> removed = deployedSchema.map(d -> d.recordTypes().keySet().stream()
                .filter(name -> !written.contains(name)).sorted().toList()).orElse(List.of());
        return new ModelSummary.RecordTypes(warnAbove(config), production.map(schema -> productionFile),
                deployed.map(DeployedModel::label), ordered, removed);
    }

    /** Every configuration, with the scope it is checked in and what decided it. */
    private static OptionalInt warnAbove(LintConfig config) {
        return Catalog.byId(RecordTypeFieldLimit.ID).flatMap(config::settingsFor)
                .map(settings -> OptionalInt.of(settings.option(RecordTypeFieldLimit.WARN_ABOVE)))
                .orElse(OptionalInt.empty());
    }
}
