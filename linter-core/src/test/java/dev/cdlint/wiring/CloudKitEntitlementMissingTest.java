package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which unreferenced entitlements file wiring-cloudkit-entitlement-missing names as the one meant. */
class CloudKitEntitlementMissingTest {

    @TempDir
    Path dir;

    @Test
    void onlyAnUnreferencedFileListingCloudKitIsNamedAsTheOneMeant() {
        TestRepository repository = new TestRepository(dir)
                .target("App", "application", "Release", "SDKROOT = iphoneos;")
                .file("App/Persistence.swift", TestRepository.MIRRORING)
                .plist("Documents/Documents.entitlements", """
                        <key>com.apple.developer.icloud-services</key>
                        <array><string>CloudDocuments</string></array>
                        """);
        String message = "Target 'App' (Release): compiles NSPersistentCloudKitContainer (Persistence.swift:4) but is"
                + " signed with no entitlements file, so CloudKit is off and the store never syncs.";

        assertThat(repository.check(new CloudKitEntitlementMissing())).extracting(Finding::message)
                .containsExactly(message);

        repository.plist("Sync/Sync.entitlements", TestRepository.CLOUDKIT);
        assertThat(repository.check(new CloudKitEntitlementMissing())).extracting(Finding::message)
                .containsExactly(message + " 'Sync/Sync.entitlements' grants CloudKit, but no target names it in"
                        + " CODE_SIGN_ENTITLEMENTS.");
    }
}
