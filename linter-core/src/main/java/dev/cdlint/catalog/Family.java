package dev.cdlint.catalog;

/**
 * The kinds of check, by what they read. Each family's fixtures live in a folder of its id under the test
 * resources' {@code fixtures}, and reports say which families a run left out and why.
 */
public enum Family {

    MODEL("model", "Model rules", "What Core Data's store-load validator and CloudKit mirroring accept in a model."),
    SCHEMA("schema", "Production schema rules", "The model against the production schema exported with cktool"
            + " (--against, or schema: in .cdlint.yml)."),
    EVOLUTION("evolution", "Evolution rules", "The model against the model production was deployed from"
            + " (--against-ref, --against-model, or against-ref: in .cdlint.yml)."),
    LOGS("logs", "Log diagnoses", "What 'cdlint logs' recognises in a sync log of NSPersistentCloudKitContainer.");

    private final String id;
    private final String title;
    private final String description;

    Family(String id, String title, String description) {
        this.id = id;
        this.title = title;
        this.description = description;
    }

    /** Kebab-case, as reports and the fixture tree name it. */
    public String id() {
        return id;
    }

    /** A heading for the family's part of the rule reference. */
    public String title() {
        return title;
    }

    /** One or two sentences: what the family's checks compare, and what they need. */
    public String description() {
        return description;
    }
}
