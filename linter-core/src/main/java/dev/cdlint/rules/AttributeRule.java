package dev.cdlint.rules;

import dev.cdlint.model.Attribute;
import dev.cdlint.model.Entity;

/**
 * A rule about single attributes. Each attribute is visited once, on the entity that declares it: a sub-entity's
 * inherited attributes are its parent's to fix, so reporting them again per sub-entity would only repeat it. A
 * parent outside the configuration is visited too when a member inherits from it, as the validator does.
 */
abstract class AttributeRule implements ConfigurationRule {

    @Override
    public final void check(ConfigurationContext context) {
        context.forEachProperty((declared, entity, property) -> {
            if (property instanceof Attribute attribute) {
                check(declared, entity, attribute);
            }
        });
    }

    abstract void check(ConfigurationContext context, Entity entity, Attribute attribute);
}
