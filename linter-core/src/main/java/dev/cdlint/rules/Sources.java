package dev.cdlint.rules;

/** Primary sources the rules cite in {@link RuleInfo#source()}, spelt once so every rule names them alike. */
final class Sources {

    /** The runtime model validator, whose texts cloudkit-mapping.md §5 quotes. */
    static final String VALIDATOR = "pookjw/OpenCloudData OpenCloudData/Private/OCCloudKitModelValidator.m"
            + " (mirrors -[PFCloudKitModelValidator validateEntities:error:]), texts confirmed in real logs such as"
            + " https://github.com/CubeLabsNZ/CubeTime/pull/131";
    static final String MODEL_DOC = "Apple, \"Creating a Core Data Model for CloudKit\","
            + " https://developer.apple.com/documentation/coredata/creating-a-core-data-model-for-cloudkit";
    static final String SERIALIZER = "pookjw/OpenCloudData OpenCloudData/Private/OCCloudKitSerializer.m and the"
            + " decompiled PFCloudKitSerializer listing";
    static final String TN3164 = "Apple TN3164, \"Debugging the synchronization of NSPersistentCloudKitContainer\","
            + " https://developer.apple.com/documentation/technotes/tn3164-debugging-the-synchronization-of-nspersistentcloudkitcontainer";

    /** What a shipped model that the validator rejects does: the store does not load, and sync never starts. */
    static final String VALIDATOR_ERROR = "NSCocoaErrorDomain 134060 when the store loads: ";

    private Sources() {}
}
