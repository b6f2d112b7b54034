package dev.cdlint.rules;

import dev.cdlint.model.DeclaringEntity;
import dev.cdlint.model.Entity;
import dev.cdlint.model.Relationship;

/** A rule about single relationships, each visited once, on the entity that declares it (see {@link AttributeRule}). */
abstract class RelationshipRule implements ConfigurationRule {

    @Override
    public final void check(ConfigurationContext context) {
        for (DeclaringEntity declaring : context.declaringEntities()) {
            ConfigurationContext declared = context.declaredBy(declaring);
            for (Relationship relationship : declaring.entity().relationships()) {
                check(declared, declaring.entity(), relationship);
            }
        }
    }

    abstract void check(ConfigurationContext context, Entity entity, Relationship relationship);
}
