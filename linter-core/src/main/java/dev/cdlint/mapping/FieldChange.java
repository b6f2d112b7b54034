package dev.cdlint.mapping;

import dev.cdlint.schema.FieldType;
import java.util.ArrayList;
import java.util.List;

/**
 * A field the model writes that CloudKit already has with another stored type or another encryption: what the
 * production schema rules and the evolution rules both look for, each against its own source of what CloudKit
 * has. A field's type and encryption are fixed the first time a value is saved, so either change fails every
 * save with a value for it.
 *
 * @param deployed the type CloudKit stores
 */
public record FieldChange(MirroredRecordType type, MirroredField field, FieldType deployed) {

    /**
     * The fields of the mirror's record types whose counterpart in {@code state} differs. System fields are
     * CloudKit's own; a field whose mapping is inferred (composite attributes) is too unsure to call a change.
     */
    public static List<FieldChange> in(MirroredSchema mirror, DeployedState state) {
        List<FieldChange> changes = new ArrayList<>();
        for (MirroredRecordType type : mirror.recordTypes()) {
            // declared, not fields: each sub-entity property that differs is one to change.
            for (MirroredField field : type.declared()) {
                if (field.kind() != FieldKind.SYSTEM && !field.uncertain()) {
                    state.storedType(type, field).map(deployed -> new FieldChange(type, field, deployed))
                            .filter(change -> change.typeChanged() || change.encryptionChanged())
                            .ifPresent(changes::add);
                }
            }
        }
        return changes;
    }

    /** CloudKit stores another type than the model writes; encryption aside. */
    public boolean typeChanged() {
        return !StoredTypes.same(field.type(), deployed);
    }

    /**
     * The same stored type, encrypted on one side only. A field whose type changed too is reported as a type
     * change alone: one finding per field.
     */
    public boolean encryptionChanged() {
        return !typeChanged() && field.type().isEncrypted() != deployed.isEncrypted();
    }
}
