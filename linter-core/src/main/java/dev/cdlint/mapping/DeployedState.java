package dev.cdlint.mapping;

import dev.cdlint.schema.Field;
import dev.cdlint.schema.FieldType;
import dev.cdlint.schema.Schema;
import java.util.Optional;

/**
 * What CloudKit already has for a container, from one of two sources: the production schema exported with
 * cktool, which is certain, or the record types the deployed model created, which cdlint infers by mirroring it.
 * A rule that compares the model with "what is already there" asks this, whichever the source.
 */
public interface DeployedState {

    boolean hasRecordType(String recordType);

    boolean hasField(String recordType, String field);

    /**
     * The type CloudKit stores for a field the model writes, when it has that field with a type to compare:
     * production's field of that name, or the deployed model's field of that name, the same entity's first.
     */
    Optional<FieldType> storedType(MirroredRecordType type, MirroredField field);

    /** The production schema as what CloudKit has. */
    static DeployedState of(Schema production) {
        return new DeployedState() {
            @Override
            public boolean hasRecordType(String recordType) {
                return production.recordType(recordType).isPresent();
            }

            @Override
            public boolean hasField(String recordType, String field) {
                return production.recordType(recordType).map(t -> t.hasField(field)).orElse(false);
            }

            @Override
            public Optional<FieldType> storedType(MirroredRecordType type, MirroredField field) {
                return production.recordType(type.name()).flatMap(t -> t.field(field.name())).map(Field::type);
            }
        };
    }
}
