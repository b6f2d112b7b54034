package dev.cdlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdlint.xcode.InsideTree;
import dev.cdlint.xcode.XcconfigReader;
import java.util.ArrayList;

/** The .xcconfig reader on any file, including itself or others: settings, or an {@code InputException}. */
class XcconfigReaderFuzzTest {

    @FuzzTest
    void xcconfig(byte[] bytes) throws Throwable {
        var xcconfig = ReaderProperty.file("repo/Config/App.xcconfig", bytes);
        var repository = xcconfig.getParent().getParent();
        ReaderProperty.holds(() -> XcconfigReader.read(xcconfig, new InsideTree(repository), new ArrayList<>()));
    }
}
