package dev.cdlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdlint.xcode.InsideTree;
import dev.cdlint.xcode.PbxprojReader;

/** The Xcode project reader on any project.pbxproj: a project, or an {@code InputException}. */
class PbxprojReaderFuzzTest {

    @FuzzTest
    void project(byte[] bytes) throws Throwable {
        var pbxproj = ReaderProperty.file("repo/App.xcodeproj/project.pbxproj", bytes);
        var repository = pbxproj.getParent().getParent();
        ReaderProperty.holds(() -> PbxprojReader.read(pbxproj, new InsideTree(repository)));
    }
}
