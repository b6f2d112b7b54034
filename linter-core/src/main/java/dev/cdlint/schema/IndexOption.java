package dev.cdlint.schema;

/**
 * An index CloudKit keeps for a field (docs/ckdb.md#indexes). The declaration order is the order cktool exports
 * them in, {@code QUERYABLE SEARCHABLE SORTABLE} (docs/ckdb.md#export-layout), whatever order the input used.
 */
public enum IndexOption {
    /** An index for equality lookups. */
    QUERYABLE,
    /** A full-text search index. */
    SEARCHABLE,
    /** An index for range searches and sorting. */
    SORTABLE
}
