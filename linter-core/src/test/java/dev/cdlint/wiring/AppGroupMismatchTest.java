package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What wiring-app-group-mismatch says of App Groups malformed for the platform, or used but not listed. */
class AppGroupMismatchTest {

    @TempDir
    Path dir;

    @Test
    void eachPlatformAcceptsItsOwnFormsOfAppGroup() {
        String groups = """
                <key>com.apple.security.application-groups</key>
                <array><string>group.</string><string>ABCDE12345.shared</string><string>group.com.example</string></array>
                """;
        TestRepository repository = new TestRepository(dir)
                .target("Phone", "application", "Release", "SDKROOT = iphoneos;"
                        + " CODE_SIGN_ENTITLEMENTS = Phone/P.entitlements;")
                .target("Mac", "application", "Release", "SDKROOT = macosx;"
                        + " CODE_SIGN_ENTITLEMENTS = Mac/M.entitlements;")
                .plist("Phone/P.entitlements", groups)
                .plist("Mac/M.entitlements", groups)
                .file("Mac/Store.swift", """
                        import Foundation
                        let url = FileManager.default.containerURL(forSecurityApplicationGroupIdentifier: "group.com.example.other")
                        """);

        assertThat(repository.check(new AppGroupMismatch())).extracting(f -> f.message()).containsExactlyInAnyOrder(
                "Target 'Phone' (Release): the App Group 'group.' is not group.<name>, the form iOS accepts.",
                "Target 'Phone' (Release): the App Group 'ABCDE12345.shared' is not group.<name>, the form iOS"
                        + " accepts.",
                "Target 'Mac' (Release): the App Group 'group.' is not group.<name> or <TEAMID>.<name>, the form"
                        + " macOS accepts.",
                "Target 'Mac' (Release): the code uses the App Group 'group.com.example.other', which the target's"
                        + " entitlements do not list ('group.', 'ABCDE12345.shared', 'group.com.example').");
    }
}
