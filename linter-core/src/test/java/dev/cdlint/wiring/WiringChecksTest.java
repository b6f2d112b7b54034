package dev.cdlint.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the reports of the wiring rules become findings: one per problem, naming its configurations and platforms. */
class WiringChecksTest {

    private static final String NO_MODE = "syncs with NSPersistentCloudKitContainer (Persistence.swift:4) but its"
            + " Info.plist has no remote-notification in UIBackgroundModes: no silent push wakes it for remote"
            + " changes.";

    @TempDir
    Path dir;

    private TestRepository app(String settings) {
        return new TestRepository(dir)
                .target("App", "application", "Debug", settings, "Release", settings)
                .plist("App/App.entitlements", TestRepository.CLOUDKIT)
                .plist("App/Info.plist", "")
                .file("App/Persistence.swift", TestRepository.MIRRORING);
    }

    @Test
    void aProblemInSeveralConfigurationsIsOneFindingThatNamesThem() {
        List<Finding> findings = app("SDKROOT = iphoneos; CODE_SIGN_ENTITLEMENTS = App/App.entitlements;"
                + " INFOPLIST_FILE = App/Info.plist;").check(new BackgroundModeMissing());

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.configuration()).isEqualTo("Debug, Release");
            assertThat(finding.message()).isEqualTo("Target 'App' (Debug, Release): " + NO_MODE);
        });
    }

    @Test
    void aMultiplatformTargetNamesThePlatformsTheProblemIsOn() {
        List<Finding> findings = app("SDKROOT = auto; SUPPORTED_PLATFORMS = \"iphoneos iphonesimulator macosx\";"
                + " CODE_SIGN_ENTITLEMENTS = App/App.entitlements; INFOPLIST_FILE = App/Info.plist;")
                .check(new BackgroundModeMissing());

        assertThat(findings).extracting(Finding::message)
                .containsExactly("Target 'App' (Debug, Release; iOS): " + NO_MODE);
    }

    @Test
    void aTargetOfOnePlatformIsNotNamedByPlatformWhateverOtherTargetsBuildFor() {
        List<Finding> findings = app("SDKROOT = iphoneos; CODE_SIGN_ENTITLEMENTS = App/App.entitlements;"
                + " INFOPLIST_FILE = App/Info.plist;")
                .target("MacApp", "application", "Release", "SDKROOT = macosx;")
                .check(new BackgroundModeMissing());

        assertThat(findings).extracting(Finding::message)
                .containsExactly("Target 'App' (Debug, Release): " + NO_MODE);
    }

    @Test
    void aReportOfNoTargetNamesItsConfigurationOrNothing() {
        List<Finding> findings = app("SDKROOT = iphoneos; CODE_SIGN_ENTITLEMENTS = App/App.entitlements;")
                .file("scripts/release.sh", """
                        xcodebuild archive -archivePath build/App.xcarchive -configuration Release CODE_SIGNING_ALLOWED=NO
                        xcodebuild -exportArchive -archivePath build/App.xcarchive
                        """)
                .check(new SigningDisabledArchive());

        assertThat(findings).extracting(Finding::message).containsExactly("(Release) this archive is built with"
                + " code signing off (CODE_SIGNING_ALLOWED=NO) and the script exports it: the exported app carries"
                + " none of its iCloud, push or App Group entitlements.");
    }

    /** The rules that say what was not read run last, whatever the order given, so that they see it all. */
    @Test
    void whatOtherRulesCouldNotResolveIsReportedWhateverTheOrderOfRules() {
        List<Finding> findings = new TestRepository(dir)
                .target("App", "application", "Release", "SDKROOT = iphoneos;"
                        + " CODE_SIGN_ENTITLEMENTS = App/Missing.entitlements;")
                .check(new TargetUnresolved(), new EntitlementValueShape());

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("wiring-target-unresolved");
            assertThat(finding.message()).isEqualTo("Target 'App' (Release): The entitlements file"
                    + " 'App/Missing.entitlements' is not in the repository, so cdlint cannot tell what it holds.");
        });
    }
}
