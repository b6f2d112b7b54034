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
}
