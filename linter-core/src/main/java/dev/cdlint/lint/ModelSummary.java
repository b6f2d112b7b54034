package dev.cdlint.lint;

import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.mapping.RecordTypeComparison;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a run read one model, for reports that list or draw models: where it is, what it was read from, for each
 * configuration whether it was checked, with which database scope and what decided that; and, when the request
 * asks for it ({@link LintRequest#summarize()}), its record types as the mirror builds them, with what CloudKit has
 * of each. Built from the same mirror and comparisons the rules use; a run that does not draw pays nothing for the
 * record types.
 *
 * @param format {@code core-data} or {@code swiftdata}
 * @param recordTypes empty unless the request asked to summarize
 */
public record ModelSummary(Path path, String name, String format, List<Scope> configurations,
        Optional<RecordTypes> recordTypes) {

    public ModelSummary {
        configurations = List.copyOf(configurations);
    }

    /**
     * @param scope {@code private}, {@code public}, {@code shared}, or {@code none} when it is not checked
     * @param decidedBy {@code --scope}, {@code .cdlint.yml}, {@code code} (the container code, or its absence
     *     for a SwiftData model cdlint cannot place), {@code model} ("Used with CloudKit") or {@code default}
     * @param at where it was decided, when a file says so; null otherwise
     * @param reason the decision in words
     */
    public record Scope(String configuration, boolean checked, String scope, String decidedBy, SourceLocation at,
            String reason) {}

    /**
     * The record types of the checked configurations, and what CloudKit has of them.
     *
     * @param warnAbove the field count above which {@code record-type-field-limit} warns; empty when the rule is off
     * @param production the production schema the model was compared with; empty without one
     * @param deployedModel how the run names the model production was deployed from; empty without one
     * @param types the record types, in name order, each once per distinct shape
     * @param removed record types the deployed model created that no checked configuration writes any more
     */
    public record RecordTypes(OptionalInt warnAbove, Optional<Path> production, Optional<String> deployedModel,
            List<RecordTypeSummary> types, List<String> removed) {

        public RecordTypes {
            types = List.copyOf(types);
            removed = List.copyOf(removed);
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

    /** This summary with the model's record types drawn. */
    public ModelSummary withRecordTypes(RecordTypes drawn) {
        return new ModelSummary(path, name, format, configurations, Optional.of(drawn));
    }
}
