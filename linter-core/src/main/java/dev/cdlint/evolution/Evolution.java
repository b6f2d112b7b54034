package dev.cdlint.evolution;

import dev.cdlint.mapping.FieldKind;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import java.util.Objects;
import java.util.Optional;

/** What the evolution rules share: the sources they cite and how they report. Constants, for {@code @RuleInfo}. */
final class Evolution {

    static final String DEPLOY_DOC = "Apple, \"Deploying an iCloud Container's Schema\" (only additive changes reach"
            + " production; record types and fields in production are never deleted),"
            + " as quoted in https://forums.developer.apple.com/forums/thread/748719";

    /** The real failure of a rename through a renaming identifier in a CloudKit store. */
    static final String RENAME_REPORT = "https://github.com/partout-io/passepartout/issues/586";

    /** The fix every incompatible change shares: CloudKit only ever gains fields and record types. */
    static final String ADD_AND_COPY = "add a new element with a new name, copy the values into it in code (for"
            + " example once, on the first launch of the new version), deploy it, and keep writing the old one while"
            + " older app versions are in use";

    private Evolution() {}

    /** What to do with a field the configuration's record types declare and its deployed counterpart. */
    @FunctionalInterface
    interface FieldChange {
        void compare(MirroredRecordType type, MirroredField field, MirroredField deployed);
    }

    /** Each attribute or to-one relationship field of the configuration that CloudKit had, with its deployed form. */
    static void forEachDeployedField(Change change, FieldChange action) {
        for (MirroredRecordType type : change.context().mirror().recordTypes()) {
            change.deployedRecordType(type.name()).ifPresent(deployed -> {
                for (MirroredField field : type.declared()) {
                    deployedCounterpart(field, deployed).ifPresent(old -> action.compare(type, field, old));
                }
            });
        }
    }

    /**
     * The deployed field of the same name as a field the model declares, when both are an attribute's or a to-one
     * relationship's: the other fields belong to the record type and never change. Composite fields are BYTES by
     * inference only (docs/cloudkit.md#attribute-types), too unsure to call a change. The same entity's declaration comes
     * first: two sub-entities that give one field two types are inherited-field-type-conflict's, not a change.
     */
    private static Optional<MirroredField> deployedCounterpart(MirroredField field, MirroredRecordType deployed) {
        if (!isPropertyField(field) || field.uncertain()) {
            return Optional.empty();
        }
        return deployed.declared().stream()
                .filter(old -> old.name().equals(field.name()) && Objects.equals(old.entity(), field.entity()))
                .findFirst()
                .or(() -> deployed.field(field.name()))
                .filter(old -> isPropertyField(old) && !old.uncertain());
    }

    private static boolean isPropertyField(MirroredField field) {
        return field.kind() == FieldKind.ATTRIBUTE || field.kind() == FieldKind.RELATIONSHIP;
    }
}
