package dev.cdlint.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import dev.cdlint.model.Configuration;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.CkdbWriter;
import dev.cdlint.schema.Schema;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every CloudKit-enabled model of the real corpus mirrors, and its schema survives the .ckdb round trip. */
class CorpusMirrorTest {

    static Stream<Path> cloudKitModels() {
        return SharedCorpus.files(SharedCorpus.models(), p -> p.getFileName().toString().equals("contents")).stream()
                .filter(p -> !cloudKitConfigurations(ModelReader.read(p).current()).isEmpty());
    }

    private static List<Configuration> cloudKitConfigurations(ModelVersion version) {
        return version.configurations().stream().filter(Configuration::usedWithCloudKit).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cloudKitModels")
    void mirrorsAndRoundTripsInEveryScope(Path contents) {
        ModelVersion version = ModelReader.read(contents).current();
        for (Configuration configuration : cloudKitConfigurations(version)) {
            for (DatabaseScope scope : DatabaseScope.values()) {
                Schema schema = Mirror.of(version, configuration, scope).toSchema();

                Schema parsedBack = CkdbParser.parse(CkdbWriter.write(schema), Path.of("mirror.ckdb"));

                assertThat(parsedBack.sameAs(schema)).as("%s %s %s", contents, configuration.name(), scope).isTrue();
                assertThat(schema.recordTypes()).as("%s %s", contents, configuration.name()).isNotEmpty();
            }
        }
    }

    @Test
    void theCorpusHasCloudKitModelsToMirror() {
        assertThat(cloudKitModels().count()).isGreaterThanOrEqualTo(20);
    }
}
