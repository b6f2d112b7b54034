package dev.cdlint.logs;

import dev.cdlint.finding.RuleDescription;
import dev.cdlint.finding.Severity;
import java.util.Arrays;
import java.util.Optional;

/**
 * The problems a sync log can show, each with why it happens and what to do, in the words of Apple's technote
 * TN3164 ("Debugging the synchronization of NSPersistentCloudKitContainer") where it has them. The ids are
 * stable: reports and scripts match on them.
 */
public enum DiagnosisKind implements RuleDescription {

    MODEL_VALIDATION("model-validation", Severity.ERROR,
            "Core Data refused to load the store with CloudKit (error 134060), so sync never started",
            "The model uses something CloudKit mirroring does not support; Core Data checks the model when the"
                    + " store loads and lists each element it rejects (Apple: \"Creating a Core Data Model for"
                    + " CloudKit\").",
            "Change each listed element in the model editor, then run 'cdlint check' on the model: it reports"
                    + " these before the app runs."),
    STORE_OPTIONS("store-options", Severity.ERROR,
            "Core Data refused to load the store with CloudKit (error 134060): a store option is missing",
            "The store description lacks an option CloudKit mirroring needs.",
            "Set the option on the NSPersistentStoreDescription before loading the store: a container identifier"
                    + " in cloudKitContainerOptions, and NSPersistentHistoryTrackingKey set to true."),
    PRODUCTION_SCHEMA_FIELD("production-schema-field", Severity.ERROR,
            "The production CloudKit schema has no such field, and production never creates one",
            "The model gained an attribute or to-one relationship after the schema was last deployed. The"
                    + " development environment adds fields as records arrive; production refuses them (TN3164:"
                    + " a debug build that syncs while the TestFlight or App Store build does not is this case).",
            "Run the app against the development environment (or call initializeCloudKitSchema()) so the"
                    + " development schema has the field, then deploy the schema to production in CloudKit Console;"
                    + " 'cdlint check --against production.ckdb' finds the next one before it ships."),
    PRODUCTION_SCHEMA_TYPE("production-schema-type", Severity.ERROR,
            "The production CloudKit schema has no such record type, and production never creates one",
            "An entity (a whole record type) was added after the schema was last deployed; production refuses"
                    + " record types it does not have.",
            "Create the record type in the development environment (run the app, or initializeCloudKitSchema()),"
                    + " then deploy the schema to production in CloudKit Console."),
    FIELD_TYPE_MISMATCH("field-type-mismatch", Severity.ERROR,
            "A field exists with another type, and a CloudKit field never changes its type",
            "The attribute's type changed (or another attribute of that name wrote first) after the field was"
                    + " created.",
            "Add a new attribute with a new name for the new type, migrate the values in the app, and stop"
                    + " writing the old one; a deployed field cannot be changed or deleted."),
    NEW_FIELD_FROM_EMPTY_LIST("new-field-from-empty-list", Severity.WARNING,
            "The server cannot infer a new field's type from an empty list",
            "A record was saved with an empty list for a field the schema does not have yet.",
            "Create the field with a non-empty value in the development environment, or define it in CloudKit"
                    + " Console, then deploy the schema."),
    CONTAINER_PERMISSION("container-permission", Severity.ERROR,
            "CloudKit refused the app's container",
            "The app ID and the iCloud container are not associated in the developer portal, the association"
                    + " has not reached the server yet, or the identifier names no container of this team"
                    + " (TN3164, \"Configure CloudKit in your project\").",
            "Check the iCloud capability and its container in Xcode's Signing & Capabilities and in"
                    + " Certificates, Identifiers & Profiles, refresh the provisioning profile, and check the"
                    + " identifier the code passes; as a last resort use a new container."),
    MISSING_ENTITLEMENT("missing-entitlement", Severity.ERROR,
            "The process is not entitled to use CloudKit",
            "The target is not signed with the iCloud capability and CloudKit ticked, or not with an application"
                    + " identifier (TN3164, \"Configure CloudKit in your project\").",
            "Add the iCloud capability with CloudKit and the container to the target, and sign it with a"
                    + " provisioning profile that includes them."),
    RECORD_TOO_LARGE("record-too-large", Severity.ERROR,
            "A record is larger than CloudKit accepts (about 1 MB without its assets)",
            "Too many or too large values are stored inline in one record (TN3164, \"Avoid hitting a CloudKit"
                    + " limit\").",
            "Move large values to Binary Data attributes (large values go to a _ckAsset field) and split an"
                    + " entity with very many fields; 'cdlint check' reports record types near the field limit."),
    LIMIT_EXCEEDED("limit-exceeded", Severity.WARNING,
            "A request went over a CloudKit limit",
            "CloudKit caps requests and containers, for example 400 items in one request (TN3164, \"Avoid"
                    + " hitting a CloudKit limit\").",
            "Send fewer items per request (NSPersistentCloudKitContainer splits its own batches and retries);"
                    + " for your own CloudKit code, batch at most 400 items."),
    STORE_IN_USE_ELSEWHERE("store-in-use-elsewhere", Severity.ERROR,
            "Another instance of this store is already syncing with CloudKit (error 134410)",
            "Two containers in one process, or the app and an extension, load the same store with CloudKit"
                    + " (TN3164).",
            "Create the NSPersistentCloudKitContainer once per process (not in a SwiftUI view's state), and let"
                    + " only the app sync a store it shares with extensions."),
    THROTTLED("throttled", Severity.WARNING,
            "CloudKit throttled the app's requests",
            "Too many requests in a short time; the server asks the client to wait and the system defers sync,"
                    + " sometimes for hours (TN3164, \"Avoid rate limit throttles\"; TN3162).",
            "Nothing to fix for an occasional throttle: sync resumes after the retry time. If it repeats, save"
                    + " fewer, larger batches of changes."),
    ACCOUNT("account", Severity.WARNING,
            "No usable iCloud account on the device",
            "The device is not signed in to iCloud, iCloud is off for the app, or the account must accept new"
                    + " terms (TN3164, \"Configure iCloud on your devices\").",
            "Sign in to iCloud on the device, accept any pending terms in Settings, and turn iCloud on for the"
                    + " app; the app should handle an account change rather than assume one."),
    ZONE_NOT_FOUND("zone-not-found", Severity.WARNING,
            "The record zone is gone",
            "The zone was deleted: the user reset iCloud data, or another device purged it.",
            "NSPersistentCloudKitContainer recreates its zone and uploads again; for your own CloudKit code,"
                    + " recreate the zone and resend the records."),
    QUOTA_EXCEEDED("quota-exceeded", Severity.WARNING,
            "The user's iCloud storage is full",
            "Saves fail until the user frees iCloud storage or buys more (TN3164, \"Avoid hitting a CloudKit"
                    + " limit\").",
            "Tell the user; sync resumes when there is room."),
    HISTORY_EXPIRED("history-expired", Severity.ERROR,
            "The app used a persistent history token that is no longer valid",
            "The history the token points to was purged, or the token belongs to another store (Core Data error"
                    + " 134301, NSPersistentHistoryTokenExpiredError).",
            "When a history fetch fails this way, drop the saved token and refetch from the start; purge history"
                    + " only up to what every consumer has processed."),
    PARTIAL_FAILURE("partial-failure", Severity.WARNING,
            "CloudKit failed some records of a batch, and the log does not say why",
            "A partial failure (CKError 2) wraps one error per record; only its outer description reached the"
                    + " log.",
            "Log the per-record errors (CKPartialErrorsByItemIDKey) or capture the full system log; a production"
                    + " schema behind the model is the most common cause."),
    MIRRORING_STOPPED("mirroring-stopped", Severity.INFO,
            "NSPersistentCloudKitContainer stopped syncing a store",
            "The mirroring delegate tore down, for example because the store was removed or replaced.",
            "If the store was replaced on purpose (a restore), load it again through the container so that sync"
                    + " starts again."),
    CLOUDKIT_ERROR("cloudkit-error", Severity.WARNING,
            "CloudKit returned an error cdlint has no specific advice for",
            "See the error's code in Apple's CKError.Code documentation.",
            "Look up the code and the server message; if the error repeats, TN3164 describes how to read the"
                    + " surrounding log.");

    private final String id;
    private final Severity severity;
    private final String summary;
    private final String why;
    private final String fix;

    DiagnosisKind(String id, Severity severity, String summary, String why, String fix) {
        this.id = id;
        this.severity = severity;
        this.summary = summary;
        this.why = why;
        this.fix = fix;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity defaultSeverity() {
        return severity;
    }

    /** What happened, in one sentence without its period. */
    @Override
    public String summary() {
        return summary;
    }

    /** Why it happens, with the technote section where there is one. */
    @Override
    public String rationale() {
        return why;
    }

    /** What to do. */
    @Override
    public String fix() {
        return fix;
    }

    public static Optional<DiagnosisKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
