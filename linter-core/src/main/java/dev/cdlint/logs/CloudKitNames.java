package dev.cdlint.logs;

import dev.cdlint.mapping.Mirror;

/**
 * The model names behind CloudKit names, by NSPersistentCloudKitContainer's naming rules alone (no model at hand):
 * record type {@code CD_<root entity>}, field {@code CD_<property>} and its {@code CD_<property>_ckAsset}
 * companion. Names without the prefix were not made by the container, and map to nothing.
 */
final class CloudKitNames {

    /** The record type CloudKit keeps shares in (CKRecord.SystemType.share). */
    static final String SHARE_RECORD_TYPE = "cloudkit.share";

    private CloudKitNames() {}

    /** The root entity a record type is named after, or null ({@code CDMR}, a name without {@code CD_}). */
    static String entityOf(String recordType) {
        if (recordType == null || !recordType.startsWith(Mirror.PREFIX) || recordType.length() == Mirror.PREFIX.length()
                || isElided(recordType)) {
            return null;
        }
        return recordType.substring(Mirror.PREFIX.length());
    }

    /**
     * The property a field stores, or null for the fields the container adds to every record type
     * ({@code CD_entityName}, {@code CD_moveReceipt}) and for names without {@code CD_}.
     */
    static String propertyOf(String field) {
        if (field == null || !field.startsWith(Mirror.PREFIX) || isContainerField(field) || isElided(field)) {
            return null;
        }
        String name = field.substring(Mirror.PREFIX.length());
        if (name.endsWith(Mirror.ASSET_SUFFIX)) {
            name = name.substring(0, name.length() - Mirror.ASSET_SUFFIX.length());
        }
        return name.isEmpty() ? null : name;
    }

    /** Whether the log cut the name short ({@code …} or {@code ...}, as TN3164's samples do): it names nothing. */
    static boolean isElided(String name) {
        return name.contains("\u2026") || name.contains("...");
    }

    static boolean isAssetCompanion(String field) {
        return field != null && field.startsWith(Mirror.PREFIX) && field.endsWith(Mirror.ASSET_SUFFIX);
    }

    static boolean isContainerField(String field) {
        return field.equals(Mirror.ENTITY_NAME_FIELD) || field.equals(Mirror.MOVE_RECEIPT_FIELD)
                || field.equals(Mirror.MOVE_RECEIPT_FIELD + Mirror.ASSET_SUFFIX);
    }
}
