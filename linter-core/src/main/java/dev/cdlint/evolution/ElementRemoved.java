package dev.cdlint.evolution;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.mapping.MirroredField;
import dev.cdlint.mapping.MirroredRecordType;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Property;
import dev.cdlint.model.Relationship;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@RuleInfo(
        id = "evolution-element-removed",
        severity = Severity.INFO,
        summary = "An entity or property CloudKit already has is gone from the model, or no longer synced",
        rationale = "Removing an entity or property is allowed, but production never deletes a record type or field:"
                + " the data already in CloudKit stays, this version no longer reads it, and older app versions keep"
                + " writing it. Renames are reported by the rename rules instead. With a production schema, removed"
                + " fields are schema-orphaned-field's.",
        source = Sources.CLOUDKIT + "#evolution-removals; " + Evolution.DEPLOY_DOC,
        runtimeError = "None: values older app versions write for it are silently ignored by this version",
        fix = "If the data is still needed, keep the element while older app versions are in use; if it was removed"
                + " on purpose, nothing needs doing (turn the rule off, or lower it, if these notes are not wanted).",
        example = "deployed: <attribute name=\"subtitle\" attributeType=\"String\"/> in Note; now Note without it")
public final class ElementRemoved implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        Change.of(context).ifPresent(ElementRemoved::check);
    }

    private static void check(Change change) {
        removedEntities(change);
        if (change.production().isEmpty()) {
            removedProperties(change);
        }
    }

    /** Entities no configuration syncs any more: the same for every configuration, so reported once. */
    private static void removedEntities(Change change) {
        Set<String> synced = change.currentSyncedEntities();
        for (Entity deployed : change.before().entities()) {
            if (change.deployedEntity(deployed.name()).isEmpty() || synced.contains(deployed.name())
                    || change.isRenamedAway(deployed)) {
                continue;
            }
            String recordType = change.deployedRecordTypeOf(deployed);
            if (change.cloudKitHas(recordType)) {
                String gone = change.after().entity(deployed.name()).isPresent()
                        ? " is no longer in a configuration that syncs" : " is gone from the model";
                change.context().reportField(deployed.location(), deployed.name(), null, recordType, null,
                        deployed.name() + " (" + recordType + " records)" + gone + " since " + change.deployedModel()
                                + ". The record type stays in CloudKit with its records, which this version no"
                                + " longer imports, and older app versions keep creating them.");
            }
        }
    }

    private static void removedProperties(Change change) {
        ConfigurationContext context = change.context();
        Map<String, MirroredRecordType> container = change.currentContainer();
        for (Entity entity : context.entities()) {
            Optional<Entity> counterpart = change.counterpart(entity);
            if (counterpart.isEmpty()) {
                continue;
            }
            Entity deployed = counterpart.get();
            String recordType = change.deployedRecordTypeOf(deployed);
            MirroredRecordType now = container.get(context.recordTypeOf(entity));
            deployed.properties()
                    .filter(old -> Change.isSynced(change.before(), old) && change.cloudKitHas(recordType)
                            && !stillSynced(change, entity, deployed, now, old)
                            && !change.isRenamedAway(deployed, entity, old)
                            && !reportedAtItsInverse(change, deployed, old))
                    .forEach(old -> report(change, entity, deployed, recordType, old));
        }
    }

    /**
     * A relationship removed with its inverse is one change, reported at the side whose field held the link: the
     * to-one side, or the first by name when both sides are to-one or both to-many.
     */
    private static boolean reportedAtItsInverse(Change change, Entity deployed, Property old) {
        if (!(old instanceof Relationship relationship)) {
            return false;
        }
        Optional<Relationship> inverse = Change.syncedInverse(change.before(), relationship);
        if (inverse.isEmpty() || Change.syncedInverse(change.after(), relationship).isPresent()) {
            return false;
        }
        if (relationship.toMany() != inverse.get().toMany()) {
            return relationship.toMany();
        }
        String inverseName = Change.inverseEntity(relationship) + "." + inverse.get().name();
        return inverseName.compareTo(Change.name(deployed, old)) < 0;
    }

    /** Still declared and synced by the entity or an ancestor, or its field still written by another entity. */
    private static boolean stillSynced(Change change, Entity entity, Entity deployed, MirroredRecordType now,
            Property old) {
        boolean declared = change.after().ancestry(entity).stream()
                .flatMap(e -> Change.property(e, old.name()).stream())
                .anyMatch(p -> Change.isSynced(change.after(), p));
        List<MirroredField> fields = Mirror.fieldsOf(change.before(), deployed, old);
        return declared || (now != null && !fields.isEmpty() && now.field(fields.get(0).name()).isPresent());
    }

    /**
     * ", with its inverse Folder.notes" when the inverse is gone too, so that one finding says the pair went; nothing
     * for a relationship that is its own inverse (Person.spouse).
     */
    private static String inverseNote(Change change, Property old) {
        if (old instanceof Relationship relationship
                && Change.syncedInverse(change.before(), relationship).filter(inverse -> inverse != old).isPresent()
                && Change.syncedInverse(change.after(), relationship).isEmpty()) {
            return ", with its inverse " + Change.inverseEntity(relationship) + "." + relationship.inverseName() + ",";
        }
        return "";
    }

    private static void report(Change change, Entity entity, Entity deployed, String recordType, Property old) {
        Optional<Property> current = Change.property(entity, old.name());
        String field = Change.fieldOf(change.before(), deployed, old);
        String what = field != null ? "field " + field + " of " + recordType : "its links";
        change.context().reportField(old.location(), deployed.name(), old.name(), recordType, field,
                Change.name(deployed, old) + (current.isPresent() ? " is no longer synced" : " is gone")
                        + inverseNote(change, old) + " since "
                        + change.deployedModel() + ". CloudKit keeps " + what + " with the values already there,"
                        + " which this version no longer reads, and older app versions keep writing it.");
    }
}
