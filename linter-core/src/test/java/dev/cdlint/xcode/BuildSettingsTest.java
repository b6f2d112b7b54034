package dev.cdlint.xcode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cdlint.source.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildSettingsTest {

    private static final Path FILE = Path.of("project.pbxproj");
    private int line;

    /** A level from {@code NAME = value} pairs, each on its own line. */
    private SettingsLevel level(String... pairs) {
        List<Assignment> assignments = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            assignments.add(Assignment.parse(pairs[i], pairs[i + 1], new SourceLocation(FILE, ++line, 0)));
        }
        return new SettingsLevel("test", assignments);
    }

    private static BuildSettings settings(Platform platform, String configuration, SettingsLevel... levels) {
        return new BuildSettings(List.of(levels), platform, configuration, Map.of("TARGET_NAME", "Notes"));
    }

    @Test
    void aHigherLevelWinsAndInheritedTakesTheLevelBelow() {
        BuildSettings settings = settings(Platform.IOS, "Debug",
                level("OTHER_FLAGS", "-a", "CODE_SIGN_ENTITLEMENTS", "Project.entitlements"),
                level("OTHER_FLAGS", "$(inherited) -b", "CODE_SIGN_ENTITLEMENTS", "Notes/Notes.entitlements"));
        assertThat(settings.get("OTHER_FLAGS").orElseThrow().text()).isEqualTo("-a -b");
        BuildSettings.Value entitlements = settings.get("CODE_SIGN_ENTITLEMENTS").orElseThrow();
        assertThat(entitlements.text()).isEqualTo("Notes/Notes.entitlements");
        assertThat(entitlements.location().line()).isEqualTo(4);
        assertThat(entitlements.certain()).isTrue();
    }

    @Test
    void aConditionThatHoldsBeatsThePlainAssignmentWhateverTheOrder() {
        SettingsLevel level = level("CODE_SIGN_ENTITLEMENTS[sdk=macosx*]", "Mac.entitlements",
                "CODE_SIGN_ENTITLEMENTS", "iOS.entitlements", "APS[config=Release][sdk=iphoneos*]", "production",
                "APS", "development");
        assertThat(settings(Platform.MACOS, "Debug", level).get("CODE_SIGN_ENTITLEMENTS").orElseThrow().text())
                .isEqualTo("Mac.entitlements");
        assertThat(settings(Platform.MAC_CATALYST, "Debug", level).get("CODE_SIGN_ENTITLEMENTS").orElseThrow()
                .text()).isEqualTo("Mac.entitlements");
        assertThat(settings(Platform.IOS, "Debug", level).get("CODE_SIGN_ENTITLEMENTS").orElseThrow().text())
                .isEqualTo("iOS.entitlements");
        assertThat(settings(Platform.IOS, "Release", level).get("APS").orElseThrow().text()).isEqualTo("production");
        assertThat(settings(Platform.IOS, "Debug", level).get("APS").orElseThrow().text()).isEqualTo("development");
    }

    @Test
    void referencesAreSubstitutedWithTheirOperators() {
        BuildSettings settings = settings(Platform.IOS, "Debug", level(
                "PRODUCT_BUNDLE_IDENTIFIER", "com.example.${TARGET_NAME}",
                "CONTAINER", "iCloud.$(PRODUCT_BUNDLE_IDENTIFIER)",
                "LOWER", "$(TARGET_NAME:lower)",
                "RFC", "$(SPACED:rfc1034identifier)", "SPACED", "My App",
                "FALLBACK", "$(UNSET:default=none)",
                "NESTED", "$(KEY_$(SUFFIX))", "SUFFIX", "A", "KEY_A", "nested"));
        assertThat(settings.get("CONTAINER").orElseThrow().text()).isEqualTo("iCloud.com.example.Notes");
        assertThat(settings.get("LOWER").orElseThrow().text()).isEqualTo("notes");
        assertThat(settings.get("RFC").orElseThrow().text()).isEqualTo("My-App");
        assertThat(settings.get("FALLBACK").orElseThrow()).satisfies(v -> {
            assertThat(v.text()).isEqualTo("none");
            assertThat(v.certain()).isTrue();
        });
        assertThat(settings.get("NESTED").orElseThrow().text()).isEqualTo("nested");
    }

    @Test
    void aReferenceNothingDefinesIsUnresolvedNotEmpty() {
        BuildSettings settings = settings(Platform.IOS, "Debug",
                level("CODE_SIGN_ENTITLEMENTS", "$(SIGNING_ENTITLEMENTS)", "GROUP", "$(TeamIdentifierPrefix)x"));
        BuildSettings.Value value = settings.get("CODE_SIGN_ENTITLEMENTS").orElseThrow();
        assertThat(value.text()).isEmpty();
        assertThat(value.unresolved()).containsExactly("SIGNING_ENTITLEMENTS");
        assertThat(settings.expand("$(AppIdentifierPrefix)com.example", value.location()).certain()).isFalse();
    }

    @Test
    void loopsEndUnresolvedInsteadOfRecursingForever() {
        BuildSettings settings = settings(Platform.IOS, "Debug", level("A", "$(B)", "B", "$(A)x",
                "WIDE", "$(W)$(W)$(W)$(W)", "W", "$(V)$(V)$(V)$(V)", "V", "$(U)$(U)$(U)$(U)", "U", "u"));
        assertThat(settings.get("A").orElseThrow().certain()).isFalse();
        assertThat(settings.get("WIDE").orElseThrow().text()).hasSize(64);
    }

    @Test
    void aProjectGivesItsTargetsTheFivePrecedenceLevels() {
        SettingsLevel projectXcconfig = level("TEAM", "PROJECTX", "ONLY_PROJECT_XCCONFIG", "yes");
        SettingsLevel projectSettings = level("TEAM", "PROJECT");
        SettingsLevel targetXcconfig = level("TEAM", "TARGETX");
        SettingsLevel targetSettings = level("OTHER", "1");
        XcodeProject project = new XcodeProject(FILE, Path.of("/repo"), "Notes",
                List.of(new BuildConfiguration("Debug", null, projectXcconfig, projectSettings)),
                List.of(), List.of());
        Target target = new Target("App", "com.apple.product-type.application", null,
                List.of(new BuildConfiguration("Debug", null, targetXcconfig, targetSettings)), SourceSet.NONE);
        BuildSettings settings = BuildSettings.of(project, target, "Debug", Platform.IOS);
        assertThat(settings.get("TEAM").orElseThrow().text()).isEqualTo("TARGETX");
        assertThat(settings.get("ONLY_PROJECT_XCCONFIG").orElseThrow().text()).isEqualTo("yes");
        assertThat(settings.get("SRCROOT").orElseThrow().text()).isEqualTo("/repo");
        assertThat(settings.get("PRODUCT_MODULE_NAME").orElseThrow().text()).isEqualTo("App");
        assertThat(settings.get("SRCROOT").orElseThrow().written()).isFalse();
    }
}
