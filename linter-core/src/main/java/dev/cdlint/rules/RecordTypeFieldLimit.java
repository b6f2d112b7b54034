package dev.cdlint.rules;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.RuleOption;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.Entity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Over the limit is always an error, whatever severity is configured, since the record type cannot be created;
 * turning the rule off is the only way to silence it. The configured severity applies to the early warning, but
 * never raises it above a warning (the default severity, error, would otherwise make a warning an error): set
 * {@code info} to make the early warning quieter.
 */
@RuleInfo(
        id = RecordTypeFieldLimit.ID,
        severity = Severity.ERROR,
        summary = "A record type has more fields than CloudKit allows, or is close to it",
        rationale = "A CloudKit record type holds at most 256 fields. The mirror puts a whole inheritance hierarchy"
                + " into the root's record type, adds an asset companion for every variable-length attribute and"
                + " nine fixed fields (six system fields, CD_entityName and the CD_moveReceipt pair), so a model"
                + " reaches the limit sooner than its attribute count suggests.",
        source = Sources.CLOUDKIT + "#record-types (one record type per hierarchy) and " + Sources.CLOUDKIT
                + "#limits (256 fields per record type, counted conservatively); " + Sources.TN3164,
        runtimeError = "The schema cannot be created or extended: CloudKit rejects the record type with \"Limit"
                + " Exceeded\", and the container stops exporting.",
        fix = "Move groups of properties to a related entity (to-one, with an inverse), or split a large"
                + " inheritance hierarchy into separate root entities.",
        example = """
                <entity name="Survey">
                    <attribute name="answer1" optional="YES" attributeType="String"/>
                    <!-- ... answer2 to answer130: 130 strings and their asset companions, 269 fields -->
                </entity>""")
public final class RecordTypeFieldLimit implements ConfigurationRule {

    public static final String ID = "record-type-field-limit";
    public static final int CLOUDKIT_LIMIT = 256;
    public static final RuleOption<Integer> WARN_ABOVE = RuleOption.integer("warn-above", 200,
            "Warn when a record type has more fields than this, before it reaches CloudKit's limit of 256.");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(WARN_ABOVE);
    }

    @Override
    public void check(ConfigurationContext context) {
        for (MirroredRecordType recordType : context.mirror().recordTypes()) {
            if (recordType.rootEntity() == null) {
                continue;
            }
            int count = recordType.fields().size();
            Severity severity;
            String verdict;
            if (count > CLOUDKIT_LIMIT) {
                severity = Severity.ERROR;
                verdict = "more than the " + CLOUDKIT_LIMIT + " CloudKit allows";
            } else if (count > context.option(WARN_ABOVE)) {
                severity = context.severity().atLeast(Severity.WARNING) ? Severity.WARNING : context.severity();
                verdict = "close to the " + CLOUDKIT_LIMIT + " CloudKit allows";
            } else {
                continue;
            }
            Entity root = context.version().entity(recordType.rootEntity()).orElseThrow();
            context.report(root.location(), root.name(), null, severity, recordType.name() + " has " + count
                    + " fields, " + verdict + " (" + contributors(recordType) + "); move properties to a related"
                    + " entity or split the hierarchy.");
        }
    }

    /** The entities that add the most fields, largest first, and the fixed fields every record type has. */
    private static String contributors(MirroredRecordType recordType) {
        Map<String, Long> byEntity = recordType.fields().stream()
                .filter(f -> f.property() != null)
                .collect(Collectors.groupingBy(MirroredField::entity, Collectors.counting()));
        long fixed = recordType.fields().stream().filter(f -> f.property() == null).count();
        String largest = byEntity.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3)
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        return largest + (byEntity.size() > 3 ? ", ..." : "") + ", plus " + fixed + " fixed fields";
    }
}
