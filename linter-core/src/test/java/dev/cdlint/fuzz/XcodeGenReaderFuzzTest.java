package dev.cdlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdlint.xcode.InsideTree;
import dev.cdlint.xcode.XcodeGenReader;

/** The XcodeGen spec reader on any project.yml: a project, or an {@code InputException}. */
class XcodeGenReaderFuzzTest {

    @FuzzTest
    void spec(byte[] bytes) throws Throwable {
        var spec = ReaderProperty.file("repo/project.yml", bytes);
        ReaderProperty.holds(() -> XcodeGenReader.read(spec, new InsideTree(spec.getParent())));
    }
}
