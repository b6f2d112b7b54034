package dev.cdlint.mapping;

/** Why a mirrored field exists. */
public enum FieldKind {
    /** One of the six {@code ___} fields every record type has. */
    SYSTEM,
    /** {@code CD_entityName}: the concrete entity of a record in a shared hierarchy record type. */
    ENTITY_NAME,
    /** {@code CD_moveReceipt} and its asset: written when sharing moves an object between zones. */
    MOVE_RECEIPT,
    /** {@code CD_<attribute>}. */
    ATTRIBUTE,
    /** {@code CD_<attribute>_ckAsset}: where a variable-length value goes once it is too large to inline. */
    ASSET_COMPANION,
    /** {@code CD_<relationship>}: a to-one relationship, stored as the related record's name. */
    RELATIONSHIP,
    /** A field of the shared {@code CDMR} record type that stores many-to-many links. */
    MANY_TO_MANY
}
