package dev.cdlint.evolution;

import dev.cdlint.config.LintConfig;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.rules.CheckedConfiguration;
import dev.cdlint.rules.RuleEngine;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What CloudKit has according to the deployed model: the record types and fields its synced configurations mirror,
 * as {@code cdlint schema} computes them. A container has one schema whatever database each store uses, so the
 * configurations are merged, and an entity that moved between them is not new.
 *
 * @param syncedEntities the entities of the configurations that sync, so not every entity of the version
 */
public record DeployedSchema(DeployedModel model, Map<String, MirroredRecordType> recordTypes,
        Set<String> syncedEntities) {

    public DeployedSchema {
        recordTypes = Map.copyOf(recordTypes);
        syncedEntities = Set.copyOf(syncedEntities);
    }

    /** The configurations checked are chosen as for the current model: "Used with CloudKit" or given a scope. */
    public static DeployedSchema of(DeployedModel model, LintConfig config) {
        ModelVersion version = model.version();
        Map<String, MirroredRecordType> recordTypes = new LinkedHashMap<>();
        Set<String> synced = new LinkedHashSet<>();
        for (CheckedConfiguration checked : RuleEngine.checkedConfigurations(version, config)) {
            Mirror.of(version, checked.configuration(), checked.scope()).recordTypes()
                    .forEach(type -> recordTypes.putIfAbsent(type.name(), type));
            synced.addAll(checked.configuration().memberEntities());
        }
        return new DeployedSchema(model, recordTypes, synced);
    }

    public ModelVersion version() {
        return model.version();
    }

    public Optional<MirroredRecordType> recordType(String name) {
        return Optional.ofNullable(recordTypes.get(name));
    }
}
