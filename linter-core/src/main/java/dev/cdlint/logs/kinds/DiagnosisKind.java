package dev.cdlint.logs.kinds;

import dev.cdlint.check.Check;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import java.util.Arrays;
import java.util.Optional;

/**
 * The problems a sync log can show, each with why it happens and what to do, in the words of Apple's technote
 * TN3164 ("Debugging the synchronization of NSPersistentCloudKitContainer") where it has them. Each kind is a
 * check like the rules, documented by the {@link RuleInfo} on its constant; the ids are stable: reports and
 * scripts match on them.
 */
public enum DiagnosisKind implements Check {

    @RuleInfo(
            id = "model-validation",
            severity = Severity.ERROR,
            summary = "Core Data refused to load the store with CloudKit (error 134060), so sync never"
                    + " started",
            rationale = "The model uses something CloudKit mirroring does not support; Core Data checks the"
                    + " model when the store loads and lists each element it rejects (Apple: \"Creating a Core"
                    + " Data Model for CloudKit\").",
            source = Sources.CLOUDKIT + "#what-the-validator-rejects; " + Sources.MODEL_DOC,
            runtimeError = "NSCocoaErrorDomain Code=134060 \"A Core Data error occurred.\" with a failure reason"
                    + " that lists each rejected element under a \"CloudKit integration requires ...\" heading; the"
                    + " store does not load, so nothing syncs",
            fix = "Change each listed element in the model editor, then run 'cdlint check' on the"
                    + " model: it reports these before the app runs.",
            example = "CoreData: error: Store failed to load. <NSPersistentStoreDescription:"
                    + " 0x600002b1c000> Error Domain=NSCocoaErrorDomain Code=134060 \"A Core Data error occurred.\""
                    + " UserInfo={NSLocalizedFailureReason=CloudKit integration requires that all relationships"
                    + " have an inverse, the following do not:\nNote: folder}")
    MODEL_VALIDATION,

    @RuleInfo(
            id = "store-options",
            severity = Severity.ERROR,
            summary = "Core Data refused to load the store with CloudKit (error 134060): a store option is"
                    + " missing",
            rationale = "The store description lacks an option CloudKit mirroring needs.",
            source = Sources.CLOUDKIT + "#sync-logs; " + Sources.TN3164,
            runtimeError = "NSCocoaErrorDomain Code=134060 with \"A container identifier is required for the"
                    + " CloudKit integration.\" or \"NSPersistentHistoryTrackingKey is required for the CloudKit"
                    + " integration.\"",
            fix = "Set the option on the NSPersistentStoreDescription before loading the store: a"
                    + " container identifier in cloudKitContainerOptions, and NSPersistentHistoryTrackingKey set to"
                    + " true.",
            example = "Error Domain=NSCocoaErrorDomain Code=134060 \"A Core Data error occurred.\""
                    + " UserInfo={NSLocalizedFailureReason=NSPersistentHistoryTrackingKey is required for the"
                    + " CloudKit integration.}")
    STORE_OPTIONS,

    @RuleInfo(
            id = "production-schema-field",
            severity = Severity.ERROR,
            summary = "The production CloudKit schema has no such field, and production never creates one",
            rationale = "The model gained an attribute or to-one relationship after the schema was last"
                    + " deployed. The development environment adds fields as records arrive; production refuses"
                    + " them (TN3164: a debug build that syncs while the TestFlight or App Store build does not is"
                    + " this case).",
            source = Sources.CLOUDKIT + "#production-schema; " + Sources.TN3164,
            runtimeError = "CKError \"Invalid Arguments\" (12/2006), server message \"Cannot create or modify"
                    + " field 'CD_x' in record 'CD_Y' in production schema\", usually inside a partial failure; the"
                    + " mirroring delegate then aborts its requests with NSCocoaErrorDomain 134406",
            fix = "Run the app against the development environment (or call initializeCloudKitSchema())"
                    + " so the development schema has the field, then deploy the schema to production in CloudKit"
                    + " Console; 'cdlint check --against production.ckdb' finds the next one before it ships.",
            example = "<CKError 0x600000c5e0d0: \"Invalid Arguments\" (12/2006); server message = \"Cannot"
                    + " create or modify field 'CD_body' in record 'CD_Note' in production schema\">")
    PRODUCTION_SCHEMA_FIELD,

    @RuleInfo(
            id = "production-schema-type",
            severity = Severity.ERROR,
            summary = "The production CloudKit schema has no such record type, and production never creates"
                    + " one",
            rationale = "An entity (a whole record type) was added after the schema was last deployed;"
                    + " production refuses record types it does not have.",
            source = Sources.CLOUDKIT + "#production-schema; " + Sources.TN3164,
            runtimeError = "\"Cannot create new type CD_Y in production schema\", or \"Did not find record type:"
                    + " CD_Y\" when querying it",
            fix = "Create the record type in the development environment (run the app, or"
                    + " initializeCloudKitSchema()), then deploy the schema to production in CloudKit Console.",
            example = "<CKError 0x600000c5e0d0: \"Invalid Arguments\" (12/2006); server message = \"Cannot"
                    + " create new type CD_Tag in production schema\">")
    PRODUCTION_SCHEMA_TYPE,

