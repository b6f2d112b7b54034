package dev.cdlint.check;

/**
 * Primary sources the rules cite in {@link RuleInfo#source()}, spelt once so every rule names them alike. Public, so
 * that the schema diff rules cite them too.
 */
public final class Sources {

    /**
     * The project's own reference, which users have: a rule cites a section as {@code CLOUDKIT + "#anchor"}, and a
     * test checks that every cited anchor exists.
     */
    public static final String CLOUDKIT = "docs/cloudkit.md";
    /** The runtime model validator, whose texts docs/cloudkit.md quotes. */
    public static final String VALIDATOR = "pookjw/OpenCloudData OpenCloudData/Private/OCCloudKitModelValidator.m"
            + " (mirrors -[PFCloudKitModelValidator validateEntities:error:]), texts confirmed in real logs such as"
            + " https://github.com/CubeLabsNZ/CubeTime/pull/131";
    public static final String MODEL_DOC = "Apple, \"Creating a Core Data Model for CloudKit\","
            + " https://developer.apple.com/documentation/coredata/creating-a-core-data-model-for-cloudkit";
    public static final String SERIALIZER = "pookjw/OpenCloudData OpenCloudData/Private/OCCloudKitSerializer.m and"
            + " the decompiled PFCloudKitSerializer listing";
    public static final String TN3164 = "Apple TN3164, \"Debugging the synchronization of"
            + " NSPersistentCloudKitContainer\","
            + " https://developer.apple.com/documentation/technotes/tn3164-debugging-the-synchronization-of-nspersistentcloudkitcontainer";

    /** What a shipped model that the validator rejects does: the store does not load, and sync never starts. */
    public static final String VALIDATOR_ERROR = "NSCocoaErrorDomain 134060 when the store loads: ";

    private Sources() {}
}
