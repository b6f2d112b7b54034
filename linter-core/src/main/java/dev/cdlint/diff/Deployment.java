package dev.cdlint.diff;

/**
 * The texts the schema diff rules share: how a schema reaches production, and the error production answers with
 * when it has not (docs/cloudkit.md#production-schema, TN3164). Constants, so that {@code @RuleInfo} can use them; the evolution
 * rules use them too.
 */
public final class Deployment {

    public static final String PRODUCTION_ERROR = "CKError \"Invalid Arguments\" (12/2006), server message"
            + " \"Cannot create or modify field 'CD_x' in record 'CD_Y' in production schema\", which stops the"
            + " mirroring delegate: NSCocoaErrorDomain 134406 (TN3164)";

    public static final String HOW_TO_DEPLOY = "initialise the development schema (run initializeCloudKitSchema()"
            + " once, or use the app against the development environment), then deploy it in CloudKit Console with"
            + " \"Deploy Schema Changes\"; cktool import-schema reaches only the development environment";

    /**
     * For the lazily created fields, which only a full initialisation writes (docs/cloudkit.md#asset-fields,
     * docs/cloudkit.md#production-schema).
     */
    public static final String INITIALIZE_AND_DEPLOY = "run initializeCloudKitSchema() against development, which"
            + " writes every lazily created field, then deploy in CloudKit Console with \"Deploy Schema Changes\"";

    private Deployment() {}

    /** The error production gives for this field, as TN3164 quotes it. */
    public static String productionError(String recordType, String field) {
        return "Cannot create or modify field '" + field + "' in record '" + recordType + "' in production schema";
    }
}
