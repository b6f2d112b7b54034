package dev.cdlint.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.cdlint.catalog.Catalog;
import dev.cdlint.check.RuleSettings;
import dev.cdlint.wiring.SwiftCode;
import dev.cdlint.wiring.WiringChecks;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Every wiring rule on an app whose entitlements file holds the bytes: the rules read what the readers return
 * (strings where arrays belong, variables that do not resolve), and an unreadable file is a finding.
 */
class WiringChecksFuzzTest {

    private static final String PROJECT = """
            // !$*UTF8*$!
            {
            	objects = {
            		G = {isa = PBXFileSystemSynchronizedRootGroup; path = App; sourceTree = "<group>"; };
            		M = {isa = PBXGroup; children = (G, ); sourceTree = "<group>"; };
            		T = {isa = PBXNativeTarget; buildConfigurationList = L; fileSystemSynchronizedGroups = (G, ); name = App; productType = "com.apple.product-type.application"; };
            		C = {isa = XCBuildConfiguration; buildSettings = {
            			SDKROOT = auto; SUPPORTED_PLATFORMS = "iphoneos macosx"; SUPPORTS_MACCATALYST = YES;
            			CODE_SIGN_ENTITLEMENTS = App/App.entitlements; INFOPLIST_FILE = App/App.entitlements;
            			PRODUCT_BUNDLE_IDENTIFIER = com.example.Notes; DEVELOPMENT_TEAM = ABCDE12345;
            		}; name = Release; };
            		L = {isa = XCConfigurationList; buildConfigurations = (C, ); };
            		P = {isa = XCConfigurationList; buildConfigurations = (); };
            		R = {isa = PBXProject; buildConfigurationList = P; mainGroup = M; targets = (T, ); };
            	};
            	rootObject = R;
            }
            """;

    @FuzzTest
    void entitlements(byte[] bytes) throws Throwable {
        var entitlements = ReaderProperty.file("wiring/App/App.entitlements", bytes);
        var repository = entitlements.getParent().getParent();
        ReaderProperty.file("wiring/App.xcodeproj/project.pbxproj", PROJECT.getBytes(StandardCharsets.UTF_8));
        ReaderProperty.file("wiring/ExportOptions.plist", bytes);
        ReaderProperty.holds(() -> WiringChecks.check(repository, SwiftCode.NONE, Catalog.wiringRules(),
                check -> Optional.of(RuleSettings.defaults(check))));
    }
}
