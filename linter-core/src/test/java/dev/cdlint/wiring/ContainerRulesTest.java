package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the container checks say of the containers code names: malformed, or not in the entitlements. */
class ContainerRulesTest {

    @TempDir
    Path dir;

    @Test
    void eachContainerTheCodeNamesIsCheckedAgainstTheEntitlements() {
        TestRepository repository = new TestRepository(dir)
                .target("App", "application", "Release", "SDKROOT = iphoneos;"
                        + " PRODUCT_BUNDLE_IDENTIFIER = com.example.Other;"
                        + " CODE_SIGN_ENTITLEMENTS = App/App.entitlements;")
                .target("Bare", "application", "Release", "SDKROOT = iphoneos;"
                        + " CODE_SIGN_ENTITLEMENTS = Bare/Bare.entitlements;")
                .plist("App/App.entitlements", TestRepository.CLOUDKIT)
                .plist("Bare/Bare.entitlements", """
                        <key>com.apple.developer.icloud-services</key>
                        <array><string>CloudKit</string></array>
                        """)
                .file("App/Sync.swift", """
                        import CloudKit

                        let a = CKContainer.default()
                        let b = CKContainer(identifier: "com.example.Notes")
                        let c = CKContainer(identifier: "iCloud.$(PRODUCT_BUNDLE_IDENTIFIER)")
                        """)
                .file("Bare/Sync.swift", """
                        import CloudKit

                        let d = CKContainer(identifier: "iCloud.com.example.Bare")
                        """);

        assertThat(repository.check(new ContainerNotEntitled(), new ContainerIdMalformed()))
                .extracting(f -> f.location().line() + " " + f.message()).containsExactly(
                        "3 Target 'App' (Release): CKContainer.default() opens 'iCloud.com.example.Other' (iCloud. and"
                                + " the bundle identifier), which its entitlements do not list"
                                + " ('iCloud.com.example.Notes'): CloudKit refuses it.",
                        "4 Target 'App' (Release): the container 'com.example.Notes' named in code does not start"
                                + " with \"iCloud.\" and a name, as container identifiers do.",
                        "5 Target 'App' (Release): the container 'iCloud.$(PRODUCT_BUNDLE_IDENTIFIER)' named in code"
                                + " still holds a variable after substitution.",
                        "3 Target 'Bare' (Release): the code names the container 'iCloud.com.example.Bare', which its"
                                + " entitlements do not list (they list none): CloudKit refuses it.");
    }

    /** Each app pinned otherwise than others of its container is told which, and how they are pinned. */
    @Test
    void eachPinnedAppNamesTheOthersOfItsContainer() {
        String container = TestRepository.CLOUDKIT;
        String signed = "CODE_SIGN_ENTITLEMENTS = %s.entitlements;";
        String pin = "<key>com.apple.developer.icloud-container-environment</key>\n<string>%s</string>\n";
        TestRepository repository = new TestRepository(dir)
                .target("App", "application", "Release", "SDKROOT = iphoneos; " + signed.formatted("A"))
                .target("Watch", "application", "Release", "SDKROOT = watchos; " + signed.formatted("W"))
                .target("Mac", "application", "Release", "SDKROOT = macosx; " + signed.formatted("M"))
                .plist("A.entitlements", container + pin.formatted("Production"))
                .plist("W.entitlements", container + pin.formatted("Development"))
                .plist("M.entitlements", container);

        assertThat(repository.check(new EnvironmentParity())).extracting(Finding::message).containsExactly(
                "Target 'App' (Release): pins the CloudKit environment to Production while 'Watch' (Development),"
                        + " 'Mac' (no pin) sharing its container do not: they write to different databases.",
                "Target 'Watch' (Release): pins the CloudKit environment to Development while 'App' (Production),"
                        + " 'Mac' (no pin) sharing its container do not: they write to different databases.");
    }
}
