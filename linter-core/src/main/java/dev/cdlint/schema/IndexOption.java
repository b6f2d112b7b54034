package dev.cdlint.schema;

/**
 * An index CloudKit keeps for a field (ckdb-grammar.md §1). The declaration order is the order cktool exports them
 * in, {@code QUERYABLE SEARCHABLE SORTABLE} (§2 rule 6), whatever order the input used.
 */
public enum IndexOption {
    /** An index for equality lookups. */
    QUERYABLE,
    /** A full-text search index. */
    SEARCHABLE,
    /** An index for range searches and sorting. */
    SORTABLE
}
