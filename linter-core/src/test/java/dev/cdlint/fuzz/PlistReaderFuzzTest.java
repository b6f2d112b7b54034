package dev.cdlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdlint.plist.PlistReader;

/** The property-list reader on any file: XML, binary or ASCII, a value or an {@code InputException}. */
class PlistReaderFuzzTest {

    @FuzzTest
    void plist(byte[] bytes) throws Throwable {
        var plist = ReaderProperty.file("App.entitlements", bytes);
        ReaderProperty.holds(() -> PlistReader.read(plist));
    }
}
