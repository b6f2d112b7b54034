package dev.cdlint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The cases Apple's documentation of -[NSString boolValue] describes, and their neighbours, as the open-source
 * swift-corelibs-foundation implements them (Scanner: whitespace, one sign, zeros, then one of tTyY1-9).
 */
class BoolValueTest {

    @ParameterizedTest
    @ValueSource(strings = {"YES", "yes", "Y", "y", "true", "TRUE", "t", "T", "1", "9", "01", "+1", "-1", "007",
        "Yep", "  YES", "\tt", "\u00A01", "1abc", "-0002", " -Y1"})
    void readsAsTrue(String text) {
        assertThat(BoolValue.of(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "no", "N", "false", "FALSE", "f", "0", "00", "+0", "-", "+", "", "   ", "x",
        "0x1", "nope", "\n1", "++1"})
    void readsAsFalse(String text) {
        assertThat(BoolValue.of(text)).isFalse();
    }

    @Test
    void anAttributeNotWrittenIsFalse() {
        assertThat(BoolValue.of(null)).isFalse();
    }
}
