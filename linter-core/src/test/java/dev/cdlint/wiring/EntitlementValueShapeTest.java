package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What wiring-entitlement-value-shape says of each entitlement written in the wrong shape. */
class EntitlementValueShapeTest {

    @TempDir
    Path dir;

    @Test
    void eachWrongShapeIsNamedWithTheShapeTheEntitlementNeeds() {
        TestRepository repository = new TestRepository(dir)
                .target("App", "application", "Release", "CODE_SIGN_ENTITLEMENTS = App/App.entitlements;")
                .target("Mac", "application", "Release", "SDKROOT = macosx;"
                        + " CODE_SIGN_ENTITLEMENTS = Mac/Mac.entitlements;")
                .plist("App/App.entitlements", """
                        <key>com.apple.developer.icloud-container-environment</key>
                        <array><string>Production</string><string>Development</string></array>
                        <key>aps-environment</key>
                        <string>prod</string>
                        <key>com.apple.developer.icloud-services</key>
                        <string>*</string>
                        <key>com.apple.developer.icloud-container-identifiers</key>
                        <string>iCloud.com.example.Notes</string>
                        """)
                .plist("Mac/Mac.entitlements", """
                        <key>com.apple.developer.icloud-container-environment</key>
                        <dict/>
                        <key>com.apple.developer.aps-environment</key>
                        <string>$(PUSH_ENVIRONMENT)</string>
                        <key>com.apple.developer.icloud-services</key>
                        <array><string>CloudKit</string><string>*</string></array>
                        <key>com.apple.security.application-groups</key>
                        <array><string>group.com.example</string></array>
                        """);

        assertThat(repository.check(new EntitlementValueShape())).extracting(Finding::message).containsExactly(
                "Target 'App' (Release): com.apple.developer.icloud-container-environment is an array; it must be one"
                        + " string, Development or Production (a provisioning profile lists both; the entitlements"
                        + " file picks one).",
                "Target 'App' (Release): aps-environment is 'prod'; it must be development or production.",
                "Target 'App' (Release): com.apple.developer.icloud-services is a string \"*\", a provisioning"
                        + " profile's value; it must be an array naming CloudKit.",
                "Target 'App' (Release): com.apple.developer.icloud-container-identifiers is a string; it must be an"
                        + " array of identifiers.",
                "Target 'Mac' (Release): com.apple.developer.icloud-container-environment is a dictionary; it must be"
                        + " one string, Development or Production.",
                "Target 'Mac' (Release): com.apple.developer.icloud-services lists \"*\", a provisioning profile's"
                        + " value; it must name the services, such as CloudKit.");
    }

    @Test
    void servicesWrittenAsAStringOtherThanTheWildcardAreStillTheWrongShape() {
        TestRepository repository = new TestRepository(dir)
                .target("App", "application", "Release", "CODE_SIGN_ENTITLEMENTS = App/App.entitlements;")
                .plist("App/App.entitlements", """
                        <key>com.apple.developer.icloud-services</key>
                        <string>CloudKit</string>
                        """);

        assertThat(repository.check(new EntitlementValueShape())).extracting(Finding::message).containsExactly(
                "Target 'App' (Release): com.apple.developer.icloud-services is a string; it must be an array naming"
                        + " CloudKit.");
    }
}
