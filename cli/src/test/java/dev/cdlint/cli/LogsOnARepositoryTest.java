package dev.cdlint.cli;

import static dev.cdlint.cli.InProcess.cdlint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cdlint.SharedCorpus;
import dev.cdlint.cli.CdlintProcess.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cdlint logs --model REPO}: the diagnoses whose cause is in the app's wiring point at the Info.plist or
 * entitlements line the wiring checks point at, and the model diagnoses at the models found under the repository.
 */
class LogsOnARepositoryTest {

    private static final Path FIXTURES = CdlintProcess.projectRoot().resolve("linter-core/src/test/resources/fixtures");

    /** A session of one app with the four wiring problems, each as CloudKit logs it. */
    private static final String WIRING_LOG = """
            BUG IN CLIENT OF CLOUDKIT: CloudKit push notifications require the 'remote-notification' background mode in your info plist.
            CoreData: error: CoreData+CloudKit: -[NSCloudKitMirroringDelegate _performSetupRequest:]: <CKError 0x6000: "Permission Failure" (10/2007); server message = "Invalid bundle ID for container">
            CoreData: error: CoreData+CloudKit: <CKError 0x6001: "Missing Entitlement" (8/1011); "In order to use CloudKit, your process must have a com.apple.developer.icloud-services entitlement.">
            CoreData: error: CoreData+CloudKit: <CKError 0x6002: "Service Unavailable" (6/NSCocoaErrorDomain:4099); "Error connecting to CloudKit daemon.">
            """;

    @TempDir
    Path dir;

    @Test
    void onAFixtureRepositoryTheWiringDiagnosesPointAtItsPlistLines() throws Exception {
        Path repository = FIXTURES.resolve("wiring/wiring-background-mode-missing");
        Path entitlements = repository.resolve("App/App.entitlements");

        List<Tuple> placed = placed(run(repository));

        assertThat(placed).containsExactly(
                tuple("background-mode-missing", repository.resolve("App/Info.plist").toString(), 5,
                        "Target 'App' is built with the Info.plist 'App/Info.plist', which has no remote-notification"
                                + " in UIBackgroundModes (wiring-background-mode-missing)."),
                tuple("container-permission", entitlements.toString(), 5, "Target 'App' is signed with"
                        + " 'App/App.entitlements', which lists 'iCloud.com.example.Notes'."),
                tuple("missing-entitlement", entitlements.toString(), 9, "Target 'App' is signed with"
                        + " 'App/App.entitlements', which grants CloudKit: the build that logged this was signed"
                        + " otherwise (a provisioning profile without iCloud, an ad hoc signature) or is another"
                        + " target."),
                tuple("daemon-unavailable", entitlements.toString(), 9, "Target 'App' is signed with"
                        + " 'App/App.entitlements', which grants CloudKit: the build that logged this was signed"
                        + " otherwise (a provisioning profile without iCloud, an ad hoc signature) or is another"
                        + " target."));
    }

    @Test
    void onACorpusAppTheDiagnosesPointWhereCheckDoesAndAtItsModel() throws Exception {
        Path repository = SharedCorpus.root().resolve("corpus/wiring/W03-otomore__BottleKeep");
        Path entitlements = repository.resolve("BottleKeeper/BottleKeeper.entitlements");
        Path log = Files.writeString(dir.resolve("bottlekeep.log"), WIRING_LOG
                + "CoreData: error: CoreData+CloudKit: Cannot create new type CD_WishlistItem in production schema\n");

        Run run = cdlint("logs", log.toString(), "--model", repository.toString(), "--format", "json");
        Run check = cdlint("check", repository.toString(), "--format", "json");

        assertThat(placed(run)).extracting(t -> t.toList().subList(0, 3)).containsExactly(
                List.of("background-mode-missing", repository.resolve("BottleKeeper.xcodeproj/project.pbxproj")
                        .toString(), 475),
                List.of("container-permission", entitlements.toString(), 16),
                List.of("missing-entitlement", entitlements.toString(), 20),
                List.of("daemon-unavailable", entitlements.toString(), 20),
                List.of("production-schema-type", repository.resolve(
                        "BottleKeeper/BottleKeeper.xcdatamodeld/BottleKeeper.xcdatamodel/contents").toString(), 40));
        JsonNode findings = new ObjectMapper().readTree(check.out()).get("findings");
        List<String> backgroundModes = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("rule").asText().equals("wiring-background-mode-missing")) {
                backgroundModes.add(f.get("file").asText() + ":" + f.get("line"));
            }
        });
        assertThat(backgroundModes).as("where cdlint check points").contains(repository.resolve(
                "BottleKeeper.xcodeproj/project.pbxproj") + ":475");
    }

    private Run run(Path repository) throws Exception {
        Path log = Files.writeString(dir.resolve("sync.log"), WIRING_LOG);
        Run run = cdlint("logs", log.toString(), "--model", repository.toString(), "--format", "json");
        assertThat(run.err()).isEmpty();
        return run;
    }

    /** Each diagnosis: its kind, where it points, and for a wiring one what cdlint sees there. */
    private static List<Tuple> placed(Run run) throws Exception {
        List<Tuple> placed = new ArrayList<>();
        for (JsonNode diagnosis : new ObjectMapper().readTree(run.out()).get("diagnoses")) {
            String message = diagnosis.get("message").asText();
            placed.add(tuple(diagnosis.get("kind").asText(), diagnosis.get("location").get("file").asText(),
                    diagnosis.get("location").get("line").asInt(),
                    message.substring(message.lastIndexOf(". ", message.lastIndexOf("Target")) + 2)));
        }
        return placed;
    }
}
