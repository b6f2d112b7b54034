package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How wiring-swiftdata-automatic-cloudkit knows a test bundle's signing: from the app it runs in. */
class SwiftDataAutomaticCloudKitTest {

    private static final String AUTOMATIC = """
            import SwiftData

            let configuration = ModelConfiguration("Test", schema: Schema([]))
            """;

    @TempDir
    Path dir;

    /**
     * TEST_HOST names the host's executable inside its .app: the app of that product name, built in the same
     * configuration for the same platform, whatever other apps are signed with.
     */
    @Test
    void aTestBundleIsSignedAsTheAppItsTestHostNames() {
        String signed = "CODE_SIGN_ENTITLEMENTS = App.entitlements;";
        TestRepository repository = new TestRepository(dir)
                .target("Mac", "application", "Debug", "SDKROOT = macosx; PRODUCT_NAME = Notes; " + signed)
                .target("Viewer", "application", "Debug", "SDKROOT = iphoneos; " + signed)
                .target("App", "application", "Debug", "SDKROOT = iphoneos; PRODUCT_NAME = Notes; " + signed,
                        "Release", "SDKROOT = iphoneos; PRODUCT_NAME = Notes;")
                .target("AppTests", "bundle.unit-test", "Debug", "SDKROOT = iphoneos;"
                        + " TEST_HOST = \"$(BUILT_PRODUCTS_DIR)/Notes.app/Notes\";",
                        "Release", "SDKROOT = iphoneos; TEST_HOST = \"$(BUILT_PRODUCTS_DIR)/Notes.app/Notes\";")
                .target("AppUITests", "bundle.ui-testing", "Debug", "SDKROOT = iphoneos;")
                .plist("App.entitlements", TestRepository.CLOUDKIT)
                .file("AppTests/StoreTests.swift", AUTOMATIC)
                .file("AppUITests/StoreUITests.swift", AUTOMATIC);

        assertThat(repository.check(new SwiftDataAutomaticCloudKit())).extracting(Finding::message).containsExactly(
                "Target 'AppTests' (Debug): this ModelConfiguration has no cloudKitDatabase: argument, so it is"
                        + " .automatic and mirrors the store to CloudKit because its test host 'App' is signed for"
                        + " CloudKit. Write .private(\"…\") if it should sync, .none if not.");
    }
}
