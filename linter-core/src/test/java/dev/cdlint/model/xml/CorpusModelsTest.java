package dev.cdlint.model.xml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import dev.cdlint.model.CompositeDefinition;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.Entity;
import dev.cdlint.model.ModelVersion;
import dev.cdlint.model.VersionFile;
import dev.cdlint.source.InputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/** Every real model in the shared corpus reads, and reads completely. */
class CorpusModelsTest {

    static Stream<Path> contentsFiles() {
        return SharedCorpus.files(SharedCorpus.models(), p -> p.getFileName().toString().equals("contents")).stream();
    }

    /**
     * Counts the elements with DOM and XPath, a reader that shares nothing with cdlint's, so a binding that drops
     * elements (a misspelt name, a wrong nesting) shows up as a difference.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("contentsFiles")
    void readsEveryEntityAttributeAndRelationship(Path contents) throws Exception {
        ModelVersion version = ModelReader.read(contents).current();

        Document dom = DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder().parse(contents.toFile());
        var xpath = XPathFactory.newDefaultInstance().newXPath();
        assertThat(version.entities()).hasSize(
                ((Double) xpath.evaluate("count(/model/entity)", dom, XPathConstants.NUMBER)).intValue());
        assertThat(version.entities().stream().mapToInt(e -> e.attributes().size()).sum()).isEqualTo(
                ((Double) xpath.evaluate("count(/model/entity/attribute)", dom, XPathConstants.NUMBER)).intValue());
        assertThat(version.entities().stream().mapToInt(e -> e.relationships().size()).sum()).isEqualTo(
                ((Double) xpath.evaluate("count(/model/entity/relationship)", dom, XPathConstants.NUMBER))
                        .intValue());
        assertThat(version.composites().stream().mapToInt(c -> c.attributes().size()).sum()).isEqualTo(
                ((Double) xpath.evaluate("count(/model/composite/attribute)", dom, XPathConstants.NUMBER))
                        .intValue());
        assertThat(version.entities()).allSatisfy(entity -> {
            assertThat(entity.location().line()).as("line of %s", entity.name()).isPositive();
            entity.properties().forEach(p -> assertThat(p.location().column()).isPositive());
        });
    }

    @Test
    void theCorpusIsTheOneTheIssueDescribes() {
        assertThat(contentsFiles().count()).isGreaterThanOrEqualTo(470);
    }

    @Test
    void everyBundleInTheCorpusReadsToItsCurrentVersionOrSaysWhyItCannot() {
        List<Path> bundles = ModelFinder.findModels(SharedCorpus.models()).stream()
                .filter(p -> p.getFileName().toString().endsWith(".xcdatamodeld")).toList();
        assertThat(bundles).hasSizeGreaterThan(50);
        Map<String, String> unreadable = new TreeMap<>();
        for (Path bundle : bundles) {
            try {
                DataModel model = ModelReader.read(bundle);
                assertThat(model.versions()).extracting(VersionFile::name).contains(model.current().name());
                model.versions().forEach(version -> assertThat(ModelReader.readVersion(version).name())
                        .isEqualTo(version.name()));
            } catch (InputException e) {
                unreadable.put(SharedCorpus.models().relativize(bundle).toString(), e.getMessage());
            }
        }
        // The only ones that cannot be read: one holds nothing but a .xccurrentversion, eight only Xcode 3 versions.
        assertThat(unreadable).hasSize(9).hasEntrySatisfying(
                "RestKit__RestKit/Resources/RestKitCoreData.xcdatamodeld",
                message -> assertThat(message).contains("holds no model version"));
        assertThat(unreadable.values()).filteredOn(m -> m.contains("legacy binary format of Xcode 3")).hasSize(8);
    }

    @Test
    void compositeDefinitionsKeepTheirAttributes() {
        List<CompositeDefinition> composites = contentsFiles()
                .flatMap(f -> ModelReader.read(f).current().composites().stream()).toList();
        assertThat(composites).extracting(CompositeDefinition::name).contains("CDEItemLocation", "FlowPoint");
        assertThat(composites).filteredOn(c -> c.name().equals("FlowPoint"))
                .flatExtracting(CompositeDefinition::attributes).extracting("name").containsExactly("lat", "lng");
        List<Entity> withParents = contentsFiles()
                .flatMap(f -> ModelReader.read(f).current().entities().stream())
                .filter(e -> !e.isRoot()).toList();
        assertThat(withParents).hasSizeGreaterThan(600);
    }
}
