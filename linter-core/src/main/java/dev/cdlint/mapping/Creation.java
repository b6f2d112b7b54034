package dev.cdlint.mapping;

/** When the container adds a field to the development schema, which decides whether a deploy can miss it. */
public enum Creation {
    /** With the first record of its type that has a value for it, so any real use creates it. */
    ALWAYS,
    /**
     * Only when a value needs it (a large value, a move between zones) or when {@code initializeCloudKitSchema}
     * runs: a development schema seeded by ordinary use often lacks it (docs/cloudkit.md#asset-fields,
     * docs/cloudkit.md#production-schema).
     */
    LAZY
}
