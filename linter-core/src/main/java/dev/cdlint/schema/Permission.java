package dev.cdlint.schema;

/**
 * A right that a {@link Grant} gives a role on a record type in the public database. The declaration order is the
 * order cktool exports them in ({@code GRANT READ, CREATE, WRITE TO "_icloud"}, docs/ckdb.md#export-layout), so
 * an {@link java.util.EnumSet} of permissions iterates in export order.
 */
public enum Permission {
    READ,
    CREATE,
    WRITE
}
