package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where cdlint logs places a diagnosis about an app's wiring in its repository, and what it says is there. */
class WiringPlacesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/wiring").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theBackgroundModeIsWhereTheWiringCheckPointsOrWhereItIs() {
        Path missing = FIXTURES.resolve("wiring-background-mode-missing");
        assertThat(WiringPlaces.of(missing, SwiftCode.READER).backgroundModes()).hasValueSatisfying(line -> {
            assertThat(line.location()).isEqualTo(new SourceLocation(missing.resolve("App/Info.plist"), 5, 0));
            assertThat(line.seen()).isEqualTo("Target 'App' is built with the Info.plist 'App/Info.plist', which has"
                    + " no remote-notification in UIBackgroundModes (wiring-background-mode-missing).");
        });
        Path present = FIXTURES.resolve("wiring-push-entitlement-missing");
        assertThat(WiringPlaces.of(present, SwiftCode.READER).backgroundModes()).hasValueSatisfying(line -> {
            assertThat(line.location()).isEqualTo(new SourceLocation(present.resolve("App/Info.plist"), 5, 0));
            assertThat(line.seen()).endsWith("lists remote-notification: the log comes from another build or target.");
        });
    }

    @Test
    void aGeneratedInfoPlistPointsAtTheSettingThatGeneratesIt() {
        Path repository = SharedCorpus.root().resolve("corpus/wiring/W04-ThinkerJack__GroTask");
        assertThat(WiringPlaces.of(repository, SwiftCode.READER).backgroundModes().orElseThrow())
                .satisfies(line -> {
                    assertThat(line.location().file()).isEqualTo(repository.resolve("GroTask.xcodeproj/project.pbxproj"));
                    assertThat(line.location().line()).isIn(532, 559);
                    assertThat(line.seen()).startsWith("Target 'GroTaskiOS' generates its Info.plist");
                });
    }

    @Test
    void theContainerIsTheListedIdentifierElseTheKey() {
        Path repository = FIXTURES.resolve("wiring-container-not-entitled");
        WiringPlaces places = WiringPlaces.of(repository, SwiftCode.READER);
        Path entitlements = repository.resolve("App/App.entitlements");
        assertThat(places.containerEntitlement("iCloud.com.example.Notes").map(WiringPlaces.Line::location))
                .contains(new SourceLocation(entitlements, 7, 0));
        assertThat(places.containerEntitlement("iCloud.com.example.Archive")).hasValueSatisfying(line -> {
            assertThat(line.location()).isEqualTo(new SourceLocation(entitlements, 5, 0));
            assertThat(line.seen()).isEqualTo("Target 'App' is signed with 'App/App.entitlements', which lists"
                    + " 'iCloud.com.example.Notes'.");
        });
    }

    @Test
    void anAppThatIsNotSignedForCloudKitHasNoPlaceForTheBackgroundModeOrContainer() {
        Path repository = FIXTURES.resolve("wiring-cloudkit-entitlement-missing");
        WiringPlaces places = WiringPlaces.of(repository, SwiftCode.READER);
        assertThat(places.backgroundModes()).isEmpty();
        assertThat(places.containerEntitlement(null)).isEmpty();
    }

    @Test
    void theCloudKitServiceIsWhereTheEntitlementCheckPointsElseWhereItIsGranted() {
        Path unsigned = FIXTURES.resolve("wiring-cloudkit-entitlement-missing");
        assertThat(WiringPlaces.of(unsigned, SwiftCode.READER).cloudKitService(false)).hasValueSatisfying(line -> {
            assertThat(line.location()).isEqualTo(new SourceLocation(unsigned.resolve(
                    "App.xcodeproj/project.pbxproj"), 29, 40));
            assertThat(line.seen()).isEqualTo("Target 'App' is signed with no entitlements file, so without CloudKit"
                    + " (wiring-cloudkit-entitlement-missing).");
        });
        Path signed = FIXTURES.resolve("wiring-container-not-entitled");
        assertThat(WiringPlaces.of(signed, SwiftCode.READER).cloudKitService(true)).hasValueSatisfying(line -> {
            assertThat(line.location().file()).isEqualTo(signed.resolve("App/App.entitlements"));
            assertThat(line.seen()).contains("which grants CloudKit: the build that logged this was signed otherwise");
        });
    }

    @Test
    void aMacAppComesFirstForTheDaemon() {
        Path repository = SharedCorpus.root().resolve("corpus/wiring/W02-HeySoyl__iFunds");
        WiringPlaces places = WiringPlaces.of(repository, SwiftCode.READER);
        assertThat(places.cloudKitService(true).map(WiringPlaces.Line::location))
                .contains(new SourceLocation(repository.resolve("macOS/macOS.entitlements"), 4, 0));
        assertThat(places.cloudKitService(false).map(l -> l.location().file()))
                .contains(repository.resolve("iFunds.xcodeproj/project.pbxproj"));
    }

    /** What cdlint logs asks: the repository's code read with the Swift reader. */
    @Test
    void theRepositorysCodeIsReadToFindTheAppThatSyncs() {
        Path missing = FIXTURES.resolve("wiring-background-mode-missing");
        assertThat(WiringPlaces.of(missing).backgroundModes().map(WiringPlaces.Line::seen)).contains("Target 'App' is"
                + " built with the Info.plist 'App/Info.plist', which has no remote-notification in UIBackgroundModes"
                + " (wiring-background-mode-missing).");
    }

    @Test
    void ofTheAppsSignedForCloudKitTheOneWhoseCodeMirrorsComesFirst() {
        String settings = "SDKROOT = iphoneos; CODE_SIGN_ENTITLEMENTS = App.entitlements;"
                + " INFOPLIST_FILE = %s/Info.plist;";
        new TestRepository(dir)
                .target("Viewer", "application", "Release", settings.formatted("Viewer"))
                .target("Notes", "application", "Release", settings.formatted("Notes"))
                .plist("App.entitlements", TestRepository.CLOUDKIT)
                .plist("Viewer/Info.plist", "")
                .plist("Notes/Info.plist", "")
                .file("Notes/Persistence.swift", TestRepository.MIRRORING)
                .write();

        assertThat(WiringPlaces.of(dir, SwiftCode.READER).backgroundModes()).hasValueSatisfying(line -> {
            assertThat(line.location()).isEqualTo(new SourceLocation(dir.resolve("Notes/Info.plist"), 3, 0));
            assertThat(line.seen()).isEqualTo("Target 'Notes' is built with the Info.plist 'Notes/Info.plist', which"
                    + " has no remote-notification in UIBackgroundModes (wiring-background-mode-missing).");
        });
    }

    @Test
    void anAppSignedWithoutCloudKitThatNeedsNoneHasNoPlaceForTheService() {
        new TestRepository(dir)
                .target("App", "application", "Release", "SDKROOT = iphoneos;"
                        + " CODE_SIGN_ENTITLEMENTS = App/App.entitlements;")
                .plist("App/App.entitlements", "<key>aps-environment</key>\n<string>development</string>\n")
                .write();

        assertThat(WiringPlaces.of(dir, SwiftCode.READER).cloudKitService(false)).isEmpty();
    }
}
