package dev.cdlint.evolution;

import dev.cdlint.check.RuleInfo;
import dev.cdlint.check.Sources;
import dev.cdlint.finding.Severity;
import dev.cdlint.mapping.Mirror;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.Relationship;
import dev.cdlint.rules.ConfigurationContext;
import dev.cdlint.rules.ConfigurationRule;
import java.util.Optional;

@RuleInfo(
        id = "evolution-cardinality-changed",
        severity = Severity.ERROR,
        summary = "A relationship CloudKit already has changes between to-one and to-many",
        rationale = "A to-one relationship is a CD_<name> field holding the related record's name; a to-many one whose"
                + " inverse is to-one has no field on its side; a many-to-many one is stored as CDMR link records."
                + " Changing the cardinality moves the links from one form to another. The links already in CloudKit"
                + " stay in the old form, and nothing converts them.",
        source = Sources.CLOUDKIT + "#evolution-cardinality and " + Sources.CLOUDKIT + "#relationships (Apple,"
                + " \"Reading CloudKit Records for Core Data\": relationship storage); " + Sources.MODEL_DOC,
        runtimeError = "None: links already in CloudKit are lost to this version, and older app versions and this"
                + " one each ignore the links the other writes",
        fix = "Keep the relationship's deployed cardinality. To change it, add a new relationship with a new name, copy"
                + " the links into it in code, deploy it, and keep the old one while older app versions are in use.",
        example = "deployed: <relationship name=\"folder\" maxCount=\"1\" destinationEntity=\"Folder\"/>; now:"
                + " <relationship name=\"folder\" toMany=\"YES\" destinationEntity=\"Folder\"/>")
public final class CardinalityChanged implements ConfigurationRule {

    /** How the container stores a relationship (docs/cloudkit.md#relationships). */
    private enum Shape {
        FIELD("a CD_%s field holding the related record's name"),
        INVERSE_FIELD("no field of its own (the to-one inverse's field holds the link)"),
        LINK_RECORDS("CDMR link records");

        private final String description;

        Shape(String description) {
            this.description = description;
        }

        static Shape of(ModelVersion version, Relationship relationship) {
            if (!relationship.toMany()) {
                return FIELD;
            }
            return Mirror.isManyToMany(version, relationship) ? LINK_RECORDS : INVERSE_FIELD;
        }

        String describe(Relationship relationship) {
            return String.format(description, relationship.name());
        }
    }

    @Override
    public void check(ConfigurationContext context) {
        Change.of(context).ifPresent(CardinalityChanged::check);
    }

    private static void check(Change change) {
        ConfigurationContext context = change.context();
        for (Entity entity : context.entities()) {
            change.deployedEntity(entity.name())
                    .filter(deployed -> change.cloudKitHas(change.deployedRecordTypeOf(deployed)))
                    .ifPresent(deployed -> {
                        for (Relationship relationship : entity.relationships()) {
                            deployed.relationship(relationship.name())
                                    .filter(old -> Change.isSynced(change.before(), old)
                                            && Change.isSynced(change.after(), relationship))
                                    .ifPresent(old -> compare(change, entity, old, relationship));
                        }
                    });
        }
    }

    private static void compare(Change change, Entity entity, Relationship before, Relationship now) {
        Shape then = Shape.of(change.before(), before);
        Shape shape = Shape.of(change.after(), now);
        if (then == shape) {
            return;
        }
        Optional<Side> inverse = changedInverse(change, now);
        Side side = new Side(entity.name(), now.name(), then, shape);
        if (inverse.isPresent() && !side.ownsTheLinkOver(inverse.get())) {
            return; // One change of the pair: reported at the side whose field holds the link.
        }
        ConfigurationContext context = change.context();
        context.reportField(now.location(), entity.name(), now.name(), context.recordTypeOf(entity),
                shape == Shape.FIELD || then == Shape.FIELD ? Mirror.PREFIX + now.name() : null,
                Change.name(entity, now) + " was stored as " + then.describe(before) + " in "
                        + change.deployedModel() + " and is stored as " + shape.describe(now) + " now"
                        + inverse.map(i -> ", and its inverse " + i.entity() + "." + i.relationship() + " changes with"
                                + " it").orElse("")
                        + ". The links already in CloudKit stay in the old form, which this version no longer reads,"
                        + " and older app versions keep writing it and ignore the new one. Keep the deployed"
                        + " cardinality, or add a new relationship and copy the links.");
    }

    /** One side of a relationship pair, with how the container stored it then and stores it now. */
    private record Side(String entity, String relationship, Shape then, Shape now) {

        /**
         * Whether this side, rather than its inverse, is where a change of both is reported: the one with a field
         * of its own, then or now; when both have one, the first by name.
         */
        boolean ownsTheLinkOver(Side inverse) {
            boolean field = then == Shape.FIELD || now == Shape.FIELD;
            boolean inverseField = inverse.then == Shape.FIELD || inverse.now == Shape.FIELD;
            if (field != inverseField) {
                return field;
            }
            return (entity + "." + relationship).compareTo(inverse.entity + "." + inverse.relationship) <= 0;
        }
    }

    /** The relationship's inverse, when it syncs then and now and changes its shape too. */
    private static Optional<Side> changedInverse(Change change, Relationship now) {
        Optional<Relationship> current = Change.syncedInverse(change.after(), now);
        Optional<Relationship> deployed = current.flatMap(inverse -> change.deployedEntity(Change.inverseEntity(now))
                .flatMap(e -> e.relationship(inverse.name())).filter(old -> Change.isSynced(change.before(), old)));
        if (deployed.isEmpty()) {
            return Optional.empty();
        }
        Shape then = Shape.of(change.before(), deployed.get());
        Shape shape = Shape.of(change.after(), current.get());
        return then == shape ? Optional.empty()
                : Optional.of(new Side(Change.inverseEntity(now), now.inverseName(), then, shape));
    }
}
