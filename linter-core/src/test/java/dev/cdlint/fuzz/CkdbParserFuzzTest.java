package dev.cdlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdlint.schema.CkdbParser;

/** The {@code .ckdb} parser on any file: a schema, or an {@code InputException}. */
class CkdbParserFuzzTest {

    @FuzzTest
    void schema(byte[] bytes) throws Throwable {
        var schema = ReaderProperty.file("production.ckdb", bytes);
        ReaderProperty.holds(() -> CkdbParser.parse(schema));
    }
}
