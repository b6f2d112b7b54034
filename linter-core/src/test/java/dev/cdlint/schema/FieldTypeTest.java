package dev.cdlint.schema;

import static dev.cdlint.schema.FieldType.Kind.ASSET;
import static dev.cdlint.schema.FieldType.Kind.DOUBLE;
import static dev.cdlint.schema.FieldType.Kind.INT64;
import static dev.cdlint.schema.FieldType.Kind.NUMBER;
import static dev.cdlint.schema.FieldType.Kind.STRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldTypeTest {

    @Test
    void spelledAsInAFile() {
        assertThat(FieldType.of(STRING)).hasToString("STRING");
        assertThat(FieldType.encrypted(STRING)).hasToString("ENCRYPTED STRING");
        assertThat(FieldType.listOf(FieldType.of(INT64))).hasToString("LIST<INT64>");
        assertThat(FieldType.listOf(FieldType.encrypted(STRING)).ckdb()).isEqualTo("LIST<ENCRYPTED STRING>");
        assertThat(FieldType.number()).hasToString("NUMBER");
        assertThat(FieldType.numberPreferredAs(DOUBLE)).hasToString("NUMBER PREFERRED AS DOUBLE");
    }

    @Test
    void encryptionIsSeenThroughListsAndCanBeTakenOff() {
        FieldType encryptedList = FieldType.listOf(FieldType.encrypted(STRING));

        assertThat(FieldType.encrypted(STRING).isEncrypted()).isTrue();
        assertThat(encryptedList.isEncrypted()).isTrue();
        assertThat(FieldType.listOf(FieldType.of(STRING)).isEncrypted()).isFalse();
        assertThat(FieldType.encrypted(STRING).withoutEncryption()).isEqualTo(FieldType.of(STRING));
        assertThat(encryptedList.withoutEncryption()).isEqualTo(FieldType.listOf(FieldType.of(STRING)));
        assertThat(FieldType.number().withoutEncryption()).isEqualTo(FieldType.number());
    }

    @Test
    void kindLooksThroughListsAndEncryption() {
        assertThat(FieldType.encrypted(STRING).kind()).isEqualTo(STRING);
        assertThat(encryptedStringList().kind()).isEqualTo(STRING);
        assertThat(encryptedStringList().isList()).isTrue();
        assertThat(FieldType.encrypted(STRING).isList()).isFalse();
        assertThat(FieldType.numberPreferredAs(INT64).kind()).isEqualTo(NUMBER);
    }

    private static FieldType encryptedStringList() {
        return FieldType.listOf(FieldType.encrypted(STRING));
    }

    @Test
    void rejectsTypesTheGrammarCannotSpell() {
        assertThatIllegalArgumentException().isThrownBy(() -> FieldType.encrypted(ASSET));
        assertThatIllegalArgumentException().isThrownBy(() -> FieldType.numberPreferredAs(STRING));
        assertThatIllegalArgumentException().isThrownBy(() -> FieldType.of(NUMBER));
        assertThatIllegalArgumentException().isThrownBy(() -> new FieldType.Numeric(Optional.of(NUMBER)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> FieldType.listOf(FieldType.listOf(FieldType.of(STRING))));
    }
}
