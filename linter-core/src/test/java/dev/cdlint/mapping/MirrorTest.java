package dev.cdlint.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.CkdbWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class MirrorTest {

    private static final Path FIXTURES = Path.of("src/test/resources/mapping");

    private static ModelVersion fixture() {
        return ModelReader.read(FIXTURES.resolve("Mirror.xcdatamodel")).current();
    }

    private static MirroredSchema mirror(DatabaseScope scope) {
        ModelVersion version = fixture();
        return Mirror.of(version, version.configuration("Default").orElseThrow(), scope);
    }

    /** The golden files were checked by hand against cloudkit-mapping.md §1-§4 and §6. */
    @ParameterizedTest
    @EnumSource(value = DatabaseScope.class, names = {"PRIVATE", "PUBLIC"})
    void producesTheSchemaInTheGoldenFile(DatabaseScope scope) throws IOException {
        String expected = Files.readString(FIXTURES.resolve("Mirror." + scope.id() + ".ckdb"));

        assertThat(CkdbWriter.write(mirror(scope).toSchema())).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(DatabaseScope.class)
    void itsSchemaParsesBackToTheSameSchema(DatabaseScope scope) {
        var schema = mirror(scope).toSchema();

        assertThat(CkdbParser.parse(CkdbWriter.write(schema), Path.of("mirror.ckdb")).sameAs(schema)).isTrue();
    }

    @Test
    void tracesEachFieldToItsElementAndSaysWhenItIsCreated() {
        MirroredRecordType item = mirror(DatabaseScope.PRIVATE).recordType("CD_Item").orElseThrow();

        MirroredField isbn = item.field("CD_isbn").orElseThrow();
        assertThat(isbn.entity()).isEqualTo("Book");
        assertThat(isbn.property()).isEqualTo("isbn");
        assertThat(isbn.location().line()).isEqualTo(33);
        assertThat(isbn.creation()).isEqualTo(Creation.ALWAYS);
        assertThat(item.field("CD_isbn_ckAsset").orElseThrow().creation()).isEqualTo(Creation.LAZY);
        assertThat(item.field("CD_moveReceipt").orElseThrow().creation()).isEqualTo(Creation.LAZY);
        assertThat(item.field("CD_position").orElseThrow().uncertain()).isTrue();
        assertThat(item.field("CD_title").orElseThrow().uncertain()).isFalse();
        assertThat(item.field("CD_draft")).as("transient").isEmpty();
        assertThat(item.field("CD_cache")).as("ignored").isEmpty();
        assertThat(item.field("CD_undefinedThing")).as("unsupported type").isEmpty();
        assertThat(item.field("CD_tags")).as("many-to-many lives in CDMR").isEmpty();
    }

    @Test
    void aConfigurationMirrorsOnlyItsOwnEntities() throws IOException {
        Path contents = Files.createTempDirectory("cdlint").resolve("contents");
        Files.writeString(contents, """
                <model>
                    <entity name="Synced"><attribute name="a" optional="YES" attributeType="String"/></entity>
                    <entity name="Local"><attribute name="b" optional="YES" attributeType="String"/></entity>
                    <configuration name="Cloud" usedWithCloudKit="YES"><memberEntity name="Synced"/></configuration>
                </model>
                """);
        ModelVersion version = ModelReader.read(contents).current();

        MirroredSchema cloud = Mirror.of(version, version.configuration("Cloud").orElseThrow(),
                DatabaseScope.PRIVATE);

        assertThat(cloud.recordTypes()).extracting(MirroredRecordType::name).containsExactly("CD_Synced");
    }

    private static ModelVersion read(String xml) throws IOException {
        Path contents = Files.createTempDirectory("cdlint").resolve("contents");
        Files.writeString(contents, xml);
        return ModelReader.read(contents).current();
    }

    /** attributesByName holds inherited properties, so the serializer writes them whoever is a member. */
    @Test
    void aSyncedSubEntityCarriesItsUnsyncedParentsFieldsIntoTheRootsRecordType() throws IOException {
        ModelVersion version = read("""
                <model>
                    <entity name="Item"><attribute name="title" optional="YES" attributeType="String"/></entity>
                    <entity name="Book" parentEntity="Item">
                        <attribute name="isbn" optional="YES" attributeType="String"/>
                        <relationship name="shelf" optional="YES" maxCount="1" deletionRule="Nullify"
                            destinationEntity="Shelf" inverseName="books" inverseEntity="Shelf"/>
                    </entity>
                    <entity name="Shelf">
                        <relationship name="books" optional="YES" toMany="YES" deletionRule="Nullify"
                            destinationEntity="Book" inverseName="shelf" inverseEntity="Book"/>
                    </entity>
                    <configuration name="Cloud" usedWithCloudKit="YES">
                        <memberEntity name="Book"/><memberEntity name="Shelf"/>
                    </configuration>
                </model>
                """);

        MirroredSchema cloud = Mirror.of(version, version.configuration("Cloud").orElseThrow(),
                DatabaseScope.PRIVATE);

        assertThat(cloud.recordTypes()).extracting(MirroredRecordType::name).containsExactly("CD_Item", "CD_Shelf");
        MirroredRecordType item = cloud.recordType("CD_Item").orElseThrow();
        assertThat(item.fields()).extracting(MirroredField::name)
                .contains("CD_title", "CD_title_ckAsset", "CD_isbn", "CD_shelf");
        assertThat(item.field("CD_title").orElseThrow().entity()).as("traced to its declaration").isEqualTo("Item");
    }

    @Test
    void theLegacyEncryptionKeyDecidesWithItsBoolValueAheadOfAllowsCloudEncryption() throws IOException {
        ModelVersion version = read("""
                <model>
                    <entity name="Note">
                        <attribute name="legacyOn" optional="YES" attributeType="String">
                            <userInfo><entry key="NSPersistentCloudKitContainerEncryptedAttributeKey" value="y"/></userInfo>
                        </attribute>
                        <attribute name="legacyOff" optional="YES" attributeType="String" allowsCloudEncryption="YES">
                            <userInfo><entry key="NSPersistentCloudKitContainerEncryptedAttributeKey" value="0"/></userInfo>
                        </attribute>
                        <attribute name="modern" optional="YES" attributeType="Double" allowsCloudEncryption="true"/>
                        <attribute name="plain" optional="YES" attributeType="Double"/>
                    </entity>
                </model>
                """);

        MirroredRecordType note = Mirror.of(version, version.configuration("Default").orElseThrow(),
                DatabaseScope.PRIVATE).recordType("CD_Note").orElseThrow();

        assertThat(note.field("CD_legacyOn").orElseThrow().type().toString()).isEqualTo("ENCRYPTED STRING");
        assertThat(note.field("CD_legacyOff").orElseThrow().type().toString()).isEqualTo("STRING");
        assertThat(note.field("CD_modern").orElseThrow().type().toString()).isEqualTo("ENCRYPTED DOUBLE");
        assertThat(note.field("CD_plain").orElseThrow().type().toString()).isEqualTo("DOUBLE");
        assertThat(note.field("CD_legacyOn_ckAsset").orElseThrow().type().toString()).isEqualTo("ASSET");
    }

    @Test
    void aCompositeHasNoAssetCompanionButAStringDoes() {
        MirroredRecordType item = mirror(DatabaseScope.PRIVATE).recordType("CD_Item").orElseThrow();

        assertThat(item.field("CD_position")).isPresent();
        assertThat(item.field("CD_position_ckAsset")).isEmpty();
        assertThat(item.field("CD_title_ckAsset")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"YES", "y", "t", "true", "01", "+1", "Yep", " 1"})
    void everyBoolValueSpellingOfTheIgnoreKeyIgnores(String value) throws IOException {
        assertThat(ignoredByMirror(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"NO", "0", "false", "", "nope", "00"})
    void otherValuesOfTheIgnoreKeyDoNot(String value) throws IOException {
        assertThat(ignoredByMirror(value)).isFalse();
    }

    private static boolean ignoredByMirror(String value) throws IOException {
        ModelVersion version = read("""
                <model>
                    <entity name="Note">
                        <attribute name="cache" optional="YES" attributeType="Binary">
                            <userInfo><entry key="NSCloudKitMirroringDelegateIgnoredPropertyKey" value="%s"/></userInfo>
                        </attribute>
                    </entity>
                </model>
                """.formatted(value));
        return Mirror.of(version, version.configuration("Default").orElseThrow(), DatabaseScope.PRIVATE)
                .recordType("CD_Note").orElseThrow().field("CD_cache").isEmpty();
    }
}