    @RuleInfo(
            id = "field-type-mismatch",
            severity = Severity.ERROR,
            summary = "A field exists with another type, and a CloudKit field never changes its type",
            rationale = "The attribute's type changed (or another attribute of that name wrote first) after"
                    + " the field was created.",
            source = Sources.CLOUDKIT + "#evolution-type-change; Apple, CKRecord (a field's type is fixed when it is"
                    + " first saved)",
            runtimeError = "\"invalid attempt to set value type X for field 'CD_x' for type 'CD_Y', defined to"
                    + " be: Z\"",
            fix = "Add a new attribute with a new name for the new type, migrate the values in the app,"
                    + " and stop writing the old one; a deployed field cannot be changed or deleted.",
            example = "server message = \"invalid attempt to set value type STRING for field 'CD_rating'"
                    + " for type 'CD_Entry', defined to be: INT64\"")
    FIELD_TYPE_MISMATCH,

    @RuleInfo(
            id = "new-field-from-empty-list",
            severity = Severity.WARNING,
            summary = "The server cannot infer a new field's type from an empty list",
            rationale = "A record was saved with an empty list for a field the schema does not have yet.",
            source = Sources.CLOUDKIT + "#sync-logs; Apple, CKRecord (a field's type comes from the first value"
                    + " saved)",
            runtimeError = "\"cannot use an empty list to initialize a new field (field 'x' in record type"
                    + " 'T')\"",
            fix = "Create the field with a non-empty value in the development environment, or define it"
                    + " in CloudKit Console, then deploy the schema.",
            example = "server message = \"cannot use an empty list to initialize a new field (field 'tags'"
                    + " in record type 'Item')\"")
    NEW_FIELD_FROM_EMPTY_LIST,

    @RuleInfo(
            id = "container-permission",
            severity = Severity.ERROR,
            summary = "CloudKit refused the app's container",
            rationale = "The app ID and the iCloud container are not associated in the developer portal, the"
                    + " association has not reached the server yet, or the identifier names no container of this"
                    + " team (TN3164, \"Configure CloudKit in your project\").",
            source = Sources.TN3164 + " (Configure CloudKit in your project)",
            runtimeError = "CKError \"Permission Failure\" (10/2007), server message \"Invalid bundle ID for"
                    + " container\", or \"Bad Container\" (5/1014) \"Couldn't get container configuration from the"
                    + " server for container ...\"",
            fix = "Check the iCloud capability and its container in Xcode's Signing & Capabilities and"
                    + " in Certificates, Identifiers & Profiles, refresh the provisioning profile, and check the"
                    + " identifier the code passes; as a last resort use a new container.",
            example = "<CKError 0x600000c5e0d0: \"Permission Failure\" (10/2007); server message ="
                    + " \"Invalid bundle ID for container\">")
    CONTAINER_PERMISSION,

    @RuleInfo(
            id = "missing-entitlement",
            severity = Severity.ERROR,
            summary = "The process is not entitled to use CloudKit",
            rationale = "The target is not signed with the iCloud capability and CloudKit ticked, or not with"
                    + " an application identifier (TN3164, \"Configure CloudKit in your project\").",
            source = Sources.TN3164 + " (Configure CloudKit in your project)",
            runtimeError = "\"missing required entitlement com.apple.developer.icloud-services\", \"In order to"
                    + " use CloudKit, your process must have a com.apple.developer.icloud-services entitlement\","
                    + " or CKError \"Missing Entitlement\" (8)",
            fix = "Add the iCloud capability with CloudKit and the container to the target, and sign it"
                    + " with a provisioning profile that includes them.",
            example = "<CKError 0x600000c5e0d0: \"Missing Entitlement\" (8/1011); \"In order to use"
                    + " CloudKit, your process must have a com.apple.developer.icloud-services entitlement.\">")
    MISSING_ENTITLEMENT,

    @RuleInfo(
            id = "record-too-large",
            severity = Severity.ERROR,
            summary = "A record is larger than CloudKit accepts (about 1 MB without its assets)",
            rationale = "Too many or too large values are stored inline in one record (TN3164, \"Avoid"
                    + " hitting a CloudKit limit\").",
            source = Sources.CLOUDKIT + "#limits; " + Sources.TN3164 + " (Avoid hitting a CloudKit limit)",
            runtimeError = "CKError \"Limit Exceeded\" (27/2023), server message \"record too large\"",
            fix = "Move large values to Binary Data attributes (large values go to a _ckAsset field)"
                    + " and split an entity with very many fields; 'cdlint check' reports record types near the"
                    + " field limit.",
            example = "<CKError 0x600000c5e0d0: \"Limit Exceeded\" (27/2023); server message = \"record too"
                    + " large\">")
    RECORD_TOO_LARGE,

