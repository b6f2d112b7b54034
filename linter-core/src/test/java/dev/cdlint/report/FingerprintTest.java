package dev.cdlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import dev.cdlint.finding.Severity;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    private static final Path V1 = Path.of("/project/App/Model.xcdatamodeld/Model.xcdatamodel/contents");

    private static Finding finding(Path file, int line, String message, String entity, String property) {
        return new Finding("test-quiet", Severity.WARNING, message, new SourceLocation(file, line, 3), entity,
                property, null, null, null);
    }

    private static final Finding BASE = finding(V1, 10, "Note.title is bad", "Note", "title");

    @Test
    void survivesLineMovesRewordingAndANewModelVersion() {
        assertThat(Fingerprint.of(finding(V1, 99, "Note.title is bad", "Note", "title")))
                .isEqualTo(Fingerprint.of(BASE));
        assertThat(Fingerprint.of(finding(V1, 10, "reworded", "Note", "title"))).isEqualTo(Fingerprint.of(BASE));
        Path v2 = Path.of("/project/App/Model.xcdatamodeld/Model 2.xcdatamodel/contents");
        assertThat(Fingerprint.of(finding(v2, 14, "Note.title is bad", "Note", "title")))
                .isEqualTo(Fingerprint.of(BASE));
        Path lintedElsewhere = Path.of("/elsewhere/checkout/App/Model.xcdatamodeld/Model.xcdatamodel/contents");
        assertThat(Fingerprint.of(finding(lintedElsewhere, 10, "Note.title is bad", "Note", "title")))
                .as("the folders above the model do not count").isEqualTo(Fingerprint.of(BASE));
    }

    @Test
    void differsForAnotherElementRuleOrModel() {
        assertThat(Fingerprint.of(finding(V1, 10, "Note.title is bad", "Note", "body")))
                .isNotEqualTo(Fingerprint.of(BASE));
        assertThat(Fingerprint.of(new Finding("test-other", Severity.WARNING, BASE.message(), BASE.location(),
                "Note", "title", null, null, null))).isNotEqualTo(Fingerprint.of(BASE));
        Path other = Path.of("/project/App/Other.xcdatamodeld/Other.xcdatamodel/contents");
        assertThat(Fingerprint.of(finding(other, 10, "Note.title is bad", "Note", "title")))
                .isNotEqualTo(Fingerprint.of(BASE));
        assertThat(Fingerprint.of(new Finding("test-quiet", Severity.WARNING, BASE.message(), BASE.location(),
                "Note", "title", "Cloud", null, null))).as("another configuration").isNotEqualTo(Fingerprint.of(BASE));
    }

    @Test
    void fieldsDoNotRunIntoEachOther() {
        assertThat(Fingerprint.of(finding(V1, 1, "m", "Note", "title")))
                .isNotEqualTo(Fingerprint.of(finding(V1, 1, "m", "Notetitle", null)))
                .isNotEqualTo(Fingerprint.of(finding(V1, 1, "m", null, "Notetitle")));
    }

    @Test
    void findingsWithoutAnElementAreKnownByTheirMessage() {
        Finding modelWide = finding(V1, 0, "The model has  no configuration", null, null);
        assertThat(Fingerprint.of(finding(V1, 5, "The model has no configuration ", null, null)))
                .as("white space does not count").isEqualTo(Fingerprint.of(modelWide));
        assertThat(Fingerprint.of(finding(V1, 0, "Another problem", null, null)))
                .isNotEqualTo(Fingerprint.of(modelWide));
    }

    @Test
    void modelNameIsTheBundleElseTheModelFolderElseTheFile() {
        assertThat(Fingerprint.modelName(V1)).isEqualTo("Model.xcdatamodeld");
        assertThat(Fingerprint.modelName(Path.of("/p/Cache.xcdatamodel/contents"))).isEqualTo("Cache.xcdatamodel");
        assertThat(Fingerprint.modelName(Path.of("/p/schema.ckdb"))).isEqualTo("schema.ckdb");
    }
}
