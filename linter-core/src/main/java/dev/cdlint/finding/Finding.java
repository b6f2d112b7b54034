package dev.cdlint.finding;

import dev.cdlint.source.SourceLocation;
import java.util.Comparator;
import java.util.Objects;

/**
 * One problem cdlint found. The location points at the element to change; the other fields name it for reports
 * and are null where they do not apply (a record type and field only for schema findings, for example).
 *
 * @param rule the id of the rule that found it, such as {@code ordered-relationship}
 * @param entity the entity that declares the element
 * @param property the attribute or relationship, without its entity
 * @param configuration the configuration being checked
 * @param recordType the CloudKit record type, such as {@code CD_Note}
 * @param field the CloudKit field, such as {@code CD_title}
 */
public record Finding(
        String rule,
        Severity severity,
        String message,
        SourceLocation location,
        String entity,
        String property,
        String configuration,
        String recordType,
        String field) {

    /** File, then line and column, then rule: the order every report lists findings in. */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing((Finding f) -> f.location().file().toString())
            .thenComparingInt(f -> f.location().line())
            .thenComparingInt(f -> f.location().column())
            .thenComparing(Finding::rule)
            .thenComparing(Finding::message);

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /** {@code Entity.property}, {@code Entity}, or null: how messages and reports name the element. */
    public String elementName() {
        if (entity == null) {
            return property;
        }
        return property == null ? entity : entity + "." + property;
    }
}
