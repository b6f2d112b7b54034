package dev.cdlint.mapping;

import dev.cdlint.model.ModelVersion;
import dev.cdlint.schema.FieldType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        Set<String> syncedEntities) implements DeployedState {

    public DeployedSchema {
        recordTypes = Map.copyOf(recordTypes);
        syncedEntities = Set.copyOf(syncedEntities);
    }

    /** The deployed model's container, for the configurations checked as for the current model. */
    public static DeployedSchema of(DeployedModel model, List<CheckedConfiguration> checked) {
        ModelVersion version = model.version();
        List<MirroredSchema> stores = new ArrayList<>();
        Set<String> synced = new LinkedHashSet<>();
        for (CheckedConfiguration store : checked) {
            stores.add(Mirror.of(version, store.configuration(), store.scope()));
            synced.addAll(store.configuration().memberEntities());
        }
        return new DeployedSchema(model, Mirror.container(stores), synced);
    }

    public ModelVersion version() {
        return model.version();
    }

    public Optional<MirroredRecordType> recordType(String name) {
        return Optional.ofNullable(recordTypes.get(name));
    }

    @Override
    public boolean hasRecordType(String recordType) {
        return recordTypes.containsKey(recordType);
    }

    @Override
    public boolean hasField(String recordType, String field) {
        return recordType(recordType).flatMap(t -> t.field(field)).isPresent();
    }

    /**
     * The deployed field of the same name, the same entity's declaration first: two sub-entities that give one
     * field two types are inherited-field-type-conflict's, not a change. A field whose mapping is inferred
     * (composite attributes) has no type certain enough to compare.
     */
    @Override
    public Optional<FieldType> storedType(MirroredRecordType type, MirroredField field) {
        return recordType(type.name()).flatMap(deployed -> deployed.declared().stream()
                        .filter(old -> old.name().equals(field.name()) && Objects.equals(old.entity(), field.entity()))
                        .findFirst()
                        .or(() -> deployed.field(field.name())))
                .filter(old -> !old.uncertain())
                .map(MirroredField::type);
    }
}
