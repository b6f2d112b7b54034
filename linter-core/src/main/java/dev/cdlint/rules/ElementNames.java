package dev.cdlint.rules;

import dev.cdlint.model.Entity;
import dev.cdlint.model.Property;

/** How messages name a model element: {@code Entity.property}, as findings and the model editor do. */
final class ElementNames {

    private ElementNames() {}

    static String qualified(Entity entity, Property property) {
        return entity.name() + "." + property.name();
    }
}
