package dev.cdlint.rules;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.RuleOption;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import java.util.List;

/**
 * Every record type needs the attribute, for every concrete entity saved in it; an entity has it when it or an
 * ancestor declares it. An entity lacking it means its root lacks it too, so the finding is made once, at the root
 * (where adding it fixes the whole hierarchy), and names the entities that lack it.
 */
@RuleInfo(
        id = "public-soft-delete-attribute",
        severity = Severity.ERROR,
        summary = "A record type in a public-scope configuration has no removal-date attribute for soft deletes",
        rationale = "The public database does not track deletions, so the container never syncs them: an object"
                + " deleted on one device stays on every other. Apple's pattern is an optional removal date that is"
                + " set instead of deleting, hidden in the UI, and purged much later.",
        source = Sources.CLOUDKIT + "#public-database (deletions are not synchronised; soft deletes); " + Sources.TN3164
                + "; WWDC20 10650 \"Sync a Core Data store with the CloudKit public database\"",
        runtimeError = "None: deleted objects silently reappear, or never disappear, on other devices.",
        fix = "Add an optional Date attribute (deletedAt, or a name listed in the rule's 'attributes' option) to the"
                + " root entity; set it instead of deleting, filter out objects where it is set, and delete them"
                + " for good much later.",
        example = """
                <entity name="Post">
                    <attribute name="title" optional="YES" attributeType="String"/>
                </entity>""")
public final class PublicSoftDeleteAttribute implements ConfigurationRule {

    static final RuleOption<List<String>> ATTRIBUTES = RuleOption.names("attributes",
            List.of("deletedAt", "removedAt", "removalDate", "deletionDate"),
            "Names an optional Date attribute may have to count as the removal date of a soft delete.");

    @Override
    public List<RuleOption<?>> options() {
        return List.of(ATTRIBUTES);
    }

    @Override
    public void check(ConfigurationContext context) {
        if (context.scope() != DatabaseScope.PUBLIC) {
            return;
        }
        ModelVersion version = context.version();
        List<String> names = context.option(ATTRIBUTES);
        for (MirroredRecordType recordType : context.mirror().recordTypes()) {
            if (recordType.rootEntity() == null) {
                continue;
            }
            Entity root = version.entity(recordType.rootEntity()).orElseThrow();
            List<String> lacking = version.hierarchy(root).stream()
                    .filter(e -> context.configuration().contains(e.name()) && !e.isAbstract())
                    .filter(e -> version.ancestry(e).stream().noneMatch(a -> hasRemovalDate(a, names)))
                    .map(Entity::name)
                    .toList();
            if (lacking.isEmpty()) {
                continue;
            }
            String who = lacking.equals(List.of(root.name())) ? root.name()
                    : root.name() + " (and so " + String.join(", ", lacking) + ")";
            context.report(root, who + " has no optional Date attribute named " + String.join(" or ", names)
                    + ", but the public database does not sync deletions; add one, set it instead of deleting,"
                    + " hide objects where it is set, and purge them much later.");
        }
    }

    private static boolean hasRemovalDate(Entity entity, List<String> names) {
        return entity.attributes().stream().anyMatch(a -> names.contains(a.name()) && isRemovalDate(a));
    }

    private static boolean isRemovalDate(Attribute attribute) {
        return attribute.type() == AttributeType.DATE && attribute.optional() && Mirror.isMirrored(attribute);
    }
}
