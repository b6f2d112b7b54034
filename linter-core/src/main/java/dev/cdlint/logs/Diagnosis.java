package dev.cdlint.logs;

import dev.cdlint.finding.Severity;
import dev.cdlint.logs.kinds.DiagnosisKind;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One problem a log shows, however many times it appears. Names are null where they do not apply.
 *
 * @param count how many log messages show it
 * @param log the log it first appears in ({@code -} for standard input)
 * @param line the log line where it first appears
 * @param detail what happened, with the names the log gives, as one or more sentences
 * @param rule for {@link DiagnosisKind#MODEL_VALIDATION}, the cdlint rule that checks the same thing, if any
 * @param recordType the CloudKit record type the log names
 * @param field the CloudKit field the log names
 * @param entity the model's entity: the log's own name (134060) or the one the CloudKit names map back to
 * @param property the attribute or relationship, without its entity
 * @param element where the element is in the model, when a model was given and has it; otherwise null
 * @param notes what cdlint sees in the model or the production schema about it
 */
public record Diagnosis(
        DiagnosisKind kind,
        int count,
        Path log,
        int line,
        String detail,
        String rule,
        String recordType,
        String field,
        String entity,
        String property,
        SourceLocation element,
        List<String> notes) {

    public Diagnosis {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(detail, "detail");
        notes = List.copyOf(notes);
    }

    public Severity severity() {
        return kind.defaultSeverity();
    }

    /** What happened, why, and what cdlint sees: the text a report shows as the diagnosis' message. */
    public String message() {
        List<String> parts = new ArrayList<>();
        parts.add(detail);
        parts.add(kind.rationale());
        parts.addAll(notes);
        return String.join(" ", parts);
    }

    public String fix() {
        return kind.fix();
    }

    /** Where a report points: the model element when it is known, else the log line. */
    public SourceLocation location() {
        return element != null ? element : new SourceLocation(log, line, 0);
    }

    /** {@code Entity.property}, {@code Entity}, or null. */
    public String elementName() {
        if (entity == null) {
            return property;
        }
        return property == null ? entity : entity + "." + property;
    }

    Diagnosis withModel(String entity, String property, SourceLocation element, List<String> notes) {
        return new Diagnosis(kind, count, log, line, detail, rule, recordType, field, entity, property, element,
                notes);
    }
}