    @RuleInfo(
            id = "limit-exceeded",
            severity = Severity.WARNING,
            summary = "A request went over a CloudKit limit",
            rationale = "CloudKit caps requests and containers, for example 400 items in one request (TN3164,"
                    + " \"Avoid hitting a CloudKit limit\").",
            source = Sources.TN3164 + " (Avoid hitting a CloudKit limit)",
            runtimeError = "CKError \"Limit Exceeded\" (27), for example \"Your request contains more than the"
                    + " maximum number of items in a single request (400)\"",
            fix = "Send fewer items per request (NSPersistentCloudKitContainer splits its own batches"
                    + " and retries); for your own CloudKit code, batch at most 400 items.",
            example = "<CKError 0x600000c5e0d0: \"Limit Exceeded\" (27/1020); server message = \"Your"
                    + " request contains 512 items which is more than the maximum number of items in a single"
                    + " request (400)\">")
    LIMIT_EXCEEDED,

    @RuleInfo(
            id = "store-in-use-elsewhere",
            severity = Severity.ERROR,
            summary = "Another instance of this store is already syncing with CloudKit (error 134410)",
            rationale = "Two containers in one process, or the app and an extension, load the same store with"
                    + " CloudKit (TN3164).",
            source = Sources.TN3164,
            runtimeError = "NSCocoaErrorDomain Code=134410 \"CloudKit setup failed because there is another"
                    + " instance of this persistent store actively syncing with CloudKit in this process.\", or"
                    + " \"Illegal attempt to register a second handler for activity identifier"
                    + " com.apple.coredata.cloudkit.activity.setup...\"",
            fix = "Create the NSPersistentCloudKitContainer once per process (not in a SwiftUI view's"
                    + " state), and let only the app sync a store it shares with extensions.",
            example = "Error Domain=NSCocoaErrorDomain Code=134410 \"CloudKit setup failed because there is"
                    + " another instance of this persistent store actively syncing with CloudKit in this process.\"")
    STORE_IN_USE_ELSEWHERE,

    @RuleInfo(
            id = "throttled",
            severity = Severity.WARNING,
            summary = "CloudKit throttled the app's requests",
            rationale = "Too many requests in a short time; the server asks the client to wait and the system"
                    + " defers sync, sometimes for hours (TN3164, \"Avoid rate limit throttles\"; TN3162).",
            source = Sources.TN3164 + " (Avoid rate limit throttles); Apple TN3162, \"Understanding CloudKit"
                    + " throttles\"",
            runtimeError = "CKError \"Request Rate Limited\" (7) or \"Service Unavailable\" (6) with a retry"
                    + " time, \"Operation throttled by previous server http 503 reply\"; sync is deferred,"
                    + " sometimes for hours",
            fix = "Nothing to fix for an occasional throttle: sync resumes after the retry time. If it"
                    + " repeats, save fewer, larger batches of changes.",
            example = "<CKError 0x600000c5e0d0: \"Request Rate Limited\" (7/2062); \"Operation throttled by"
                    + " previous server http 503 reply. Retry after 298.7 seconds.\">")
    THROTTLED,

    @RuleInfo(
            id = "account",
            severity = Severity.WARNING,
            summary = "No usable iCloud account on the device",
            rationale = "The device is not signed in to iCloud, iCloud is off for the app, or the account"
                    + " must accept new terms (TN3164, \"Configure iCloud on your devices\").",
            source = Sources.TN3164 + " (Configure iCloud on your devices)",
            runtimeError = "NSCocoaErrorDomain Code=134400 \"Unable to initialize without an iCloud account"
                    + " (CKErrorNotAuthenticated).\", CKError \"Not Authenticated\" (9), or \"Account Temporarily"
                    + " Unavailable\" (36)",
            fix = "Sign in to iCloud on the device, accept any pending terms in Settings, and turn"
                    + " iCloud on for the app; the app should handle an account change rather than assume one.",
            example = "Error Domain=NSCocoaErrorDomain Code=134400 \"Unable to initialize without an iCloud"
                    + " account (CKErrorNotAuthenticated).\"")
    ACCOUNT,

