package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.model.swift.CloudKitSigning;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What SwiftData's .automatic learns from a project: how the targets that compile some files are signed. */
class AppWiringSigningTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures").toAbsolutePath();

    private static AppWiring read(String fixture) {
        return AppWiring.read(FIXTURES.resolve(fixture), SwiftCode.NONE);
    }

    @Test
    void aTargetSignedForCloudKitGivesItsEntitlementsAndContainers() {
        Path repository = FIXTURES.resolve("wiring/wiring-swiftdata-automatic-cloudkit");

        assertThat(read("wiring/wiring-swiftdata-automatic-cloudkit")
                .signingOf(List.of(repository.resolve("App/Persistence.swift"))))
                .contains(new CloudKitSigning(repository.resolve("App/App.entitlements"), "App", true,
                        List.of("iCloud.com.example.Notes")));
    }

    @Test
    void aTargetSignedWithoutCloudKitSaysSoWhateverOtherFilesGrant() {
        Path repository = FIXTURES.resolve("model/attribute-required-without-default.swift-automatic-target-signing");
        AppWiring wiring = read("model/attribute-required-without-default.swift-automatic-target-signing");

        assertThat(wiring.signingOf(List.of(repository.resolve("Notes/Note.swift")))).contains(new CloudKitSigning(
                repository.resolve("Notes/Notes.entitlements"), "Notes", false, List.of()));
        assertThat(wiring.signingOf(List.of(repository.resolve("Archive/Archive.swift")))).as("compiled by no target")
                .isEmpty();
    }

    @Test
    void aTargetSignedWithoutAnEntitlementsFileIsSignedWithoutCloudKit() {
        Path repository = FIXTURES.resolve("wiring/wiring-cloudkit-entitlement-missing");

        assertThat(read("wiring/wiring-cloudkit-entitlement-missing")
                .signingOf(List.of(repository.resolve("App/Persistence.swift"))))
                .contains(new CloudKitSigning(null, "App", false, List.of()));
    }

    @Test
    void entitlementsThatCannotBeKnownSayNothing() {
        Path repository = FIXTURES.resolve("wiring/wiring-target-unresolved");

        assertThat(read("wiring/wiring-target-unresolved")
                .signingOf(List.of(repository.resolve("App/Persistence.swift")))).isEmpty();
    }
}
