package dev.cdlint.rules;

import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

/** A rule about single relationships, each visited once, on the entity that declares it (see {@link AttributeRule}). */
abstract class RelationshipRule implements ConfigurationRule {

    @Override
    public final void check(ConfigurationContext context) {
        for (Entity entity : context.entities()) {
            for (Relationship relationship : entity.relationships()) {
                check(context, entity, relationship);
            }
        }
    }

    abstract void check(ConfigurationContext context, Entity entity, Relationship relationship);
}
