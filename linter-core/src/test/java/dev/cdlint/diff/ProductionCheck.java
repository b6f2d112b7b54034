package dev.cdlint.diff;

import dev.cdlint.config.LintConfig;
import dev.cdlint.engine.RuleEngine;
import dev.cdlint.finding.Finding;
import dev.cdlint.mapping.DatabaseScope;
import dev.cdlint.model.xml.ModelReader;
import dev.cdlint.rules.Rule;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.testing.TestFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One schema rule on a model and a production schema a test writes, with the scopes given. */
final class ProductionCheck {

    private ProductionCheck() {}

    /**
     * @param entities the model's entities and configurations, as XML inside {@code <model>}
     * @param ckdb the production schema's text
     */
    static List<Finding> run(Path dir, Rule rule, String entities, String ckdb, Map<String, DatabaseScope> scopes) {
        TestFiles.write(dir, "Model.xcdatamodel/contents", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <model type="com.apple.IDECoreDataModeler.DataModel" usedWithCloudKit="YES">
                %s</model>
                """.formatted(entities));
        LintConfig config = new LintConfig(null, null, scopes, Map.of(), null, Map.of(), false, List.of());
        return new RuleEngine(List.of(rule)).check(ModelReader.read(dir.resolve("Model.xcdatamodel")), config,
                Optional.of(CkdbParser.parse(ckdb, dir.resolve("production.ckdb"))));
    }
}
