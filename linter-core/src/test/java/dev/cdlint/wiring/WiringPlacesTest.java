package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.SharedCorpus;
import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where cdlint logs places a background-mode or container diagnosis in an app repository. */
class WiringPlacesTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures/wiring").toAbsolutePath();

    @Test
    void theBackgroundModeIsWhereTheWiringCheckPointsOrWhereItIs() {
        Path missing = FIXTURES.resolve("wiring-background-mode-missing");
        assertThat(WiringPlaces.of(missing, SwiftCode.READER).backgroundModes()).contains(
                new SourceLocation(missing.resolve("App/Info.plist"), 5, 0));
        Path present = FIXTURES.resolve("wiring-push-entitlement-missing");
        assertThat(WiringPlaces.of(present, SwiftCode.READER).backgroundModes()).contains(
                new SourceLocation(present.resolve("App/Info.plist"), 5, 0));
    }

    @Test
    void aGeneratedInfoPlistPointsAtTheSettingThatGeneratesIt() {
        Path repository = SharedCorpus.root().resolve("corpus/wiring/W04-ThinkerJack__GroTask");
        assertThat(WiringPlaces.of(repository, SwiftCode.READER).backgroundModes().orElseThrow())
                .satisfies(at -> {
                    assertThat(at.file()).isEqualTo(repository.resolve("GroTask.xcodeproj/project.pbxproj"));
                    assertThat(at.line()).isIn(532, 559);
                });
    }

    @Test
    void theContainerIsTheListedIdentifierElseTheKey() {
        Path repository = FIXTURES.resolve("wiring-container-not-entitled");
        WiringPlaces places = WiringPlaces.of(repository, SwiftCode.READER);
        Path entitlements = repository.resolve("App/App.entitlements");
        assertThat(places.containerEntitlement("iCloud.com.example.Notes")).contains(
                new SourceLocation(entitlements, 7, 0));
        assertThat(places.containerEntitlement("iCloud.com.example.Archive")).contains(
                new SourceLocation(entitlements, 5, 0));
    }

    @Test
    void anAppThatIsNotSignedForCloudKitHasNoPlace() {
        Path repository = FIXTURES.resolve("wiring-cloudkit-entitlement-missing");
        WiringPlaces places = WiringPlaces.of(repository, SwiftCode.READER);
        assertThat(places.backgroundModes()).isEmpty();
        assertThat(places.containerEntitlement(null)).isEmpty();
    }
}
