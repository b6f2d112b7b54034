package dev.cdlint.rules;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.Entity;
import dev.cdlint.schema.Names;
import dev.cdlint.source.SourceLocation;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Only names the mirror turns into CloudKit names are checked: a record type per hierarchy root, a field per
 * attribute and to-one relationship. The model editor never writes such names; a hand-edited or generated model
 * can, and the XML holds them happily.
 */
@RuleInfo(
        id = "name-unsupported-character",
        severity = Severity.ERROR,
        summary = "An entity or property name holds a character CloudKit names cannot",
        rationale = "The container names the record type CD_<Entity> and each field CD_<property>. CloudKit"
                + " identifiers hold only ASCII letters, digits and underscores, so a name with a space, a hyphen,"
                + " a double quote, a line break or a non-ASCII letter has no CloudKit name; no .ckdb file can"
                + " even spell one with a double quote or a line break.",
        source = Sources.CLOUDKIT + "#record-types and " + Sources.CLOUDKIT + "#attribute-types (CD_ names), "
                + Sources.CLOUDKIT + "#limits (identifier characters; Apple, \"Integrating a Text-Based Schema into"
                + " Your Workflow\")",
        runtimeError = "The schema cannot hold the record type or field: initializeCloudKitSchema() and the first"
                + " export of such a record fail, and cdlint schema cannot write the .ckdb.",
        fix = "Rename the entity or property to letters, digits and underscores in the Data Model inspector (set"
                + " the old name as its Renaming ID so that local migration keeps the data).",
        example = """
                <attribute name="due date" optional="YES" attributeType="Date"/>""")
public final class NameUnsupportedCharacter implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        Set<String> reported = new HashSet<>();
        for (MirroredRecordType recordType : context.mirror().recordTypes()) {
            if (recordType.rootEntity() == null) {
                continue;
            }
            Entity root = context.version().entity(recordType.rootEntity()).orElseThrow();
            unsupported(root.name()).ifPresent(why -> context.report(root, visible(root.name())
                    + " is mirrored as the record type " + visible(recordType.name()) + ", which CloudKit cannot"
                    + " name: " + why + "; rename the entity."));
            for (MirroredField field : recordType.fields()) {
                if (field.property() == null || !reported.add(field.entity() + '\u0000' + field.property())) {
                    continue;
                }
                unsupported(field.property()).ifPresent(why -> report(context, field, why));
            }
        }
    }

    private static void report(ConfigurationContext context, MirroredField field, String why) {
        SourceLocation at = field.location();
        context.report(at, field.entity(), field.property(), visible(field.entity() + "." + field.property())
                + " is mirrored as the field " + visible(field.name()) + ", which CloudKit cannot name: " + why
                + "; rename the property.");
    }

    /** Why a name is no CloudKit identifier, if it is not: the first character it may not hold. */
    static Optional<String> unsupported(String name) {
        for (int i = 0; i < name.length(); i = name.offsetByCodePoints(i, 1)) {
            int c = name.codePointAt(i);
            if (!Names.isNamePart(c)) {
                return Optional.of("names hold only ASCII letters, digits and underscores, and this one holds "
                        + describe(c));
            }
        }
        return Optional.empty();
    }

    private static String describe(int c) {
        return switch (c) {
            case '"' -> "a double quote";
            case '\n', '\r', 0x85, 0x2028, 0x2029 -> "a line break";
            case ' ' -> "a space";
            default -> Character.isISOControl(c) ? String.format("the control character U+%04X", c)
                    : String.format("'%s' (U+%04X)", Character.toString(c), c);
        };
    }

    /** A name as messages show it: line breaks as escapes, so one finding stays on one line. */
    private static String visible(String name) {
        return name.replace("\r", "\\r").replace("\n", "\\n");
    }
}
