package dev.cdlint.rules;

import java.util.List;

/** The rules about what CloudKit mirroring accepts in a model (docs/cloudkit.md). */
final class CompatibilityRules {

    static final List<Rule> ALL = List.of(
            new UniqueConstraint(),
            new OrderedRelationship(),
            new AttributeRequiredWithoutDefault(),
            new RelationshipRequired(),
            new RelationshipMissingInverse(),
            new RelationshipInverseMismatch(),
            new RelationshipDanglingDestination(),
            new RelationshipDenyRule(),
            new RelationshipCrossConfiguration(),
            new AttributeUnsupportedType(),
            new RecordTypeFieldLimit(),
            new InheritedFieldTypeConflict(),
            new ReservedPropertyName(),
            new NameUnsupportedCharacter(),
            new PublicSoftDeleteAttribute(),
            new PublicEncryptedAttribute(),
            new IgnoredPropertyMisuse(),
            new EncryptionKeyMisuse(),
            new AttributeMergeableStorage(),
            new ValueTransformerNotFound(),
            new TransformableWithoutTransformer(),
            new DecimalPrecision(),
            new CloudKitNotEnabled(),
            new ModelBundleIrregular());

    private CompatibilityRules() {}
}
