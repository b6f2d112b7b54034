package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What wiring-background-mode-missing says of an app that syncs without the remote-notification mode. */
class BackgroundModeMissingTest {

    private static final String SYNCS = "syncs with NSPersistentCloudKitContainer (Persistence.swift:4) but its"
            + " Info.plist ";

    @TempDir
    Path dir;

    private TestRepository app(String debug, String release) {
        String signed = "SDKROOT = iphoneos; CODE_SIGN_ENTITLEMENTS = App/App.entitlements; ";
        return new TestRepository(dir)
                .target("App", "application", "Debug", signed + debug, "Release", signed + release)
                .plist("App/App.entitlements", TestRepository.CLOUDKIT)
                .file("App/Persistence.swift", TestRepository.MIRRORING);
    }

    @Test
    void otherBackgroundModesDoNotWakeTheAppForRemoteChanges() {
        TestRepository repository = app("INFOPLIST_FILE = App/Info.plist;", "INFOPLIST_FILE = App/Info.plist;")
                .plist("App/Info.plist", """
                        <key>UIBackgroundModes</key>
                        <array><string>fetch</string></array>
                        """);

        assertThat(repository.check(new BackgroundModeMissing())).extracting(f -> f.location().line() + " "
                + f.message()).containsExactly("4 Target 'App' (Debug, Release): " + SYNCS + "has no"
                        + " remote-notification in UIBackgroundModes: no silent push wakes it for remote changes.");
    }

    @Test
    void aGeneratedInfoPlistSaysWhenTheModeWasWrittenAsABuildSettingXcodeIgnores() {
        TestRepository repository = app("GENERATE_INFOPLIST_FILE = YES;"
                + " INFOPLIST_KEY_UIBackgroundModes = remote-notification;", "GENERATE_INFOPLIST_FILE = YES;");
        String generated = "is generated from build settings, which cannot hold background modes";
        String noMode = ": no remote-notification mode, so no silent push wakes it for remote changes. Name an"
                + " Info.plist with the mode in INFOPLIST_FILE.";

        assertThat(repository.check(new BackgroundModeMissing())).extracting(Finding::message).containsExactly(
                "Target 'App' (Debug): " + SYNCS + generated + " (INFOPLIST_KEY_UIBackgroundModes is ignored by"
                        + " Xcode's generator)" + noMode,
                "Target 'App' (Release): " + SYNCS + generated + noMode);
    }
}
