package dev.cdlint.evolution;

import dev.cdlint.finding.Severity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Property;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;

@RuleInfo(
        id = "evolution-renamed-with-identifier",
        severity = Severity.ERROR,
        summary = "An entity or property CloudKit already has is renamed through a renaming identifier",
        rationale = "Xcode's \"Renaming ID\" (elementID or renamingIdentifier in the model XML) tells lightweight"
                + " migration that an element was renamed. CloudKit names record types and fields after the current"
                + " name, never the identifier, so for CloudKit the old one is gone and a new one appears, and Core"
                + " Data refuses to migrate a store that syncs with CloudKit through such a rename. The app's store"
                + " does not load on devices that have the old model's data.",
        source = Sources.CLOUDKIT + "#evolution-renames (a real report: " + Evolution.RENAME_REPORT + "; field"
                + " names come from the property's name, the renaming identifier plays no part)",
        runtimeError = "\"Cannot migrate store in-place: CloudKit integration forbids renaming 'CDProfile' to"
                + " 'CDProfileV3'. Older devices can't process the new records\" when the store loads",
        fix = "Give the element its deployed name back, or clear its Renaming ID. To change the name CloudKit sees, "
                + Evolution.ADD_AND_COPY + ".",
        example = "deployed: <entity name=\"CDProfile\"/>; now: <entity name=\"CDProfileV3\" elementID=\"CDProfile\"/>")
public final class RenamedWithIdentifier implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        Change.of(context).ifPresent(RenamedWithIdentifier::check);
    }

    private static void check(Change change) {
        ConfigurationContext context = change.context();
        for (Entity entity : context.entities()) {
            change.renamedFrom(entity)
                    .filter(old -> change.cloudKitHas(change.deployedRecordTypeOf(old)))
                    .ifPresent(old -> context.reportField(entity.location(), entity.name(), null,
                            context.recordTypeOf(entity), null, message(change, "entity", old.name(), entity.name(),
                                    "its records are " + context.recordTypeOf(entity) + " records for CloudKit, a"
                                            + " new record type, while the " + change.deployedRecordTypeOf(old)
                                            + " records already in CloudKit are no longer read")));
            change.counterpart(entity).ifPresent(deployed -> entity.properties().forEach(property ->
                    change.renamedFrom(deployed, entity, property)
                            .filter(old -> Change.isSynced(change.before(), old)
                                    && change.cloudKitHas(change.deployedRecordTypeOf(deployed)))
                            .ifPresent(old -> reportProperty(change, entity, deployed, property, old))));
        }
    }

    private static void reportProperty(Change change, Entity entity, Entity deployed, Property property,
            Property old) {
        String field = Change.fieldOf(change.after(), entity, property);
        String oldField = Change.fieldOf(change.before(), deployed, old);
        String effect = field != null && oldField != null ? "CloudKit sees a new field " + field + ", while the"
                + " values already in " + oldField + " are no longer read" : "CloudKit stores its links anew, while"
                + " the links already there are no longer read";
        change.context().reportField(property.location(), entity.name(), property.name(),
                change.context().recordTypeOf(entity), field, message(change, "property", old.name(), property.name(),
                        effect));
    }

    private static String message(Change change, String kind, String before, String now, String effect) {
        return "the " + kind + " '" + before + "' of " + change.deployedModel() + " is renamed to '" + now + "'"
                + " through its renaming identifier. Core Data refuses to migrate a CloudKit store through it"
                + " (\"Cannot migrate store in-place: CloudKit integration forbids renaming '" + before + "' to '"
                + now + "'. Older devices can't process the new records\"), so the store does not load; and even"
                + " without that, " + effect + " and older app versions keep writing the old name. Give it its"
                + " deployed name back, or " + Evolution.ADD_AND_COPY + ".";
    }
}
