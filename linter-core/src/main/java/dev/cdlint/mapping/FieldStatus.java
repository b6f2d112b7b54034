package dev.cdlint.mapping;

/** Where a field of a record type stands against what CloudKit already has (a production schema, a deployed model). */
public enum FieldStatus {
    /** The model writes it and CloudKit has it with the same stored type and encryption. */
    DEPLOYED,
    /** The model writes it and CloudKit does not have it (or lacks the whole record type). */
    UNDEPLOYED,
    /** The model writes it and CloudKit has it with another stored type or another encryption ({@link FieldChange}). */
    MISMATCHED,
    /** CloudKit has a {@code CD_} field in the record type that no entity of the model writes any more. */
    ORPHANED
}
