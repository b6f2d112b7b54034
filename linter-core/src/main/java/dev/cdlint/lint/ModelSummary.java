package dev.cdlint.lint;

import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.List;

/**
 * How a run read one model, for reports that list models: where it is, what it was read from, and for each
 * configuration whether it was checked, with which database scope, and what decided that.
 *
 * @param format {@code core-data} or {@code swiftdata}
 */
public record ModelSummary(Path path, String name, String format, List<Scope> configurations) {

    /**
     * @param scope {@code private}, {@code public}, {@code shared}, or {@code none} when it is not checked
     * @param decidedBy {@code --scope}, {@code .cdlint.yml}, {@code code} (the container code, or its absence
     *     for a SwiftData model cdlint cannot place), {@code model} ("Used with CloudKit") or {@code default}
     * @param at where it was decided, when a file says so; null otherwise
     * @param reason the decision in words
     */
    public record Scope(String configuration, boolean checked, String scope, String decidedBy, SourceLocation at,
            String reason) {}

    public ModelSummary {
        configurations = List.copyOf(configurations);
    }
}
