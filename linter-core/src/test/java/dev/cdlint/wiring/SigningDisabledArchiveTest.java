package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where wiring-signing-disabled-archive finds an unsigned archive in a script, and for which apps it looks. */
class SigningDisabledArchiveTest {

    private static final String RELEASE = """
            xcodebuild -scheme App archive CODE_SIGNING_ALLOWED=NO
            xcodebuild -exportArchive -archivePath build/App.xcarchive
            """;

    @TempDir
    Path dir;

    private TestRepository app(String entitlements) {
        return new TestRepository(dir)
                .target("App", "application", "Release", "CODE_SIGN_ENTITLEMENTS = App/App.entitlements;")
                .plist("App/App.entitlements", entitlements);
    }

    /** Any entitlement the exported app would lose makes the script worth a warning. */
    @ParameterizedTest
    @CsvSource({"aps-environment", "com.apple.developer.aps-environment",
        "com.apple.security.application-groups"})
    void anAppWithPushOrAppGroupEntitlementsIsChecked(String key) {
        TestRepository repository = app("<key>" + key + "</key>\n<string>development</string>\n")
                .file("release.sh", RELEASE);

        assertThat(repository.check(new SigningDisabledArchive())).extracting(Finding::elementName)
                .containsExactly("App.CODE_SIGNING_ALLOWED");
    }

    @Test
    void anAppWithoutSuchEntitlementsLosesNothingAndIsNotChecked() {
        TestRepository repository = app("<key>keychain-access-groups</key>\n<array/>\n").file("release.sh", RELEASE);

        assertThat(repository.check(new SigningDisabledArchive())).isEmpty();
    }

    /**
     * Lines ending in a backslash are one command, reported at the line of the setting that turns signing off; the
     * last command counts even when the script ends inside it.
     */
    @Test
    void eachUnsignedArchiveOfAMultiLineScriptIsReportedAtItsSetting() {
        TestRepository repository = app(TestRepository.CLOUDKIT).file("scripts/release.sh", """
                #!/bin/sh
                xcodebuild -scheme App -configuration Release archive \\
                    -archivePath build/App.xcarchive \\
                CODE_SIGNING_ALLOWED=NO
                # xcodebuild -scheme Old archive CODE_SIGNING_ALLOWED=NO
                xcodebuild -scheme "Share Extension" archive CODE_SIGN_IDENTITY=""
                xcodebuild -exportArchive \\
                    -archivePath build/App.xcarchive \\
                """);

        assertThat(repository.check(new SigningDisabledArchive()))
                .extracting(f -> f.location().line() + " " + f.message()).containsExactly(
                        "4 Target 'App' (Release): this archive is built with code signing off"
                                + " (CODE_SIGNING_ALLOWED=NO) and the script exports it: the exported app carries none"
                                + " of its iCloud, push or App Group entitlements.",
                        "6 Target 'Share Extension': this archive is built with code signing off"
                                + " (CODE_SIGN_IDENTITY=\"\") and the script exports it: the exported app carries none"
                                + " of its iCloud, push or App Group entitlements.");
    }
}
