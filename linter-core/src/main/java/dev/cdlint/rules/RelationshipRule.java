package dev.cdlint.rules;

import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

/** A rule about single relationships, each visited once, on the entity that declares it (see {@link AttributeRule}). */
abstract class RelationshipRule implements ConfigurationRule {

    @Override
    public final void check(ConfigurationContext context) {
        context.forEachProperty((declared, entity, property) -> {
            if (property instanceof Relationship relationship) {
                check(declared, entity, relationship);
            }
        });
    }

    abstract void check(ConfigurationContext context, Entity entity, Relationship relationship);
}
