package dev.cdlint.evolution;

import dev.cdlint.finding.Finding;
import dev.cdlint.model.DataModel;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.schema.Schema;
import dev.cdlint.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The deployed and the current model a test writes, as XML entities, and what one evolution rule says of them. */
final class ModelPair {

    private ModelPair() {}

    /** The findings of the rule of that id, with the evolution rules' default settings. */
    static List<Finding> check(Path dir, String rule, String deployed, String current, Optional<Schema> production) {
        return EvolutionFixture.check(model(dir, "current", current), model(dir, "deployed", deployed), production)
                .stream().filter(f -> f.rule().equals(rule)).toList();
    }

    private static DataModel model(Path dir, String name, String entities) {
        TestFiles.write(dir, name + ".xcdatamodel/contents", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <model type="com.apple.IDECoreDataModeler.DataModel" usedWithCloudKit="YES">
                %s</model>
                """.formatted(entities));
        return ModelReader.read(dir.resolve(name + ".xcdatamodel"));
    }

    /** An entity with a title attribute and the properties given. */
    static String entity(String name, String properties) {
        return "<entity name=\"" + name + "\" representedClassName=\"" + name + "\" syncable=\"YES\">\n"
                + "<attribute name=\"title\" optional=\"YES\" attributeType=\"String\"/>\n" + properties
                + "</entity>\n";
    }

    static String toOne(String name, String destination, String inverse) {
        return "<relationship name=\"" + name + "\" optional=\"YES\" maxCount=\"1\" deletionRule=\"Nullify\""
                + " destinationEntity=\"" + destination + "\" inverseName=\"" + inverse + "\"/>\n";
    }

    static String toMany(String name, String destination, String inverse) {
        return "<relationship name=\"" + name + "\" optional=\"YES\" toMany=\"YES\" deletionRule=\"Nullify\""
                + " destinationEntity=\"" + destination + "\" inverseName=\"" + inverse + "\"/>\n";
    }
}
