package dev.cdlint.evolution;

import static dev.cdlint.evolution.ModelPair.entity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.Schema;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When evolution-renamed-with-identifier has records in CloudKit to lose. */
class RenamedWithIdentifierTest {

    @TempDir
    Path dir;

    @Test
    void anEntityRenamedFromARecordTypeProductionDoesNotHaveLosesNoRecords() {
        String renamed = entity("Note", "").replace("syncable=\"YES\"", "syncable=\"YES\" elementID=\"Draft\"");
        Schema production = CkdbParser.parse("DEFINE SCHEMA\nRECORD TYPE CD_Note (CD_entityName STRING);\n",
                dir.resolve("production.ckdb"));
        String rule = "evolution-renamed-with-identifier";

        assertThat(ModelPair.check(dir, rule, entity("Draft", ""), renamed, Optional.empty())).hasSize(1);
        assertThat(ModelPair.check(dir, rule, entity("Draft", ""), renamed, Optional.of(production))).isEmpty();
    }
}
