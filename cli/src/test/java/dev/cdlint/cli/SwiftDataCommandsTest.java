package dev.cdlint.cli;

import static dev.cdlint.cli.InProcess.cdlint;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdlint.cli.CdlintProcess.Run;
import dev.cdlint.schema.CkdbParser;
import dev.cdlint.schema.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands on a folder of SwiftData classes, as a user runs them. */
class SwiftDataCommandsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws Exception {
        Files.createDirectories(dir.resolve("App"));
        Files.writeString(dir.resolve("App/Note.swift"), """
                import SwiftData
                enum Mood: String, Codable { case calm }
                @Model final class Note {
                    var title: String = ""
                    var mood: Mood = .calm
                    @Attribute(.allowsCloudEncryption) var secret: String?
                    @Relationship(deleteRule: .cascade, inverse: \\Tag.note) var tags: [Tag]? = []
                }
                @Model final class Tag { var note: Note?; var label: String = "" }
                @Model final class Draft { var text: String }
                """);
        Files.writeString(dir.resolve("App/Store.swift"), """
                import SwiftData
                enum Store {
                    static let synced = try! ModelContainer(for: Note.self,
                        configurations: ModelConfiguration("Cloud", schema: Schema([Note.self]),
                                                           cloudKitDatabase: .private("iCloud.com.example.notes")))
                    static let local = try! ModelContainer(for: Draft.self,
                        configurations: ModelConfiguration(schema: Schema([Draft.self]), cloudKitDatabase: .none))
                }
                """);
    }

    @Test
    void schemaPrintsWhatTheSyncedStoresCreateInTheExportLayout() {
        Run run = cdlint("schema", dir.resolve("App").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        var schema = CkdbParser.parse(run.out(), Path.of("out.ckdb"));
        assertThat(schema.recordTypes()).extracting(t -> t.name()).containsExactly("CD_Note", "CD_Tag");
        assertThat(schema.recordType("CD_Note").orElseThrow().fields()).extracting(Field::name)
                .contains("CD_title", "CD_mood", "CD_secret", "CD_entityName").doesNotContain("CD_tags");
        assertThat(schema.recordType("CD_Note").orElseThrow().fields()).filteredOn(f -> f.name().equals("CD_mood")
                || f.name().equals("CD_secret")).extracting(f -> f.type().toString())
                .containsExactly("BYTES", "ENCRYPTED STRING");
    }

    @Test
    void checkReportsOnlyTheSyncedStoreAndJsonSaysHowEachConfigurationWasDecided() throws Exception {
        Run text = cdlint("check", dir.toString());
        Run json = cdlint("check", dir.toString(), "--format", "json");

        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("No problems found in 1 model.");
        JsonNode configurations = new ObjectMapper().readTree(json.out()).get("models").get(0).get("configurations");
        assertThat(configurations).extracting(c -> c.get("name").asText())
                .containsExactly("Default", "Cloud", "default");
        JsonNode cloud = configurations.get(1);
        JsonNode local = configurations.get(2);
        assertThat(local.get("checked").asBoolean()).isFalse();
        assertThat(cloud.get("checked").asBoolean()).isTrue();
        assertThat(cloud.get("scope").asText()).isEqualTo("private");
        assertThat(cloud.get("decidedBy").asText()).isEqualTo("code");
        assertThat(cloud.get("file").asText()).endsWith("App/Store.swift");
        assertThat(cloud.get("line").asInt()).isEqualTo(5);
    }

    @Test
    void theScopeOptionChecksTheLocalStoreToo() {
        Run run = cdlint("check", dir.toString(), "--scope", "default=private");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("Note.swift:10:", "Draft.text is required but has no default value");
    }

    @Test
    void aConfigurationNameTheModelDoesNotHaveIsBadUsage() {
        Run run = cdlint("check", dir.toString(), "--scope", "Clowd=private");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no configuration of that name", "Cloud");
    }
}
