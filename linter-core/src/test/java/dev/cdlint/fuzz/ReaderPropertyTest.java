package dev.cdlint.fuzz;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.source.InputException;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The property the fuzz tests check can fail, for each way a reader can break it. */
class ReaderPropertyTest {

    @Test
    void aResultOrAnInputExceptionKeepsIt() {
        assertThatCode(() -> ReaderProperty.holds(() -> {})).doesNotThrowAnyException();
        assertThatCode(() -> ReaderProperty.holds(() -> {
            throw new InputException(SourceLocation.ofFile(Path.of("x")), "malformed");
        })).doesNotThrowAnyException();
    }

    @Test
    void anyOtherExceptionOrErrorBreaksIt() {
        assertThatThrownBy(() -> ReaderProperty.holds(() -> {
            throw new IllegalArgumentException("from the parser");
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("from the parser");
        assertThatThrownBy(() -> ReaderProperty.holds(() -> {
            throw new StackOverflowError();
        })).isInstanceOf(StackOverflowError.class);
    }

    @Test
    void aReadThatDoesNotEndBreaksIt() {
        assertThatThrownBy(() -> ReaderProperty.holds(() -> Thread.sleep(60_000), Duration.ofMillis(200)))
                .isInstanceOf(AssertionError.class).hasMessageContaining("longer than 200 ms");
    }
}
