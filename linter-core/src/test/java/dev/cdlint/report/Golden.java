package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with its expectation under {@code src/test/resources/} (reports in {@code report/}). To change
 * expectations, run the tests with {@code CDLINT_UPDATE_GOLDEN=1}: each compared file is rewritten and its test
 * fails, so that nothing passes until the new files were read and the run repeated without the variable.
 */
public final class Golden {

    private Golden() {}

    /** Compares a report with {@code report/<name>}. */
    public static void assertMatches(String name, String actual) {
        assertMatchesResource("report/" + name, actual);
    }

    /** Compares text with the test resource at {@code resource}, a path under {@code src/test/resources}. */
    public static void assertMatchesResource(String resource, String actual) {
        try {
            if (System.getenv("CDLINT_UPDATE_GOLDEN") != null) {
                Path file = Path.of("src/test/resources", resource);
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                fail("rewrote " + file + ": inspect it, then run again without CDLINT_UPDATE_GOLDEN");
            }
            try (InputStream golden = Golden.class.getResourceAsStream("/" + resource)) {
                assertThat(golden).as("golden file " + resource).isNotNull();
                assertThat(actual).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
