package dev.cdlint.model;

import dev.cdlint.source.SourceLocation;
import java.util.Map;

/**
 * An attribute of an entity or of a composite definition.
 *
 * @param typeName the {@code attributeType} as written, empty when the file has none
 * @param defaultValue {@code defaultValueString}, or {@code defaultDateTimeInterval} for dates; null when unset
 * @param composite the composite definition an attribute of type Composite uses; null otherwise
 * @param usesMergeableStorage {@code usesMergeableStorage}, read under Core Data's property name: how Xcode would
 *     write it in the model XML has not been seen
 */
public record Attribute(
        String name,
        AttributeType type,
        String typeName,
        boolean optional,
        boolean isTransient,
        boolean derived,
        String defaultValue,
        boolean allowsExternalBinaryDataStorage,
        boolean allowsCloudEncryption,
        boolean usesMergeableStorage,
        String valueTransformerName,
        String composite,
        Map<String, String> userInfo,
        String renamingIdentifier,
        SourceLocation location) implements Property {

    public Attribute {
        userInfo = Map.copyOf(userInfo);
    }

    public boolean hasDefaultValue() {
        return defaultValue != null;
    }
}
