package dev.cdlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdlint.model.xml.ModelReader;

/** The model reader on any {@code contents} file: a model, or an {@code InputException}. */
class ModelReaderFuzzTest {

    @FuzzTest
    void contents(byte[] bytes) throws Throwable {
        var contents = ReaderProperty.file("Model.xcdatamodel/contents", bytes);
        ReaderProperty.holds(() -> ModelReader.read(contents.getParent()));
    }
}
