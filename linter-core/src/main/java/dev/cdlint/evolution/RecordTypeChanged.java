package dev.cdlint.evolution;

import dev.cdlint.finding.Severity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;

@RuleInfo(
        id = "evolution-record-type-changed",
        severity = Severity.ERROR,
        summary = "An entity CloudKit already has is saved as another record type than in the deployed model",
        rationale = "An entity's records are CD_<root entity> records, the root of its inheritance hierarchy. Moving"
                + " the entity into or out of a hierarchy, or under a parent with another root, changes the record"
                + " type its objects are saved as. The records already in CloudKit keep the old type, and nothing"
                + " moves them.",
        source = Sources.CLOUDKIT + "#evolution-hierarchy and " + Sources.CLOUDKIT + "#record-types (Apple,"
                + " \"Reading CloudKit Records for Core Data\": the root entity's name is the record type); "
                + Sources.MODEL_DOC,
        runtimeError = "None at first: this version no longer imports the records already in CloudKit, older app"
                + " versions keep writing the old record type and never see the new one, and the new record type"
                + " must be deployed before this version can save (\"Cannot create new type … in production"
                + " schema\")",
        fix = "Keep the entity's deployed place in the hierarchy. To restructure, " + Evolution.ADD_AND_COPY + ".",
        example = "deployed: <entity name=\"Photo\"/>; now: <entity name=\"Photo\" parentEntity=\"Item\"/>")
public final class RecordTypeChanged implements ConfigurationRule {

    @Override
    public void check(ConfigurationContext context) {
        Change.of(context).ifPresent(RecordTypeChanged::check);
    }

    private static void check(Change change) {
        ConfigurationContext context = change.context();
        for (Entity entity : context.entities()) {
            change.deployedEntity(entity.name()).ifPresent(deployed -> {
                String before = change.deployedRecordTypeOf(deployed);
                String now = context.recordTypeOf(entity);
                if (!before.equals(now) && change.cloudKitHas(before)) {
                    context.reportField(entity.location(), entity.name(), null, now, null, entity.name() + " was"
                            + " saved as " + before + " records in " + change.deployedModel() + " and is saved as "
                            + now + " now (" + placeOf(change.before(), deployed) + " then, "
                            + placeOf(change.after(), entity) + " now). Its records already in CloudKit stay "
                            + before + " records, which this version no longer imports; older app versions keep"
                            + " writing " + before + " and never see the " + now + " records this version writes."
                            + " Keep the deployed hierarchy, or " + Evolution.ADD_AND_COPY + ".");
                }
            });
        }
    }

    private static String placeOf(ModelVersion version, Entity entity) {
        Entity root = version.root(entity);
        return root == entity ? "a root entity" : "under " + root.name();
    }
}
