package dev.cdlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdlint.logs.LogAnalysis;
import java.nio.file.Path;
import java.util.List;

/** A log, read and diagnosed as {@code cdlint logs} does: diagnoses, or an {@code InputException}. */
class LogReaderFuzzTest {

    @FuzzTest
    void log(byte[] bytes) throws Throwable {
        var log = ReaderProperty.file("sync.log", bytes);
        ReaderProperty.holds(() -> LogAnalysis.analyse(List.of(LogAnalysis.Source.file(log)), null, null,
                Path.of("").toAbsolutePath()));
    }
}
