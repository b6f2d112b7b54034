package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.model.swift.AppGroupUse;
import dev.cdlint.source.SourceLocation;
import dev.cdlint.testing.TestFiles;
import dev.cdlint.xcode.Platform;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the wiring checks learn from a repository: its projects' variants, and what could not be known. */
class AppWiringTest {

    @TempDir
    Path dir;

    private List<String> variants(AppWiring wiring) {
        return wiring.variants().stream()
                .map(v -> v.target().name() + " " + v.configuration() + " " + v.platform().displayName()).toList();
    }

    @Test
    void aTuistManifestIsSaidToBeUncheckedUnlessTheProjectItGeneratesIsCommitted() {
        Path manifest = TestFiles.write(dir, "Project.swift", "import ProjectDescription\n");

        assertThat(AppWiring.read(dir, SwiftCode.NONE).unresolved()).containsExactly(new AppWiring.Unresolved(
                SourceLocation.ofFile(manifest), null, null, "a Tuist manifest is Swift that builds the project when"
                        + " run; cdlint does not run it, so this project's targets are not checked"));
        assertThat(new TestRepository(dir).target("App", "application", "Release", "SDKROOT = iphoneos;").read()
                .unresolved()).isEmpty();
    }

    @Test
    void aProjectYmlIsReadAsXcodeGensOnlyWhenItListsTargets() {
        TestFiles.write(dir, "project.yml", "name: Notes\nlanguage: python\n");
        assertThat(AppWiring.read(dir, SwiftCode.NONE).variants()).as("another tool's project.yml").isEmpty();

        TestFiles.write(dir, "project.yml", """
                name: Notes
                targets:
                  Notes:
                    type: application
                    platform: iOS
                """);
        assertThat(variants(AppWiring.read(dir, SwiftCode.NONE))).containsExactly("Notes Debug iOS",
                "Notes Release iOS");
    }

    @Test
    void aTargetHasAVariantForEachPlatformItBuildsFor() {
        AppWiring wiring = new TestRepository(dir)
                .target("Multi", "application", "Release",
                        "SDKROOT = auto; SUPPORTED_PLATFORMS = \"iphoneos iphonesimulator macosx\";")
                .target("Catalyst", "application", "Release", "SDKROOT = iphoneos; SUPPORTS_MACCATALYST = YES;")
                .target("Phone", "application", "Release", "SDKROOT = iphoneos; SUPPORTS_MACCATALYST = NO;")
                .read();

        assertThat(variants(wiring)).containsExactly("Multi Release iOS", "Multi Release macOS",
                "Catalyst Release iOS", "Catalyst Release Mac Catalyst", "Phone Release iOS");
        assertThat(wiring.variants()).extracting(TargetVariant::platform).contains(Platform.MAC_CATALYST);
    }

    @Test
    void theAppGroupsATargetUsesAreThoseOfTheFilesItCompiles() {
        AppWiring wiring = new TestRepository(dir)
                .target("App", "application", "Release", "SDKROOT = iphoneos;")
                .target("Widget", "app-extension", "Release", "SDKROOT = iphoneos;")
                .file("App/Store.swift", """
                        import Foundation
                        let url = FileManager.default.containerURL(forSecurityApplicationGroupIdentifier: "group.com.example.app")
                        """)
                .file("Widget/Widget.swift", """
                        import Foundation
                        let defaults = UserDefaults(suiteName: "group.com.example.widget")
                        """)
                .read();

        assertThat(wiring.groupUses(wiring.variants().get(0).target())).extracting(AppGroupUse::identifier)
                .containsExactly("group.com.example.app");
    }

    @Test
    void entitlementsAndInfoPlistsAreKnownOnlyFromAFileInTheRepository() {
        AppWiring wiring = new TestRepository(dir)
                .target("Read", "application", "Release", "CODE_SIGN_ENTITLEMENTS = Read/App.entitlements;"
                        + " INFOPLIST_FILE = Read/Info.plist;")
                .target("None", "application", "Release", "SDKROOT = iphoneos;")
                .target("Contents", "application", "Release", "CODE_SIGN_ENTITLEMENTS_CONTENTS = \"{}\";")
                .target("Missing", "application", "Release", "CODE_SIGN_ENTITLEMENTS = Missing/App.entitlements;"
                        + " INFOPLIST_FILE = Missing/Info.plist;")
                .plist("Read/App.entitlements", TestRepository.CLOUDKIT)
                .plist("Read/Info.plist", "")
                .read();
        List<TargetVariant> variants = wiring.variants();

        assertThat(variants).extracting(wiring::entitlementsKnown).containsExactly(true, true, false, false);
        assertThat(variants).extracting(wiring::infoPlistKnown).containsExactly(true, true, true, false);
        assertThat(wiring.unresolved()).extracting(AppWiring.Unresolved::reason).containsExactly(
                "the entitlements file 'Missing/App.entitlements' is not in the repository, so cdlint cannot tell"
                        + " what it holds",
                "the Info.plist file 'Missing/Info.plist' is not in the repository, so cdlint cannot tell what it"
                        + " holds");
    }

    @Test
    void whetherEveryVariantsSettingResolvesIsKnown() {
        AppWiring wiring = new TestRepository(dir)
                .target("App", "application", "Debug", "INFOPLIST_FILE = App/Info.plist;",
                        "Release", "INFOPLIST_FILE = \"$(RELEASE_PLIST)\";")
                .read();

        assertThat(wiring.allResolved("INFOPLIST_FILE")).isFalse();
        assertThat(wiring.allResolved("CODE_SIGN_ENTITLEMENTS")).isTrue();
    }

    @Test
    void everyFileTheRunReadIsListedSoThatNoReportOverwritesIt() {
        TestRepository repository = new TestRepository(dir)
                .targetBasedOn("Configs/App.xcconfig", "App", "application", "Release",
                        "CODE_SIGN_ENTITLEMENTS = App/App.entitlements;")
                .projectBasedOn("Configs/Project.xcconfig", "Release")
                .file("Configs/App.xcconfig", "SDKROOT = iphoneos\n")
                .file("Configs/Project.xcconfig", "SWIFT_VERSION = 5.0\n")
                .plist("App/App.entitlements", TestRepository.CLOUDKIT)
                .file("scripts/release.sh", "xcodebuild archive\n");
        AppWiring wiring = repository.read();
        wiring.entitlements(wiring.variants().get(0));

        assertThat(wiring.filesRead()).containsExactlyInAnyOrder(dir.resolve("App.xcodeproj/project.pbxproj"),
                dir.resolve("Configs/App.xcconfig"), dir.resolve("Configs/Project.xcconfig"),
                dir.resolve("App/App.entitlements"), dir.resolve("scripts/release.sh"));
    }
}
