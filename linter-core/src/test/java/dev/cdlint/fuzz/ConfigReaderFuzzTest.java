package dev.cdlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdlint.config.ConfigReader;
import dev.cdlint.config.LintConfig;

/** The {@code .cdlint.yml} reader on any file: a configuration, or an {@code InputException}. */
class ConfigReaderFuzzTest {

    @FuzzTest
    void config(byte[] bytes) throws Throwable {
        var config = ReaderProperty.file(LintConfig.FILE_NAME, bytes);
        ReaderProperty.holds(() -> ConfigReader.read(config));
    }
}
