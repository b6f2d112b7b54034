package dev.cdlint.plist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSDictionary;
import dev.cdlint.SharedCorpus;
import dev.cdlint.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlistReaderTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void xmlKeysAndValuesKeepTheirLines() throws IOException {
        Path file = write("App.entitlements", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                \t<key>com.apple.developer.icloud-services</key>
                \t<array>
                \t\t<string>CloudKit</string>
                \t</array>
                \t<!-- <key>commented</key> -->
                \t<key>aps-environment</key> <string>development
                </string>
                </dict>
                </plist>
                """);
        PlistValue.Dict root = (PlistValue.Dict) PlistReader.read(file);
        assertThat(root.location().line()).isEqualTo(4);
        PlistValue.Entry services = root.entry("com.apple.developer.icloud-services").orElseThrow();
        assertThat(services.keyLocation().line()).isEqualTo(5);
        PlistValue.Array array = (PlistValue.Array) services.value();
        assertThat(array.location().line()).isEqualTo(6);
        assertThat(array.items().get(0).location().line()).isEqualTo(7);
        PlistValue.Entry push = root.entry("aps-environment").orElseThrow();
        assertThat(push.keyLocation().line()).isEqualTo(10);
        // Stray white space is kept: a rule reports it rather than trimming it away.
        assertThat(root.text("aps-environment")).contains("development\n");
        assertThat(root.entries()).hasSize(2);
    }

    @Test
    void oneLineXmlPlistPlacesEveryKeyOnItsLine() throws IOException {
        Path file = write("one.plist", "<plist><dict><key>a</key><string>x</string>\n<key>b</key><dict><key>c</key>"
                + "<true/></dict></dict></plist>");
        PlistValue.Dict root = (PlistValue.Dict) PlistReader.read(file);
        assertThat(root.entry("a").orElseThrow().keyLocation().line()).isEqualTo(1);
        assertThat(root.entry("b").orElseThrow().keyLocation().line()).isEqualTo(2);
        PlistValue.Entry c = root.dict("b").orElseThrow().entry("c").orElseThrow();
        assertThat(c.keyLocation().line()).isEqualTo(2);
        assertThat(c.value()).isEqualTo(new PlistValue.Other("a boolean", "true", c.value().location()));
    }

    @Test
    void asciiPlistValuesCarryTheirLines() throws IOException {
        Path file = write("project.pbxproj", """
                // !$*UTF8*$!
                {
                \tobjects = {
                \t\tAB /* Debug */ = {
                \t\t\tbuildSettings = {
                \t\t\t\tCODE_SIGN_ENTITLEMENTS = "App/App.entitlements";
                \t\t\t\tSDKROOT = iphoneos;
                \t\t\t};
                \t\t};
                \t};
                }
                """);
        PlistValue.Dict root = (PlistValue.Dict) PlistReader.read(file);
        PlistValue.Dict settings = root.dict("objects").flatMap(o -> o.dict("AB")).flatMap(c -> c.dict("buildSettings"))
                .orElseThrow();
        PlistValue.Entry entitlements = settings.entry("CODE_SIGN_ENTITLEMENTS").orElseThrow();
        assertThat(entitlements.keyLocation().line()).isEqualTo(6);
        assertThat(settings.text("CODE_SIGN_ENTITLEMENTS")).contains("App/App.entitlements");
        assertThat(settings.entry("SDKROOT").orElseThrow().keyLocation().line()).isEqualTo(7);
    }

    @Test
    void binaryPlistsAreRead() throws IOException {
        NSDictionary dict = new NSDictionary();
        dict.put("method", "ad-hoc");
        Path file = dir.resolve("ExportOptions.plist");
        BinaryPropertyListWriter.write(file.toFile(), dict);
        PlistValue.Dict root = (PlistValue.Dict) PlistReader.read(file);
        assertThat(root.text("method")).contains("ad-hoc");
        assertThat(root.location().line()).isZero();
    }

    @Test
    void malformedXmlIsRefusedAtItsLine() throws IOException {
        Path file = write("bad.plist", "<plist>\n<dict>\n<key>a</key>\n<string>x</dict>\n</plist>\n");
        assertThatThrownBy(() -> PlistReader.read(file)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location().line()).isEqualTo(4))
                .hasMessageStartingWith("malformed XML property list");
    }

    @Test
    void entityDeclarationsAreRefusedBeforeAnythingIsExpanded() throws IOException {
        Path file = write("xxe.plist", """
                <?xml version="1.0"?>
                <!DOCTYPE plist [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <plist><dict><key>a</key><string>&secret;</string></dict></plist>
                """);
        assertThatThrownBy(() -> PlistReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("declares the entity secret");
        Path laughs = write("laughs.plist", "<?xml version=\"1.0\"?>\n<!DOCTYPE plist [ <!ENTITY a \"aaaa\"> ]>\n"
                + "<plist><string>&a;</string></plist>\n");
        assertThatThrownBy(() -> PlistReader.read(laughs)).isInstanceOf(InputException.class)
                .hasMessageContaining("declares the entity a");
    }

    @Test
    void anExternalDtdIsNeverFetched() throws IOException {
        Path file = write("dtd.plist", "<?xml version=\"1.0\"?>\n<!DOCTYPE plist SYSTEM \"http://127.0.0.1:9/x.dtd\">\n"
                + "<plist><dict><key>a</key><string>b</string></dict></plist>\n");
        assertThat(((PlistValue.Dict) PlistReader.read(file)).text("a")).contains("b");
    }

    @Test
    void deepAsciiNestingIsRefusedBeforeTheParserRecursesIntoIt() throws IOException {
        Path file = write("deep.pbxproj", "(".repeat(100_000));
        assertThatThrownBy(() -> PlistReader.read(file)).isInstanceOf(InputException.class)
                .hasMessageContaining("nested more than");
    }

    @Test
    void asciiSyntaxErrorsNameTheirLine() throws IOException {
        Path file = write("broken.pbxproj", "{\n\ta = b;\n\tc = (x y);\n}\n");
        assertThatThrownBy(() -> PlistReader.read(file)).isInstanceOf(InputException.class)
                .satisfies(e -> assertThat(((InputException) e).location().line()).isEqualTo(3));
    }

    @Test
    void emptyAndForeignFilesAreNotPropertyLists() throws IOException {
        assertThatThrownBy(() -> PlistReader.read(write("empty.plist", " \n"))).isInstanceOf(InputException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> PlistReader.read(write("x.plist", "hello"))).isInstanceOf(InputException.class)
                .hasMessageContaining("not a property list");
    }

    @Test
    void everyPlistOfTheWiringCorpusReads() {
        Path corpus = SharedCorpus.root().resolve("corpus/wiring");
        var files = SharedCorpus.files(corpus, f -> {
            String name = f.getFileName().toString();
            return name.endsWith(".plist") || name.endsWith(".entitlements") || name.equals("project.pbxproj");
        });
        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            assertThat(PlistReader.read(file)).as(file.toString()).isInstanceOf(PlistValue.Dict.class);
        }
    }
}
