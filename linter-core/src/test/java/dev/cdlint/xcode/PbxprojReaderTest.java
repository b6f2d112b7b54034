package dev.cdlint.xcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cdlint.SharedCorpus;
import dev.cdlint.source.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PbxprojReaderTest {

    @TempDir
    Path dir;

    /**
     * A synchronized folder whose exception set takes a file out of its own target and gives it to another, a
     * classic Sources phase, a local package, and a base .xcconfig.
     */
    @Test
    void eachTargetCompilesWhatTheProjectSays() throws IOException {
        Files.createDirectories(dir.resolve("Packages/Store/Sources/Store"));
        Files.writeString(dir.resolve("Base.xcconfig"), "DEVELOPMENT_TEAM = ABCDE12345\n");
        Path pbxproj = Files.createDirectories(dir.resolve("Notes.xcodeproj")).resolve("project.pbxproj");
        Files.writeString(pbxproj, """
                // !$*UTF8*$!
                {
                	objectVersion = 77;
                	objects = {
                		G1 /* App */ = {isa = PBXFileSystemSynchronizedRootGroup; exceptions = (E1, E2, ); path = App; sourceTree = "<group>"; };
                		E1 = {isa = PBXFileSystemSynchronizedBuildFileExceptionSet; membershipExceptions = (Widget.swift, ); target = T1; };
                		E2 = {isa = PBXFileSystemSynchronizedBuildFileExceptionSet; membershipExceptions = (Widget.swift, ); target = T2; };
                		F1 /* Old.swift */ = {isa = PBXFileReference; path = Old.swift; sourceTree = "<group>"; };
                		X1 /* Base.xcconfig */ = {isa = PBXFileReference; path = Base.xcconfig; sourceTree = SOURCE_ROOT; };
                		GL = {isa = PBXGroup; children = (F1, ); path = Legacy; sourceTree = "<group>"; };
                		M = {isa = PBXGroup; children = (G1, GL, X1, ); sourceTree = "<group>"; };
                		B1 = {isa = PBXBuildFile; fileRef = F1; };
                		S1 = {isa = PBXSourcesBuildPhase; files = (B1, ); };
                		P1 = {isa = XCLocalSwiftPackageReference; relativePath = Packages/Store; };
                		D1 = {isa = XCSwiftPackageProductDependency; package = P1; productName = Store; };
                		T1 /* App */ = {isa = PBXNativeTarget; buildConfigurationList = L1; buildPhases = (S1, ); fileSystemSynchronizedGroups = (G1, ); name = App; packageProductDependencies = (D1, ); productType = "com.apple.product-type.application"; };
                		T2 /* Widget */ = {isa = PBXNativeTarget; buildConfigurationList = L2; buildPhases = (); name = Widget; productType = "com.apple.product-type.app-extension"; };
                		C1 /* Debug */ = {isa = XCBuildConfiguration; baseConfigurationReference = X1; buildSettings = {
                			SDKROOT = iphoneos;
                		}; name = Debug; };
                		C2 /* Debug */ = {isa = XCBuildConfiguration; buildSettings = {}; name = Debug; };
                		C3 /* Debug */ = {isa = XCBuildConfiguration; buildSettings = {}; name = Debug; };
                		L1 = {isa = XCConfigurationList; buildConfigurations = (C1, ); };
                		L2 = {isa = XCConfigurationList; buildConfigurations = (C2, ); };
                		L0 = {isa = XCConfigurationList; buildConfigurations = (C3, ); };
                		R = {isa = PBXProject; buildConfigurationList = L0; mainGroup = M; projectDirPath = ""; targets = (T1, T2, ); };
                	};
                	rootObject = R;
                }
                """);
        XcodeProject project = PbxprojReader.read(pbxproj, new InsideTree(dir));
        assertThat(project.name()).isEqualTo("Notes");
        assertThat(project.sourceRoot()).isEqualTo(dir.toAbsolutePath().normalize());
        Target app = project.targets().get(0);
        Target widget = project.targets().get(1);
        assertThat(app.name()).isEqualTo("App");
        assertThat(app.isApplication()).isTrue();
        assertThat(widget.isExtension()).isTrue();
        assertThat(app.sources().compiles(dir.resolve("App/Persistence.swift"))).isTrue();
        assertThat(app.sources().compiles(dir.resolve("App/Widget.swift"))).isFalse();
        assertThat(widget.sources().compiles(dir.resolve("App/Widget.swift"))).isTrue();
        assertThat(app.sources().compiles(dir.resolve("Legacy/Old.swift"))).isTrue();
        assertThat(app.sources().compiles(dir.resolve("Packages/Store/Sources/Store/Store.swift"))).isTrue();
        assertThat(app.location().line()).isEqualTo(16);
        BuildSettings settings = BuildSettings.of(project, app, "Debug", Platform.IOS);
        assertThat(settings.get("DEVELOPMENT_TEAM").orElseThrow().text()).isEqualTo("ABCDE12345");
        assertThat(settings.get("SDKROOT").orElseThrow().location().line()).isEqualTo(19);
        assertThat(project.problems()).isEmpty();
    }

    @Test
    void aPlistThatIsNoProjectIsRefused() throws IOException {
        Path pbxproj = Files.createDirectories(dir.resolve("X.xcodeproj")).resolve("project.pbxproj");
        Files.writeString(pbxproj, "{ archiveVersion = 1; }");
        assertThatThrownBy(() -> PbxprojReader.read(pbxproj, new InsideTree(dir))).isInstanceOf(InputException.class)
                .hasMessageContaining("not an Xcode project");
    }

    @Test
    void everyProjectOfTheWiringCorpusReads() {
        Path corpus = SharedCorpus.root().resolve("corpus/wiring");
        var projects = SharedCorpus.files(corpus, f -> f.getFileName().toString().equals("project.pbxproj"));
        assertThat(projects).hasSize(5);
        for (Path pbxproj : projects) {
            XcodeProject project = PbxprojReader.read(pbxproj, new InsideTree(corpus));
            assertThat(project.targets()).as(pbxproj.toString()).isNotEmpty()
                    .allSatisfy(t -> assertThat(t.configurations()).isNotEmpty());
        }
    }
}
