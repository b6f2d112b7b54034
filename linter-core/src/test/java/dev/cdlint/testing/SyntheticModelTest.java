package dev.cdlint.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.xml.ModelReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticModelTest {

    @TempDir
    Path dir;

    @Test
    void generatesTheShapeAskedFor() {
        ModelVersion version = ModelReader.read(new SyntheticModel(12, 5, 2, 3, 2).writeTo(dir.resolve("M.xcdatamodel")))
                .current();

        assertThat(version.entities()).hasSize(12);
        assertThat(version.entities()).allSatisfy(e -> assertThat(e.attributes()).hasSize(5));
        assertThat(version.entities().stream().filter(e -> !e.isRoot())).hasSize(8);
        assertThat(version.configurations()).extracting("name").containsExactly("Default", "Store0", "Store1");
        assertThat(version.entities().stream().flatMap(e -> e.relationships().stream()))
                .allSatisfy(r -> assertThat(r.hasInverse()).isTrue())
                .hasSize(20);
    }

    @Test
    void ofSizeComesWithinTenPercentOfTheSizeAskedFor() {
        long size = SyntheticModel.ofSize(1_000_000).xml().length();

        assertThat(size).isBetween(900_000L, 1_100_000L);
    }
}
