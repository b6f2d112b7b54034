package dev.cdlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdlint.model.swift.SwiftDataReader;
import dev.cdlint.model.swift.SwiftFinder;
import dev.cdlint.model.swift.SwiftProject;
import dev.cdlint.swift.SwiftFile;
import java.nio.charset.StandardCharsets;

/**
 * The Swift reader on any source file: the lexer and declaration reader on the text, then the whole SwiftData reading
 * (models, container code) on a project holding the file. Each returns or throws an {@code InputException}.
 */
class SwiftReaderFuzzTest {

    @FuzzTest
    void source(byte[] bytes) throws Throwable {
        var file = ReaderProperty.file("swift/App/Model.swift", bytes);
        ReaderProperty.holds(() -> SwiftFile.read(file, new String(bytes, StandardCharsets.UTF_8)));
        ReaderProperty.holds(() -> SwiftDataReader.read(SwiftProject.read(SwiftFinder.find(file.getParent().getParent(),
                p -> false))));
    }
}
