package dev.cdlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.catalog.Catalog;
import org.junit.jupiter.api.Test;

/** The validator's own words, which users search for, are in the rules that prevent them. */
class RuleMetadataTest {

    @Test
    void validatorRulesQuoteTheValidatorTextVerbatim() {
        assertThat(runtimeError("unique-constraint")).contains(
                "CloudKit integration does not support unique constraints. The following entities are constrained:");
        assertThat(runtimeError("relationship-missing-inverse")).contains(
                "CloudKit integration requires that all relationships have an inverse, the following do not:");
        assertThat(runtimeError("encryption-key-misuse")).contains(
                "CloudKit integration does not support encrypted relationships.",
                "Encryption value should be set via -[NSAttributeDescription allowsCloudEncryption], please remove"
                        + " usage of 'NSPersistentCloudKitContainerEncryptedAttributeKey'");
        assertThat(runtimeError("attribute-mergeable-storage")).contains(
                "The following attributes use mergeable storage with CloudKit which is unsupported:");
    }

    /** The production schema's own error, which users search for, is in every rule about an undeployed field. */
    @Test
    void rulesAboutUndeployedFieldsQuoteTheProductionError() {
        for (String id : new String[] {"schema-undeployed-field", "schema-field-type-mismatch",
                "schema-encryption-mismatch", "schema-undeployed-asset-field", "schema-undeployed-move-receipt"}) {
            assertThat(runtimeError(id)).as(id).contains("Cannot create or modify field 'CD_", "in production schema",
                    "12/2006", "134406");
        }
    }

    private static String runtimeError(String id) {
        return Catalog.byId(id).orElseThrow().info().runtimeError();
    }
}
