package dev.cdlint.rules;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.Excerpt;
import dev.cdlint.source.SourceLocation;

/**
 * Reported by the linter, which places SwiftData models from the container code: when no container or
 * configuration in the code reads some of a model's classes, they are checked as if they synced, and this says so.
 */
@RuleInfo(
        id = SwiftDataContainerNotFound.ID,
        severity = Severity.INFO,
        summary = "No container code for these SwiftData classes was found; they are checked as if they synced",
        rationale = "Whether a SwiftData model syncs is decided where the code creates its ModelContainer and"
                + " ModelConfiguration. When cdlint finds none that reads the classes (the code is in a file or"
                + " package it did not read, or the classes are unused), it checks them as if they synced to the"
                + " private database rather than pass them unchecked, and says so.",
        source = Sources.CLOUDKIT + "#swiftdata-scope; Apple, \"Syncing model data across a person's devices\","
                + " https://developer.apple.com/documentation/swiftdata/syncing-model-data-across-a-persons-devices",
        runtimeError = "None from cdlint's side: if the classes do sync, what the other findings describe fails when"
                + " the store loads (NSCocoaErrorDomain 134060).",
        fix = "Run cdlint on the folder that holds the app's container code too; or, when the classes never sync,"
                + " create their container with ModelConfiguration(cloudKitDatabase: .none), or give the"
                + " configuration the finding names the scope none under scopes: in .cdlint.yml.",
        example = """
                @Model final class Draft {   // no ModelContainer in the code reads Draft
                    var text: String = ""
                }""")
public final class SwiftDataContainerNotFound implements ModelRule {

    public static final String ID = "swiftdata-container-not-found";

    @Override
    public void check(ModelContext context) {
        // The linter reports it from the container code it read; see finding().
    }

    /** The finding for classes of a model that no container code reads, at the first of them. */
    public static Finding finding(SourceLocation at, String model, String configuration, String classes,
            Severity severity) {
        return new Finding(ID, severity, "No ModelContainer, ModelConfiguration or .modelContainer(for:) that cdlint"
                + " read uses " + classes + ", so cdlint checks " + (classes.contains(",") ? "them" : "it")
                + " as if " + (classes.contains(",") ? "they" : "it") + " synced to the private database; if "
                + (classes.contains(",") ? "they never sync" : "it never syncs") + ", give the configuration "
                + Excerpt.quoted(configuration, Excerpt.VALUE) + " the scope none in .cdlint.yml.", at, null, null,
                configuration, null, null);
    }
}
