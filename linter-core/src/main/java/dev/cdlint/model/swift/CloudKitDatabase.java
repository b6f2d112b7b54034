package dev.cdlint.model.swift;

/**
 * Where a store's data goes, as the code that creates it says: SwiftData's {@code ModelConfiguration.CloudKitDatabase}
 * values, and Core Data's {@code NSPersistentCloudKitContainerOptions.databaseScope}.
 */
public enum CloudKitDatabase {
    /** {@code .none}, or Core Data's {@code cloudKitContainerOptions = nil}: not mirrored. */
    NONE,
    /** {@code .automatic}, SwiftData's default: the private database of the entitlements' first container, if any. */
    AUTOMATIC,
    /** {@code .private("iCloud.…")}, or Core Data's default scope. */
    PRIVATE,
    /** Core Data's {@code databaseScope = .public}. */
    PUBLIC,
    /** Core Data's {@code databaseScope = .shared}. */
    SHARED,
    /** A value cdlint could not follow (computed at run time, passed in from elsewhere). */
    UNRESOLVED
}
