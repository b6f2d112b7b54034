package dev.cdlint.diff;

import dev.cdlint.rules.Rule;
import java.util.List;

/** The rules that compare a model's mirror with the production schema (docs/cloudkit.md). */
public final class SchemaDiffRules {

    public static final List<Rule> ALL = List.of(
            new UndeployedRecordType(),
            new UndeployedField(),
            new FieldTypeMismatch(),
            new EncryptionMismatch(),
            new UndeployedAssetField(),
            new UndeployedMoveReceipt(),
            new MissingManyToManyRecordType(),
            new PublicMissingIndex(),
            new PublicMissingGrant(),
            new OrphanedField());

    private SchemaDiffRules() {}
}
