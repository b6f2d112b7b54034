package dev.cdlint.mapping;

/** Where a field of a record type stands against what CloudKit already has (a production schema, a deployed model). */
public enum FieldStatus {
    /** The model writes it and CloudKit has it with the same stored type and encryption. */
    DEPLOYED,
    /** The model writes it and CloudKit does not have it (or lacks the whole record type). */
    UNDEPLOYED,
    /** The model writes it and CloudKit stores another type ({@link FieldChange#typeChanged()}). */
    TYPE_MISMATCHED,
    /** The model writes it and CloudKit has it encrypted on one side only ({@link FieldChange#encryptionChanged()}). */
    ENCRYPTION_MISMATCHED,
    /** CloudKit has a {@code CD_} field in the record type that no entity of the model writes any more. */
    ORPHANED;

    /** Whether every save with a value for the field fails: CloudKit never changes a deployed field. */
    public boolean breaksSaves() {
        return this == TYPE_MISMATCHED || this == ENCRYPTION_MISMATCHED;
    }
}
