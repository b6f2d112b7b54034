package dev.cdlint.model.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.model.Attribute;
import dev.cdlint.model.AttributeType;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.DeleteRule;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.ModelWarning;
import dev.cdlint.model.Relationship;
import dev.cdlint.model.VersionFile;
import dev.cdlint.source.InputException;
import dev.cdlint.testing.TestFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelReaderTest {

    @TempDir
    Path dir;

    private static final String TWO_ENTITIES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <model type="com.apple.IDECoreDataModeler.DataModel" usedWithCloudKit="YES">
                <entity name="Note" representedClassName="Note" syncable="YES">
                    <attribute name="title" optional="YES" attributeType="String"/>
                    <attribute name="createdAt" attributeType="Date" defaultDateTimeInterval="0"/>
                    <attribute name="blob" optional="YES" attributeType="Binary" allowsExternalBinaryDataStorage="YES" allowsCloudEncryption="YES"/>
                    <attribute name="colour" optional="YES" attributeType="Transformable" valueTransformerName="ColourTransformer"/>
                    <attribute name="future" optional="YES" attributeType="Hologram"/>
                    <attribute name="scratch" optional="YES" transient="YES"/>
                    <relationship name="folder" optional="YES" maxCount="1" deletionRule="Nullify" destinationEntity="Folder" inverseName="notes" inverseEntity="Folder"/>
                    <userInfo>
                        <entry key="cdlint.disable" value="unique-constraint"/>
                    </userInfo>
                    <uniquenessConstraints>
                        <uniquenessConstraint>
                            <constraint value="title"/>
                        </uniquenessConstraint>
                    </uniquenessConstraints>
                    <fetchIndex name="byTitle">
                        <fetchIndexElement property="title" type="Binary" order="ascending"/>
                    </fetchIndex>
                </entity>
                <entity name="Folder" syncable="YES" isAbstract="YES" parentEntity="Container">
                    <relationship name="notes" toMany="YES" ordered="YES" minCount="1" deletionRule="Deny" destinationEntity="Note" inverseName="folder" inverseEntity="Note"/>
                    <relationship name="ghost" optional="YES" deletionRule="Cascade" destinationEntity="Nowhere"/>
                    <fetchedProperty name="recent" optional="YES">
                        <fetchRequest name="fetchedPropertyFetchRequest" entity="Note" predicateString="title != nil"/>
                    </fetchedProperty>
                    <newXcodeElement whatever="1"/>
                </entity>
                <configuration name="Cloud" usedWithCloudKit="YES">
                    <memberEntity name="Note"/>
                </configuration>
                <composite name="Point">
                    <attribute name="x" attributeType="Double" defaultValueString="0.0"/>
                </composite>
                <elements>
                    <element name="Note" positionX="0" positionY="0" width="128" height="100"/>
                </elements>
            </model>
            """;

    @Test
    void readsEveryPartOfAModelWithItsPosition() throws IOException {
        Path contents = write("Notes.xcdatamodel/contents", TWO_ENTITIES);

        DataModel model = ModelReader.read(contents.getParent());
        ModelVersion version = model.current();

        assertThat(model.name()).isEqualTo("Notes");
        assertThat(version.usedWithCloudKit()).isTrue();
        Entity note = version.entity("Note").orElseThrow();
        assertThat(note.location()).hasToString(contents + ":3:5");
        assertThat(note.userInfo()).containsEntry("cdlint.disable", "unique-constraint");
        assertThat(note.uniquenessConstraints()).singleElement()
                .satisfies(u -> assertThat(u.properties()).containsExactly("title"));
        assertThat(note.fetchIndexes()).singleElement().satisfies(i -> {
            assertThat(i.name()).isEqualTo("byTitle");
            assertThat(i.properties()).containsExactly("title");
        });

        Attribute title = note.attribute("title").orElseThrow();
        assertThat(title.location()).hasToString(contents + ":4:9");
        assertThat(title.type()).isEqualTo(AttributeType.STRING);
        assertThat(title.optional()).isTrue();
        assertThat(note.attribute("createdAt").orElseThrow()).satisfies(a -> {
            assertThat(a.optional()).isFalse();
            assertThat(a.defaultValue()).isEqualTo("0");
        });
        assertThat(note.attribute("blob").orElseThrow()).satisfies(a -> {
            assertThat(a.allowsExternalBinaryDataStorage()).isTrue();
            assertThat(a.allowsCloudEncryption()).isTrue();
        });
        assertThat(note.attribute("colour").orElseThrow().valueTransformerName()).isEqualTo("ColourTransformer");
        assertThat(note.attribute("future").orElseThrow()).satisfies(a -> {
            assertThat(a.type()).isEqualTo(AttributeType.UNKNOWN);
            assertThat(a.typeName()).isEqualTo("Hologram");
        });
        assertThat(note.attribute("scratch").orElseThrow()).satisfies(a -> {
            assertThat(a.type()).isEqualTo(AttributeType.UNDEFINED);
            assertThat(a.isTransient()).isTrue();
        });

        Relationship folder = note.relationship("folder").orElseThrow();
        assertThat(folder.toMany()).isFalse();
        assertThat(folder.maxCount()).isEqualTo(1);
        assertThat(folder.inverseName()).isEqualTo("notes");

        Entity folderEntity = version.entity("Folder").orElseThrow();
        assertThat(folderEntity.isAbstract()).isTrue();
        assertThat(folderEntity.parentEntity()).isEqualTo("Container");
        assertThat(folderEntity.relationship("notes").orElseThrow()).satisfies(r -> {
            assertThat(r.toMany()).isTrue();
            assertThat(r.ordered()).isTrue();
            assertThat(r.optional()).isFalse();
            assertThat(r.minCount()).isEqualTo(1);
            assertThat(r.deleteRule()).isEqualTo(DeleteRule.DENY);
        });
        assertThat(folderEntity.relationship("ghost").orElseThrow()).satisfies(r -> {
            assertThat(r.destinationEntity()).isEqualTo("Nowhere");
            assertThat(r.hasInverse()).isFalse();
        });
        assertThat(folderEntity.fetchedProperties()).singleElement().satisfies(f -> {
            assertThat(f.fetchEntity()).isEqualTo("Note");
            assertThat(f.predicate()).isEqualTo("title != nil");
        });

        assertThat(version.configurations()).extracting(Configuration::name).containsExactly("Default", "Cloud");
        assertThat(version.configuration("Default").orElseThrow()).satisfies(c -> {
            assertThat(c.implicit()).isTrue();
            assertThat(c.usedWithCloudKit()).isTrue();
            assertThat(c.memberEntities()).containsExactly("Note", "Folder");
        });
        assertThat(version.configuration("Cloud").orElseThrow().memberEntities()).containsExactly("Note");
        assertThat(version.composite("Point").orElseThrow().attributes()).extracting(Attribute::name)
                .containsExactly("x");
        // Folder's parent does not exist: the chain stops there instead of failing.
        assertThat(version.ancestry(folderEntity)).extracting(Entity::name).containsExactly("Folder");
    }

    /** Generated and hand-edited models write true/false; Core Data reads every spelling with boolValue. */
    @Test
    void everyBooleanAttributeReadsTrueFalseAndYesNoAlike() throws IOException {
        Path contents = write("Generated.xcdatamodel/contents", """
                <model usedWithCloudKit="true">
                    <entity name="Note" isAbstract="true">
                        <attribute name="a" optional="true" transient="y" attributeType="String"
                            allowsCloudEncryption="1" usesMergeableStorage="YES"/>
                        <attribute name="b" optional="false" derived="NO" attributeType="String"/>
                        <relationship name="r" optional="TRUE" toMany="true" ordered="t" destinationEntity="Note"/>
                    </entity>
                    <configuration name="Cloud" usedWithCloudKit="true"><memberEntity name="Note"/></configuration>
                    <configuration name="Local" usedWithCloudKit="false"><memberEntity name="Note"/></configuration>
                </model>
                """);

        ModelVersion version = ModelReader.read(contents).current();

        assertThat(version.usedWithCloudKit()).isTrue();
        assertThat(version.configuration("Cloud").orElseThrow().usedWithCloudKit()).isTrue();
        assertThat(version.configuration("Local").orElseThrow().usedWithCloudKit()).isFalse();
        Entity note = version.entity("Note").orElseThrow();
        assertThat(note.isAbstract()).isTrue();
        Attribute a = note.attribute("a").orElseThrow();
        assertThat(List.of(a.optional(), a.isTransient(), a.allowsCloudEncryption(), a.usesMergeableStorage()))
                .containsOnly(true);
        Attribute b = note.attribute("b").orElseThrow();
        assertThat(List.of(b.optional(), b.derived(), b.usesMergeableStorage())).containsOnly(false);
        Relationship r = note.relationship("r").orElseThrow();
        assertThat(List.of(r.optional(), r.toMany(), r.ordered())).containsOnly(true);
    }

    @Test
    void readsTheRenamingIdentifierAsXcodeAndOlderModelsWriteIt() throws IOException {
        Path contents = write("Renamed.xcdatamodel/contents", """
                <model type="x">
                    <entity name="ProfileV3" elementID="Profile">
                        <attribute name="text" attributeType="String" renamingIdentifier="body"/>
                        <attribute name="title" attributeType="String"/>
                        <relationship name="owner" destinationEntity="ProfileV3" elementID="person"/>
                    </entity>
                </model>""");

        Entity entity = ModelReader.read(contents).current().entities().get(0);

        assertThat(entity.renamingIdentifier()).isEqualTo("Profile");
        assertThat(entity.attributes()).extracting(Attribute::renamingIdentifier).containsExactly("body", null);
        assertThat(entity.relationships().get(0).renamingIdentifier()).isEqualTo("person");
    }

    @Test
    void locationsNameTheFileTheCallerSays() throws IOException {
        Path contents = write("Notes.xcdatamodel/contents", TWO_ENTITIES);
        Path shown = Path.of("main:App/Notes.xcdatamodel/contents");

        DataModel model = ModelReader.read(contents.getParent(), file -> shown);

        assertThat(model.current().entities()).extracting(e -> e.location().file()).containsOnly(shown);
        assertThat(model.current().entities().get(0).location().line()).isPositive();
    }

    @Test
    void aModelWithNoEntitiesReads() throws IOException {
        Path contents = write("Empty.xcdatamodel/contents", "<model type=\"x\"/>");

        assertThat(ModelReader.read(contents).current().entities()).isEmpty();
    }

    @Test
    void theCurrentVersionComesFromXccurrentversion() throws IOException {
        Path bundle = bundle("Model 2.xcdatamodel");

        DataModel model = ModelReader.read(bundle);

        assertThat(model.versions()).extracting(VersionFile::name).containsExactly("Model", "Model 2", "Model 10");
        assertThat(model.current().name()).isEqualTo("Model 2");
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void onlyTheCurrentVersionIsReadSoABrokenOldOneDoesNotStopTheLint() throws IOException {
        Path bundle = bundle("Model 2.xcdatamodel");
        write("Model.xcdatamodeld/Model.xcdatamodel/contents", "<model><entity name=\"A\"></model>");

        DataModel model = ModelReader.read(bundle);

        assertThat(model.current().name()).isEqualTo("Model 2");
        assertThatThrownBy(() -> ModelReader.readVersion(model.versions().get(0)))
                .isInstanceOf(InputException.class).hasMessageStartingWith("malformed XML: ");
    }

    @Test
    void aMissingXccurrentversionFallsBackToTheNewestVersionByName() throws IOException {
        Path bundle = bundle(null);

        DataModel model = ModelReader.read(bundle);

        assertThat(model.current().name()).isEqualTo("Model 10");
        assertThat(model.warnings()).extracting(ModelWarning::message).singleElement().asString()
                .contains("no .xccurrentversion file", "using the newest version by name, 'Model 10'");
    }

    @Test
    void anEmptyXccurrentversionFallsBackToTheNewestVersionByName() throws IOException {
        Path bundle = bundle(null);
        write(bundle.getFileName() + "/.xccurrentversion", """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict/>
                </plist>
                """);

        DataModel model = ModelReader.read(bundle);

        assertThat(model.current().name()).isEqualTo("Model 10");
        assertThat(model.warnings()).extracting(ModelWarning::message).singleElement().asString()
                .contains("does not name the current version");
    }

    @Test
    void anXccurrentversionNamingAMissingVersionFallsBackAndSaysSo() throws IOException {
        Path bundle = bundle("Model 7.xcdatamodel");

        DataModel model = ModelReader.read(bundle);

        assertThat(model.current().name()).isEqualTo("Model 10");
        assertThat(model.warnings()).extracting(ModelWarning::message).singleElement().asString()
                .contains("names 'Model 7.xcdatamodel'", "does not hold");
    }

    @Test
    void versionFoldersWithSpacesEvenTrailingOnesRead() throws IOException {
        write("Spaced.xcdatamodeld/Spaced 2 .xcdatamodel/contents", TWO_ENTITIES);
        write("Spaced.xcdatamodeld/.xccurrentversion", plist("Spaced 2 .xcdatamodel"));

        DataModel model = ModelReader.read(dir.resolve("Spaced.xcdatamodeld"));

        assertThat(model.current().name()).isEqualTo("Spaced 2 ");
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void aLegacyBinaryModelIsRefusedWithAdvice() throws IOException {
        Path elements = write("Old.xcdatamodel/elements", "bplist00\u0000\u0001");

        assertThatThrownBy(() -> ModelReader.read(elements.getParent()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("legacy binary format of Xcode 3")
                .hasMessageContaining("open it in Xcode and save it")
                .satisfies(e -> assertThat(((InputException) e).location().file()).isEqualTo(elements));
    }

    @Test
    void aLegacyOldVersionBesideANamedCurrentOneIsSkippedQuietly() throws IOException {
        Path bundle = bundle("Model 2.xcdatamodel");
        write(bundle.getFileName() + "/Model 0.xcdatamodel/elements", "bplist00");

        DataModel model = ModelReader.read(bundle);

        assertThat(model.current().name()).isEqualTo("Model 2");
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void aLegacyVersionIsNamedWhenTheCurrentVersionHadToBeGuessed() throws IOException {
        write("Guess.xcdatamodeld/Guess.xcdatamodel/elements", "bplist00");
        write("Guess.xcdatamodeld/Guess 2.xcdatamodel/contents", TWO_ENTITIES);

        DataModel model = ModelReader.read(dir.resolve("Guess.xcdatamodeld"));

        assertThat(model.current().name()).isEqualTo("Guess 2");
        assertThat(model.warnings()).extracting(ModelWarning::message).satisfiesExactly(
                legacy -> assertThat(legacy).contains("'Guess'", "legacy binary format"),
                guess -> assertThat(guess).contains("no .xccurrentversion file", "'Guess 2'"));
    }

    @Test
    void aSingleVersionBundleNeedsNoXccurrentversion() throws IOException {
        write("Single.xcdatamodeld/Single.xcdatamodel/contents", TWO_ENTITIES);

        DataModel model = ModelReader.read(dir.resolve("Single.xcdatamodeld"));

        assertThat(model.current().name()).isEqualTo("Single");
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void aSingleVersionBundleIsReadWhateverItsXccurrentversionNames() throws IOException {
        write("Single.xcdatamodeld/Single 3.xcdatamodel/contents", TWO_ENTITIES);
        write("Single.xcdatamodeld/.xccurrentversion", plist("Single.xcdatamodel"));

        DataModel model = ModelReader.read(dir.resolve("Single.xcdatamodeld"));

        assertThat(model.current().name()).isEqualTo("Single 3");
        assertThat(model.warnings()).isEmpty();
    }

    @Test
    void externalEntitiesAreRefusedAndNothingOutsideTheFileIsRead() throws IOException {
        Path secret = write("secret.txt", "TOP-SECRET");
        Path contents = write("Xxe.xcdatamodel/contents", """
                <?xml version="1.0"?>
                <!DOCTYPE model [<!ENTITY leak SYSTEM "%s">]>
                <model><entity name="&leak;"/></model>
                """.formatted(secret.toUri()));

        assertThatThrownBy(() -> ModelReader.read(contents))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("declares a DOCTYPE")
                .hasMessageNotContaining("TOP-SECRET")
                .satisfies(e -> assertThat(((InputException) e).location().line()).isEqualTo(2));
    }

    @Test
    void entityExpansionIsRefused() throws IOException {
        StringBuilder laughs = new StringBuilder("<!DOCTYPE model [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]>\n<model><entity name=\"&lol9;\"/></model>\n");
        Path contents = write("Laughs.xcdatamodel/contents", laughs.toString());

        assertThatThrownBy(() -> ModelReader.read(contents))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("declares a DOCTYPE");
    }

    @Test
    void malformedXmlIsReportedAtItsLineAndColumn() throws IOException {
        Path contents = write("Broken.xcdatamodel/contents", """
                <model>
                    <entity name="A">
                        <attribute name="x" optional="YES" attributeType="String">
                    </entity>
                </model>
                """);

        assertThatThrownBy(() -> ModelReader.read(contents))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("malformed XML: ")
                .hasMessageContaining("attribute")
                .satisfies(e -> assertThat(((InputException) e).location()).hasToString(contents + ":4:7"));
    }

    @Test
    void aFileThatIsNotAModelIsNamedAsSuch() throws IOException {
        Path plist = write("Other.xcdatamodel/contents", "<plist version=\"1.0\"><dict/></plist>");

        assertThatThrownBy(() -> ModelReader.read(plist))
                .isInstanceOf(InputException.class)
                .hasMessage("not a Core Data model: the root element is <plist>, a model's is <model>");
    }

    @Test
    void inputInAnotherEncodingIsReadByItsDeclaration() throws IOException {
        String xml = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <model>
                    <entity name="Café">
                        <attribute name="crème" optional="YES" attributeType="String"/>
                    </entity>
                </model>
                """;
        Path contents = dir.resolve("Latin.xcdatamodel/contents");
        Files.createDirectories(contents.getParent());
        Files.write(contents, xml.getBytes(Charset.forName("ISO-8859-1")));

        Entity cafe = ModelReader.read(contents).current().entities().get(0);

        assertThat(cafe.name()).isEqualTo("Café");
        assertThat(cafe.attributes().get(0).name()).isEqualTo("crème");
        assertThat(cafe.attributes().get(0).location()).hasToString(contents + ":4:9");
    }

    @Test
    void aMissingPathIsAnInputError() {
        assertThatThrownBy(() -> ModelReader.read(dir.resolve("Nope.xcdatamodeld")))
                .isInstanceOf(InputException.class)
                .hasMessage("no such file or directory");
    }

    @Test
    void findsModelsInATreeAndMapsFilesToTheirModel() throws IOException {
        Path bundle = bundle("Model.xcdatamodel");
        write("App/Loose.xcdatamodel/contents", TWO_ENTITIES);
        write("App/build/Copy.xcdatamodeld/Copy.xcdatamodel/contents", TWO_ENTITIES);
        write(".git/Hidden.xcdatamodel/contents", TWO_ENTITIES);

        assertThat(ModelFinder.findModels(dir))
                .containsExactly(dir.resolve("App/Loose.xcdatamodel"), bundle);
        assertThat(ModelFinder.modelOf(bundle.resolve("Model 2.xcdatamodel/contents"))).isEqualTo(bundle);
        assertThat(ModelFinder.modelOf(dir.resolve("App/Loose.xcdatamodel/contents")))
                .isEqualTo(dir.resolve("App/Loose.xcdatamodel"));
    }

    /** A bundle with versions "Model", "Model 2" and "Model 10", naming {@code current} when not null. */
    private Path bundle(String current) throws IOException {
        for (String version : new String[] {"Model", "Model 2", "Model 10"}) {
            write("Model.xcdatamodeld/" + version + ".xcdatamodel/contents", TWO_ENTITIES);
        }
        if (current != null) {
            write("Model.xcdatamodeld/.xccurrentversion", plist(current));
        }
        return dir.resolve("Model.xcdatamodeld");
    }

    private static String plist(String currentVersion) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
                <plist version="1.0">
                <dict>
                \t<key>_XCCurrentVersionName</key>
                \t<string>%s</string>
                </dict>
                </plist>
                """.formatted(currentVersion);
    }

    private Path write(String relative, String text) {
        return TestFiles.write(dir, relative, text);
    }
}
