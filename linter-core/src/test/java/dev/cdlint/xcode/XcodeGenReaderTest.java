package dev.cdlint.xcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XcodeGenReaderTest {

    @TempDir
    Path dir;

    @Test
    void aSpecBecomesTheProjectItGenerates() throws IOException {
        Files.createDirectories(dir.resolve("Notes"));
        Files.writeString(dir.resolve("Base.xcconfig"), "DEVELOPMENT_TEAM = ABCDE12345\n");
        Path spec = Files.writeString(dir.resolve("project.yml"), """
                name: Notes
                configFiles:
                  Debug: Base.xcconfig
                settings:
                  SWIFT_VERSION: "5.9"
                targets:
                  Notes:
                    type: application
                    platform: macOS
                    sources:
                      - path: Notes
                    entitlements:
                      path: Notes/Notes.entitlements
                    settings:
                      base:
                        ENABLE_HARDENED_RUNTIME: true
                      configs:
                        release:
                          CODE_SIGN_ENTITLEMENTS: Notes/Release.entitlements
                """);
        XcodeProject project = XcodeGenReader.read(spec, new InsideTree(dir));
        assertThat(project.name()).isEqualTo("Notes");
        assertThat(project.configurations()).extracting(BuildConfiguration::name).containsExactly("Debug", "Release");
        Target target = project.targets().get(0);
        assertThat(target.productType()).isEqualTo("com.apple.product-type.application");
        assertThat(target.sources().compiles(dir.resolve("Notes/Persistence.swift"))).isTrue();
        BuildSettings debug = BuildSettings.of(project, target, "Debug", Platform.MACOS);
        assertThat(debug.get("SDKROOT").orElseThrow().text()).isEqualTo("macosx");
        assertThat(debug.get("CODE_SIGN_ENTITLEMENTS").orElseThrow()).satisfies(v -> {
            assertThat(v.text()).isEqualTo("Notes/Notes.entitlements");
            assertThat(v.location().line()).isEqualTo(13);
        });
        assertThat(debug.get("ENABLE_HARDENED_RUNTIME").orElseThrow().text()).isEqualTo("YES");
        assertThat(debug.get("DEVELOPMENT_TEAM").orElseThrow().text()).isEqualTo("ABCDE12345");
        BuildSettings release = BuildSettings.of(project, target, "Release", Platform.MACOS);
        assertThat(release.get("CODE_SIGN_ENTITLEMENTS").orElseThrow().text()).isEqualTo("Notes/Release.entitlements");
        assertThat(release.get("DEVELOPMENT_TEAM")).isEmpty();
    }

    @Test
    void aFileThatIsNotASpecIsRefused() throws IOException {
        Path spec = Files.writeString(dir.resolve("project.yml"), "- a\n- b\n");
        assertThatThrownBy(() -> XcodeGenReader.read(spec, new InsideTree(dir))).isInstanceOf(InputException.class)
                .hasMessageContaining("not an XcodeGen spec");
    }
}
