package dev.cdlint.mapping;

import dev.cdlint.schema.FieldType.Kind;
import dev.cdlint.schema.FieldType.Numeric;
import dev.cdlint.schema.FieldType;

/** How two field types compare once encryption, a separate finding, is set aside. */
public final class StoredTypes {

    private StoredTypes() {}

    /**
     * Whether production stores the same thing the model writes. A {@code NUMBER} field (created implicitly in
     * development) accepts an INT64 or DOUBLE value, so it counts as the same when it prefers
     * the model's kind or states no preference.
     */
    public static boolean same(FieldType expected, FieldType deployed) {
        FieldType plainExpected = expected.withoutEncryption();
        FieldType plainDeployed = deployed.withoutEncryption();
        if (plainDeployed instanceof Numeric number && !plainExpected.isList()
                && (plainExpected.kind() == Kind.INT64 || plainExpected.kind() == Kind.DOUBLE)) {
            return number.preferredAs().map(kind -> kind == plainExpected.kind()).orElse(true);
        }
        return plainExpected.equals(plainDeployed);
    }
}
