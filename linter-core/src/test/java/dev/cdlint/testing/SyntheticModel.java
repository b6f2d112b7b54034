package dev.cdlint.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A generated Core Data model of any size, shaped like real ones: inheritance chains, to-one/to-many pairs with
 * inverses, several CloudKit configurations, a spread of attribute types. For benchmarks and scale tests.
 *
 * @param entities how many entities
 * @param attributesPerEntity attributes each entity declares
 * @param relationshipsPerEntity relationships each entity declares (half to-one, half the to-many inverses)
 * @param hierarchyDepth entities per inheritance chain: 1 means no inheritance
 * @param configurations CloudKit configurations the entities are spread over, round robin
 */
public record SyntheticModel(int entities, int attributesPerEntity, int relationshipsPerEntity, int hierarchyDepth,
        int configurations) {

    private static final String[][] TYPES = {
        {"String", ""}, {"Integer 64", " defaultValueString=\"0\""}, {"Date", ""}, {"Boolean", ""},
        {"Double", " defaultValueString=\"0.0\""}, {"Binary", " allowsExternalBinaryDataStorage=\"YES\""},
        {"UUID", ""}, {"Integer 16", " defaultValueString=\"0\""}, {"URI", ""},
        {"Transformable", " valueTransformerName=\"NSSecureUnarchiveFromDataTransformer\""},
    };

    /** About 20 entities: the size of a typical app's model. */
    public static SyntheticModel typical() {
        return new SyntheticModel(20, 8, 2, 2, 1);
    }

    /** A model of about the given size in bytes, scaled by its number of entities. */
    public static SyntheticModel ofSize(long bytes) {
        SyntheticModel unit = new SyntheticModel(100, 20, 4, 3, 3);
        long unitSize = unit.xml().length();
        int entities = (int) Math.max(1, Math.round(100.0 * bytes / unitSize));
        return new SyntheticModel(entities, 20, 4, 3, 3);
    }

    public String xml() {
        StringBuilder xml = new StringBuilder(entities * (attributesPerEntity + relationshipsPerEntity) * 160);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
                .append("<model type=\"com.apple.IDECoreDataModeler.DataModel\" documentVersion=\"1.0\"")
                .append(" minimumToolsVersion=\"Automatic\" sourceLanguage=\"Swift\">\n");
        for (int e = 0; e < entities; e++) {
            entity(xml, e);
        }
        for (int c = 0; c < configurations; c++) {
            xml.append("    <configuration name=\"Store").append(c).append("\" usedWithCloudKit=\"YES\">\n");
            for (int e = c; e < entities; e += configurations) {
                xml.append("        <memberEntity name=\"").append(name(e)).append("\"/>\n");
            }
            xml.append("    </configuration>\n");
        }
        return xml.append("</model>\n").toString();
    }

    public Path writeTo(Path modelFolder) {
        try {
            Files.createDirectories(modelFolder);
            Path contents = modelFolder.resolve("contents");
            Files.writeString(contents, xml(), StandardCharsets.UTF_8);
            return contents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void entity(StringBuilder xml, int e) {
        xml.append("    <entity name=\"").append(name(e)).append("\" representedClassName=\"").append(name(e))
                .append('"');
        if (hierarchyDepth > 1 && e % hierarchyDepth != 0) {
            xml.append(" parentEntity=\"").append(name(e - 1)).append('"');
        }
        xml.append(" syncable=\"YES\" codeGenerationType=\"class\">\n");
        for (int a = 0; a < attributesPerEntity; a++) {
            String[] type = TYPES[(a + e) % TYPES.length];
            xml.append("        <attribute name=\"").append(attributeName(e, a)).append("\" optional=\"YES\"")
                    .append(" attributeType=\"").append(type[0]).append('"').append(type[1]).append("/>\n");
        }
        // Entity e links to e + configurations (same configuration, so the model stays valid) with to-one
        // relationships, and e - configurations links back to it; each pair names its inverse.
        for (int r = 0; r < relationshipsPerEntity / 2; r++) {
            int target = e + configurations;
            if (target < entities) {
                relationship(xml, "to" + name(target) + "_" + r, name(target), "from" + name(e) + "_" + r, false);
            }
            int source = e - configurations;
            if (source >= 0) {
                relationship(xml, "from" + name(source) + "_" + r, name(source), "to" + name(e) + "_" + r, true);
            }
        }
        xml.append("    </entity>\n");
    }

    private static void relationship(StringBuilder xml, String name, String destination, String inverse,
            boolean toMany) {
        xml.append("        <relationship name=\"").append(name).append("\" optional=\"YES\"")
                .append(toMany ? " toMany=\"YES\"" : " maxCount=\"1\"")
                .append(" deletionRule=\"Nullify\" destinationEntity=\"").append(destination)
                .append("\" inverseName=\"").append(inverse).append("\" inverseEntity=\"").append(destination)
                .append("\"/>\n");
    }

    /** Names are unique per entity, so sub-entities never collide with their parents' fields. */
    private static String attributeName(int entity, int attribute) {
        return "e" + entity + "a" + attribute;
    }

    private static String name(int entity) {
        return "Entity" + entity;
    }
}
