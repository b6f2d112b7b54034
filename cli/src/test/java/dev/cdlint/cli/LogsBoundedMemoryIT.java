package dev.cdlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code cdlint logs} on a gigabyte of what makes a reader hold everything: one endless line (NUL bytes), a
 * billion empty lines, lines no log tool writes, run as the built jar in a 256 MB heap. Each ends in a report
 * (exit 0 or 1), never in an internal error (4) from running out of memory. The input is generated while it is
 * piped in, never stored.
 */
class LogsBoundedMemoryIT {

    private static final long GIBIBYTE = 1L << 30;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"nul-bytes", "empty-lines", "unprefixed-lines"})
    void aGibibyteRunsInA256MegabyteHeapAndEndsInAReport(String input) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-jar", CdlintProcess.jar().toString(), "logs", "-", "--format", "json")
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();

        try (OutputStream stdin = process.getOutputStream()) {
            byte[] chunk = chunk(input);
            for (long written = 0; written < GIBIBYTE; written += chunk.length) {
                stdin.write(chunk);
            }
        } catch (IOException e) {
            // The process ended before reading it all: its exit code and error output say why.
        }
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("cdlint finished").isTrue();

        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(errors).isIn(Main.OK, Main.FINDINGS);
        assertThat(errors).doesNotContain("OutOfMemoryError");
        JsonNode report = new ObjectMapper().readTree(out.toFile());
        // A gibibyte of characters is 1,024 messages of 1 MiB, cut 1,023 times at least, and the report says so.
        assertThat(report.get("summary").get("cuts").get(0).get("count").asLong()).isGreaterThanOrEqualTo(1023);
        assertThat(report.get("diagnoses").findValuesAsText("kind"))
                .isEqualTo(input.equals("unprefixed-lines") ? List.of("throttled") : List.of());
    }

    /** 64 KiB of the input, whole lines only. */
    private static byte[] chunk(String input) {
        byte[] chunk = new byte[1 << 16];
        switch (input) {
            case "nul-bytes" -> Arrays.fill(chunk, (byte) 0);
            case "empty-lines" -> Arrays.fill(chunk, (byte) '\n');
            default -> {
                // Prose an app logs, and an error that repeats: lines without any tool's prefix.
                List<String> lines = List.of("sync pass finished, nothing to upload\n",
                        "Request Rate Limited: transfers to and from the server are being rate limited at this"
                                + " time.\n",
                        "    detail: queue 17, retry scheduled\n");
                StringBuilder text = new StringBuilder();
                for (int i = 0; text.length() < chunk.length; i++) {
                    text.append(lines.get(i % lines.size()));
                }
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                int end = chunk.length;
                while (bytes[end - 1] != '\n') {
                    end--;
                }
                return Arrays.copyOf(bytes, end);
            }
        }
        return chunk;
    }
}