    @RuleInfo(
            id = "zone-not-found",
            severity = Severity.WARNING,
            summary = "The record zone is gone",
            rationale = "The zone was deleted: the user reset iCloud data, or another device purged it.",
            source = Sources.CLOUDKIT + "#sync-logs; Apple, CKError.Code (zoneNotFound, userDeletedZone)",
            runtimeError = "CKError \"Zone Not Found\" (26) or \"User Deleted Zone\" (28)",
            fix = "NSPersistentCloudKitContainer recreates its zone and uploads again; for your own"
                    + " CloudKit code, recreate the zone and resend the records.",
            example = "<CKError 0x600000c5e0d0: \"Zone Not Found\" (26/2036); server message = \"Zone"
                    + " 'com.apple.coredata.cloudkit.zone' does not exist\">")
    ZONE_NOT_FOUND,

    @RuleInfo(
            id = "quota-exceeded",
            severity = Severity.WARNING,
            summary = "The user's iCloud storage is full",
            rationale = "Saves fail until the user frees iCloud storage or buys more (TN3164, \"Avoid"
                    + " hitting a CloudKit limit\").",
            source = Sources.TN3164 + " (Avoid hitting a CloudKit limit)",
            runtimeError = "CKError \"Quota Exceeded\" (25)",
            fix = "Tell the user; sync resumes when there is room.",
            example = "<CKError 0x600000c5e0d0: \"Quota Exceeded\" (25/2035); server message = \"Quota"
                    + " exceeded\">")
    QUOTA_EXCEEDED,

    @RuleInfo(
            id = "history-expired",
            severity = Severity.ERROR,
            summary = "The app used a persistent history token that is no longer valid",
            rationale = "The history the token points to was purged, or the token belongs to another store"
                    + " (Core Data error 134301, NSPersistentHistoryTokenExpiredError).",
            source = Sources.CLOUDKIT + "#sync-logs; Apple, Core Data error constants"
                    + " (NSPersistentHistoryTokenExpiredError)",
            runtimeError = "NSCocoaErrorDomain Code=134301 (NSPersistentHistoryTokenExpiredError) from a history"
                    + " fetch",
            fix = "When a history fetch fails this way, drop the saved token and refetch from the"
                    + " start; purge history only up to what every consumer has processed.",
            example = "Error Domain=NSCocoaErrorDomain Code=134301 \"Persistent history token has expired\"")
    HISTORY_EXPIRED,

    @RuleInfo(
            id = "partial-failure",
            severity = Severity.WARNING,
            summary = "CloudKit failed some records of a batch, and the log does not say why",
            rationale = "A partial failure (CKError 2) wraps one error per record; only its outer description"
                    + " reached the log.",
            source = Sources.CLOUDKIT + "#sync-logs; " + Sources.TN3164,
            runtimeError = "CKError \"Partial Failure\" (2/1011) or \"Batch Request Failed\" (22) with no"
                    + " per-record error in the log",
            fix = "Log the per-record errors (CKPartialErrorsByItemIDKey) or capture the full system"
                    + " log; a production schema behind the model is the most common cause.",
            example = "<CKError 0x600000c5e0d0: \"Partial Failure\" (2/1011); \"Failed to modify some"
                    + " records\">")
    PARTIAL_FAILURE,

    @RuleInfo(
            id = "mirroring-stopped",
            severity = Severity.INFO,
            summary = "NSPersistentCloudKitContainer stopped syncing a store",
            rationale = "The mirroring delegate tore down, for example because the store was removed or"
                    + " replaced.",
            source = Sources.CLOUDKIT + "#sync-logs; Apple TN3163, \"Understanding the synchronization of"
                    + " NSPersistentCloudKitContainer\"",
            runtimeError = "\"Told to tear down with reason: ...\": the store stops syncing until it is loaded"
                    + " again",
            fix = "If the store was replaced on purpose (a restore), load it again through the"
                    + " container so that sync starts again.",
            example = "CoreData: debug: CoreData+CloudKit: -[NSCloudKitMirroringDelegate"
                    + " _performSetupRequest:]: <NSCloudKitMirroringDelegate: 0x6000>: Told to tear down with"
                    + " reason: Store Removed")
    MIRRORING_STOPPED,

    @RuleInfo(
            id = "cloudkit-error",
            severity = Severity.WARNING,
            summary = "CloudKit returned an error cdlint has no specific advice for",
            rationale = "See the error's code in Apple's CKError.Code documentation.",
            source = "Apple, CKError.Code, https://developer.apple.com/documentation/cloudkit/ckerror/code; "
                    + Sources.TN3164,
            runtimeError = "a CKError of a code cdlint has no specific advice for",
            fix = "Look up the code and the server message; if the error repeats, TN3164 describes how"
                    + " to read the surrounding log.",
            example = "<CKError 0x600000c5e0d0: \"Server Rejected Request\" (15/2000); server message ="
                    + " \"Internal server error\">")
    CLOUDKIT_ERROR;

    public static Optional<DiagnosisKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
    }
}
