package dev.cdlint.evolution;

import dev.cdlint.finding.Severity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Property;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;

@RuleInfo(
        id = "evolution-probable-rename",
        severity = Severity.WARNING,
        summary = "A property CloudKit already has seems renamed: it is gone, and a new one of its type appeared",
        rationale = "Field names come from the property's name. When, in one entity, exactly one synced property of a"
                + " type is gone since the deployed model and exactly one of the same type is new, it is most likely"
                + " a rename. CloudKit sees a new field; the old one stays in production forever, older app versions"
                + " keep writing it and never see the new one, so the two drift apart.",
        source = Sources.CLOUDKIT + "#evolution-renames (the field name is the property's name); "
                + Evolution.DEPLOY_DOC,
        runtimeError = "None: the values older app versions write to the old field never reach this version, and"
                + " the reverse",
        fix = "If it is a rename, keep the old property and write both while older app versions are in use (copy the"
                + " old values into the new one once), or give it its old name back. If one was really removed and"
                + " the other really added, suppress this finding on the new property.",
        example = "deployed: <attribute name=\"body\" attributeType=\"String\"/> in Note; now: <attribute"
                + " name=\"text\" attributeType=\"String\"/> instead")
public final class ProbableRename implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        Change.of(context).ifPresent(ProbableRename::check);
    }

    private static void check(Change change) {
        ConfigurationContext context = change.context();
        for (Entity entity : context.entities()) {
            change.counterpart(entity)
                    .filter(deployed -> change.cloudKitHas(change.deployedRecordTypeOf(deployed)))
                    .ifPresent(deployed -> change.probableRenames(deployed, entity).forEach((old, now) ->
                            report(change, entity, deployed, old, now)));
        }
    }

    private static void report(Change change, Entity entity, Entity deployed, Property old, Property now) {
        ConfigurationContext context = change.context();
        String recordType = change.deployedRecordTypeOf(deployed);
        String oldField = Change.fieldOf(change.before(), deployed, old);
        if (oldField != null && !change.cloudKitHas(recordType, oldField)) {
            return;
        }
        String newField = Change.fieldOf(change.after(), entity, now);
        String effect = newField != null && oldField != null
                ? "CloudKit sees a new field " + newField + "; " + oldField + " stays in " + recordType
                : "CloudKit stores its links anew; the old links stay in CloudKit";
        context.reportField(now.location(), entity.name(), now.name(), context.recordTypeOf(entity), newField,
                Change.name(entity, now) + " is new and " + Change.name(deployed, old) + " of the same type is gone"
                        + " since " + change.deployedModel() + ": if this is a rename, " + effect + ", the values"
                        + " already there are not copied, and older app versions keep writing the old one and never"
                        + " see the new one. Keep the old property and write both while older versions are in use,"
                        + " or give it its old name back.");
    }
}
