package dev.cdlint.evolution;

/** What the evolution rules share: the sources they cite. Constants, for {@code @RuleInfo}. */
final class Evolution {

    static final String DEPLOY_DOC = "Apple, \"Deploying an iCloud Container's Schema\" (only additive changes reach"
            + " production; record types and fields in production are never deleted),"
            + " as quoted in https://forums.developer.apple.com/forums/thread/748719";

    /** The real failure of a rename through a renaming identifier in a CloudKit store. */
    static final String RENAME_REPORT = "https://github.com/partout-io/passepartout/issues/586";

    /** The fix every incompatible change shares: CloudKit only ever gains fields and record types. */
    static final String ADD_AND_COPY = "add a new element with a new name, copy the values into it in code (for"
            + " example once, on the first launch of the new version), deploy it, and keep writing the old one while"
            + " older app versions are in use";

    private Evolution() {}
}
