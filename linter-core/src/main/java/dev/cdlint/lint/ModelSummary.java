package dev.cdlint.lint;

import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.mapping.RecordTypeComparison;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a report can draw of one model beyond its findings: how each configuration came to be checked, and each
 * record type as the mirror builds it, with what CloudKit has of it. Computed only when a request asks for it
 * ({@link LintRequest#summarize()}), from the same mirror and comparisons the rules use, so a run that does not
 * draw pays nothing.
 *
 * @param model the model, as in {@link LintResult#models()}
 * @param configurations every configuration of the model's current version, checked or not
 * @param warnAbove the field count above which {@code record-type-field-limit} warns; empty when the rule is off
 * @param production the production schema the model was compared with; empty without one
 * @param deployedModel how the run names the model production was deployed from; empty without one
 * @param recordTypes the record types of the checked configurations, in name order, each once per distinct shape
 * @param removedRecordTypes record types the deployed model created that no checked configuration writes any more
 */
public record ModelSummary(Path model, List<ConfigurationScope> configurations, OptionalInt warnAbove,
        Optional<Path> production, Optional<String> deployedModel, List<RecordTypeSummary> recordTypes,
        List<String> removedRecordTypes) {

    public ModelSummary {
        configurations = List.copyOf(configurations);
        recordTypes = List.copyOf(recordTypes);
        removedRecordTypes = List.copyOf(removedRecordTypes);
    }

    /**
     * One configuration, and how its scope was decided.
     *
     * @param scope the database it syncs to ({@link DatabaseScope#NONE}: never, so it is not checked); empty when
     *     the model does not mark it Used with CloudKit and nothing gives it a scope, so it is not checked either
     * @param origin how that was decided, in words ("the model's Used with CloudKit box", "scopes: in
     *     .cdlint.yml:4", "--scope"); empty where the front end that read the model cannot say (a reader of another
     *     kind of model fills in its own)
     */
    public record ConfigurationScope(String configuration, Optional<DatabaseScope> scope, Optional<String> origin) {

        public boolean checked() {
            return scope.filter(DatabaseScope::isSynced).isPresent();
        }
    }

    /**
     * A record type as the checked configurations mirror it.
     *
     * @param type the record type and its fields, one per name: what the 256-field limit counts
     * @param configurations the checked configurations that write it in this shape
     * @param production the record type against the production schema, when one was given
     * @param deployedModel the record type against the deployed model, when one was given: the changes since
     */
    public record RecordTypeSummary(MirroredRecordType type, List<String> configurations,
            Optional<RecordTypeComparison> production, Optional<RecordTypeComparison> deployedModel) {

        public RecordTypeSummary {
            configurations = List.copyOf(configurations);
        }
    }
}
