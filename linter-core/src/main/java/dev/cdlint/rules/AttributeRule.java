package dev.cdlint.rules;

import dev.cdlint.model.Attribute;
import dev.cdlint.model.Entity;

/**
 * A rule about single attributes. Each attribute is visited once, on the entity that declares it: a sub-entity's
 * inherited attributes are its parent's to fix, so reporting them again per sub-entity would only repeat it.
 */
abstract class AttributeRule implements ConfigurationRule {

    @Override
    public final void check(ConfigurationContext context) {
        for (Entity entity : context.entities()) {
            for (Attribute attribute : entity.attributes()) {
                check(context, entity, attribute);
            }
        }
    }

    abstract void check(ConfigurationContext context, Entity entity, Attribute attribute);
}
