package dev.cdlint.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Core Data attribute types, by the names the model editor writes in {@code attributeType}. A name that is not
 * here is kept on the attribute as written ({@link Attribute#typeName()}) with {@link #UNKNOWN}, for a rule to
 * report: newer Xcode versions may add types, and a linter must not refuse to read them.
 */
public enum AttributeType {
    UNDEFINED("Undefined"),
    INTEGER_16("Integer 16"),
    INTEGER_32("Integer 32"),
    INTEGER_64("Integer 64"),
    DECIMAL("Decimal"),
    DOUBLE("Double"),
    FLOAT("Float"),
    STRING("String"),
    BOOLEAN("Boolean"),
    DATE("Date"),
    BINARY("Binary"),
    UUID("UUID"),
    URI("URI"),
    TRANSFORMABLE("Transformable"),
    OBJECT_ID("Object ID"),
    COMPOSITE("Composite"),
    UNKNOWN(null);

    private final String xmlName;

    AttributeType(String xmlName) {
        this.xmlName = xmlName;
    }

    /** The name as the model file writes it; {@code null} for {@link #UNKNOWN}. */
    public String xmlName() {
        return xmlName;
    }

    /** A missing {@code attributeType} is Undefined, as the model editor treats it. */
    public static AttributeType fromXmlName(String name) {
        if (name == null || name.isEmpty()) {
            return UNDEFINED;
        }
        return byXmlName(name).orElse(UNKNOWN);
    }

    private static Optional<AttributeType> byXmlName(String name) {
        return Arrays.stream(values()).filter(t -> name.equals(t.xmlName)).findFirst();
    }
}
